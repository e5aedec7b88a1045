#pragma once
// Definitions of the LaTeX text and name-list rules (latex.hpp). Text is built by semantic
// actions that append to the rule's string.
#include "grammar/latex.hpp"

namespace stance::grammar::latex {

struct text_class {};
struct names_class {};
struct name_parts_class {};
struct item_class {};
struct group_class {};
struct accent_class {};
struct base_class {};
struct name_group_class {};

// Accents written with a symbol: `\"u`, `\'{e}`, `{\^o}`. Combining marks: parse_bibtex composes.
inline x3::symbols<std::string> make_symbol_accents() {
    x3::symbols<std::string> s;
    s.add("'", "\u0301")("`", "\u0300")("^", "\u0302")("\"", "\u0308")("~", "\u0303")("=", "\u0304")(".", "\u0307");
    return s;
}
// Accents written with a letter, which must be followed by a space or a brace: `\c c`, `\v{s}`.
inline x3::symbols<std::string> make_letter_accents() {
    x3::symbols<std::string> s;
    s.add("u", "\u0306")("v", "\u030C")("H", "\u030B")("c", "\u0327")("k", "\u0328")("r", "\u030A")(
        "d", "\u0323")("b", "\u0331");
    return s;
}
// Commands that stand for a character or a word.
inline x3::symbols<std::string> make_named() {
    x3::symbols<std::string> s;
    s.add("ss", "ß")("SS", "SS")("o", "ø")("O", "Ø")("aa", "å")("AA", "Å")("ae", "æ")("AE", "Æ")("oe", "œ")(
        "OE", "Œ")("l", "ł")("L", "Ł")("i", "ı")("j", "ȷ")("dh", "ð")("DH", "Ð")("th", "þ")("TH", "Þ")(
        "ng", "ŋ")("NG", "Ŋ")("textendash", "–")("textemdash", "—")("ldots", "…")("dots", "…")(
        "textellipsis", "…")("textquoteleft", "‘")("textquoteright", "’")("textquotedblleft", "“")(
        "textquotedblright", "”")("guillemotleft", "«")("guillemotright", "»")("guillemetleft", "«")(
        "guillemetright", "»")("textless", "<")("textgreater", ">")("S", "§")("P", "¶")("copyright", "©")(
        "textcopyright", "©")("textregistered", "®")("texttrademark", "™")("texteuro", "€")("euro", "€")(
        "pounds", "£")("textsterling", "£")("textdegree", "°")("textbackslash", "\\")("textasciitilde", "~")("textasciicircum", "^")(
        "textunderscore", "_")("textbar", "|")("textbullet", "•")("textperiodcentered", "·")("LaTeX", "LaTeX")(
        "TeX", "TeX")("BibTeX", "BibTeX");
    return s;
}
// A backslash and one non-letter: escaped specials, spacing and breaks.
inline x3::symbols<std::string> make_escaped() {
    x3::symbols<std::string> s;
    s.add("&", "&")("%", "%")("$", "$")("#", "#")("_", "_")("{", "{")("}", "}")(" ", " ")(",", " ")(";", " ")(
        "-", "")("/", "")("@", "")("\\", " ");
    return s;
}
x3::symbols<std::string> const symbol_accents = make_symbol_accents();
x3::symbols<std::string> const letter_accents = make_letter_accents();
x3::symbols<std::string> const named_commands = make_named();
x3::symbols<std::string> const escaped = make_escaped();

auto const append = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
auto const assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const assign_raw = [](auto& ctx) { x3::_val(ctx).assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end()); };
auto const append_raw = [](auto& ctx) { x3::_val(ctx).append(x3::_attr(ctx).begin(), x3::_attr(ctx).end()); };
auto const put = [](char const* text) { return [text](auto& ctx) { x3::_val(ctx) += text; }; };
// The base letter goes before the mark that was read first.
auto const prepend = [](auto& ctx) { x3::_val(ctx).insert(0, x3::_attr(ctx)); };

auto const blanks = x3::omit[*x3::blank];

x3::rule<item_class, std::string> const item = "LaTeX text";
x3::rule<group_class, std::string> const group = "a braced group";
x3::rule<accent_class, std::string> const accent = "an accent";
x3::rule<base_class, std::string> const base = "an accented letter";

auto const letter = (x3::lit("\\i") >> !x3::alpha)[put("i")] | (x3::lit("\\j") >> !x3::alpha)[put("j")] |
                    x3::raw[x3::alpha][assign_raw];
auto const base_def = ('{' >> blanks >> -letter >> blanks >> '}') | (blanks >> letter);
auto const accent_def = '\\' >> ((symbol_accents[assign] >> base[prepend]) |
                                 (letter_accents[assign] >> &(x3::blank | '{') >> base[prepend]));

// \url{...} keeps its argument verbatim (a URL may hold `~`, `%` or `_`).
auto const url = x3::lit("\\url") >> !x3::alpha >> blanks >> '{' >> x3::raw[*~x3::char_('}')] >> '}';
// \href{url}{text} keeps the text.
auto const href = x3::lit("\\href") >> !x3::alpha >> blanks >> '{' >> *~x3::char_('}') >> '}' >> blanks;
auto const named_command = '\\' >> named_commands >> !x3::alpha >> blanks >> -x3::lit("{}");
auto const escaped_char = '\\' >> escaped;
// Any other command: the name goes, its arguments stay as text.
auto const other_command = x3::lit('\\') >> x3::omit[+x3::alpha >> -x3::lit('*') >> blanks];

auto const item_def = accent[assign] | url[assign_raw] | href | named_command[assign] | escaped_char[assign] |
                      other_command | group[assign] | x3::lit("---")[put("—")] | x3::lit("--")[put("–")] |
                      x3::lit("``")[put("“")] | x3::lit("''")[put("”")] | x3::lit('~')[put("\u00A0")] |
                      x3::lit('$') | x3::lit('\\') | x3::omit[+x3::space][put(" ")] |
                      x3::raw[+~x3::char_("-{}\\~$`' \t\r\n")][assign_raw] |
                      x3::raw[x3::char_("-`'")][assign_raw];
auto const group_def = '{' >> *item[append] >> '}';
// Unpaired closing braces are dropped.
auto const text_def = *(item[append] | x3::lit('}'));

// --- Name lists -------------------------------------------------------------------------------

x3::rule<name_group_class> const name_group = "a braced group";
auto const name_group_def = '{' >> *(name_group | ~x3::char_("{}")) >> '}';
auto const and_separator = +x3::space >> x3::lit("and") >> +x3::space;
auto const one_name = x3::raw[+(name_group | (!and_separator >> ~x3::char_("{}")))];
auto const push_raw = [](auto& ctx) { x3::_val(ctx).emplace_back(x3::_attr(ctx).begin(), x3::_attr(ctx).end()); };
auto const names_def = *x3::space >> -(one_name[push_raw] % and_separator);
auto const name_part = x3::raw[*(name_group | ~x3::char_("{},"))];
auto const name_parts_def = name_part[push_raw] % ',';

text_type const text = "LaTeX text";
names_type const names = "a name list";
name_parts_type const name_parts = "a name";

BOOST_SPIRIT_DEFINE(item, group, accent, base, text, name_group, names, name_parts)

}  // namespace stance::grammar::latex

namespace stance::grammar {

latex::text_type const& latex_text() { return latex::text; }
latex::names_type const& latex_names() { return latex::names; }
latex::name_parts_type const& latex_name_parts() { return latex::name_parts; }

}  // namespace stance::grammar
