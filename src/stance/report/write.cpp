#include <algorithm>
#include <stdexcept>

#include "stance/report/writers.hpp"

namespace stance::report {

std::string_view format_name(Format format) {
    switch (format) {
    case Format::text: return "text";
    case Format::md: return "md";
    case Format::csv: return "csv";
    case Format::json: return "json";
    case Format::html: return "html";
    case Format::tex: return "tex";
    case Format::bib: return "bib";
    }
    return "text";
}

std::string_view format_extension(Format format) {
    return format == Format::text ? std::string_view("txt") : format_name(format);
}

Parts parts_for(Format format) {
    switch (format) {
    case Format::text:
    case Format::md:
    case Format::tex: return {.blocks = true, .tips = false, .csv = false, .json = false};
    case Format::bib: return {.blocks = false, .tips = false, .csv = false, .json = false};
    case Format::html: return {.blocks = true, .tips = true, .csv = false, .json = false};
    case Format::csv: return {.blocks = false, .tips = false, .csv = true, .json = false};
    case Format::json: return {.blocks = false, .tips = false, .csv = false, .json = true};
    }
    return {};
}

bool supports(const Document& document, Format format) {
    if (format == Format::bib)
        return std::any_of(document.data.begin(), document.data.end(), [](const Table& t) { return t.name == "bibtex"; });
    if (format != Format::tex) return true;
    for (const auto& block : document.blocks)
        if (const auto* table = std::get_if<Table>(&block); table && table->heatmap) return true;
    return false;
}

std::invalid_argument no_form(std::string_view report, Format format) {
    return std::invalid_argument("the " + std::string(report) + " report has no " + std::string(format_name(format)) +
                                 " form");
}

std::unique_ptr<Sink> make_writer(std::ostream& out, Format format, const WriteOptions& options) {
    switch (format) {
    case Format::text: return text_writer(out, options);
    case Format::md: return markdown_writer(out, options);
    case Format::csv: return csv_writer(out, options);
    case Format::json: return json_writer(out);
    case Format::html: return html_writer(out, options);
    case Format::tex: return tex_writer(out);
    case Format::bib: return bib_writer(out);
    }
    return text_writer(out, options);
}

void write(std::ostream& out, const Document& document, Format format, const WriteOptions& options) {
    if (!supports(document, format)) throw no_form(document.report, format);
    WriteOptions chosen = options;
    if (format == Format::csv) {
        if (document.csv >= document.data.size()) return;  // no CSV table: nothing to write
        chosen.csv_table = document.data[document.csv].name;
    }
    replay(document, *make_writer(out, format, chosen));
}

std::string relative_href(std::string_view from, const Target& target, std::string_view extension) {
    if (!target.url.empty()) return target.url;
    std::string href;
    if (target.page != from) {
        auto folder = [](std::string_view page) {
            auto slash = page.rfind('/');
            return slash == std::string_view::npos ? std::string_view() : page.substr(0, slash + 1);
        };
        std::string_view page = target.page;
        if (folder(from) == folder(page)) {
            page.remove_prefix(folder(page).size());  // a page in the same folder
        } else {
            for (char c : from)
                if (c == '/') href += "../";
        }
        href += page;
        href += '.';
        href += extension;
    }
    if (!target.anchor.empty()) href += '#' + target.anchor;
    return href;
}

}  // namespace stance::report
