// A real SQLite store holding two hand-built documents about fictional actors, for the export
// and report tests: statements with characters that need escaping (Markdown, HTML, CSV, XML),
// claims of several predicates, and one claim asserted in one document and denied in the other.
import path from 'node:path';
import { fromText } from '../../src/read/index.js';
import { openStore, type SqliteStore } from '../../src/store/sqlite-store.js';
import type { Claim, DocResult, Entity, Grade, Predicate, Quote, Span, Statement } from '../../src/types.js';
import { tempDir } from '../helpers.js';

export const ACTORS: readonly Entity[] = [
  { key: 'varnia', name: 'Varnia', type: 'state', aliases: ['Republic of Varnia'] },
  { key: 'kestrel', name: 'Kestrel Brigades', type: 'group', aliases: ['Kataib Kestrel', 'KB'] },
  { key: 'ardent', name: 'Ardent Front', type: 'group', aliases: [] },
  { key: 'reyvik', name: 'Tomas Reyvik', type: 'person', aliases: ['Reyvik'] },
  { key: 'marrant', name: 'Lio Marrant', type: 'person', aliases: [] },
  { key: 'varnia-today', name: 'Varnia Today', type: 'outlet', aliases: [] },
  { key: 'x:northerners', name: 'the Northerners', type: 'collective', aliases: [] },
];

/** The quotes, exactly as they appear in the documents (special characters on purpose). */
export const QUOTES = {
  reyvik1: 'We thank Varnia for every rifle & every *dinar* <sent> to us [1], 100% | "all" of it_',
  reyvik2: 'The Northerners will pay,\nand soon.',
  marrant1: 'We have never funded the Kestrel Brigades, and we never will.',
} as const;

export const DOC1 = [
  'Kestrel Brigades <Leader> Thanks Varnia & Its People',
  'October 7, 2023',
  '',
  `Kestrel Brigades leader Tomas Reyvik said: "${QUOTES.reyvik1}"`,
  '',
  `Reyvik added: "${QUOTES.reyvik2}"`,
  '',
  'According to Varnia Today, Varnia funds the Kestrel Brigades. Reyvik leads the Kestrel Brigades,',
  'which are part of the Ardent Front.',
  '',
].join('\n');

export const DOC2 = [
  'Varnia Denies Funding',
  'October 9, 2023',
  '',
  `Varnia's foreign minister Lio Marrant said on October 9: "${QUOTES.marrant1}"`,
  '',
].join('\n');

const at = (text: string, s: string, from = 0): Span => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`fixture: ${s} not in text`);
  return { start, end: start + s.length };
};

let quoteIds = 0;
function quote(text: string, s: string): Quote {
  return { ...at(text, s), id: quoteIds++, blocks: [], insertions: [], inHeading: false };
}

function statement(text: string, q: string, speaker: string, date: string, cited?: string): Statement {
  return { quote: quote(text, q), speaker, date, medium: 'statement', ...(cited ? { cited } : {}) };
}

function claim(
  text: string,
  subject: string,
  predicate: Predicate,
  object: string,
  claimant: string,
  evidence: string,
  grade: Grade,
  polarity: 'asserted' | 'denied' = 'asserted',
): Claim {
  return { subject, predicate, object, polarity, claimant, chain: [claimant], evidence: at(text, evidence), date: '2023-10-07', grade };
}

function doc(name: string, text: string, published: string, statements: Statement[], claims: Claim[], keys: string[]): DocResult {
  const titleEnd = text.indexOf('\n');
  return {
    doc: fromText(name, `/fixture/${name}`, text, 'text/plain'),
    seg: { blocks: [], footnotes: [], title: { start: 0, end: titleEnd }, published, refDate: published },
    publisher: 'varnia-today',
    quotes: statements.map((s) => s.quote),
    mentions: [],
    statements,
    claims,
    themes: [],
    entities: ACTORS.filter((a) => keys.includes(a.key)),
  };
}

export function doc1(): DocResult {
  const t = DOC1;
  return doc(
    'kestrel-thanks.txt',
    t,
    '2023-10-07',
    [statement(t, QUOTES.reyvik1, 'reyvik', '2023-10-07', 'varnia-today'), statement(t, QUOTES.reyvik2, 'reyvik', '2023-10-07')],
    [
      claim(t, 'varnia', 'funds', 'kestrel', 'varnia-today', 'Varnia funds the Kestrel Brigades', { reliability: 'B', credibility: 2 }),
      claim(t, 'reyvik', 'leads', 'kestrel', 'varnia-today', 'Reyvik leads the Kestrel Brigades', { reliability: 'C', credibility: 3 }),
      claim(t, 'kestrel', 'part_of', 'ardent', 'varnia-today', 'which are part of the Ardent Front', { reliability: 'C', credibility: 3 }),
      claim(t, 'reyvik', 'threatens', 'x:northerners', 'reyvik', QUOTES.reyvik2, { reliability: 'F', credibility: 6 }),
    ],
    ACTORS.map((a) => a.key).filter((k) => k !== 'marrant'),
  );
}

export function doc2(): DocResult {
  const t = DOC2;
  return doc(
    'varnia-denies.txt',
    t,
    '2023-10-09',
    [statement(t, QUOTES.marrant1, 'marrant', '2023-10-09')],
    [claim(t, 'varnia', 'funds', 'kestrel', 'marrant', QUOTES.marrant1, { reliability: 'A', credibility: 4 }, 'denied')],
    ['varnia', 'kestrel', 'marrant', 'varnia-today'],
  );
}

/** A fresh store file with both documents in it. */
export function fixtureStore(): { store: SqliteStore; file: string; dir: string } {
  const dir = tempDir('dossier-export-');
  const file = path.join(dir, 'fixture.db');
  const store = openStore(file);
  store.putDocument(doc1());
  store.putDocument(doc2());
  return { store, file, dir };
}
