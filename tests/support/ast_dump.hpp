#pragma once
// A full textual dump of a syntax tree, written apart from the formatter, so that
// equal dumps mean equal trees: every field, and every span unless left out (`stance fmt`
// keeps the tree but moves its text).
#include <sstream>
#include <string>
#include <variant>

#include "grammar/ast.hpp"

namespace stance::test {
namespace detail {

class Dump {
public:
    explicit Dump(bool spans) : m_spans(spans) {}

    std::string operator()(const ast::File& file) {
        if (file.language) integer(*file.language);
        out << "|" << file.statements.size() << "\n";
        for (const auto& statement : file.statements) std::visit([this](const auto& node) { write(node); }, statement);
        return out.str();
    }

private:
    void span(const ast::Span& s) {
        if (m_spans) out << "[" << s.begin << "," << s.end << ")";
    }
    void id(const ast::Identifier& i) {
        span(i.span);
        out << "id:" << i.name << ";";
    }
    void string(const ast::String& s) {
        span(s.span);
        out << "str:" << s.value << ";";
    }
    void integer(const ast::Integer& i) {
        span(i.span);
        out << "int:" << i.value << ";";
    }
    void date(const ast::Date& d) {
        span(d.span);
        out << "date:" << d.year << "/" << d.month << "/" << d.day << ";";
    }
    void value(const ast::Value& v) {
        std::visit(
            [this](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, ast::String>) string(x);
                else if constexpr (std::is_same_v<T, ast::Date>) date(x);
                else if constexpr (std::is_same_v<T, ast::Integer>) integer(x);
                else if constexpr (std::is_same_v<T, ast::Identifier>) id(x);
                else {
                    span(x.span);
                    out << "key:" << x.text << ";";
                }
            },
            v);
    }
    void block(const std::optional<ast::Block>& b) {
        if (!b) {
            out << "noblock;";
            return;
        }
        span(b->span);
        for (const auto& a : b->attributes) {
            span(a.span);
            id(a.key);
            for (const auto& v : a.values) value(v);
        }
    }
    void write(const ast::Include& n) {
        out << "include";
        span(n.span);
        string(n.path);
        out << "\n";
    }
    void write(const ast::Declaration& n) {
        out << "decl" << static_cast<int>(n.kind);
        span(n.span);
        id(n.id);
        if (n.text) string(*n.text);
        block(n.block);
        out << "\n";
    }
    void write(const ast::Relation& n) {
        out << "rel" << static_cast<int>(n.verb);
        span(n.span);
        id(n.from);
        id(n.to);
        block(n.block);
        out << "\n";
    }
    void write(const ast::Stance& n) {
        out << "stance" << static_cast<int>(n.verb);
        span(n.span);
        id(n.expert);
        id(n.claim);
        span(n.verb_span);
        if (n.strongly) {
            out << "strongly";
            span(*n.strongly);
        }
        block(n.block);
        out << "\n";
    }
    void write(const ast::FromOpen& n) {
        out << "from";
        span(n.span);
        id(n.source);
        out << "\n";
    }
    void write(const ast::FromClose& n) {
        out << "close";
        span(n.span);
        out << "\n";
    }

    bool m_spans;
    std::ostringstream out;
};

}  // namespace detail

inline std::string dump_ast(const ast::File& file, bool spans = true) { return detail::Dump{spans}(file); }

}  // namespace stance::test
