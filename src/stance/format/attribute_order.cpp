#include "stance/format/attribute_order.hpp"

#include <algorithm>
#include <initializer_list>
#include <variant>

namespace stance::format {

namespace {

// Each owner's keys in the order of the table in docs/language.md; keys on one line share a
// rank.
const std::initializer_list<std::initializer_list<std::string_view>>& keys_of(BlockOwner owner) {
    static const std::initializer_list<std::initializer_list<std::string_view>> source{
        {"title"}, {"author"}, {"publisher"}, {"date"}, {"url"}, {"kind"}, {"text"}, {"cite"}};
    static const std::initializer_list<std::initializer_list<std::string_view>> expert{
        {"affiliation"}, {"role"}, {"country"}, {"aka"}};
    static const std::initializer_list<std::initializer_list<std::string_view>> topic{{"parent"}};
    static const std::initializer_list<std::initializer_list<std::string_view>> claim{{"topic"}, {"tag"}, {"date"}};
    static const std::initializer_list<std::initializer_list<std::string_view>> relation{};
    static const std::initializer_list<std::initializer_list<std::string_view>> stance{
        {"source"}, {"quote", "reported"}, {"reported-by"}, {"at"}, {"date"}, {"because"}};
    switch (owner) {
    case BlockOwner::source: return source;
    case BlockOwner::expert: return expert;
    case BlockOwner::topic: return topic;
    case BlockOwner::claim: return claim;
    case BlockOwner::relation: return relation;
    case BlockOwner::stance: break;
    }
    return stance;
}

constexpr int unlisted_rank = 100;
constexpr int note_rank = 101;

}  // namespace

BlockOwner owner_of(const ast::Declaration& declaration) {
    switch (declaration.kind) {
    case ast::DeclarationKind::source: return BlockOwner::source;
    case ast::DeclarationKind::expert: return BlockOwner::expert;
    case ast::DeclarationKind::topic: return BlockOwner::topic;
    case ast::DeclarationKind::claim: break;
    }
    return BlockOwner::claim;
}

int attribute_rank(BlockOwner owner, std::string_view key) {
    if (key == "note") return note_rank;
    int rank = 0;
    for (const auto& same_place : keys_of(owner)) {
        if (std::find(same_place.begin(), same_place.end(), key) != same_place.end()) return rank;
        ++rank;
    }
    return unlisted_rank;
}

void sort_attributes(BlockOwner owner, std::vector<ast::Attribute>& attributes) {
    std::stable_sort(attributes.begin(), attributes.end(), [owner](const ast::Attribute& a, const ast::Attribute& b) {
        return attribute_rank(owner, a.key.name) < attribute_rank(owner, b.key.name);
    });
}

void sort_attributes(ast::File& file) {
    for (auto& statement : file.statements) {
        if (auto* declaration = std::get_if<ast::Declaration>(&statement); declaration && declaration->block)
            sort_attributes(owner_of(*declaration), declaration->block->attributes);
        else if (auto* stance = std::get_if<ast::Stance>(&statement); stance && stance->block)
            sort_attributes(BlockOwner::stance, stance->block->attributes);
        else if (auto* relation = std::get_if<ast::Relation>(&statement); relation && relation->block)
            sort_attributes(BlockOwner::relation, relation->block->attributes);
    }
}

}  // namespace stance::format
