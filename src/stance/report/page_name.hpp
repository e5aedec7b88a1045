#pragma once
// The file name of an expert's or a claim's page, derived from its id so that it cannot leave
// its folder, is never a name a file system reserves, and stays short. Files and the links to
// them both come from here.
#include <string>
#include <string_view>

namespace stance::report {

// The id itself when it is safe: at most 80 bytes of [A-Za-z0-9_.-], starting with a letter, a
// digit or '_', and not a device name that Windows reserves (con, nul, aux, prn, com1-9,
// lpt1-9; also before a dot, "con.x"). Otherwise a sanitised prefix of it (unsafe bytes and dots as
// '_'), '~' and 16 hex digits of its hash: '~' never occurs in an id, so a derived name never
// equals a safe one.
std::string page_name(std::string_view id);

}  // namespace stance::report
