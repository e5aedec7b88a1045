#include "stance/util/hash.hpp"

#include <xxhash.h>

namespace stance::util {

std::string content_hash(std::string_view bytes) {
    XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
    // The canonical form is big-endian, so the hex string reads the same on every machine.
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * sizeof canonical.digest);
    for (unsigned char byte : canonical.digest) {
        hex.push_back(digits[byte >> 4]);
        hex.push_back(digits[byte & 0x0F]);
    }
    return hex;
}

}  // namespace stance::util
