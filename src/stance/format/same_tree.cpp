#include "stance/format/same_tree.hpp"

#include <algorithm>
#include <type_traits>
#include <variant>

namespace stance::format {

namespace {

// Declared first, so that the templates below find every overload.
bool same(const ast::Attribute& a, const ast::Attribute& b);
bool same(const ast::Block& a, const ast::Block& b);
bool same(const ast::Include& a, const ast::Include& b);
bool same(const ast::Declaration& a, const ast::Declaration& b);
bool same(const ast::Relation& a, const ast::Relation& b);
bool same(const ast::Stance& a, const ast::Stance& b);
bool same(const ast::FromOpen& a, const ast::FromOpen& b);

bool same(const ast::Identifier& a, const ast::Identifier& b) { return a.name == b.name; }
bool same(const ast::String& a, const ast::String& b) { return a.value == b.value; }
bool same(const ast::Integer& a, const ast::Integer& b) { return a.value == b.value; }
bool same(const ast::Date& a, const ast::Date& b) { return a.year == b.year && a.month == b.month && a.day == b.day; }
bool same(const ast::CitationKey& a, const ast::CitationKey& b) { return a.text == b.text; }
bool same(const ast::FromClose&, const ast::FromClose&) { return true; }

template <typename... Ts>
bool same(const std::variant<Ts...>& a, const std::variant<Ts...>& b) {
    return a.index() == b.index() && std::visit(
                                         [&b](const auto& x) {
                                             return same(x, std::get<std::decay_t<decltype(x)>>(b));
                                         },
                                         a);
}

template <typename T>
bool same(const std::optional<T>& a, const std::optional<T>& b) {
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

template <typename T>
bool same(const std::vector<T>& a, const std::vector<T>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const T& x, const T& y) { return same(x, y); });
}

bool same(const ast::Attribute& a, const ast::Attribute& b) { return same(a.key, b.key) && same(a.values, b.values); }
bool same(const ast::Block& a, const ast::Block& b) { return same(a.attributes, b.attributes); }
bool same(const ast::Include& a, const ast::Include& b) { return same(a.path, b.path); }
bool same(const ast::Declaration& a, const ast::Declaration& b) {
    return a.kind == b.kind && same(a.id, b.id) && same(a.text, b.text) && same(a.block, b.block);
}
bool same(const ast::Relation& a, const ast::Relation& b) {
    return same(a.from, b.from) && a.verb == b.verb && same(a.to, b.to) && same(a.block, b.block);
}
bool same(const ast::Stance& a, const ast::Stance& b) {
    return same(a.expert, b.expert) && a.strongly.has_value() == b.strongly.has_value() && a.verb == b.verb &&
           same(a.claim, b.claim) && same(a.block, b.block);
}
bool same(const ast::FromOpen& a, const ast::FromOpen& b) { return same(a.source, b.source); }

}  // namespace

bool same_tree(const ast::File& a, const ast::File& b) {
    return same(a.language, b.language) && same(a.statements, b.statements) && a.broken.empty() && b.broken.empty();
}

}  // namespace stance::format
