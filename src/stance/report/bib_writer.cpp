// The BibTeX writer: the entries of a report's "bibtex" data table, as they are.
#include "stance/report/writers.hpp"

namespace stance::report {

namespace {

class BibWriter final : public Sink {
public:
    explicit BibWriter(std::ostream& out) : m_out(out) {}

    void begin(const Document& header) override { m_report = header.report; }
    void block(const Block&) override {}
    void begin_data(const Table& table) override {
        m_writing = table.name == "bibtex";
        m_seen = m_seen || m_writing;
    }
    void row(const Row& row) override {
        if (!m_writing) return;
        for (const auto& c : row.cells)
            if (const auto* entry = std::get_if<Inline>(&c.value)) m_out << plain(*entry);
    }
    void end_data() override { m_writing = false; }
    void end() override {
        if (!m_seen) throw no_form(m_report, Format::bib);
    }

private:
    std::ostream& m_out;
    std::string m_report;
    bool m_writing = false;
    bool m_seen = false;
};

}  // namespace

std::unique_ptr<Sink> bib_writer(std::ostream& out) { return std::make_unique<BibWriter>(out); }

}  // namespace stance::report
