#pragma once
// IdTable: a hash table from ids (strings) to small values in which a look-up touches one cache
// line. Resolving a corpus looks up every id it reads (two per stance), at random in a table of
// 10^5 ids that does not fit in the caches: a node-based map (std::unordered_map) pays a miss
// for the bucket, one for the node and one for the id's bytes on the heap. Here a slot is one
// aligned 64-byte line holding the id's hash, its length, the value and, for an id of up to
// `inline_capacity` bytes (most ids), the id itself; longer ids are kept in the table's own
// storage. Open addressing, power-of-two slots, linear probing, at most half full; insertion
// and look-up only (ids are never removed).
// Written here because no map packaged for Debian 12 keeps short keys inline: Boost 1.74 has no
// unordered_flat_map, and Abseil's flat_hash_map (control bytes apart from the slots, a
// std::string key whose bytes past 15 are on the heap) costs two or three misses as well.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <xxhash.h>

namespace stance::util {

template <class Value>
class IdTable {
    static_assert(std::is_trivially_copyable_v<Value>, "slots are moved as bytes when the table grows");

    struct Header {
        std::uint64_t hash = 0;  // of the id; 0 marks an empty slot
        Value value{};
        std::uint32_t length = 0;
    };

public:
    // Ids of up to this many bytes are held in the slot; longer ones point into m_long_ids.
    static constexpr std::size_t inline_capacity = 64 - sizeof(Header);
    static_assert(inline_capacity >= 16, "the value leaves no room in a slot for an id");

    IdTable() = default;
    IdTable(const IdTable&) = delete;  // slots point into m_long_ids
    IdTable& operator=(const IdTable&) = delete;
    IdTable(IdTable&& other) noexcept  // a moved deque keeps its elements where they are
        : m_slots(std::move(other.m_slots)),
          m_size(std::exchange(other.m_size, 0)),
          m_long_ids(std::move(other.m_long_ids)) {}
    IdTable& operator=(IdTable&&) = delete;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    // Room for `count` ids without growing.
    void reserve(std::size_t count) {
        std::size_t slots = 16;
        while (slots < 2 * count) slots *= 2;
        if (slots > m_slots.size()) rehash(slots);
    }

    // Adds `id` with `value` unless the table has it; gives the value held for `id` (valid until
    // the next insertion) and whether it was added. The first insertion of an id wins.
    std::pair<Value*, bool> try_emplace(std::string_view id, const Value& value) {
        if (2 * (m_size + 1) > m_slots.size()) rehash(m_slots.empty() ? 16 : 2 * m_slots.size());
        const std::uint64_t hash = hash_of(id);
        Slot* slot = &m_slots[probe(id, hash)];
        if (slot->hash != 0) return {&slot->value, false};
        slot->hash = hash;
        slot->value = value;
        slot->length = static_cast<std::uint32_t>(id.size());
        if (id.size() <= inline_capacity) {
            std::memcpy(slot->bytes, id.data(), id.size());
        } else {
            const char* kept = m_long_ids.emplace_back(id).data();
            std::memcpy(slot->bytes, &kept, sizeof kept);
        }
        ++m_size;
        return {&slot->value, true};
    }

    // The value held for `id`; nullptr when there is none.
    const Value* find(std::string_view id) const {
        if (m_slots.empty()) return nullptr;
        const Slot& slot = m_slots[probe(id, hash_of(id))];
        return slot.hash != 0 ? &slot.value : nullptr;
    }
    Value* find(std::string_view id) { return const_cast<Value*>(std::as_const(*this).find(id)); }
    bool contains(std::string_view id) const { return find(id) != nullptr; }

    // Starts loading the slot where a look-up of `id` begins, so that a look-up made a little
    // later finds it in the cache.
    void prefetch(std::string_view id) const {
        if (!m_slots.empty()) __builtin_prefetch(&m_slots[hash_of(id) & (m_slots.size() - 1)]);
    }

private:
    struct alignas(64) Slot : Header {
        char bytes[inline_capacity];  // the id, or a pointer to it when it is longer

        std::string_view id() const {
            if (this->length <= inline_capacity) return {bytes, this->length};
            const char* kept;
            std::memcpy(&kept, bytes, sizeof kept);
            return {kept, this->length};
        }
    };
    static_assert(sizeof(Slot) == 64);

    static std::uint64_t hash_of(std::string_view id) {
        std::uint64_t hash = XXH3_64bits(id.data(), id.size());
        return hash != 0 ? hash : 1;
    }

    // The slot that holds `id`, else the empty slot where it would go (the table is never full).
    // The hash and length are compared before the bytes.
    std::size_t probe(std::string_view id, std::uint64_t hash) const {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& slot = m_slots[i];
            if (slot.hash == 0 || (slot.hash == hash && slot.length == id.size() && slot.id() == id)) return i;
        }
    }

    void rehash(std::size_t slots) {
        std::vector<Slot> old(slots);
        old.swap(m_slots);
        const std::size_t mask = slots - 1;
        for (const Slot& slot : old) {
            if (slot.hash == 0) continue;
            std::size_t i = slot.hash & mask;
            while (m_slots[i].hash != 0) i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;  // a power of two of them, or none
    std::size_t m_size = 0;
    std::deque<std::string> m_long_ids;
};

}  // namespace stance::util
