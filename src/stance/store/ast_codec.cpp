#include "stance/store/ast_codec.hpp"

#include <cstdint>
#include <limits>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>

#include "stance/util/hash.hpp"

// Layout: "sAST", varint version, payload, then the content hash of everything before it (so
// that a damaged blob is refused as a whole, not decoded into a plausible but wrong tree).
// Integers are LEB128 varints (signed ones zig-zagged), lists length-prefixed, variants a tag
// byte then the alternative. Two things keep blobs smaller than the text they come from: a
// span is its begin as a difference from the previous span's begin, then its length (small
// numbers, mostly one byte each); and every string is written once, later occurrences (ids,
// keys, repeated authors) as a reference to the first: 0 then the length-prefixed bytes for a
// new string, k for the (k-1)-th string seen.

namespace stance::store {
namespace {

constexpr std::string_view magic = "sAST";
constexpr std::size_t checksum_size = 32;  // util::content_hash: 32 hex digits

class Writer {
public:
    void bytes(std::string_view text) { m_out.append(text); }
    void byte(std::uint8_t value) { m_out.push_back(static_cast<char>(value)); }
    void unsigned_int(std::uint64_t value) {
        while (value >= 0x80) {
            byte(static_cast<std::uint8_t>(value | 0x80));
            value >>= 7;
        }
        byte(static_cast<std::uint8_t>(value));
    }
    void signed_int(std::int64_t value) {
        unsigned_int((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
    }
    void string(const std::string& text) {
        auto [it, added] = m_strings.try_emplace(text, m_strings.size());
        if (added) {
            unsigned_int(0);
            unsigned_int(text.size());
            bytes(text);
        } else {
            unsigned_int(it->second + 1);
        }
    }
    void span(const ast::Span& span) {
        signed_int(static_cast<std::int64_t>(span.begin) - static_cast<std::int64_t>(m_base));
        signed_int(static_cast<std::int64_t>(span.end) - static_cast<std::int64_t>(span.begin));
        m_base = span.begin;
    }
    void identifier(const ast::Identifier& id) {
        span(id.span);
        string(id.name);
    }
    void string_node(const ast::String& text) {
        span(text.span);
        string(text.value);
    }
    void integer(const ast::Integer& integer) {
        span(integer.span);
        signed_int(integer.value);
    }
    void citation_key(const ast::CitationKey& key) {
        span(key.span);
        string(key.text);
    }
    void date(const ast::Date& date) {
        span(date.span);
        signed_int(date.year);
        signed_int(date.month);
        signed_int(date.day);
    }
    void value(const ast::Value& value) {
        byte(static_cast<std::uint8_t>(value.index()));
        std::visit(
            [this](const auto& alternative) {
                using T = std::decay_t<decltype(alternative)>;
                if constexpr (std::is_same_v<T, ast::String>) string_node(alternative);
                else if constexpr (std::is_same_v<T, ast::Date>) date(alternative);
                else if constexpr (std::is_same_v<T, ast::Integer>) integer(alternative);
                else if constexpr (std::is_same_v<T, ast::Identifier>) identifier(alternative);
                else citation_key(alternative);
            },
            value);
    }
    void block(const std::optional<ast::Block>& block) {
        byte(block ? 1 : 0);
        if (!block) return;
        span(block->span);
        unsigned_int(block->attributes.size());
        for (const auto& attribute : block->attributes) {
            span(attribute.span);
            identifier(attribute.key);
            unsigned_int(attribute.values.size());
            for (const auto& v : attribute.values) value(v);
        }
    }
    void statement(const ast::Statement& statement) {
        byte(static_cast<std::uint8_t>(statement.index()));
        std::visit([this](const auto& node) { write(node); }, statement);
    }
    std::string take() { return std::move(m_out); }

private:
    void write(const ast::Include& node) {
        span(node.span);
        string_node(node.path);
    }
    void write(const ast::Declaration& node) {
        span(node.span);
        byte(static_cast<std::uint8_t>(node.kind));
        identifier(node.id);
        byte(node.text ? 1 : 0);
        if (node.text) string_node(*node.text);
        block(node.block);
    }
    void write(const ast::Relation& node) {
        span(node.span);
        identifier(node.from);
        byte(static_cast<std::uint8_t>(node.verb));
        identifier(node.to);
        block(node.block);
    }
    void write(const ast::Stance& node) {
        span(node.span);
        identifier(node.expert);
        byte(node.strongly ? 1 : 0);
        if (node.strongly) span(*node.strongly);
        byte(static_cast<std::uint8_t>(node.verb));
        span(node.verb_span);
        identifier(node.claim);
        block(node.block);
    }
    void write(const ast::FromOpen& node) {
        span(node.span);
        identifier(node.source);
    }
    void write(const ast::FromClose& node) { span(node.span); }

    std::string m_out;
    std::unordered_map<std::string, std::size_t> m_strings;  // string -> its number
    std::uint32_t m_base = 0;                                // begin of the previous span
};

// Thrown inside the decoder only, and caught by decode_ast: every malformed input ends there.
struct Corrupt {};

class Reader {
public:
    explicit Reader(std::string_view in) : m_in(in) {}

    bool at_end() const { return m_pos == m_in.size(); }
    std::uint8_t byte() {
        if (m_pos >= m_in.size()) throw Corrupt{};
        return static_cast<std::uint8_t>(m_in[m_pos++]);
    }
    std::string_view bytes(std::size_t count) {
        if (count > m_in.size() - m_pos) throw Corrupt{};
        auto result = m_in.substr(m_pos, count);
        m_pos += count;
        return result;
    }
    std::uint64_t unsigned_int() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            std::uint8_t b = byte();
            value |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw Corrupt{};
    }
    std::int64_t signed_int() {
        std::uint64_t raw = unsigned_int();
        return static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
    }
    // base + delta, which must be a valid offset.
    static std::uint32_t offset(std::uint32_t base, std::int64_t delta) {
        if (delta < -static_cast<std::int64_t>(base) ||
            delta > static_cast<std::int64_t>(std::numeric_limits<std::uint32_t>::max() - base))
            throw Corrupt{};
        return static_cast<std::uint32_t>(static_cast<std::int64_t>(base) + delta);
    }
    int small_int() {
        std::int64_t value = signed_int();
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) throw Corrupt{};
        return static_cast<int>(value);
    }
    // A list length: each element takes at least one byte, so a length beyond the bytes left
    // is corrupt (and never drives a huge allocation).
    std::size_t count() {
        std::uint64_t value = unsigned_int();
        if (value > m_in.size() - m_pos) throw Corrupt{};
        return static_cast<std::size_t>(value);
    }
    bool flag() {
        std::uint8_t b = byte();
        if (b > 1) throw Corrupt{};
        return b == 1;
    }
    template <class Enum>
    Enum enumerator(Enum last) {
        std::uint8_t b = byte();
        if (b > static_cast<std::uint8_t>(last)) throw Corrupt{};
        return static_cast<Enum>(b);
    }
    std::string string() {
        std::uint64_t reference = unsigned_int();
        if (reference != 0) {
            if (reference > m_strings.size()) throw Corrupt{};
            return std::string(m_strings[static_cast<std::size_t>(reference - 1)]);
        }
        std::uint64_t size = unsigned_int();
        if (size > m_in.size() - m_pos) throw Corrupt{};
        return std::string(m_strings.emplace_back(bytes(static_cast<std::size_t>(size))));
    }
    ast::Span span() {
        ast::Span result;
        result.begin = offset(m_base, signed_int());
        result.end = offset(result.begin, signed_int());
        if (result.end < result.begin) throw Corrupt{};
        m_base = result.begin;
        return result;
    }
    ast::Identifier identifier() {
        ast::Identifier result;
        result.span = span();
        result.name = string();
        return result;
    }
    ast::String string_node() {
        ast::String result;
        result.span = span();
        result.value = string();
        return result;
    }
    ast::Integer integer() {
        ast::Integer result;
        result.span = span();
        result.value = signed_int();
        return result;
    }
    ast::Date date() {
        ast::Date result;
        result.span = span();
        result.year = small_int();
        result.month = small_int();
        result.day = small_int();
        return result;
    }
    ast::Value value() {
        switch (byte()) {
        case 0: return string_node();
        case 1: return date();
        case 2: return integer();
        case 3: return identifier();
        case 4: {
            ast::CitationKey key;
            key.span = span();
            key.text = string();
            return key;
        }
        default: throw Corrupt{};
        }
    }
    std::optional<ast::Block> block() {
        if (!flag()) return std::nullopt;
        ast::Block result;
        result.span = span();
        // Elements are appended as they decode (no resize to a claimed count), so memory stays
        // in proportion to the bytes actually read.
        for (std::size_t i = 0, n = count(); i < n; ++i) {
            ast::Attribute attribute;
            attribute.span = span();
            attribute.key = identifier();
            for (std::size_t j = 0, values = count(); j < values; ++j) attribute.values.push_back(value());
            result.attributes.push_back(std::move(attribute));
        }
        return result;
    }
    ast::Statement statement() {
        switch (byte()) {
        case 0: {
            ast::Include node;
            node.span = span();
            node.path = string_node();
            return node;
        }
        case 1: {
            ast::Declaration node;
            node.span = span();
            node.kind = enumerator(ast::DeclarationKind::claim);
            node.id = identifier();
            if (flag()) node.text = string_node();
            node.block = block();
            return node;
        }
        case 2: {
            ast::Relation node;
            node.span = span();
            node.from = identifier();
            node.verb = enumerator(ast::RelationVerb::undermines);
            node.to = identifier();
            node.block = block();
            return node;
        }
        case 3: {
            ast::Stance node;
            node.span = span();
            node.expert = identifier();
            if (flag()) node.strongly = span();
            node.verb = enumerator(ast::StanceVerb::qualifies);
            node.verb_span = span();
            node.claim = identifier();
            node.block = block();
            return node;
        }
        case 4: {
            ast::FromOpen node;
            node.span = span();
            node.source = identifier();
            return node;
        }
        case 5: {
            ast::FromClose node;
            node.span = span();
            return node;
        }
        default: throw Corrupt{};
        }
    }

private:
    std::string_view m_in;
    std::size_t m_pos = 0;
    std::vector<std::string_view> m_strings;  // the strings seen, by number (views into m_in)
    std::uint32_t m_base = 0;
};

static_assert(std::variant_size_v<ast::Value> == 5, "ast_codec: update the Value tags");
static_assert(std::variant_size_v<ast::Statement> == 6, "ast_codec: update the Statement tags");

}  // namespace

std::string encode_ast(const ast::File& file) {
    Writer out;
    out.bytes(magic);
    out.unsigned_int(ast_codec_version);
    out.byte(file.language ? 1 : 0);
    if (file.language) out.integer(*file.language);
    out.unsigned_int(file.statements.size());
    for (const auto& statement : file.statements) out.statement(statement);
    std::string blob = out.take();
    blob += util::content_hash(blob);
    return blob;
}

std::optional<ast::File> decode_ast(std::string_view blob) {
    if (blob.size() < magic.size() + checksum_size || blob.substr(0, magic.size()) != magic) return std::nullopt;
    std::string_view body = blob.substr(0, blob.size() - checksum_size);
    if (util::content_hash(body) != blob.substr(body.size())) return std::nullopt;
    try {
        Reader in(body.substr(magic.size()));
        if (in.unsigned_int() != ast_codec_version) return std::nullopt;
        ast::File file;
        if (in.flag()) file.language = in.integer();
        std::size_t open_froms = 0;
        for (std::size_t i = 0, n = in.count(); i < n; ++i) {
            const auto& statement = file.statements.emplace_back(in.statement());
            // The tree promises balanced `from` blocks; a blob that breaks the promise is refused.
            if (std::holds_alternative<ast::FromOpen>(statement)) ++open_froms;
            else if (std::holds_alternative<ast::FromClose>(statement) && open_froms-- == 0) return std::nullopt;
        }
        if (open_froms != 0 || !in.at_end()) return std::nullopt;
        return file;
    } catch (const Corrupt&) {
        return std::nullopt;
    }
}

}  // namespace stance::store
