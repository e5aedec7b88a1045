#pragma once
// The store's schema (documented for users in docs/store.md). Tables are keyed so that a user
// reads them without joins: experts, claims, sources and topics by their ids in the claims
// files, and every reference column of the corpus's tables holds such an id. Lists (authors,
// affiliations, tags, quotes, reasons) are child tables in long form, one row per element,
// which is what pandas and R join and pivot most easily. Items keep their reading order in
// `seq`/`ord` columns and where they were written in (file, line, col), file being files.id.
// The two large tables of the analysis (a row per matrix cell, a row per pair of experts)
// name experts and claims by their seq instead, which makes them about half as large; their
// views join the ids back.
// The four views at the end are the public interface; the tables may change with the version.
#include <cstdint>

namespace stance::store {

inline constexpr std::int32_t schema_version = 7;
inline constexpr std::int32_t application_id = 1937010275;  // "stnc" as a big-endian int32

// The tables that hold what the checks computed (AnalysisTables), in the order they are written.
inline constexpr const char* analysis_tables[] = {"matrix_cells", "claim_stats", "pair_agreement", "camps",
                                                  "finding_rows"};

inline constexpr const char* schema = R"sql(
PRAGMA application_id = 1937010275;
PRAGMA user_version = 7;

CREATE TABLE files (
  id    INTEGER PRIMARY KEY,  -- reading order, from 0
  path  TEXT NOT NULL,
  hash  TEXT NOT NULL
);

CREATE TABLE sources (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  title      TEXT,
  publisher  TEXT,
  date       TEXT,            -- YYYY, YYYY-MM or YYYY-MM-DD
  url        TEXT,
  kind       TEXT,
  text       TEXT,            -- the `text` attribute as written
  text_path  TEXT,            -- where that text was found; NULL when not found
  cite       TEXT,            -- the BibTeX key
  bib_type   TEXT,            -- the type of the entry `cite` found in a --bib file; NULL when none
  note       TEXT,
  file       INTEGER REFERENCES files(id),
  line       INTEGER,
  col        INTEGER
);
CREATE TABLE source_authors (
  source  TEXT NOT NULL REFERENCES sources(id),
  ord     INTEGER NOT NULL,
  author  TEXT NOT NULL,
  PRIMARY KEY (source, ord)
) WITHOUT ROWID;
-- The fields of the BibTeX entry a source cites, so that a report from the store cites and
-- writes it as one from the claims files and the .bib does.
CREATE TABLE source_bib_fields (
  source  TEXT NOT NULL REFERENCES sources(id),
  ord     INTEGER NOT NULL,
  name    TEXT NOT NULL,    -- lower case
  value   TEXT NOT NULL,    -- as UTF-8
  latex   TEXT NOT NULL,    -- as BibTeX writes it, macros expanded
  PRIMARY KEY (source, ord)
) WITHOUT ROWID;

CREATE TABLE experts (
  seq      INTEGER PRIMARY KEY,
  id       TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL,
  role     TEXT,
  country  TEXT,
  camp     TEXT,  -- the declared camp's name (`camp "Name"`)
  note     TEXT,
  file     INTEGER REFERENCES files(id),
  line     INTEGER,
  col      INTEGER
);
CREATE TABLE expert_affiliations (
  expert       TEXT NOT NULL REFERENCES experts(id),
  ord          INTEGER NOT NULL,
  affiliation  TEXT NOT NULL,
  PRIMARY KEY (expert, ord)
) WITHOUT ROWID;
CREATE TABLE expert_aka (
  expert  TEXT NOT NULL REFERENCES experts(id),
  ord     INTEGER NOT NULL,
  name    TEXT NOT NULL,
  PRIMARY KEY (expert, ord)
) WITHOUT ROWID;

CREATE TABLE topics (
  seq       INTEGER PRIMARY KEY,
  id        TEXT NOT NULL UNIQUE,
  question  TEXT NOT NULL,
  parent    TEXT REFERENCES topics(id),
  note      TEXT,
  file      INTEGER REFERENCES files(id),
  line      INTEGER,
  col       INTEGER
);

CREATE TABLE claims (
  seq    INTEGER PRIMARY KEY,
  id     TEXT NOT NULL UNIQUE,
  text   TEXT NOT NULL,
  topic  TEXT REFERENCES topics(id),
  date   TEXT,
  note   TEXT,
  file   INTEGER REFERENCES files(id),
  line   INTEGER,
  col    INTEGER
);
CREATE TABLE claim_tags (
  claim  TEXT NOT NULL REFERENCES claims(id),
  ord    INTEGER NOT NULL,
  tag    TEXT NOT NULL,
  PRIMARY KEY (claim, ord)
) WITHOUT ROWID;

CREATE TABLE relations (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('implies', 'contradicts', 'equivalent', 'supports', 'undermines')),
  from_claim  TEXT NOT NULL REFERENCES claims(id),
  to_claim    TEXT NOT NULL REFERENCES claims(id),
  note        TEXT,
  file        INTEGER REFERENCES files(id),
  line        INTEGER,
  col         INTEGER
);

CREATE TABLE stances (
  id              INTEGER PRIMARY KEY,  -- file order, from 0
  expert          TEXT NOT NULL REFERENCES experts(id),
  claim           TEXT NOT NULL REFERENCES claims(id),
  value           INTEGER NOT NULL CHECK (value BETWEEN -2 AND 2),
  verb            TEXT NOT NULL,        -- 'strongly asserts' ... 'strongly denies'
  source          TEXT REFERENCES sources(id),
  at              TEXT,
  date            TEXT,                 -- the `date` attribute as written
  effective_date  TEXT,                 -- date, else the source's date
  note            TEXT,
  file            INTEGER REFERENCES files(id),
  line            INTEGER,
  col             INTEGER
);
CREATE TABLE quotes (
  stance       INTEGER NOT NULL REFERENCES stances(id),
  ord          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  words        TEXT NOT NULL CHECK (words IN ('own', 'reported')),  -- `quote` or `reported`
  reported_by  TEXT REFERENCES experts(id),  -- reported words: `reported-by`; NULL: the source's author(s)
  file         INTEGER REFERENCES files(id),
  line         INTEGER,
  col          INTEGER,
  PRIMARY KEY (stance, ord),
  CHECK (words = 'reported' OR reported_by IS NULL)
) WITHOUT ROWID;
CREATE TABLE because (
  stance  INTEGER NOT NULL REFERENCES stances(id),
  ord     INTEGER NOT NULL,
  claim   TEXT NOT NULL REFERENCES claims(id),
  PRIMARY KEY (stance, ord)
) WITHOUT ROWID;

-- What the checks computed. A cell is keyed by its expert and claim (their seq), which is
-- also the order the checks give the cells in: one b-tree, appended to.
CREATE TABLE matrix_cells (
  expert   INTEGER NOT NULL REFERENCES experts(seq),
  claim    INTEGER NOT NULL REFERENCES claims(seq),
  value    INTEGER NOT NULL CHECK (value BETWEEN -2 AND 2),
  derived  INTEGER NOT NULL CHECK (derived IN (0, 1)),
  stance   INTEGER REFERENCES stances(id),  -- stated: the stance that decided the cell
  reason   TEXT,                            -- derived: why
  PRIMARY KEY (expert, claim)
) WITHOUT ROWID;
CREATE TABLE claim_stats (
  seq         INTEGER PRIMARY KEY,
  claim       TEXT NOT NULL UNIQUE REFERENCES claims(id),
  n           INTEGER NOT NULL CHECK (n >= 1),
  mean        REAL NOT NULL,
  consensus   REAL,  -- NULL when n < 2: one voice is no consensus
  asserting   INTEGER NOT NULL,
  denying     INTEGER NOT NULL,
  qualifying  INTEGER NOT NULL
);
-- One row per pair by construction. No UNIQUE (a, b): with 2,000 experts there are about 2*10^6
-- pairs, and keeping an index on them took a third of the time of writing 10^6 stances (about
-- 1 us a row); no documented query looks a pair up.
CREATE TABLE pair_agreement (
  seq        INTEGER PRIMARY KEY,
  a          INTEGER NOT NULL REFERENCES experts(seq),  -- of the two, the expert whose id sorts first
  b          INTEGER NOT NULL REFERENCES experts(seq),
  shared      INTEGER NOT NULL CHECK (shared >= 1),
  congruence  INTEGER NOT NULL,  -- shared claims on the same side
  conflict    INTEGER NOT NULL,  -- on opposite sides
  qualified   INTEGER NOT NULL,  -- either qualifies: neither
  derived     INTEGER NOT NULL,  -- shared claims counted through a derived commitment
  score       REAL CHECK (score BETWEEN -1 AND 1)  -- NULL: too few shared claims to judge
);
CREATE TABLE camps (
  camp    INTEGER NOT NULL,  -- from 0, in display order
  ord     INTEGER NOT NULL,  -- member order within the camp
  expert  TEXT NOT NULL UNIQUE REFERENCES experts(id),
  PRIMARY KEY (camp, ord)
) WITHOUT ROWID;
CREATE TABLE finding_rows (
  seq       INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL,
  severity  TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'note')),
  expert    TEXT REFERENCES experts(id),
  claim     TEXT REFERENCES claims(id),
  source    TEXT REFERENCES sources(id),
  file      INTEGER REFERENCES files(id),
  line      INTEGER,
  col       INTEGER,
  message   TEXT NOT NULL
);

-- What the store was built from, beside the files table: a build that finds the same
-- options, files and texts writes nothing.
CREATE TABLE build_options (
  name   TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE source_texts (
  path  TEXT PRIMARY KEY,  -- sources.text_path
  hash  TEXT NOT NULL      -- content hash; '' when it could not be read
) WITHOUT ROWID;

-- The public interface (DESIGN.md, "Claim store").
CREATE VIEW stance_matrix AS
  SELECT e.id AS expert, c.id AS claim, m.value, m.derived
  FROM matrix_cells AS m JOIN experts AS e ON e.seq = m.expert JOIN claims AS c ON c.seq = m.claim
  ORDER BY m.expert, m.claim;

CREATE VIEW claim_consensus AS
  SELECT claim, n, mean, consensus FROM claim_stats ORDER BY seq;

CREATE VIEW expert_agreement AS
  SELECT ea.id AS a, eb.id AS b, p.shared, p.congruence, p.conflict, p.qualified, p.derived, p.score
  FROM pair_agreement AS p JOIN experts AS ea ON ea.seq = p.a JOIN experts AS eb ON eb.seq = p.b
  ORDER BY p.seq;

CREATE VIEW findings AS
  SELECT f.kind, f.severity, f.expert, f.claim, f.source, files.path AS file, f.line, f.message
  FROM finding_rows AS f LEFT JOIN files ON files.id = f.file
  ORDER BY f.seq;
)sql";

}  // namespace stance::store
