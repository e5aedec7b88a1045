#pragma once
// Builds model::Corpus values for the check tests without the parser: each item added takes the
// next line of the current file (lines start at 1 in each file), so a test can name the exact
// place of every item.
#include <string>
#include <utility>
#include <vector>

#include "stance/model/corpus.hpp"

namespace stance::test {

using model::Index;
using model::none;

struct StanceSpec {
    Index source = none;
    model::Date date{};
    std::vector<Index> because{};
    std::vector<std::string> quotes{};
};

class CorpusBuilder {
public:
    CorpusBuilder() { file("t.claims"); }

    // Later items are placed in `path` (added to Corpus::files when new), after its last line.
    CorpusBuilder& file(const std::string& path) {
        for (Index f = 0; f < m_corpus.files.size(); ++f)
            if (m_corpus.files[f].path == path) return m_file = f, *this;
        m_file = static_cast<Index>(m_corpus.files.size());
        m_corpus.files.push_back({path, ""});
        m_lines.push_back(0);
        return *this;
    }

    Index source(const std::string& id, model::Date date = {}, const std::string& publisher = "",
                 const std::string& text = "", const std::string& text_path = "") {
        model::Source s;
        s.id = id;
        s.date = date;
        s.publisher = publisher;
        s.text = text;
        s.text_path = text_path;
        s.where = next();
        return add(m_corpus.sources, std::move(s));
    }
    Index expert(const std::string& id) {
        model::Expert e;
        e.id = id;
        e.name = id;
        e.where = next();
        return add(m_corpus.experts, std::move(e));
    }
    Index claim(const std::string& id) {
        model::Claim c;
        c.id = id;
        c.text = id;
        c.where = next();
        return add(m_corpus.claims, std::move(c));
    }
    Index relation(Index from, model::RelationKind kind, Index to) {
        return add(m_corpus.relations, model::Relation{kind, from, to, "", next()});
    }
    // value: +2 strongly asserts ... -2 strongly denies.
    Index stance(Index expert, int value, Index claim, StanceSpec spec = {}) {
        model::Stance s;
        s.expert = expert;
        s.claim = claim;
        s.value = value;
        s.source = spec.source;
        s.date = spec.date;
        s.because = std::move(spec.because);
        s.where = next();
        for (auto& q : spec.quotes) s.quotes.push_back({std::move(q), {s.where.file, s.where.line, 5}});
        return add(m_corpus.stances, std::move(s));
    }

    model::Corpus& corpus() {
        m_corpus.reindex();
        return m_corpus;
    }

private:
    model::Position next() { return {m_file, ++m_lines[m_file], 1}; }
    template <class T>
    static Index add(std::vector<T>& items, T item) {
        items.push_back(std::move(item));
        return static_cast<Index>(items.size() - 1);
    }

    model::Corpus m_corpus;
    Index m_file = none;
    std::vector<std::uint32_t> m_lines;
};

}  // namespace stance::test
