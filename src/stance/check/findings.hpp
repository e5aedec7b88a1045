#pragma once
// Findings about the corpus as written: inconsistent experts (the chain as the message),
// position shifts, stances without a source, and claims, experts and sources nothing uses.
// A claim counts as used when some stance is on it or gives it as a `because` reason (a reason
// is taken up by the expert); appearing only in relations does not count.
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/diag/diagnostic.hpp"
#include "stance/model/corpus.hpp"
#include "stance/util/source_file.hpp"

namespace stance::check {

void add_inconsistency_findings(const model::Corpus& corpus, const std::vector<Inconsistency>& inconsistencies,
                                std::vector<Finding>& findings);
void add_shift_findings(const model::Corpus& corpus, const std::vector<Shift>& shifts, std::vector<Finding>& findings);
// unsourced, unused-claim, unused-expert, unused-source.
void add_usage_findings(const model::Corpus& corpus, std::vector<Finding>& findings);
// lone_camp: a declared camp that one expert alone has while another camp's name is near it (a
// misspelt camp name would split a camp silently).
void add_lone_camp_findings(const model::Corpus& corpus, std::vector<Finding>& findings);

// A finding in the form of a diagnostic, its place turned back into a range of the file: the
// word (or the quoted string) that starts there.
diag::Diagnostic finding_diagnostic(const Finding& finding, const util::SourceManager& files);

// By file, line, column (findings without a place last), then kind, then expert, claim, source.
void sort_findings(std::vector<Finding>& findings);

}  // namespace stance::check
