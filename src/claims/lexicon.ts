// lexicon: the cue matchers of the claims stage, compiled once per pack lexicons object
// (cached) so a run over many documents builds them a single time.
import type { PackLexicons } from '../pack/types.js';
import type { Predicate } from '../types.js';
import {
  ATTACK_NOUNS,
  LEADING_ROLES,
  MEMBER_ROLES,
  mergeCues,
  REPORTING_VERBS,
  MONEY_NOUNS,
  RECEIVE_VERBS,
  SUPPLY_VERBS,
  UNIT_NOUNS,
  USE_VERBS,
  WEAPON_NOUNS,
  type ClaimCues,
} from './cues.js';
import { CombinedMatcher, PhraseMatcher } from './matcher.js';
import { tokenize } from './tokens.js';

export type RoleKind = 'leads' | 'member';

export interface CompiledCues {
  readonly cues: ClaimCues;
  readonly predicates: PhraseMatcher<Predicate>;
  readonly denials: PhraseMatcher<true>;
  readonly hedges: PhraseMatcher<true>;
  readonly reporting: PhraseMatcher<true>;
  readonly roles: PhraseMatcher<RoleKind>;
  readonly themes: PhraseMatcher<string>;
  /** Predicates, denials, reporting verbs and hedges in one trie: one pass per sentence. */
  readonly sentence: CombinedMatcher<Predicate>;
  /** Single words of role nouns and titles ("commander", "general", "bureau"). */
  readonly roleWords: ReadonlySet<string>;
  readonly attackNouns: ReadonlySet<string>;
  readonly unitNouns: ReadonlySet<string>;
  readonly supplyVerbs: ReadonlySet<string>;
  readonly receiveVerbs: ReadonlySet<string>;
  readonly moneyNouns: ReadonlySet<string>;
  readonly weaponNouns: ReadonlySet<string>;
  readonly useVerbs: ReadonlySet<string>;
}

const cache = new WeakMap<PackLexicons, CompiledCues>();

/** Words that may sit inside a role phrase besides role nouns: "political bureau head". */
const ROLE_FILLERS = ['political', 'bureau', 'military', 'supreme', 'current', 'slain', 'late', 'of', 'staff', 'armed',
  'forces', 'general', 'brigadier', 'major', 'lieutenant', 'colonel', 'hajj', 'haj', 'sheikh', 'ayatollah', 'imam',
  'sayyed', 'dr', 'grand', 'in', 'chief', 'guide', 'leader', 'secretary', 'foreign', 'defense', 'defence', 'ministry',
  'spokesman', 'the', 'and', 'its', 'executive', 'senior', 'top', 'national', 'army', 'navy', 'air', 'force'];

/** The compiled cues for these lexicons (built on first use, then cached). */
export function compileCues(lex: PackLexicons): CompiledCues {
  const hit = cache.get(lex);
  if (hit) return hit;
  const cues = mergeCues(lex);
  const predEntries: [string, Predicate][] = [];
  for (const [p, xs] of cues.predicates) for (const x of xs) predEntries.push([x, p]);
  const themeEntries: [string, string][] = [];
  for (const [t, xs] of cues.themes) for (const x of xs) themeEntries.push([x, t]);
  const roleWords = new Set<string>(ROLE_FILLERS);
  for (const r of [...LEADING_ROLES, ...MEMBER_ROLES, ...cues.roleNouns, ...(lex.titles ?? []).map((t) => t.toLowerCase())]) {
    for (const t of tokenize(r)) if (/^\p{L}+$/u.test(t.text)) roleWords.add(t.text);
  }
  // "the leaders of X", "the commanders of X": a role noun in the plural is still a role word.
  for (const w of [...roleWords]) if (w.length > 3 && !w.endsWith('s')) roleWords.add(`${w}s`);
  const compiled: CompiledCues = {
    cues,
    predicates: new PhraseMatcher(predEntries),
    denials: new PhraseMatcher(cues.denials.map((d) => [d, true] as const)),
    hedges: new PhraseMatcher(cues.hedges.map((d) => [d, true] as const)),
    reporting: new PhraseMatcher(REPORTING_VERBS.map((d) => [d, true] as const)),
    roles: new PhraseMatcher<RoleKind>([
      ...LEADING_ROLES.map((r) => [r, 'leads'] as const),
      ...MEMBER_ROLES.map((r) => [r, 'member'] as const),
    ]),
    themes: new PhraseMatcher(themeEntries),
    sentence: new CombinedMatcher<Predicate>({ predicates: predEntries, denials: cues.denials, reporting: REPORTING_VERBS, hedges: cues.hedges }),
    roleWords,
    attackNouns: new Set(ATTACK_NOUNS),
    unitNouns: new Set(UNIT_NOUNS),
    supplyVerbs: new Set(SUPPLY_VERBS),
    receiveVerbs: new Set(RECEIVE_VERBS),
    moneyNouns: new Set(MONEY_NOUNS),
    weaponNouns: new Set(WEAPON_NOUNS),
    useVerbs: new Set(USE_VERBS),
  };
  cache.set(lex, compiled);
  return compiled;
}
