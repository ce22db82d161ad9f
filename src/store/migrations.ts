// Schema migrations, run in order by the program itself. PRAGMA user_version records how many
// have run, so a store written by an older version opens and is brought forward. Never edit
// a migration that has shipped: add a new one.

export const MIGRATIONS: readonly string[] = [
  // 1: documents, layout, entities, mentions, statements, claims, full-text search.
  `
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    media_type TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    ref_date TEXT,
    series TEXT,
    number TEXT,
    url TEXT,
    publisher TEXT,
    raw TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_name ON documents(name);

  CREATE TABLE blocks (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX blocks_doc ON blocks(doc_id, idx);

  CREATE TABLE footnotes (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    outlet TEXT,
    country TEXT,
    date TEXT,
    url TEXT
  );
  CREATE INDEX footnotes_doc ON footnotes(doc_id);

  CREATE TABLE entities (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]'
  );

  -- One row per spelling of an entity in a document: where it is first written and how often.
  CREATE TABLE mentions (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    surface TEXT NOT NULL,
    source TEXT NOT NULL,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX mentions_key ON mentions(key);
  CREATE INDEX mentions_doc ON mentions(doc_id);

  CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    quote_idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    date TEXT,
    medium TEXT,
    addressee TEXT,
    cited TEXT,
    occasion TEXT,
    parent_id INTEGER,
    in_heading INTEGER NOT NULL DEFAULT 0,
    insertions TEXT NOT NULL DEFAULT '[]',
    themes TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX statements_doc ON statements(doc_id);
  CREATE INDEX statements_speaker ON statements(speaker, date);
  CREATE INDEX statements_date ON statements(date);

  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object TEXT NOT NULL,
    polarity TEXT NOT NULL,
    claimant TEXT NOT NULL,
    chain TEXT NOT NULL DEFAULT '[]',
    hedge TEXT,
    ev_start INTEGER NOT NULL,
    ev_end INTEGER NOT NULL,
    date TEXT,
    reliability TEXT NOT NULL DEFAULT 'F',
    credibility INTEGER NOT NULL DEFAULT 6
  );
  CREATE INDEX claims_spo ON claims(subject, predicate, object);
  CREATE INDEX claims_object ON claims(object);
  CREATE INDEX claims_doc ON claims(doc_id);
  CREATE INDEX claims_claimant ON claims(claimant);

  CREATE VIRTUAL TABLE blocks_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE statements_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
  `,
  // 2: the seats of government each document showed (a city read as its state), for later runs.
  `
  CREATE TABLE seats (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    city TEXT NOT NULL,
    state TEXT NOT NULL
  );
  CREATE INDEX seats_doc ON seats(doc_id);
  `,
];
