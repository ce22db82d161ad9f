// The extraction contract of ../shared/eval/GUIDELINES.md: one JSON object per document with
// its entities (ids local to the line), quotes with speakers and attributes, and relations.
import type { DocResult, Entity } from '../types.js';

export interface ContractEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
}

export interface ContractLine {
  readonly doc: string;
  readonly published?: string;
  readonly entities: readonly ContractEntity[];
  readonly quotes: readonly {
    readonly speaker: string | null;
    readonly start: number;
    readonly end: number;
    readonly date?: string;
    readonly medium?: string;
    readonly cited: string | null;
    readonly addressee?: string;
    readonly parent?: number;
    readonly insertions?: readonly [number, number][];
  }[];
  readonly relations: readonly {
    readonly s: string;
    readonly p: string;
    readonly o: string;
    readonly polarity: string;
    readonly claimant: string;
    readonly chain: readonly string[];
    readonly evidence: { readonly start: number; readonly end: number };
    readonly hedge?: string;
  }[];
}

/** Converts one document's findings to the contract's line. */
export function toContract(r: DocResult): ContractLine {
  const ids = new Map<string, string>();
  const byKey = new Map<string, Entity>(r.entities.map((e) => [e.key, e]));
  const entities: ContractEntity[] = [];
  const idOf = (key: string): string => {
    let id = ids.get(key);
    if (!id) {
      id = `e${ids.size + 1}`;
      ids.set(key, id);
      const e = byKey.get(key);
      entities.push({
        id,
        name: e?.name ?? key.replace(/^x:/, ''),
        type: e?.type ?? 'organization',
        // The spellings of this document: a pack's other aliases may name another entity here.
        aliases: e ? (e.written ?? e.aliases).filter((a) => a !== e.name) : [],
      });
    }
    return id;
  };
  const quotes = r.statements.map((s) => ({
    ...contractQuote({ ...s, start: s.quote.start, end: s.quote.end }, idOf),
    ...(s.quote.parent !== undefined ? { parent: s.quote.parent } : {}),
    ...(s.quote.insertions.length ? { insertions: s.quote.insertions.map((i): [number, number] => [i.start, i.end]) } : {}),
  }));
  const relations = r.claims.map((c) => contractRelation(c, idOf));
  return { doc: r.doc.name, ...(r.seg.published ? { published: r.seg.published } : {}), entities, quotes, relations };
}

/** What a quote of the contract is made from: a statement, found now or read from the store. */
interface QuoteLike {
  readonly speaker: string | null;
  readonly start: number;
  readonly end: number;
  readonly date?: string | null;
  readonly medium?: string | null;
  readonly cited?: string | null;
  readonly addressee?: string | null;
}

/** What a relation of the contract is made from: a claim, found now or read from the store. */
interface RelationLike {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly polarity: string;
  readonly claimant: string;
  readonly chain: readonly string[];
  readonly evidence: { readonly start: number; readonly end: number };
  readonly hedge?: string | null;
}

export function contractQuote(s: QuoteLike, idOf: (key: string) => string): ContractLine['quotes'][number] {
  return {
    speaker: s.speaker ? idOf(s.speaker) : null,
    start: s.start,
    end: s.end,
    ...(s.date ? { date: s.date } : {}),
    ...(s.medium ? { medium: s.medium } : {}),
    cited: s.cited ? idOf(s.cited) : null,
    ...(s.addressee ? { addressee: idOf(s.addressee) } : {}),
  };
}

export function contractRelation(c: RelationLike, idOf: (key: string) => string): ContractLine['relations'][number] {
  return {
    s: idOf(c.subject),
    p: c.predicate,
    o: idOf(c.object),
    polarity: c.polarity,
    claimant: idOf(c.claimant),
    chain: c.chain.map(idOf),
    evidence: { start: c.evidence.start, end: c.evidence.end },
    ...(c.hedge ? { hedge: c.hedge } : {}),
  };
}
