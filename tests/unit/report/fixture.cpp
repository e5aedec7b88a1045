#include "fixture.hpp"

namespace stance::report::testing {

namespace {

model::Position at(model::Index file, std::uint32_t line) { return {file, line, 1}; }
model::Quote quote(std::string text, model::Index file, std::uint32_t line) { return {std::move(text), at(file, line)}; }
model::Quote reported(std::string text, model::Index file, std::uint32_t line, model::Index by = model::none) {
    return {std::move(text), at(file, line), model::Words::reported, by};
}

}  // namespace

// Indices: sources eurasianet 0, carnegie 1; experts cornell 0, nikitina 1, zogg 2; topics
// control 0, future 1; claims russia-controls 0, members-sovereign 1, in-decline 2,
// will-dissolve 3.
model::Corpus fixture_corpus() {
    model::Corpus c;
    c.files = {{"claims/a.claims", "aa"}, {"claims/b.claims", "bb"}};
    c.sources = {
        // Cited from a .bib entry (Zotero's export), with a url: every report links and cites it.
        {.id = "eurasianet-2022", .title = "Too early to call time on the CSTO",
         .authors = {"Kamila Ibragimova", "Peter Leonard"}, .publisher = "Eurasianet", .date = {2022, 10, 0},
         .url = "https://eurasianet.org/too-early-to-call-time-on-the-csto", .kind = "article", .text = "eurasianet-2022.txt",
         .cite = "ibragimova_too_2022",
         .bib = {.type = "article",
                 .fields = {{"title", "Too early to call time on the CSTO", "Too early to call time on the {CSTO}"},
                            {"url", "https://eurasianet.org/too-early-to-call-time-on-the-csto",
                             "https://eurasianet.org/too-early-to-call-time-on-the-csto"},
                            {"journal", "Eurasianet", "Eurasianet"},
                            {"author", "Ibragimova, Kamila and Leonard, Peter", "Ibragimova, Kamila and Leonard, Peter"},
                            {"month", "October", "October"},
                            {"year", "2022", "2022"}}},
         .where = at(0, 2)},
        {.id = "carnegie-2023", .title = "The CSTO after Armenia", .publisher = "Carnegie", .date = {2023, 3, 0},
         .where = at(1, 1)},
    };
    c.experts = {
        {.id = "cornell", .name = "Svante Cornell", .affiliations = {"ISDP"}, .role = "director", .where = at(0, 8)},
        {.id = "nikitina", .name = "Yulia Nikitina", .affiliations = {"MGIMO University"},
         .aka = {"\u042E\u043B\u0438\u044F \u041D\u0438\u043A\u0438\u0442\u0438\u043D\u0430"}, .where = at(0, 11)},
        {.id = "zogg", .name = "Benno Zogg", .affiliations = {"CSS ETH Zurich"}, .where = at(0, 12)},
    };
    c.topics = {
        {.id = "csto.control", .question = "Who steers the CSTO", .where = at(0, 14)},
        {.id = "csto.future", .question = "Does the CSTO have a future", .where = at(0, 15)},
    };
    c.claims = {
        {.id = "csto.russia-controls", .text = "Russia controls the CSTO.", .topic = 0, .where = at(0, 16)},
        {.id = "csto.members-sovereign", .text = "Member states put national sovereignty above bloc logic.",
         .topic = 0, .where = at(0, 17)},
        {.id = "csto.in-decline", .text = "The CSTO is in decline.", .topic = 1, .where = at(0, 18)},
        {.id = "csto.will-dissolve", .text = "The CSTO will dissolve within a decade.", .topic = 1,
         .tags = {"forecast"}, .where = at(0, 19)},
    };
    using model::RelationKind;
    c.relations = {
        {RelationKind::undermines, 1, 0, "", at(0, 20)},
        {RelationKind::implies, 3, 2, "", at(0, 21)},
        {RelationKind::contradicts, 0, 1, "", at(0, 22)},
        {RelationKind::supports, 2, 3, "", at(0, 23)},
    };
    c.stances = {
        // 0: cornell asserts russia-controls
        {.expert = 0, .claim = 0, .value = 1, .source = 0,
         .quotes = {quote("it must refrain from doing so as a result of Russian pressure", 0, 31)}, .where = at(0, 30)},
        // 1: nikitina strongly denies russia-controls, because members-sovereign, in the article's words
        {.expert = 1, .claim = 0, .value = -2, .source = 0,
         .quotes = {reported("But Nikitina questioned the notion that Russia controls the organization.", 0, 34)},
         .because = {1}, .where = at(0, 33)},
        // 2: nikitina asserts members-sovereign
        {.expert = 1, .claim = 1, .value = 1, .source = 0, .where = at(0, 37)},
        // 3: zogg asserts in-decline (a quote that is not in the text)
        {.expert = 2, .claim = 2, .value = 1, .source = 1, .quotes = {quote("The CSTO has been weakened", 1, 6)},
         .at = "p. 2", .where = at(1, 5)},
        // 4: zogg strongly asserts will-dissolve
        {.expert = 2, .claim = 3, .value = 2, .source = 1, .where = at(1, 8)},
        // 5: nikitina denies in-decline
        {.expert = 1, .claim = 2, .value = -1, .source = 0, .where = at(0, 40)},
        // 6: cornell qualifies in-decline, with no source
        {.expert = 0, .claim = 2, .value = 0, .where = at(0, 44)},
        // 7: zogg denies russia-controls in 2021 ...
        {.expert = 2, .claim = 0, .value = -1, .source = 1, .date = {2021, 5, 0}, .where = at(1, 10)},
        // 8: ... and asserts it in 2023 (the source's date): a shift
        {.expert = 2, .claim = 0, .value = 1, .source = 1, .where = at(1, 11)},
        // 9: cornell asserts members-sovereign, which contradicts his stance 0, as zogg reports it
        {.expert = 0, .claim = 1, .value = 1, .source = 1, .quotes = {reported("Cornell puts sovereignty first", 1, 12, 2)},
         .where = at(1, 12)},
    };
    c.reindex();
    return c;
}

check::Analysis fixture_analysis(const model::Corpus& corpus) {
    (void)corpus;
    check::Analysis a;
    // Ordered by expert, then claim.
    a.cells = {
        {0, 0, 1, false, 0, ""},
        {0, 1, 1, false, 9, ""},
        {0, 2, 0, false, 6, ""},
        {1, 0, -2, false, 1, ""},
        {1, 1, 1, false, 2, ""},
        {1, 2, -1, false, 5, ""},
        {1, 3, -1, true, check::none, "denies csto.in-decline; csto.will-dissolve implies csto.in-decline"},
        {2, 0, 1, false, 8, ""},
        {2, 1, -1, true, check::none,
         "asserts csto.russia-controls; csto.russia-controls contradicts csto.members-sovereign"},
        {2, 2, 1, false, 3, ""},
        {2, 3, 2, false, 4, ""},
    };
    // russia-controls: +1 +1 -2, mean 0: 1 + 2/3 log2(3/4) + 1/3 log2(1/2) = 0.38998.
    // members-sovereign: +1 +1: 1. in-decline: 0 -1 +1, mean 0: 1 + 2/3 log2(3/4) = 0.72331.
    // will-dissolve: one voice, no consensus.
    a.consensus = {
        {0, 3, 0.0, 0.389975, 2, 1, 0},
        {1, 2, 1.0, 1.0, 2, 0, 0},
        {2, 3, 0.0, 0.723308, 1, 1, 1},
        {3, 1, 2.0, std::nullopt, 1, 0, 0},
    };
    // cornell-nikitina: russia-controls in conflict, members-sovereign congruent, in-decline
    // qualified: 0. cornell-zogg: russia-controls congruent, in-decline qualified: 0.5.
    // nikitina-zogg: opposite on both: -1.
    a.agreement = {
        {0, 1, 3, 1, 1, 1, 0, 0.0},
        {0, 2, 2, 1, 0, 1, 0, 0.5},
        {1, 2, 2, 0, 2, 0, 0, -1.0},
    };
    a.camps = {{0, 2}};
    a.unplaced = {1};
    a.expert_order = {0, 2, 1};
    a.inconsistencies = {{0,
                          {{"asserts csto.russia-controls", {0, 30, 1}},
                           {"csto.russia-controls contradicts csto.members-sovereign", {0, 22, 1}},
                           {"asserts csto.members-sovereign", {1, 12, 1}}}}};
    a.shifts = {{2, 0, 7, 8}};
    a.direct = {
        {0, {0, 8}, {1}},
        {2, {3}, {5}},
    };
    a.indirect = {{1, 2, 2, 3,
                   {{"zogg strongly asserts csto.will-dissolve", {1, 8, 1}},
                    {"csto.will-dissolve implies csto.in-decline", {0, 21, 1}},
                    {"nikitina denies csto.in-decline", {0, 40, 1}}}}};
    a.evidence = {
        {0, {0, 8}, {1, 7}, {}, {0, 1}, {"Eurasianet", "Carnegie"}, {}, {0}},
        {1, {2, 9}, {}, {}, {0, 1}, {"Eurasianet", "Carnegie"}, {}, {}},
        {2, {3}, {5}, {6}, {1, 0}, {"Carnegie", "Eurasianet"}, {}, {}},
        {3, {4}, {}, {}, {1}, {"Carnegie"}, {3}, {}},
    };
    using check::FindingKind;
    using diag::Severity;
    a.findings = {
        {FindingKind::text_not_found, Severity::note, check::none, check::none, 0, {0, 6, 3},
         "text \"eurasianet-2022.txt\" of source eurasianet-2022 not found; its quotes are not checked"},
        {FindingKind::unsourced, Severity::warning, 0, 2, check::none, {0, 44, 1}, "stance has no source"},
        {FindingKind::quote_not_found, Severity::warning, 2, 2, 1, {1, 6, 5},
         "quote not found in carnegie-2023; closest passage: \"the CSTO has weakened\""},
        {FindingKind::inconsistent, Severity::warning, 0, check::none, check::none, {0, 30, 1},
         "asserts csto.russia-controls; csto.russia-controls contradicts csto.members-sovereign; asserts "
         "csto.members-sovereign"},
        {FindingKind::shift, Severity::note, 2, 0, check::none, {1, 11, 1},
         "denies csto.russia-controls (2021-05), asserts it (2023-03)"},
    };
    return a;
}

}  // namespace stance::report::testing
