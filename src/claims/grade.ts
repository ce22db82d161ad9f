// grade: Admiralty grades of claims and their corroboration. A claim's grade defaults to the
// pack's grade of its claimant, else of the outlet that carried it, else F6 (reliability
// cannot be judged, truth cannot be judged). Corroboration counts the independent claimants
// that make the same (subject, predicate, object, polarity) across the store.
import type { Grade, Polarity, Predicate } from '../types.js';

/** F6: nothing is known of the source. */
export const UNKNOWN_GRADE: Grade = { reliability: 'F', credibility: 6 };

/** The grade of the innermost link of the chain the pack grades, else F6. */
export function defaultGrade(chain: readonly string[], gradeOf: (key: string) => Grade | undefined): Grade {
  for (let i = chain.length - 1; i >= 0; i--) {
    const g = gradeOf(chain[i]!);
    if (g) return g;
  }
  return UNKNOWN_GRADE;
}

const RELIABILITY = new Set(['A', 'B', 'C', 'D', 'E', 'F']);

/**
 * Parses an Admiralty code ("B2", "b 2") or returns null.
 * @example parseGrade('B2') // { reliability: 'B', credibility: 2 }
 */
export function parseGrade(code: string): Grade | null {
  const m = /^\s*([A-Fa-f])\s*-?\s*([1-6])\s*$/.exec(code);
  if (!m) return null;
  const r = m[1]!.toUpperCase();
  if (!RELIABILITY.has(r)) return null;
  return { reliability: r as Grade['reliability'], credibility: Number(m[2]) as Grade['credibility'] };
}

/** "B2" */
export const formatGrade = (g: Grade): string => `${g.reliability}${g.credibility}`;

interface ClaimKey {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly polarity: Polarity;
  readonly claimant: string;
}

export const tupleKey = (c: Omit<ClaimKey, 'claimant'>): string => `${c.subject}|${c.predicate}|${c.object}|${c.polarity}`;

/**
 * For each (s, p, o, polarity), the number of distinct claimants that make it.
 * @example corroboration(rows).get('varnia|arms|cbf|asserted') // 2
 */
export function corroboration(claims: Iterable<ClaimKey>): Map<string, number> {
  const who = new Map<string, Set<string>>();
  for (const c of claims) {
    const k = tupleKey(c);
    let s = who.get(k);
    if (!s) who.set(k, (s = new Set()));
    s.add(c.claimant);
  }
  return new Map([...who].map(([k, s]) => [k, s.size]));
}
