#include "stance/lsp/features.hpp"

#include <algorithm>
#include <array>
#include <variant>

#include <fmt/format.h>

#include "grammar/keywords.hpp"

namespace stance::lsp {
namespace {

bool id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
    return out;
}

std::string claim_hover(const model::Corpus& corpus, model::Index c) {
    const model::Claim& claim = corpus.claims[c];
    std::string md = fmt::format("**claim** `{}`\n\n{}\n", claim.id, claim.text);
    if (claim.topic != model::none)
        md += fmt::format("\nTopic: {} (`{}`)\n", corpus.topics[claim.topic].question, corpus.topics[claim.topic].id);
    std::string stances;
    for (const auto& stance : corpus.stances) {
        if (stance.claim != c) continue;
        const model::Expert& expert = corpus.experts[stance.expert];
        stances += fmt::format("- {} (`{}`) {}", expert.name, expert.id, model::stance_verb(stance.value));
        if (stance.source != model::none) stances += fmt::format(", in `{}`", corpus.sources[stance.source].id);
        if (auto date = corpus.stance_date(stance); !date.empty()) stances += ", " + date.to_string();
        stances += '\n';
    }
    md += stances.empty() ? "\nNo stances yet.\n" : "\nStances:\n" + stances;
    return md;
}

std::string expert_hover(const Workspace& workspace, model::Index e) {
    const model::Expert& expert = workspace.loaded().corpus.experts[e];
    std::string md = fmt::format("**expert** `{}`: {}\n", expert.id, expert.name);
    if (!expert.affiliations.empty()) md += "\nAffiliation: " + joined(expert.affiliations) + "\n";
    if (!expert.role.empty()) md += "\nRole: " + expert.role + "\n";
    std::size_t n = workspace.stance_count(e);
    md += fmt::format("\n{} {}\n", n, n == 1 ? "stance" : "stances");
    return md;
}

std::string source_hover(const model::Source& source) {
    std::string md = fmt::format("**source** `{}`: {}\n", source.id, source.title.empty() ? "(no title)" : source.title);
    if (!source.authors.empty()) md += "\nBy " + joined(source.authors) + "\n";
    if (!source.publisher.empty()) md += "\nPublisher: " + source.publisher + "\n";
    if (!source.date.empty()) md += "\nDate: " + source.date.to_string() + "\n";
    if (!source.url.empty()) md += "\n<" + source.url + ">\n";
    return md;
}

std::string topic_hover(const model::Corpus& corpus, model::Index t) {
    const model::Topic& topic = corpus.topics[t];
    std::string md = fmt::format("**topic** `{}`: {}\n", topic.id, topic.question);
    if (topic.parent != model::none) md += fmt::format("\nPart of `{}`\n", corpus.topics[topic.parent].id);
    auto n = std::count_if(corpus.claims.begin(), corpus.claims.end(),
                           [&](const model::Claim& claim) { return claim.topic == t; });
    md += fmt::format("\n{} {}\n", n, n == 1 ? "claim" : "claims");
    return md;
}

// The tokens that decide what may come next, read from the text before the cursor.
struct Context {
    bool in_attributes = false;   // inside a declaration's or stance's `{ ... }`
    bool expecting_value = false; // in attributes: after a key or a comma
    std::string key;              // in attributes: the current attribute's key
    std::array<std::string, 3> last{};  // outside attributes: the last three tokens, newest first
};

void push(Context& context, std::string token) {
    context.last[2] = std::move(context.last[1]);
    context.last[1] = std::move(context.last[0]);
    context.last[0] = std::move(token);
}

Context read_context(std::string_view text) {
    Context context;
    std::vector<bool> blocks;  // open braces: true for an attribute block, false for `from`
    bool after_value = false;
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == '#') {
            while (i < text.size() && text[i] != '\n') ++i;
        } else if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
            ++i;
            if (context.in_attributes) {
                context.expecting_value = false;
                after_value = true;
            } else {
                push(context, "\"");
            }
        } else if (c == '{') {
            bool from = !context.in_attributes && context.last[1] == "from";
            blocks.push_back(!from);
            context.in_attributes = !from;
            context.expecting_value = false;
            after_value = false;
            context.key.clear();
            push(context, "{");
            ++i;
        } else if (c == '}') {
            if (!blocks.empty()) blocks.pop_back();
            context.in_attributes = !blocks.empty() && blocks.back();
            push(context, "}");
            ++i;
        } else if (id_char(c)) {
            std::size_t begin = i;
            while (i < text.size() && id_char(text[i])) ++i;
            std::string word(text.substr(begin, i - begin));
            if (!context.in_attributes) {
                push(context, std::move(word));
            } else if (context.expecting_value) {
                context.expecting_value = false;
                after_value = true;
            } else {
                context.key = std::move(word);
                context.expecting_value = true;
                after_value = false;
            }
        } else if (c == ',' && context.in_attributes && after_value) {
            context.expecting_value = true;
            after_value = false;
            ++i;
        } else if (c == ';' && context.in_attributes) {
            context.expecting_value = false;
            after_value = false;
            ++i;
        } else {
            ++i;
        }
    }
    return context;
}

bool is_keyword(std::string_view word, bool (*test)(grammar::Keyword)) {
    auto keyword = grammar::find_keyword(word);
    return keyword && test(*keyword);
}

bool is_verb(std::string_view word) {
    return is_keyword(word, grammar::is_stance_verb) || is_keyword(word, grammar::is_relation_verb);
}

// True when the tokens end a statement, so that the next word starts one.
bool statement_ended(const Context& c) {
    const auto& [last, before, third] = c.last;
    if (last.empty() || last == "{" || last == "}" || last == "\"") return true;
    if (grammar::find_keyword(last)) return false;
    return is_verb(before) && !third.empty();  // `E asserts C` or `A implies B` is complete
}

void add_claims(const model::Corpus& corpus, std::vector<CompletionItem>& items) {
    for (const auto& claim : corpus.claims) items.push_back({claim.id, claim.text, CompletionKind::claim});
}

void add_experts(const model::Corpus& corpus, std::vector<CompletionItem>& items) {
    for (const auto& expert : corpus.experts) items.push_back({expert.id, expert.name, CompletionKind::expert});
}

void add_sources(const model::Corpus& corpus, std::vector<CompletionItem>& items) {
    for (const auto& source : corpus.sources) items.push_back({source.id, source.title, CompletionKind::source});
}

void add_topics(const model::Corpus& corpus, std::vector<CompletionItem>& items) {
    for (const auto& topic : corpus.topics) items.push_back({topic.id, topic.question, CompletionKind::topic});
}

void add_words(std::initializer_list<std::string_view> words, CompletionKind kind, std::vector<CompletionItem>& items) {
    for (auto word : words) items.push_back({std::string(word), {}, kind});
}

bool valid_id(std::string_view name) {
    if (name.empty()) return false;
    bool segment_start = true;
    for (char c : name) {
        if (c == '.') {
            if (segment_start) return false;
            segment_start = true;
            continue;
        }
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        bool digit = (c >= '0' && c <= '9') || c == '-';
        if (segment_start ? !letter : !(letter || digit)) return false;
        segment_start = false;
    }
    return !segment_start;
}

}  // namespace

std::optional<Hover> hover(const Workspace& workspace, util::FileId file, std::uint32_t offset) {
    const Occurrence* at = workspace.occurrence_at(file, offset);
    if (!at) return std::nullopt;
    const model::Corpus& corpus = workspace.loaded().corpus;
    std::string md;
    if (auto c = corpus.find_claim(at->name); c != model::none) md = claim_hover(corpus, c);
    else if (auto e = corpus.find_expert(at->name); e != model::none) md = expert_hover(workspace, e);
    else if (auto s = corpus.find_source(at->name); s != model::none) md = source_hover(corpus.sources[s]);
    else if (auto t = corpus.find_topic(at->name); t != model::none) md = topic_hover(corpus, t);
    else return std::nullopt;
    return Hover{std::move(md), at->span};
}

Completion complete(const Workspace& workspace, std::string_view text, std::uint32_t offset) {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
    Completion result;
    std::uint32_t begin = offset;
    while (begin > 0 && id_char(text[begin - 1])) --begin;
    result.replace_begin = begin;
    result.replace_end = offset;
    while (result.replace_end < text.size() && id_char(text[result.replace_end])) ++result.replace_end;

    const model::Corpus& corpus = workspace.loaded().corpus;
    Context context = read_context(text.substr(0, begin));
    auto& items = result.items;
    if (context.in_attributes) {
        if (!context.expecting_value) return result;
        const std::string& key = context.key;
        if (key == "source") add_sources(corpus, items);
        else if (key == "topic" || key == "parent") add_topics(corpus, items);
        else if (key == "because") add_claims(corpus, items);
        else if (key == "reported-by") add_experts(corpus, items);
        return result;
    }
    const std::string& last = context.last[0];
    if (last == "from") {
        add_sources(corpus, items);
    } else if (is_verb(last) || last == "because") {
        add_claims(corpus, items);
    } else if (last == "strongly") {
        add_words({"asserts", "denies"}, CompletionKind::verb, items);
    } else if (statement_ended(context)) {
        add_words({"source", "expert", "topic", "claim", "from", "include"}, CompletionKind::keyword, items);
        add_experts(corpus, items);
        add_claims(corpus, items);
    } else if (!grammar::find_keyword(last)) {
        // An id at the start of a statement: an expert takes a stance, a claim a relation.
        if (corpus.find_expert(last) != model::none || corpus.find_claim(last) == model::none)
            add_words({"asserts", "denies", "qualifies", "strongly"}, CompletionKind::verb, items);
        if (corpus.find_claim(last) != model::none || corpus.find_expert(last) == model::none)
            add_words({"implies", "contradicts", "equivalent", "supports", "undermines"}, CompletionKind::verb, items);
    }
    return result;
}

std::vector<Symbol> document_symbols(const ast::File& tree) {
    std::vector<Symbol> top;
    std::vector<Symbol> open;  // `from` blocks being filled, innermost last
    auto add = [&](Symbol symbol) { (open.empty() ? top : open.back().children).push_back(std::move(symbol)); };
    for (const auto& statement : tree.statements) {
        if (const auto* d = std::get_if<ast::Declaration>(&statement)) {
            static constexpr Symbol::Kind kinds[] = {Symbol::Kind::source, Symbol::Kind::expert, Symbol::Kind::topic,
                                                     Symbol::Kind::claim};
            auto index = static_cast<std::size_t>(d->kind);
            if (index >= std::size(kinds)) continue;
            add({d->id.name, d->text ? d->text->value : std::string(), kinds[index], d->span, d->id.span, {}});
        } else if (const auto* s = std::get_if<ast::Stance>(&statement)) {
            // The verbs as written, from the keyword table (the enums follow its order).
            std::string verb(grammar::keyword_names[static_cast<std::size_t>(grammar::Keyword::asserts) +
                                                    static_cast<std::size_t>(s->verb)]);
            if (s->strongly) verb = "strongly " + verb;
            add({s->expert.name + " " + verb + " " + s->claim.name, {}, Symbol::Kind::stance, s->span, s->claim.span, {}});
        } else if (const auto* r = std::get_if<ast::Relation>(&statement)) {
            std::string_view verb = grammar::keyword_names[static_cast<std::size_t>(grammar::Keyword::implies) +
                                                           static_cast<std::size_t>(r->verb)];
            add({r->from.name + " " + std::string(verb) + " " + r->to.name, {}, Symbol::Kind::relation, r->span,
                 r->from.span, {}});
        } else if (const auto* f = std::get_if<ast::FromOpen>(&statement)) {
            open.push_back({"from " + f->source.name, {}, Symbol::Kind::from, f->span, f->source.span, {}});
        } else if (const auto* close = std::get_if<ast::FromClose>(&statement)) {
            if (open.empty()) continue;
            Symbol block = std::move(open.back());
            open.pop_back();
            block.range.end = close->span.end;
            add(std::move(block));
        }
    }
    while (!open.empty()) {  // unbalanced only after a syntax error
        Symbol block = std::move(open.back());
        open.pop_back();
        add(std::move(block));
    }
    return top;
}

std::string rename_problem(const Workspace& workspace, std::string_view old_name, std::string_view name) {
    if (!workspace.declaration_of(std::string(old_name))) return "'" + std::string(old_name) + "' is not declared";
    if (!valid_id(name))
        return "'" + std::string(name) +
               "' is not an id: segments of ASCII letters, digits, '_' and '-' (starting with a letter or '_'), "
               "joined by '.'";
    if (grammar::find_keyword(name)) return "'" + std::string(name) + "' is a keyword";
    if (name != old_name && workspace.declaration_of(std::string(name)))
        return "'" + std::string(name) + "' is declared already";
    return {};
}

}  // namespace stance::lsp
