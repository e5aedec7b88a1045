#include "stance/check/normalise.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace stance::check {

namespace {

constexpr utf8proc_int32_t replacement = 0xFFFD;

// Typographic quotes and dashes to their ASCII forms; anything else unchanged.
utf8proc_int32_t fold(utf8proc_int32_t c) {
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return '-';
    default:
        return c;
    }
}

bool is_space(utf8proc_int32_t c) {
    if (c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x85) return true;
    const auto category = utf8proc_category(c);
    return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL || category == UTF8PROC_CATEGORY_ZP;
}

void append(std::string& out, utf8proc_int32_t c) {
    utf8proc_uint8_t buffer[4];
    const auto n = utf8proc_encode_char(c, buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

// Calls f for each code point; an invalid byte is U+FFFD.
template <class F>
void each_code_point(std::string_view text, F f) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t c = 0;
        auto n = utf8proc_iterate(p, left, &c);
        if (n <= 0) c = replacement, n = 1;
        f(c);
        p += n;
        left -= n;
    }
}

}  // namespace

std::string normalise_text(std::string_view text) {
    // Folding before NFKC as well as after: NFKC turns the double prime into two primes, which
    // would fold to '' instead of ".
    std::string valid;
    valid.reserve(text.size());
    each_code_point(text, [&](utf8proc_int32_t c) { append(valid, fold(c)); });

    utf8proc_uint8_t* mapped = nullptr;
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                     static_cast<utf8proc_ssize_t>(valid.size()), &mapped,
                                     static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                                                    UTF8PROC_STABLE | UTF8PROC_IGNORE));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
    const std::string_view nfkc = length < 0 ? std::string_view(valid)
                                             : std::string_view(reinterpret_cast<const char*>(mapped),
                                                                static_cast<std::size_t>(length));
    std::string out;
    out.reserve(nfkc.size());
    bool pending_space = false;
    each_code_point(nfkc, [&](utf8proc_int32_t c) {
        if (is_space(c)) {
            pending_space = !out.empty();
            return;
        }
        if (pending_space) out += ' ', pending_space = false;
        append(out, fold(c));
    });
    return out;
}

std::string name_key(std::string_view name) {
    const std::string normal = normalise_text(name);
    utf8proc_uint8_t* folded = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(normal.data()),
                                static_cast<utf8proc_ssize_t>(normal.size()), &folded,
                                static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
    if (n < 0) return normal;  // normalise_text gives valid UTF-8: this does not happen
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(folded, &std::free);
    return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
}

}  // namespace stance::check
