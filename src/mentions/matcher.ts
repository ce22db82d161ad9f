// mentions/matcher: compiles every pack name, alias and native name, plus the title, role and
// collective words of the lexicons, into one automaton, built once and shared by all scans.
import type { Pack } from '../pack/types.js';
import { Resolver } from '../resolve/resolver.js';
import { nameKey } from '../resolve/name-key.js';
import type { ActorType } from '../types.js';
import { buildAutomaton, type Automaton } from './automaton.js';
import type { ProperLexicon } from './proper.js';

/** What a pattern stands for. Priority on equal spans: actor > weak > collective > title > role. */
export type PatternKind = 'actor' | 'weak' | 'collective' | 'title' | 'role';

export interface Payload {
  readonly kind: PatternKind;
  /** Actor id (actor, weak), derived key (collective) or the cue as written (title, role). */
  readonly key: string;
  readonly type: ActorType;
}

export interface Matcher {
  readonly automaton: Automaton;
  readonly payloads: readonly Payload[];
  readonly resolver: Resolver;
  /** Lower-case single words that end a name ("said", "says"). */
  readonly stopWords: ReadonlySet<string>;
  /** Lower-case particles that may sit inside a name ("al", "bin"). */
  readonly particles: ReadonlySet<string>;
  /** Head words that make a capitalised name in no pack an organisation or outlet. */
  readonly proper: ProperLexicon;
}

export const PRIORITY: Readonly<Record<PatternKind, number>> = { actor: 4, weak: 3, collective: 2, title: 1, role: 0 };

/** "US", "IRGC", "U.S.": every letter upper case. */
const isAcronym = (s: string): boolean => /[A-Z]/.test(s) && !/[a-z]/.test(s) && s.replace(/[^A-Za-z]/g, '').length <= 6;

/**
 * Builds the matcher for a set of packs (later packs' actors win on equal names).
 * @example const m = buildMatcher(loadPacks()); findMentions(doc.text, normalize(doc.text), m, {})
 */
export function buildMatcher(packs: readonly Pack[], resolver: Resolver = new Resolver(packs)): Matcher {
  const patterns: string[] = [];
  const modes: ('all' | 'initials' | 'none')[] = [];
  const payloads: Payload[] = [];
  const add = (name: string, payload: Payload, mode: 'all' | 'initials' | 'none'): void => {
    patterns.push(name);
    modes.push(mode);
    payloads.push(payload);
  };
  const nameMode = (n: string): 'all' | 'initials' => (isAcronym(n) ? 'all' : 'initials');
  for (const pack of packs) {
    for (const a of pack.actors) {
      for (const n of [a.name, ...(a.aliases ?? []), ...(a.native ?? [])]) add(n, { kind: 'actor', key: a.id, type: a.type }, nameMode(n));
      for (const n of a.weakAliases ?? []) add(n, { kind: 'weak', key: a.id, type: a.type }, nameMode(n));
    }
    const lex = pack.lexicons;
    for (const t of lex.titles ?? []) add(t, { kind: 'title', key: t, type: 'person' }, isAcronym(t) ? 'all' : 'initials');
    for (const r of lex.roleNouns ?? []) add(r, { kind: 'role', key: r, type: 'person' }, isAcronym(r) ? 'all' : 'initials');
    for (const c of lex.collectives ?? []) {
      add(c, { kind: 'collective', key: `x:${nameKey(c, [])}`, type: 'collective' }, isAcronym(c) ? 'all' : 'initials');
    }
  }
  const stopWords = new Set(
    packs.flatMap((p) => p.lexicons.speechVerbs ?? []).filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()),
  );
  const particles = new Set(packs.flatMap((p) => p.lexicons.nameParticles ?? []).map((w) => w.toLowerCase()));
  const lower = (k: 'organizationHeads' | 'outletHeads' | 'placeHeads'): Set<string> => new Set(packs.flatMap((p) => p.lexicons[k] ?? []).map((w) => w.toLowerCase()));
  const titleWords = new Set(packs.flatMap((p) => [...(p.lexicons.titles ?? []), ...(p.lexicons.roleNouns ?? [])]).flatMap((t) => t.toLowerCase().split(/\s+/)));
  const proper = { organizationHeads: lower('organizationHeads'), outletHeads: lower('outletHeads'), placeHeads: lower('placeHeads'), speechVerbs: stopWords, titleWords };
  return { automaton: buildAutomaton(patterns, modes), payloads, resolver, stopWords, particles, proper };
}
