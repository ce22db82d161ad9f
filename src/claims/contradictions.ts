// contradictions: claims that cannot all be true, grouped side by side with their evidence.
// Two claims contradict when they share subject, predicate and object and one asserts what
// the other denies (whoever makes them: a regime denying what its own daily asserts is the
// case analysts look for).
import type { ClaimRow } from '../store/types.js';
import type { Predicate } from '../types.js';

export interface Contradiction {
  readonly subject: string;
  readonly subjectName: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly objectName: string;
  /** Claims asserting the relation, in store order. */
  readonly asserted: readonly ClaimRow[];
  /** Claims denying it. */
  readonly denied: readonly ClaimRow[];
  /** The claimants on each side differ (not one actor contradicting itself). */
  readonly acrossClaimants: boolean;
}

/**
 * Groups claims by (subject, predicate, object) and keeps the groups with both polarities.
 * @example findContradictions(store.claims())[0].denied[0].claimantName // 'Aurel Dravan'
 */
export function findContradictions(claims: Iterable<ClaimRow>): Contradiction[] {
  const groups = new Map<string, { asserted: ClaimRow[]; denied: ClaimRow[] }>();
  for (const c of claims) {
    const k = `${c.subject}|${c.predicate}|${c.object}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { asserted: [], denied: [] }));
    (c.polarity === 'denied' ? g.denied : g.asserted).push(c);
  }
  const out: Contradiction[] = [];
  for (const g of groups.values()) {
    if (!g.asserted.length || !g.denied.length) continue;
    const first = g.asserted[0]!;
    const a = new Set(g.asserted.map((c) => c.claimant));
    const acrossClaimants = g.denied.some((c) => !a.has(c.claimant)) || g.asserted.some((c) => !g.denied.some((d) => d.claimant === c.claimant));
    out.push({
      subject: first.subject,
      subjectName: first.subjectName,
      predicate: first.predicate,
      object: first.object,
      objectName: first.objectName,
      asserted: g.asserted,
      denied: g.denied,
      acrossClaimants,
    });
  }
  return out;
}
