#include "stance/check/findings.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "stance/check/explain.hpp"
#include "stance/util/suggest.hpp"

namespace stance::check {

std::string_view finding_name(FindingKind kind) { return diag::code_name(finding_code(kind)); }

diag::Code finding_code(FindingKind kind) {
    switch (kind) {
    case FindingKind::inconsistent: return diag::Code::inconsistent;
    case FindingKind::shift: return diag::Code::shift;
    case FindingKind::quote_not_found: return diag::Code::quote_not_found;
    case FindingKind::text_not_found: return diag::Code::text_not_found;
    case FindingKind::unsourced: return diag::Code::unsourced;
    case FindingKind::unused_claim: return diag::Code::unused_claim;
    case FindingKind::unused_expert: return diag::Code::unused_expert;
    case FindingKind::unused_source: return diag::Code::unused_source;
    case FindingKind::lone_camp: return diag::Code::lone_camp;
    }
    return diag::Code::unsourced;
}

void add_inconsistency_findings(const model::Corpus& corpus, const std::vector<Inconsistency>& inconsistencies,
                                std::vector<Finding>& findings) {
    for (const auto& inconsistency : inconsistencies) {
        if (inconsistency.chain.empty()) continue;
        Finding f{
            FindingKind::inconsistent,
            diag::Severity::warning,
            inconsistency.expert,
            inconsistency.claim,
            none,
            inconsistency.chain.front().where,
            corpus.experts[inconsistency.expert].id + " is inconsistent: " + chain_text(corpus, inconsistency.chain)};
        findings.push_back(std::move(f));
    }
}

void add_shift_findings(const model::Corpus& corpus, const std::vector<Shift>& shifts, std::vector<Finding>& findings) {
    for (const auto& shift : shifts) {
        const auto& earlier = corpus.stances[shift.earlier];
        const auto& later = corpus.stances[shift.later];
        // "(2022-10, a.claims:5)"; an undated stance says so rather than leave a gap.
        auto when = [&](const model::Stance& stance) {
            auto date = corpus.stance_date(stance);
            return date.empty() ? std::string("undated") : date.to_string();
        };
        std::string message = corpus.experts[shift.expert].id + " changed sides on " + corpus.claims[shift.claim].id +
                              ": " + std::string(model::stance_verb(earlier.value)) + " (" + when(earlier);
        if (const auto place = corpus.where(earlier.where); !place.empty()) message += ", " + place;
        message += "), then " + std::string(model::stance_verb(later.value)) + " (" + when(later) + ")";
        findings.push_back({FindingKind::shift, diag::Severity::note, shift.expert, shift.claim, later.source,
                            later.where, std::move(message)});
    }
}

void add_usage_findings(const model::Corpus& corpus, std::vector<Finding>& findings) {
    std::vector<char> claim_used(corpus.claims.size(), 0), expert_used(corpus.experts.size(), 0),
        source_used(corpus.sources.size(), 0);
    for (const auto& stance : corpus.stances) {
        if (stance.claim < claim_used.size()) claim_used[stance.claim] = 1;
        for (Index reason : stance.because)
            if (reason < claim_used.size()) claim_used[reason] = 1;
        if (stance.expert < expert_used.size()) expert_used[stance.expert] = 1;
        if (stance.source < source_used.size()) source_used[stance.source] = 1;
        if (stance.source == none && stance.expert < expert_used.size() && stance.claim < claim_used.size())
            findings.push_back(
                {FindingKind::unsourced, diag::Severity::warning, stance.expert, stance.claim, none, stance.where,
                 "stance of " + corpus.experts[stance.expert].id + " on " + corpus.claims[stance.claim].id +
                     " has no source (give `source` or put it in a `from` block)"});
    }
    for (Index c = 0; c < corpus.claims.size(); ++c)
        if (!claim_used[c])
            findings.push_back({FindingKind::unused_claim, diag::Severity::warning, none, c, none,
                                corpus.claims[c].where, "no expert takes a stance on claim " + corpus.claims[c].id});
    for (Index e = 0; e < corpus.experts.size(); ++e)
        if (!expert_used[e])
            findings.push_back({FindingKind::unused_expert, diag::Severity::warning, e, none, none,
                                corpus.experts[e].where, "expert " + corpus.experts[e].id + " takes no stance"});
    for (Index s = 0; s < corpus.sources.size(); ++s)
        if (!source_used[s])
            findings.push_back({FindingKind::unused_source, diag::Severity::warning, none, none, s,
                                corpus.sources[s].where, "no stance cites source " + corpus.sources[s].id});
}

void add_lone_camp_findings(const model::Corpus& corpus, std::vector<Finding>& findings) {
    std::map<std::string, std::vector<Index>> members;  // declared camp -> its experts
    for (Index e = 0; e < corpus.experts.size(); ++e)
        if (!corpus.experts[e].camp.empty()) members[corpus.experts[e].camp].push_back(e);
    for (const auto& [name, experts] : members) {
        if (experts.size() != 1) continue;
        util::Nearest nearest(name);
        for (const auto& other : members)
            if (other.first != name) nearest.consider(other.first);
        if (nearest.best().empty()) continue;
        const Index e = experts.front();
        const std::size_t others = members.at(nearest.best()).size();
        findings.push_back({FindingKind::lone_camp, diag::Severity::warning, e, none, none, corpus.experts[e].where,
                            "camp \"" + name + "\" of " + corpus.experts[e].id + " is declared for no other expert; did you mean \"" +
                                nearest.best() + "\" (" + std::to_string(others) + (others == 1 ? " expert" : " experts") +
                                ")?"});
    }
}

void sort_findings(std::vector<Finding>& findings) {
    auto key = [](const Finding& f) {
        return std::make_tuple(f.where.file, f.where.line, f.where.column, static_cast<int>(f.kind), f.expert, f.claim,
                               f.source);
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

namespace {

bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
}

}  // namespace

diag::Diagnostic finding_diagnostic(const Finding& finding, const util::SourceManager& files) {
    diag::Diagnostic d;
    d.severity = finding.severity;
    d.code = finding_code(finding.kind);
    d.message = finding.message;
    const auto& at = finding.where;
    if (at.file == model::none || at.file >= files.size() || at.line == 0) return d;
    const util::SourceFile& file = files.get(at.file);
    if (at.line > file.line_count()) return d;
    std::string_view line = file.line_text(at.line);
    auto offset = static_cast<std::size_t>(line.data() - file.text().data());
    // The column's byte in O(log n), however long the line (many findings may share one).
    std::size_t i = file.offset_of({at.line, at.column}) - offset;
    std::size_t end = i;
    if (end < line.size() && line[end] == '"') {
        for (++end; end < line.size() && line[end] != '"'; ++end)
            if (line[end] == '\\') ++end;
        end = std::min(end + 1, line.size());
    } else {
        while (end < line.size() && word_char(line[end])) ++end;
    }
    end = std::max(end, std::min(i + 1, line.size()));
    d.where = {at.file, static_cast<std::uint32_t>(offset + i), static_cast<std::uint32_t>(offset + end)};
    return d;
}

}  // namespace stance::check
