// contradictions: claims that cannot all be true, grouped side by side with their evidence.
// Two claims contradict when they share subject, predicate and object and one asserts what
// the other denies (whoever makes them: a regime denying what its own daily asserts is the
// case analysts look for). With the packs' roles and memberships a claim is also lifted: what
// a person or unit did, the organisation or state it belonged to did ("Soleimani planned the
// attack" against "Iran played no part in it"), so such pairs are shown with the link.
import type { PackActor } from '../pack/types.js';
import { roleActiveAt } from '../resolve/roles.js';
import type { ClaimRow } from '../store/types.js';
import type { Predicate } from '../types.js';

/** One step from an actor up to the organisation or state it is part of. */
export interface LinkStep {
  readonly from: string;
  readonly to: string;
  /** "commander of", "member of", "part of". */
  readonly relation: string;
  readonly start?: string;
  readonly end?: string;
}

/** How the subject of the asserted claims is part of the subject of the denied ones. */
export interface Link {
  readonly steps: readonly LinkStep[];
  /** "soleimani: commander of qods_force (1998-2020), part of irgc, part of iran". */
  readonly text: string;
}

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
  /**
   * Present when the asserted claims are about a member of the denied subject (a person or
   * unit inside the organisation or state): `subject` is then the denied claims' subject.
   */
  readonly link?: Link;
}

export interface ContradictionOptions {
  /** The packs' record of an actor, for roles and memberships (lifting). Without it, no lifting. */
  readonly actorOf?: (key: string) => PackActor | undefined;
}

/**
 * Groups claims by (subject, predicate, object) and keeps the groups with both polarities;
 * with `actorOf`, also pairs a claim about a member with a denial about what it is part of.
 * @example findContradictions(store.claims())[0].denied[0].claimantName // 'Aurel Dravan'
 */
export function findContradictions(claims: Iterable<ClaimRow>, opts: ContradictionOptions = {}): Contradiction[] {
  const all = [...claims];
  const groups = new Map<string, { asserted: ClaimRow[]; denied: ClaimRow[] }>();
  for (const c of all) {
    const k = `${c.subject}|${c.predicate}|${c.object}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { asserted: [], denied: [] }));
    (c.polarity === 'denied' ? g.denied : g.asserted).push(c);
  }
  const out: Contradiction[] = [];
  for (const g of groups.values()) {
    if (!g.asserted.length || !g.denied.length) continue;
    const first = g.asserted[0]!;
    out.push({
      subject: first.subject,
      subjectName: first.subjectName,
      predicate: first.predicate,
      object: first.object,
      objectName: first.objectName,
      asserted: g.asserted,
      denied: g.denied,
      acrossClaimants: across(g.asserted, g.denied),
    });
  }
  if (opts.actorOf) out.push(...lifted(all, groups, opts.actorOf));
  return out;
}

function across(asserted: readonly ClaimRow[], denied: readonly ClaimRow[]): boolean {
  const a = new Set(asserted.map((c) => c.claimant));
  return denied.some((c) => !a.has(c.claimant)) || asserted.some((c) => !denied.some((d) => d.claimant === c.claimant));
}

/** Asserted claims about a member set against denials about the organisation or state above it. */
function lifted(all: readonly ClaimRow[], groups: ReadonlyMap<string, { asserted: ClaimRow[]; denied: ClaimRow[] }>,
  actorOf: (key: string) => PackActor | undefined): Contradiction[] {
  // Denials by (predicate, object): the subjects denied.
  const deniedBy = new Map<string, Set<string>>();
  for (const c of all) {
    if (c.polarity !== 'denied') continue;
    const k = `${c.predicate}|${c.object}`;
    let s = deniedBy.get(k);
    if (!s) deniedBy.set(k, (s = new Set()));
    s.add(c.subject);
  }
  const found = new Map<string, { asserted: ClaimRow[]; denied: ClaimRow[]; link: Link; first: ClaimRow; parentName: string }>();
  for (const c of all) {
    if (c.polarity !== 'asserted') continue;
    const parents = deniedBy.get(`${c.predicate}|${c.object}`);
    if (!parents) continue;
    for (const parent of parents) {
      if (parent === c.subject) continue;
      const steps = linkOf(c.subject, parent, c.date ?? undefined, actorOf);
      if (!steps) continue;
      const k = `${c.subject}|${parent}|${c.predicate}|${c.object}`;
      let f = found.get(k);
      if (!f) {
        const denied = groups.get(`${parent}|${c.predicate}|${c.object}`)!.denied;
        found.set(k, (f = { asserted: [], denied, first: c, link: { steps, text: linkText(c.subject, steps) }, parentName: denied[0]!.subjectName }));
      }
      f.asserted.push(c);
    }
  }
  return [...found.values()].map((f) => ({
    subject: f.denied[0]!.subject,
    subjectName: f.parentName,
    predicate: f.first.predicate,
    object: f.first.object,
    objectName: f.first.objectName,
    asserted: f.asserted,
    denied: f.denied,
    acrossClaimants: across(f.asserted, f.denied),
    link: f.link,
  }));
}

/** The year span of a step: "(1998-2020)", "(since 2019)", or nothing for an undated tie. */
const years = (s: LinkStep): string => {
  const y = (d?: string): string | undefined => d?.slice(0, 4);
  if (s.start && s.end) return ` (${y(s.start)}-${y(s.end)})`;
  if (s.start) return ` (since ${y(s.start)})`;
  if (s.end) return ` (until ${y(s.end)})`;
  return '';
};

export function linkText(from: string, steps: readonly LinkStep[]): string {
  return `${from}: ${steps.map((s) => `${s.relation} ${s.to}${years(s)}`).join(', ')}`;
}

/**
 * The chain of ties from `from` up to `to`: a person's role or membership (a role held at the
 * claim's date, else one held before it: a claim dated after a commander's death is about
 * what he did in that post), then units' memberships and their state. Memberships are tried
 * before the state an organisation belongs to, so the chain names the units on the way.
 */
export function linkOf(from: string, to: string, date: string | undefined, actorOf: (key: string) => PackActor | undefined): LinkStep[] | null {
  const edges = (key: string): LinkStep[] => {
    const a = actorOf(key);
    if (!a) return [];
    const out: LinkStep[] = [];
    const held = (r: { start?: string; end?: string }): boolean =>
      date === undefined || roleActiveAt({ title: '', ...r }, date) || (r.end !== undefined && r.end.slice(0, 10) <= date && (r.start === undefined || r.start <= date));
    const isGroup = (k: string): boolean => {
      const t = actorOf(k)?.type;
      return t !== undefined && t !== 'person';
    };
    for (const r of a.roles ?? []) {
      if (r.of && r.of !== key && isGroup(r.of) && held(r)) out.push({ from: key, to: r.of, relation: `${r.title} of`, ...(r.start ? { start: r.start } : {}), ...(r.end ? { end: r.end } : {}) });
    }
    for (const m of a.memberOf ?? []) {
      if (m.of !== key && isGroup(m.of) && held(m) && !out.some((e) => e.to === m.of)) {
        out.push({ from: key, to: m.of, relation: a.type === 'person' ? 'member of' : 'part of', ...(m.start ? { start: m.start } : {}), ...(m.end ? { end: m.end } : {}) });
      }
    }
    if (a.type !== 'person' && a.country && a.country !== key && actorOf(a.country)?.type === 'state' && !out.some((e) => e.to === a.country)) {
      out.push({ from: key, to: a.country, relation: 'part of' });
    }
    return out;
  };
  // Depth first up the hierarchy: roles and memberships before the state an organisation
  // belongs to, so the chain names the units on the way.
  const seen = new Set<string>([from]);
  const walk = (key: string, depth: number): LinkStep[] | null => {
    if (depth > 6) return null;
    const es = edges(key).filter((e) => !seen.has(e.to));
    const members = es.filter((e) => e.relation !== 'part of' || actorOf(e.to)?.type !== 'state');
    const direct = members.find((e) => e.to === to);
    if (direct) return [direct];
    for (const e of members) {
      seen.add(e.to);
      const rest = walk(e.to, depth + 1);
      if (rest) return [e, ...rest];
    }
    return es.filter((e) => !members.includes(e)).find((e) => e.to === to) ? [es.find((e) => !members.includes(e) && e.to === to)!] : null;
  };
  return walk(from, 0);
}
