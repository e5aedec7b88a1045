#pragma once
// Writes a claims file and its syntax tree together, one statement per line, so that tests of
// the stages after the parser get exact spans (and line:column) without depending on it.
// The text is real claims language: what the builder writes is what the tree says.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "grammar/ast.hpp"

namespace stance::test {

struct Value {
    enum class Type { string, date, integer, id };
    Type type;
    std::string text;  // as written, without the quotes of a string
};
inline Value str(std::string text) { return {Value::Type::string, std::move(text)}; }
inline Value date(std::string text) { return {Value::Type::date, std::move(text)}; }  // "2022-10"
inline Value num(std::int64_t n) { return {Value::Type::integer, std::to_string(n)}; }
inline Value id(std::string name) { return {Value::Type::id, std::move(name)}; }

struct Attr {
    std::string key;
    std::vector<Value> values;
};
using Block = std::vector<Attr>;  // empty: no block

class ClaimsBuilder {
public:
    // Each statement goes on its own line; each call gives that line (1-based).
    int include(const std::string& path) {
        auto begin = start();
        write("include ");
        ast::Include include{{}, string_value(path)};
        include.span = {begin, end()};
        return finish(std::move(include));
    }

    int source(const std::string& name, const std::string& title = {}, const Block& block = {}) {
        return declaration(ast::DeclarationKind::source, "source", name, title, !title.empty(), block);
    }
    int expert(const std::string& name, const std::string& full_name, const Block& block = {}) {
        return declaration(ast::DeclarationKind::expert, "expert", name, full_name, true, block);
    }
    int topic(const std::string& name, const std::string& question, const Block& block = {}) {
        return declaration(ast::DeclarationKind::topic, "topic", name, question, true, block);
    }
    int claim(const std::string& name, const std::string& text, const Block& block = {}) {
        return declaration(ast::DeclarationKind::claim, "claim", name, text, true, block);
    }

    // verb: implies, contradicts, equivalent, supports, undermines
    int relation(const std::string& from, const std::string& verb, const std::string& to, const Block& block = {}) {
        auto begin = start();
        ast::Relation relation;
        relation.from = identifier(from);
        write(" " + verb + " ");
        relation.verb = verb == "implies"       ? ast::RelationVerb::implies
                        : verb == "contradicts" ? ast::RelationVerb::contradicts
                        : verb == "equivalent"  ? ast::RelationVerb::equivalent
                        : verb == "supports"    ? ast::RelationVerb::supports
                                                : ast::RelationVerb::undermines;
        relation.to = identifier(to);
        relation.block = block_of(block);
        relation.span = {begin, end()};
        return finish(std::move(relation));
    }

    // verb: asserts, denies, qualifies, optionally after "strongly "
    int stance(const std::string& expert, std::string verb, const std::string& claim, const Block& block = {}) {
        auto begin = start();
        ast::Stance stance;
        stance.expert = identifier(expert);
        write(" ");
        if (verb.rfind("strongly ", 0) == 0) {
            auto at = end();
            write("strongly ");
            stance.strongly = ast::Span{at, at + 8};
            verb = verb.substr(9);
        }
        auto verb_begin = end();
        write(verb);
        stance.verb_span = {verb_begin, end()};
        stance.verb = verb == "asserts" ? ast::StanceVerb::asserts
                      : verb == "denies" ? ast::StanceVerb::denies
                                         : ast::StanceVerb::qualifies;
        write(" ");
        stance.claim = identifier(claim);
        stance.block = block_of(block);
        stance.span = {begin, end()};
        return finish(std::move(stance));
    }

    int from(const std::string& source) {
        auto begin = start();
        write("from ");
        ast::FromOpen open;
        open.source = identifier(source);
        write(" {");
        open.span = {begin, end()};
        return finish(std::move(open));
    }

    int close() {
        auto begin = start();
        write("}");
        return finish(ast::FromClose{{begin, end()}});
    }

    // A line that holds no statement.
    int comment(const std::string& text) {
        start();
        write("# " + text);
        return line();
    }

    const std::string& text() const { return m_text; }
    const ast::File& tree() const { return m_tree; }

private:
    int declaration(ast::DeclarationKind kind, const std::string& keyword, const std::string& name,
                    const std::string& text, bool with_text, const Block& block) {
        auto begin = start();
        write(keyword + " ");
        ast::Declaration declaration;
        declaration.kind = kind;
        declaration.id = identifier(name);
        if (with_text) {
            write(" ");
            declaration.text = string_value(text);
        }
        declaration.block = block_of(block);
        declaration.span = {begin, end()};
        return finish(std::move(declaration));
    }

    std::optional<ast::Block> block_of(const Block& block) {
        if (block.empty()) return std::nullopt;
        ast::Block result;
        write(" ");
        auto begin = end();
        write("{");
        for (const auto& attr : block) {
            write(" ");
            ast::Attribute attribute;
            auto attribute_begin = end();
            attribute.key = identifier(attr.key);
            for (std::size_t i = 0; i < attr.values.size(); ++i) {
                write(i == 0 ? " " : ", ");
                attribute.values.push_back(value(attr.values[i]));
            }
            attribute.span = {attribute_begin, end()};
            result.attributes.push_back(std::move(attribute));
        }
        write(" }");
        result.span = {begin, end()};
        return result;
    }

    ast::Value value(const Value& v) {
        auto begin = end();
        switch (v.type) {
        case Value::Type::string: return string_value(v.text);
        case Value::Type::id: return identifier(v.text);
        case Value::Type::integer: {
            write(v.text);
            return ast::Integer{{begin, end()}, std::stoll(v.text)};
        }
        case Value::Type::date: {
            write(v.text);
            ast::Date d{{begin, end()}, std::stoi(v.text.substr(0, 4)), 0, 0};
            if (v.text.size() >= 7) d.month = std::stoi(v.text.substr(5, 2));
            if (v.text.size() >= 10) d.day = std::stoi(v.text.substr(8, 2));
            return d;
        }
        }
        return ast::Integer{};
    }

    ast::Identifier identifier(const std::string& name) {
        auto begin = end();
        write(name);
        return {{begin, end()}, name};
    }

    ast::String string_value(const std::string& value) {
        auto begin = end();
        write("\"" + value + "\"");
        return {{begin, end()}, value};
    }

    std::uint32_t start() {
        if (!m_text.empty()) m_text += '\n';
        ++m_line;
        return end();
    }
    std::uint32_t end() const { return static_cast<std::uint32_t>(m_text.size()); }
    void write(const std::string& s) { m_text += s; }
    int line() const { return m_line; }
    int finish(ast::Statement statement) {
        m_tree.statements.push_back(std::move(statement));
        return m_line;
    }

    std::string m_text;
    ast::File m_tree;
    int m_line = 0;
};

}  // namespace stance::test
