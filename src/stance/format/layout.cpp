#include "stance/format/layout.hpp"

#include <algorithm>
#include <numeric>
#include <optional>
#include <variant>
#include <vector>

#include "grammar/keywords.hpp"
#include "grammar/lexer.hpp"
#include "stance/format/attribute_order.hpp"
#include "stance/format/comments.hpp"

namespace stance::format {

namespace {

// ---- Where each comment goes ----------------------------------------------------------------
// A comment after code on its line stays at the end of that code's line (the statement's, the
// attribute's or the `{`'s). A comment on a line of its own is printed on its own line before
// what follows it (a statement, an attribute, or the `}` that closes the block), and moves with
// it when attributes are put in order. A comment between the tokens of a statement or an
// attribute goes on its own line before it.

using Comments = std::vector<const Comment*>;

struct Leading {
    const Comment* comment;
    bool blank_before;  // the source had a blank line before it
};

struct BlockNotes {
    const Comment* open = nullptr;  // after the `{`
    std::vector<Comments> before;   // by attribute, in the order parsed
    std::vector<const Comment*> after;
    Comments close;  // before the `}`

    bool empty() const {
        return !open && close.empty() && std::all_of(before.begin(), before.end(), [](const auto& c) { return c.empty(); }) &&
               std::all_of(after.begin(), after.end(), [](const Comment* c) { return c == nullptr; });
    }
};

struct ItemNotes {
    std::vector<Leading> gap;  // own-line comments before the item
    bool blank_before = false;
    Comments hoisted;  // from between its tokens
    const Comment* trailing = nullptr;
    BlockNotes block;
};

struct Notes {
    ItemNotes language;
    std::vector<ItemNotes> statements;
    std::vector<Leading> tail;  // after the last statement
};

ast::Span span_of(const ast::Statement& statement) {
    return std::visit([](const auto& node) { return node.span; }, statement);
}

const ast::Block* block_of(const ast::Statement& statement) {
    if (const auto* d = std::get_if<ast::Declaration>(&statement)) return d->block ? &*d->block : nullptr;
    if (const auto* s = std::get_if<ast::Stance>(&statement)) return s->block ? &*s->block : nullptr;
    if (const auto* r = std::get_if<ast::Relation>(&statement)) return r->block ? &*r->block : nullptr;
    return nullptr;
}

// The end of the last token in [begin, end): the parser's spans may run over the blanks and
// comments after a statement or an attribute (an optional part that was looked for there).
std::uint32_t tight_end(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    std::uint32_t last = begin;
    for (std::uint32_t i = begin; i < end; ++i) {
        char c = text[i];
        if (c == '"') {
            for (++i; i < end && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
            last = i + 1;
        } else if (c == '#') {
            while (i + 1 < end && text[i + 1] != '\n') ++i;
        } else if (!grammar::is_blank(c)) {
            last = i + 1;
        }
    }
    return last;
}

class Attacher {
public:
    Attacher(std::string_view text, const std::vector<Comment>& comments) : m_text(text), m_comments(comments) {}

    Notes attach(const ast::File& file) {
        Notes notes;
        notes.statements.resize(file.statements.size());
        if (file.language) {
            auto begin = static_cast<std::uint32_t>(grammar::skip_blanks(m_text.data(), m_text.data() + m_text.size()) -
                                                    m_text.data());
            item(notes.language, begin, file.language->span.end, nullptr);
        }
        for (std::size_t i = 0; i < file.statements.size(); ++i) {
            ast::Span span = span_of(file.statements[i]);
            item(notes.statements[i], span.begin, tight_end(m_text, span.begin, span.end), block_of(file.statements[i]));
        }
        for (; m_next < m_comments.size(); ++m_next) {
            const Comment* c = &m_comments[m_next];
            if (!c->own_line && m_previous) {
                place(m_previous->trailing, m_previous->hoisted, c);
            } else {
                notes.tail.push_back({c, blank_between(m_previous_end, c->begin)});
            }
            m_previous_end = c->end;
        }
        return notes;
    }

private:
    bool blank_between(std::uint32_t from, std::uint32_t to) const {
        return std::count(m_text.begin() + from, m_text.begin() + to, '\n') >= 2;
    }

    static void place(const Comment*& slot, Comments& otherwise, const Comment* c) {
        if (!slot) slot = c;
        else otherwise.push_back(c);
    }

    void item(ItemNotes& notes, std::uint32_t begin, std::uint32_t end, const ast::Block* block) {
        for (; m_next < m_comments.size() && m_comments[m_next].begin < begin; ++m_next) {
            const Comment* c = &m_comments[m_next];
            if (!c->own_line && m_previous) place(m_previous->trailing, m_previous->hoisted, c);
            else notes.gap.push_back({c, blank_between(m_previous_end, c->begin)});
            m_previous_end = c->end;
        }
        notes.blank_before = blank_between(m_previous_end, begin);
        bool braced = block && m_text[block->span.begin] == '{';
        if (braced) notes.block.before.resize(block->attributes.size()), notes.block.after.resize(block->attributes.size());
        for (; m_next < m_comments.size() && m_comments[m_next].begin < end; ++m_next) {
            const Comment* c = &m_comments[m_next];
            if (braced && c->begin > block->span.begin) inside_block(m_text, notes.block, *block, c, notes.hoisted);
            else notes.hoisted.push_back(c);
        }
        m_previous = &notes;
        m_previous_end = end;
    }

    static void inside_block(std::string_view text, BlockNotes& notes, const ast::Block& block, const Comment* c,
                             Comments& hoisted) {
        // The attributes inside the braces (a `because` written before the block is not).
        std::optional<std::size_t> previous;
        for (std::size_t j = 0; j < block.attributes.size(); ++j) {
            const ast::Span& span = block.attributes[j].span;
            if (span.begin < block.span.begin) continue;
            if (span.begin < c->begin && c->begin < tight_end(text, span.begin, span.end)) {
                notes.before[j].push_back(c);
                return;
            }
            if (span.begin > c->begin) {
                if (c->own_line) notes.before[j].push_back(c);
                else if (previous) place(notes.after[*previous], notes.before[j], c);
                else place(notes.open, notes.before[j], c);
                return;
            }
            previous = j;
        }
        if (c->own_line) notes.close.push_back(c);
        else if (previous) place(notes.after[*previous], notes.close, c);
        else if (!notes.open) notes.open = c;
        else hoisted.push_back(c);
    }

    std::string_view m_text;
    const std::vector<Comment>& m_comments;
    std::size_t m_next = 0;
    ItemNotes* m_previous = nullptr;
    std::uint32_t m_previous_end = 0;
};

// ---- Printing ---------------------------------------------------------------------------------

// Columns are characters: UTF-8 continuation bytes do not count.
std::size_t columns(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The words of a string as written (escapes untouched), split at its runs of literal white
// space. The parser folds each such run to one space and drops the runs at the ends, so any
// run of white space between these words (a space, or a line break and indentation) gives the
// same value.
std::vector<std::string_view> words_of(std::string_view text, const ast::String& s) {
    std::string_view inner = text.substr(s.span.begin + 1, s.span.end - s.span.begin - 2);
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < inner.size()) {
        while (i < inner.size() && grammar::is_blank(inner[i])) ++i;
        std::size_t start = i;
        while (i < inner.size() && !grammar::is_blank(inner[i])) ++i;
        if (i > start) words.push_back(inner.substr(start, i - start));
    }
    return words;
}

std::string joined(const std::vector<std::string_view>& words, std::size_t from = 0, std::size_t to = SIZE_MAX) {
    std::string out;
    for (std::size_t i = from; i < std::min(to, words.size()); ++i) {
        if (i > from) out += ' ';
        out += words[i];
    }
    return out;
}

// The words as written, from the keyword table (the AST's enums follow its order).
std::string_view keyword_at(grammar::Keyword first, auto offset) {
    return grammar::keyword_names[static_cast<std::size_t>(first) + static_cast<std::size_t>(offset)];
}

class Printer {
public:
    Printer(std::string_view text, const Notes& notes) : m_text(text), m_notes(notes) {}

    std::string print(const ast::File& file) {
        if (file.language) {
            leading(m_notes.language, false);
            begin_line();
            put("language ");
            put(raw(file.language->span));
            finish_line(m_notes.language.trailing);
        }
        for (std::size_t i = 0; i < file.statements.size(); ++i)
            std::visit([&](const auto& node) { statement(node, m_notes.statements[i]); }, file.statements[i]);
        for (const Leading& l : m_notes.tail) comment_line(l);
        return std::move(m_out);
    }

private:
    // ---- lines
    std::size_t indent() const { return m_depth * indent_width; }
    void begin_line(std::size_t column) {
        m_out.append(column, ' ');
        m_column = column;
    }
    void begin_line() { begin_line(indent()); }
    void put(std::string_view s) {
        m_out += s;
        m_column += columns(s);
    }
    void end_line() {
        m_out += '\n';
        m_column = 0;
        m_scope_start = false;
    }
    void finish_line(const Comment* trailing) {
        if (trailing) {
            put("  ");
            put(comment_text(trailing));
        }
        end_line();
    }
    // One blank line, unless at the start of the file or of a `from` block.
    void blank_line() {
        if (!m_scope_start) m_out += '\n';
    }
    std::string_view comment_text(const Comment* c) const { return m_text.substr(c->begin, c->end - c->begin); }
    void comment_line(const Comment* c, std::size_t column) {
        begin_line(column);
        put(comment_text(c));
        end_line();
    }
    void comment_line(const Leading& l) {
        if (l.blank_before) blank_line();
        comment_line(l.comment, indent());
    }
    std::string_view raw(const ast::Span& span) const { return m_text.substr(span.begin, span.end - span.begin); }

    // ---- what comes before a statement
    void leading(const ItemNotes& notes, bool closes_block) {
        for (const Leading& l : notes.gap) comment_line(l);
        if (notes.blank_before && !closes_block) blank_line();
        for (const Comment* c : notes.hoisted) comment_line(c, indent());
    }

    // ---- strings and values
    std::size_t flat_width(const ast::String& s) const {
        auto words = words_of(m_text, s);
        std::size_t width = 2 + (words.empty() ? 0 : words.size() - 1);
        for (auto w : words) width += columns(w);
        return width;
    }
    std::string flat(const ast::String& s) const { return '"' + joined(words_of(m_text, s)) + '"'; }
    std::string flat(const ast::Value& v) const {
        return std::visit(
            [this](const auto& x) -> std::string {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, ast::String>) return flat(x);
                else if constexpr (std::is_same_v<T, ast::Identifier>) return x.name;
                else if constexpr (std::is_same_v<T, ast::CitationKey>) return x.text;
                else return std::string(raw(x.span));
            },
            v);
    }
    std::string flat(const ast::Attribute& a) const {
        std::string out = a.key.name;
        for (std::size_t k = 0; k < a.values.size(); ++k) out += (k == 0 ? " " : ", ") + flat(a.values[k]);
        return out;
    }

    // A string at the current column, followed on its last line by `suffix`: on one line when
    // it fits, else filled line by line, each continuation line starting under its first word.
    void put_string(const ast::String& s, std::string_view suffix) {
        auto words = words_of(m_text, s);
        if (words.size() <= 1 || m_column + flat_width(s) + columns(suffix) <= wrap_column) {
            put(flat(s));
            return;
        }
        std::size_t start = m_column + 1;  // after the opening quote
        std::vector<std::vector<std::string_view>> lines(1);
        std::size_t width = 0;  // of the last line so far
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::size_t need = columns(words[i]) + (i + 1 == words.size() ? 1 + columns(suffix) : 0);
            if (!lines.back().empty() && start + width + 1 + need > wrap_column) {
                lines.emplace_back();
                width = 0;
            }
            width += (lines.back().empty() ? 0 : 1) + columns(words[i]);
            lines.back().push_back(words[i]);
        }
        keep_lines_from_reading_as_code(lines, suffix);
        put("\"");
        for (std::size_t k = 0; k < lines.size(); ++k) {
            if (k > 0) {
                m_out += '\n';
                begin_line(start);
            }
            put(joined(lines[k]));
        }
        put("\"");
    }

    // The parser takes a line inside a string that reads as a statement or an attribute for the
    // sign of a missing closing quote. Such a line gives its first word to the line before
    // (which may then run past the column) until it no longer reads so.
    static void keep_lines_from_reading_as_code(std::vector<std::vector<std::string_view>>& lines,
                                                std::string_view suffix) {
        for (std::size_t k = 1; k < lines.size();) {
            std::string rest;
            for (std::size_t j = k; j < lines.size(); ++j) rest += joined(lines[j]) + (j + 1 < lines.size() ? "\n" : "");
            rest += '"';
            rest += suffix;
            rest += '\n';
            if (!grammar::reads_as_code(rest.data(), rest.data() + rest.size())) {
                ++k;
                continue;
            }
            lines[k - 1].push_back(lines[k].front());
            lines[k].erase(lines[k].begin());
            if (lines[k].empty()) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(k));
        }
    }

    void put_value(const ast::Value& v, std::string_view suffix) {
        if (const auto* s = std::get_if<ast::String>(&v)) put_string(*s, suffix);
        else put(flat(v));
    }

    // `key value, value`: a value that does not fit after the previous one starts a line of its
    // own, under the first value.
    void put_attribute(const ast::Attribute& a) {
        put(a.key.name);
        std::size_t value_column = m_column + 1;
        for (std::size_t k = 0; k < a.values.size(); ++k) {
            std::string_view suffix = k + 1 < a.values.size() ? "," : "";
            const ast::Value& v = a.values[k];
            std::size_t width = (std::holds_alternative<ast::String>(v) ? flat_width(std::get<ast::String>(v))
                                                                         : columns(flat(v))) +
                                suffix.size();
            if (k > 0 && m_column + 1 + width > wrap_column) {
                m_out += '\n';
                begin_line(value_column);
            } else {
                put(" ");
            }
            put_value(v, suffix);
            put(suffix);
        }
    }

    // ---- statements
    // `head`, then the string (if any), then the block (if any), and the trailing comment.
    void statement_line(std::string_view head, const ast::String* text, const ast::Block* block, BlockOwner owner,
                        const ItemNotes& notes) {
        leading(notes, false);
        begin_line();
        put(head);
        std::string inline_block;
        if (block && notes.block.empty()) {
            if (block->attributes.empty()) {
                inline_block = " {}";
            } else if (block->attributes.size() == 1) {
                std::string candidate = " { " + flat(block->attributes.front()) + " }";
                std::size_t width = m_column + (text ? 1 + flat_width(*text) : 0) + columns(candidate);
                if (width <= wrap_column) inline_block = std::move(candidate);
            }
        }
        if (text) {
            put(" ");
            put_string(*text, !block ? std::string_view() : !inline_block.empty() ? std::string_view(inline_block) : " {");
        }
        if (block && !inline_block.empty()) put(inline_block);
        if (block && inline_block.empty()) multi_line_block(*block, owner, notes.block);
        finish_line(notes.trailing);
    }

    void multi_line_block(const ast::Block& block, BlockOwner owner, const BlockNotes& notes) {
        put(" {");
        finish_line(notes.open);
        std::vector<std::size_t> order(block.attributes.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return attribute_rank(owner, block.attributes[a].key.name) <
                   attribute_rank(owner, block.attributes[b].key.name);
        });
        std::size_t inner = indent() + indent_width;
        for (std::size_t j : order) {
            if (j < notes.before.size())
                for (const Comment* c : notes.before[j]) comment_line(c, inner);
            begin_line(inner);
            put_attribute(block.attributes[j]);
            finish_line(j < notes.after.size() ? notes.after[j] : nullptr);
        }
        for (const Comment* c : notes.close) comment_line(c, inner);
        begin_line();
        put("}");
    }

    void statement(const ast::Include& node, const ItemNotes& notes) {
        statement_line("include", &node.path, nullptr, BlockOwner::relation, notes);
    }
    void statement(const ast::Declaration& node, const ItemNotes& notes) {
        std::string head = std::string(keyword_at(grammar::Keyword::source, node.kind)) + ' ' + node.id.name;
        statement_line(head, node.text ? &*node.text : nullptr, node.block ? &*node.block : nullptr, owner_of(node),
                       notes);
    }
    void statement(const ast::Relation& node, const ItemNotes& notes) {
        std::string head = node.from.name + ' ' + std::string(keyword_at(grammar::Keyword::implies, node.verb)) + ' ' + node.to.name;
        statement_line(head, nullptr, node.block ? &*node.block : nullptr, BlockOwner::relation, notes);
    }
    void statement(const ast::Stance& node, const ItemNotes& notes) {
        std::string head = node.expert.name + (node.strongly ? " strongly " : " ") + std::string(keyword_at(grammar::Keyword::asserts, node.verb)) +
                           ' ' + node.claim.name;
        statement_line(head, nullptr, node.block ? &*node.block : nullptr, BlockOwner::stance, notes);
    }
    void statement(const ast::FromOpen& node, const ItemNotes& notes) {
        leading(notes, false);
        begin_line();
        put("from " + node.source.name + " {");
        finish_line(notes.trailing);
        ++m_depth;
        m_scope_start = true;
    }
    void statement(const ast::FromClose&, const ItemNotes& notes) {
        leading(notes, true);  // its comments stay inside the block
        --m_depth;
        begin_line();
        put("}");
        finish_line(notes.trailing);
    }

    std::string_view m_text;
    const Notes& m_notes;
    std::string m_out;
    std::size_t m_column = 0;
    std::size_t m_depth = 0;
    bool m_scope_start = true;  // nothing printed yet in the file or in the innermost `from` block
};

}  // namespace

std::string layout(std::string_view text, const ast::File& file) {
    std::vector<Comment> comments = find_comments(text);
    Notes notes = Attacher(text, comments).attach(file);
    return Printer(text, notes).print(file);
}

}  // namespace stance::format
