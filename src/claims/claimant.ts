// claimant: who makes a claim at a point of the document, with the chain of attribution.
// Narration belongs to the publisher; inside a quote the claim is the quote's speaker's,
// carried by the outlet the document cites for it: publisher -> outlet -> speaker. The
// claimant is always the innermost link.
import type { Statement } from '../types.js';

export interface Attribution {
  /** Innermost link: the actor making the claim. */
  readonly claimant: string;
  /** Links from the document inwards (publisher first, claimant last). */
  readonly chain: readonly string[];
  /** True inside a quoted passage with a known speaker. */
  readonly quoted: boolean;
  /** The outlet in the chain, when any. */
  readonly outlet?: string;
  /** When the claim was made (the statement's date). */
  readonly date?: string;
  /** Whom the quoted passage is addressed to (a letter's or a call's other party), when known. */
  readonly addressee?: string;
  /** True inside a translator's [insertion] in a quote: the document's words, whoever frames the quote. */
  readonly inserted?: boolean;
  /** Start of the quote the position is in, when any. */
  readonly quoteStart?: number;
}

const endsCache = new WeakMap<readonly Statement[], Int32Array>();
/** For each index, the largest quote end among statements[0..i]. */
function maxEnds(statements: readonly Statement[]): Int32Array {
  let m = endsCache.get(statements);
  if (!m) {
    m = new Int32Array(statements.length);
    let best = -1;
    for (let i = 0; i < statements.length; i++) m[i] = best = Math.max(best, statements[i]!.quote.end);
    endsCache.set(statements, m);
  }
  return m;
}

/**
 * The attribution of position `pos`: the innermost quote holding it, else the publisher.
 * `statements` must be sorted by quote start.
 * @example attributionAt(120, statements, 'memri') // { claimant: 'khamenei', chain: ['memri', 'tasnim', 'khamenei'], ... }
 */
export function attributionAt(pos: number, statements: readonly Statement[], publisher: string): Attribution {
  // Binary search for the last quote starting at or before pos, then walk back while an
  // earlier quote could still hold pos (the running maximum of ends says when none can).
  const maxEnd = maxEnds(statements);
  let lo = 0;
  let hi = statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (statements[mid]!.quote.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  let inner: Statement | undefined;
  for (let i = lo - 1; i >= 0 && maxEnd[i]! > pos; i--) {
    const s = statements[i]!;
    if (pos < s.quote.end) {
      inner = s;
      break;
    }
  }
  if (!inner || (!inner.speaker && !inner.cited)) return { claimant: publisher, chain: [publisher], quoted: false };
  // A translator's [insertion] inside a quote is the document's own words, not the speaker's.
  if (inner.quote.insertions.some((i) => i.start <= pos && pos < i.end)) return { claimant: publisher, chain: [publisher], quoted: false, inserted: true };
  const chain = [publisher];
  if (inner.cited && inner.cited !== publisher) chain.push(inner.cited);
  if (inner.speaker && !chain.includes(inner.speaker)) chain.push(inner.speaker);
  return {
    claimant: chain[chain.length - 1]!,
    chain,
    quoted: Boolean(inner.speaker),
    ...(inner.cited ? { outlet: inner.cited } : {}),
    ...(inner.date ? { date: inner.date } : {}),
    ...(inner.addressee ? { addressee: inner.addressee } : {}),
    quoteStart: inner.quote.start,
  };
}
