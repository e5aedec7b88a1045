#pragma once
// Text normalisation for quote checks, so that a quote typed by hand matches the source's text:
// Unicode NFKC (ligatures and compatibility forms unfolded: "ﬁ" is "fi", "…" is "..."), default
// ignorable characters dropped (soft hyphens, zero-width spaces), typographic quotes folded to
// ' and ", dashes and the minus sign to -, every run of white space (line breaks included) to one
// space, trimmed. Case is kept. Invalid UTF-8 bytes become U+FFFD, so any bytes normalise.
#include <string>
#include <string_view>

namespace stance::check {

std::string normalise_text(std::string_view text);

}  // namespace stance::check

namespace stance::check {

// A name as a key for lookups that ignore case: normalised as above, then Unicode case folded
// ("Pörtner" and "PÖRTNER" give the same key).
std::string name_key(std::string_view name);

}  // namespace stance::check
