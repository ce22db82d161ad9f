// Fixtures for the claims tests: fictional actors (Varnia, Ostrava, the Crimson Banner Front...)
// found in a text by a tiny gazetteer, statements over quoted spans, and a runner with the
// default cues (no pack) and the fictional monitor RMWI as publisher.
import { extractClaims } from '../../src/claims/index.js';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';
import type { ActorType, Claim, Grade, Mention, Quote, Segmented, Statement } from '../../src/types.js';

/** Names of the fictional actors: surface -> [key, type]. Longest names first when matching. */
export const ACTORS: Readonly<Record<string, readonly [string, ActorType]>> = {
  Varnia: ['varnia', 'state'],
  Varnian: ['varnia', 'state'],
  Ostrava: ['ostrava', 'state'],
  Ostravan: ['ostrava', 'state'],
  'Crimson Banner Front': ['cbf', 'group'],
  CBF: ['cbf', 'group'],
  'the Front': ['cbf', 'group'],
  'Marsh Brigades': ['marsh_brigades', 'group'],
  'Ridge Guardians': ['ridge_guardians', 'group'],
  'Circle of Steadfastness': ['circle', 'group'],
  'Varnian Guardian Corps': ['vgc', 'organization'],
  VGC: ['vgc', 'organization'],
  'Lantern Force': ['lantern_force', 'organization'],
  'Aurel Dravan': ['dravan', 'person'],
  Dravan: ['dravan', 'person'],
  'Milos Ferrant': ['ferrant', 'person'],
  Ferrant: ['ferrant', 'person'],
  'Teodor Maske': ['maske', 'person'],
  Maske: ['maske', 'person'],
  'Kasimir Volt': ['volt', 'person'],
  Volt: ['volt', 'person'],
  'Sorin Halek': ['halek', 'person'],
  Halek: ['halek', 'person'],
  'Jonas Pell': ['pell', 'person'],
  'Vera Lind': ['lind', 'person'],
  Pell: ['pell', 'person'],
  'Lidia Marr': ['marr', 'person'],
  Marr: ['marr', 'person'],
  'Anton Greval': ['greval', 'person'],
  Greval: ['greval', 'person'],
  'The Beacon': ['beacon', 'outlet'],
  'Sentinel Daily': ['sentinel_daily', 'outlet'],
  'Kestrel News Agency': ['kna', 'outlet'],
  Halden: ['halden', 'place'],
  Mirel: ['mirel', 'place'],
};

/** Every actor name in `text` (longest first, whole words), as mentions sorted by start. */
export function mentionsIn(text: string): Mention[] {
  const names = Object.keys(ACTORS).sort((a, b) => b.length - a.length);
  const taken = new Array<boolean>(text.length).fill(false);
  const out: Mention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const e = i + name.length;
      if (/\w/.test(text[i - 1] ?? '') || /\w/.test(text[e] ?? '')) continue;
      if (taken.slice(i, e).some(Boolean)) continue;
      for (let k = i; k < e; k++) taken[k] = true;
      const [key, type] = ACTORS[name]!;
      out.push({ start: i, end: e, surface: name, key, type, source: 'pack' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A statement over the quoted passage that starts with `from` (inside the marks). */
export function statement(text: string, from: string, speaker: string | null, opts: { cited?: string; id?: number; date?: string } = {}): Statement {
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`no '${from}' in fixture`);
  let end = text.indexOf('"', start);
  if (end < 0) end = text.length;
  const quote: Quote = { id: opts.id ?? 0, start, end, blocks: [0], insertions: [], inHeading: false };
  return { quote, speaker, ...(opts.cited ? { cited: opts.cited } : {}), ...(opts.date ? { date: opts.date } : {}) };
}

export const SEG: Segmented = { blocks: [], footnotes: [] };

export const GRADES: Readonly<Record<string, Grade>> = {
  rmwi: { reliability: 'B', credibility: 2 },
  beacon: { reliability: 'D', credibility: 4 },
};

/** Claims of a fictional text with the default cues, RMWI as publisher. */
export function claimsOf(text: string, statements: readonly Statement[] = []): Claim[] {
  return extractClaims(text, SEG, mentionsIn(text), statements, {
    publisher: 'rmwi',
    published: '2025-03-12',
    lexicons: {},
    gradeOf: (k) => GRADES[k],
  });
}

/** "s p o" (with " denied" when denied) for each claim: easy to assert on. */
export const triples = (claims: readonly Claim[]): string[] =>
  [...new Set(claims.map((c) => `${c.subject} ${c.predicate} ${c.object}${c.polarity === 'denied' ? ' denied' : ''}`))];

/** The one claim with this triple, or a thrown error. */
export function find(claims: readonly Claim[], triple: string): Claim {
  const c = claims.find((x) => `${x.subject} ${x.predicate} ${x.object}${x.polarity === 'denied' ? ' denied' : ''}` === triple);
  if (!c) throw new Error(`no claim '${triple}' in ${JSON.stringify(triples(claims))}`);
  return c;
}

/** "Subject predicate Object" by entity names, for a text run through the whole pipeline (no pack but the default). */
export function pipelineTriples(text: string): string[] {
  const doc = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const name = (k: string): string => doc.entities.find((e) => e.key === k)?.name ?? k;
  return doc.claims.map((c) => `${name(c.subject)} ${c.predicate} ${name(c.object)}`);
}
