// roles: relations that role phrases state without a verb. "Hamas political bureau head
// Isma'il Haniya" -> haniya leads hamas; "Hamas's representative in Tehran Khaled Qaddoumi"
// -> qaddoumi part_of hamas; "Kasimir Volt, the commander of the Lantern Force" -> volt leads
// lantern_force; "the IRGC and its Qods Force" / "IRGC Qods Force" -> qods_force part_of irgc;
// "the Lantern Force, the VGC's branch" -> lantern_force part_of vgc; "IRGC experts ...,
// including: A; B" -> a part_of irgc, b part_of irgc.
import type { PackActor } from '../pack/types.js';
import { roleActiveAt } from '../resolve/roles.js';
import type { Predicate } from '../types.js';
import type { CompiledCues } from './lexicon.js';
import { afterPossessive, type Arg, coordinated, isOrgLike, tokenAt } from './sentence.js';
import { tokenize, type Token } from './tokens.js';

export interface RolePair {
  readonly subject: Arg;
  readonly predicate: Extract<Predicate, 'leads' | 'part_of' | 'founded' | 'supports'>;
  readonly object: Arg;
  /** Token where the relation is stated (for the claimant and the evidence). */
  readonly at: number;
}

/**
 * The comma that opens an apposition after a person's name ending at `t1`, past a bracket or a
 * "known as" aside ('Joaquín Urquiza, known as "El Halcón" (the Hawk), a co-founder of'), or -1.
 */
function appositionComma(tokens: readonly Token[], t1: number): number {
  let k = t1;
  if (tokens[k]?.text === '(') {
    while (k < t1 + 12 && tokens[k] && tokens[k]!.text !== ')') k++;
    k++;
  }
  if (tokens[k]?.text !== ',') return -1;
  // ("Petr Saldo, 52, managing director of X": past the age)
  if (/^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += 2;
  if (tokens[k + 1]?.text === 'known' && tokens[k + 2]?.text === 'as') {
    let j = k + 3;
    while (j < k + 16 && tokens[j] && tokens[j]!.text !== ',' && tokens[j]!.text !== '.') j++;
    return tokens[j]?.text === ',' ? j : -1;
  }
  return k;
}

/** Nouns that make a body another's front: "an ARB front charity", "the Front's political affiliate". */
const FRONT_NOUNS: ReadonlySet<string> = new Set(['front', 'affiliate', 'offshoot', 'subsidiary', 'proxy']);

/** The token after "founder" or "co-founder" at `k`, or -1. */
function founderEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text === 'co' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.text === 'founder') return k + 3;
  return tokens[k]?.text === 'founder' || tokens[k]?.text === 'cofounder' ? k + 1 : -1;
}

const COPULA = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
/** Participles that give a role: "is appointed head of", "was named commander of". */
const APPOINTED = new Set(['appointed', 'named', 'elected', 'made', 'installed', 'chosen', 'promoted', 'reappointed', 're-elected']);
const ALLIANCE_NOUNS = new Set(['alliance', 'coalition', 'axis', 'union', 'bloc', 'grouping', 'federation', 'confederation', 'league', 'network', 'camp']);

/** Nouns of one who backs: "X's main backer", "its chief sponsor". */
const BACKERS = new Set(['backer', 'backers', 'sponsor', 'sponsors', 'patron', 'patrons', 'benefactor', 'paymaster', 'paymasters']);

/** After a possessor ending at `k`: "'s main backer" -> the token after the noun, or -1. */
function backerAfter(tokens: readonly Token[], k: number): number {
  let j = k;
  if (tokens[j]?.text !== "'") return -1;
  j += tokens[j + 1]?.text === 's' ? 2 : 1;
  while (j < k + 5 && /^(?:main|chief|principal|biggest|largest|key|foreign|main|only|primary|most|important|powerful|closest)$/.test(tokens[j]?.text ?? '')) j++;
  return BACKERS.has(tokens[j]?.text ?? '') ? j + 1 : -1;
}

const FORM_VERBS = new Set(['form', 'forms', 'formed', 'forming', 'create', 'created', 'creates', 'founded', 'found', 'set', 'launched', 'launch']);

/**
 * "A and B form an alliance, the X", "formed a coalition called the X": where the members'
 * names end (the token before the verb, past an auxiliary), for an alliance named at `k`; or -1.
 */
function allianceFormedBefore(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  if (tokens[j]?.text === 'the') j--;
  if (tokens[j]?.text === 'called' || tokens[j]?.text === 'named') j--;
  else if (tokens[j]?.text === 'as' && tokens[j - 1]?.text === 'known') j -= 2;
  if (tokens[j]?.text === ',') j--;
  if (!ALLIANCE_NOUNS.has(tokens[j]?.text ?? '')) return -1;
  j--;
  while (j > 0 && /^(?:new|loose|joint|military|political|formal|common|single)$/.test(tokens[j]!.text)) j--;
  if (!['a', 'an'].includes(tokens[j]?.text ?? '')) return -1;
  j--;
  if (tokens[j]?.text === 'up' && tokens[j - 1]?.text === 'set') j--;
  if (!FORM_VERBS.has(tokens[j]?.text ?? '')) return -1;
  j--;
  while (j > 0 && ['have', 'has', 'had', 'will', 'would', 'also', 'then', 'jointly', 'together'].includes(tokens[j]!.text)) j--;
  return j + 1;
}

/** Words that make a head's title a member's ("deputy chief"), or a past one ("former"). */
const NOT_HEAD = new Set(['deputy', 'vice', 'assistant', 'advisor', 'adviser']);
const PAST = new Set(['former', 'ex', 'late']);
/** Military ranks: a member's word, never the role that decides. */
const RANKS = new Set(['colonel', 'major', 'captain', 'lieutenant', 'sergeant']);

/** Classifies the role words in tokens [a, b): the role nearest `b` decides. */
function roleIn(tokens: readonly Token[], a: number, b: number, cues: CompiledCues, maxWords: number): 'leads' | 'member' | null {
  if (b - a > maxWords) return null;
  let kind: 'leads' | 'member' | null = null;
  let deputy = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!.text;
    if (PAST.has(t)) return null;
    if (NOT_HEAD.has(t)) deputy = true;
    else if (!cues.roleWords.has(t) && t !== '-' && t !== "'" && t !== 's') return null;
  }
  // ("Vanguard Corps commander Major General X": a rank says nothing beside the role)
  let rankOnly: 'member' | null = null;
  for (let i = a; i < b; i++) {
    const h = cues.roles.matchAt(tokens, i, b);
    if (h) {
      if (h.to - h.from === 1 && RANKS.has(tokens[h.from]!.text)) rankOnly = 'member';
      else kind = h.values.includes('leads') ? 'leads' : 'member';
      i = h.to - 1;
    }
  }
  kind ??= rankOnly;
  // ("the deputy chief of the Front": a member, not its head)
  return deputy && kind ? 'member' : kind;
}

/** Leads and part_of pairs stated by role phrases in one sentence. */
export function rolePairs(tokens: readonly Token[], all: readonly Arg[], cues: CompiledCues): RolePair[] {
  // ("Its spokesman, X", "the group's spokesman, X": a possessor pronoun that stands for an organisation)
  // (only before a role word: "its Vanguard Corps" may stand for a state's unit)
  const possessor = (a: Arg): boolean => a.pronoun === true && isOrgLike(a.type) && a.type !== 'state'
    && ((tokens[a.t0]!.text === 'its' && (cues.roleWords.has(tokens[a.t1]?.text ?? '')
      // ("its Northern Column": a unit the owner has)
      // (a state's own units are no part of it in the sense of part_of: "Velonhar and its Vanguard Corps")
      || (all.some((x) => x.t0 === a.t1 && !x.pronoun && isOrgLike(x.type) && x.type !== 'state' && cues.unitNouns.has(tokens[x.t1 - 1]!.text))
        && !all.some((x) => !x.pronoun && x.type === 'state' && x.keys[0] === a.keys[0]))))
      || (tokens[a.t0]!.text === 'the' && tokens[a.t1]?.text === "'" && (cues.roleWords.has(tokens[a.t1 + 2]?.text ?? '')
        // ("the movement's political leader, X")
        || (/^\p{Ll}+$/u.test(tokens[a.t1 + 2]?.text ?? '') && cues.roleWords.has(tokens[a.t1 + 3]?.text ?? '')))));
  const args = all.filter((a) => !a.pronoun || possessor(a));
  const out: RolePair[] = [];
  const push = (subject: Arg, predicate: RolePair['predicate'], object: Arg, at: number): void => {
    if (subject.keys[0] === object.keys[0]) return;
    // A minister or spokesman of a state is not a member of it in the sense of part_of.
    if (predicate === 'part_of' && subject.type === 'person' && object.type === 'state') return;
    out.push({ subject, predicate, object, at });
  };
  // "Arvedal brought the Legion, the Marrak Defence Units and two smaller groups together in a
  // loose alliance it calls the "Covenant of Rivers"": each one brought is a member, the one who
  // brought them founded it.
  for (let k = 1; k < tokens.length; k++) {
    if (!['brought', 'brings', 'bring', 'bringing'].includes(tokens[k]!.text)) continue;
    let t = k + 1;
    while (t < k + 16 && tokens[t] && tokens[t]!.text !== 'together' && !['.', ';'].includes(tokens[t]!.text)) t++;
    if (tokens[t]?.text !== 'together' || !['in', 'into', 'under', 'as'].includes(tokens[t + 1]?.text ?? '')) continue;
    let n = t + 2;
    while (n < t + 6 && tokens[n] && !ALLIANCE_NOUNS.has(tokens[n]!.text)) n++;
    if (!ALLIANCE_NOUNS.has(tokens[n]?.text ?? '')) continue;
    const alliance = args.find((x) => x.t0 > n && x.t0 <= n + 6 && isOrgLike(x.type) && x.type !== 'state' && !x.pronoun);
    if (!alliance) continue;
    const members = args.filter((x) => x.t0 > k && x.t1 <= t && !x.pronoun && isOrgLike(x.type) && x.type !== 'place');
    for (const m of members) push(m, 'part_of', alliance, k);
    const founder = [...args].reverse().find((x) => x.t1 <= k && x.t1 >= k - 3 && !x.pronoun && (isOrgLike(x.type) || x.type === 'person'));
    if (founder && members.length) push(founder, 'founded', alliance, k);
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    // "Under Saljani's command, STC officers direct ...": the commander leads the body the clause opens with.
    if (a.type === 'person' && !a.pronoun && tokens[a.t0 - 1]?.text === 'under' && tokens[a.t1]?.text === "'") {
      const k = a.t1 + (tokens[a.t1 + 1]?.text === 's' ? 2 : 1);
      const body = ['command', 'leadership'].includes(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ','
        ? args.find((x) => (x.t0 === k + 2 || (x.t0 === k + 3 && tokens[k + 2]?.text === 'the')) && isOrgLike(x.type) && x.type !== 'state' && !x.pronoun) : undefined;
      if (body) push(a, 'leads', body, k);
    }
    // "A and B form an alliance, the Valley Concord": each one named before is a member.
    const joined = a.pronoun || a.type === 'person' ? -1 : allianceFormedBefore(tokens, a.t0);
    if (joined >= 0) {
      const last = args.findIndex((x) => x.t1 === joined && !x.pronoun && isOrgLike(x.type) && x.type !== 'state');
      if (last >= 0) for (const m of coordinated(tokens, args, last, -1, cues.roleWords)) if (args[m]!.type !== 'state' && isOrgLike(args[m]!.type)) push(args[m]!, 'part_of', a, a.t0);
    }
    // "Temeraine's main backer is Kanmura" / "Kanmura is Temeraine's main backer": the backer supports.
    if (!a.pronoun && a.type !== 'place') {
      const k = backerAfter(tokens, a.t1);
      // (also set off by commas: "X's main backer, Y, said")
      if (k > 0 && (COPULA.has(tokens[k]?.text ?? '') || tokens[k]?.text === ',')) {
        const the = tokens[k + 1]?.text === 'the' ? 1 : 0;
        const b = args.find((x) => x.t0 === k + 1 + the && !x.pronoun && x.type !== 'place');
        if (b) push(b, 'supports', a, a.t0);
      }
      if (COPULA.has(tokens[a.t1]?.text ?? '')) {
        const the = tokens[a.t1 + 1]?.text === 'the' ? 1 : 0;
        const b = args.find((x) => x.t0 === a.t1 + 1 + the && !x.pronoun && x.type !== 'place');
        if (b && backerAfter(tokens, b.t1) > 0) push(a, 'supports', b, a.t0);
      }
    }
    if (a.pronoun && !possessor(a)) continue;
    // ORG [role words] PERSON, skipping "in <place>" ("Hamas's representative in Tehran Khaled Qaddoumi").
    if (isOrgLike(a.type)) {
      let j = i + 1;
      while (j < args.length && (args[j]!.type === 'place' || args[j]!.type === 'state') && tokens[args[j]!.t0 - 1]?.text === 'in') j++;
      const b = args[j];
      if (b && b.type === 'person' && !b.pronoun) {
        let g0 = a.t1;
        if (tokens[g0]?.text === "'" ) g0 += tokens[g0 + 1]?.text === 's' ? 2 : 1;
        // "Kestrian Vanguard Corps (KVC) commander X": the acronym's closing bracket opens the gap.
        if (tokens[g0]?.text === ')') g0++;
        // drop "in Tehran" from the gap
        const gapTokens: number[] = [];
        for (let k = g0; k < b.t0; k++) {
          const inPlace = args.some((p) => (p.type === 'place' || p.type === 'state') && k >= p.t0 - 1 && k < p.t1 && tokens[p.t0 - 1]?.text === 'in');
          if (!inPlace) gapTokens.push(k);
        }
        // "the Directorate's chief, General X": a title after the apposition's comma belongs to the name.
        const comma = gapTokens.findIndex((k) => tokens[k]!.text === ',');
        if (comma > 0 && gapTokens.slice(comma + 1).every((k) => /^\p{L}+$/u.test(tokens[k]!.text) && tokens[k]!.cap)) gapTokens.splice(comma + 1);
        // "Kestria's supreme leader, Grand Guide Ardashan Velmor": a comma before the name is an apposition.
        if (gapTokens.length > 1 && tokens[gapTokens[gapTokens.length - 1]!]!.text === ',') {
          gapTokens.pop();
          // ("At a meeting with CBF commanders in Halden, Aurel Dravan said": a plural role ends a
          // phrase, it is no apposition to one name; "CBF leaders, X and Y" lists them.)
          const role = tokens[gapTokens[gapTokens.length - 1]!]!.text;
          const listed = tokens[b.t1]?.text === 'and' || (tokens[b.t1]?.text === ',' && args.some((x) => x.t0 === b.t1 + 1 && x.type === 'person'));
          if (/s$/.test(role) && cues.roleWords.has(role.slice(0, -1)) && !listed) continue;
        }
        // "Varnia's head of state, Supreme Guide X": the head of a state leads it.
        const gapText = gapTokens.map((k) => tokens[k]!.text).join(' ');
        if (/^head of (?:state|government)(?: ,(?: [a-z]+){0,3})?$/.test(gapText)) {
          push(b, 'leads', a, b.t0);
          continue;
        }
        const contiguous = gapTokens.length && gapTokens[gapTokens.length - 1]! - gapTokens[0]! + 1 === gapTokens.length;
        // ("EVLF co-founder Joaquín Urquiza", "Front founder X": the founder founded it)
        const founder = contiguous ? founderEnd(tokens, gapTokens[0]!) : -1;
        if (founder > 0 && founder === gapTokens[gapTokens.length - 1]! + 1) {
          push(b, 'founded', a, b.t0);
          continue;
        }
        if (contiguous) {
          const kind = roleIn(tokens, gapTokens[0]!, gapTokens[gapTokens.length - 1]! + 1, cues, 5);
          if (kind) push(b, kind === 'leads' ? 'leads' : 'part_of', a, b.t0);
        }
      }
    }
    // ORG, whose [sole] <role> is PERSON ("Wexley Components, whose sole director is Tan Meiyun")
    if (isOrgLike(a.type) && !a.pronoun && tokens[a.t1]?.text === ',' && tokens[a.t1 + 1]?.text === 'whose') {
      let k = a.t1 + 2;
      while (k < a.t1 + 5 && ['sole', 'chief', 'current', 'founding', 'new', 'acting'].includes(tokens[k]?.text ?? '')) k++;
      const deputy = NOT_HEAD.has(tokens[k]?.text ?? '') || tokens[k - 1]?.text === 'acting';
      const h = cues.roles.matchAt(tokens, deputy && NOT_HEAD.has(tokens[k]?.text ?? '') ? k + 1 : k);
      if (h && COPULA.has(tokens[h.to]?.text ?? '')) {
        const person = args.find((x) => x.t0 > h.to && x.t0 <= h.to + 4 && x.type === 'person' && !x.pronoun);
        if (person) push(person, h.values.includes('leads') && !deputy ? 'leads' : 'part_of', a, h.from);
      }
    }
    // PERSON is the <role> [and <role>] of [the] ORG ("Voskerian is the founder and director of Golden Ferry")
    if (a.type === 'person' && !a.pronoun && COPULA.has(tokens[a.t1]?.text ?? '')) {
      let k = a.t1 + 1;
      if (tokens[k]?.text === 'also') k++;
      // ("X is appointed head of Y", "was named commander of Y", "was elected chairman of Y")
      if (tokens[a.t1]!.text !== 'became' && tokens[a.t1]!.text !== 'becomes' && APPOINTED.has(tokens[k]?.text ?? '')) k++;
      if (['the', 'a', 'an', 'its'].includes(tokens[k]?.text ?? '')) k++;
      const kinds: RolePair['predicate'][] = [];
      for (let n = 0; n < 3; n++) {
        const w = tokens[k]?.text ?? '';
        // ("the deputy head of": a member, not the head)
        const deputy = NOT_HEAD.has(w);
        if (deputy) k++;
        const f = deputy ? -1 : founderEnd(tokens, k);
        if (f > 0) { kinds.push('founded'); k = f; }
        else {
          const h = cues.roles.matchAt(tokens, k);
          if (!h) break;
          kinds.push(h.values.includes('leads') && !deputy ? 'leads' : 'part_of');
          k = h.to;
        }
        if (tokens[k]?.text !== 'and') break;
        k++;
      }
      if (kinds.length && tokens[k]?.text === 'of') {
        let org = args.find((x) => x.t0 > k && x.t0 <= k + 3 && isOrgLike(x.type) && !x.pronoun);
        // ("head of Ilmarsk's Directorate of External Tasks": the body the state owns)
        const own = org ? afterPossessive(tokens, org.t1) : -1;
        const owned = own > 0 ? args.find((x) => x.t0 === own && isOrgLike(x.type) && !x.pronoun) : undefined;
        if (owned) org = owned;
        if (org) for (const kind of new Set(kinds)) push(a, kind, org, a.t1);
      }
    }
    // PERSON, the <role> of [the] ORG
    const c1 = a.type === 'person' && !a.pronoun ? appositionComma(tokens, a.t1) : -1;
    if (c1 > 0) {
      let k = c1 + 1;
      if (tokens[k]?.text === 'the') k++;
      // ("X, the deputy chief of the Front": a member)
      const deputy = NOT_HEAD.has(tokens[k]?.text ?? '');
      const h = cues.roles.matchAt(tokens, deputy ? k + 1 : k);
      if (h && tokens[h.to]?.text === 'of' && !PAST.has(tokens[k]?.text ?? '')) {
        let org = args.find((x) => x.t0 > h.to && x.t0 <= h.to + 3 && isOrgLike(x.type));
        // ("head of Varnia's Lantern Force": the unit, not its owner)
        const at = org ? afterPossessive(tokens, org.t1) : -1;
        const owned = at > 0 ? args.find((x) => x.t0 === at && isOrgLike(x.type) && x.type !== 'state') : undefined;
        if (owned) org = owned;
        // ("the commander of the Front's Northern Column": a unit no name was found for; the role is not over the Front)
        else if (at > 0 && tokens[at]?.cap) org = undefined;
        if (org) push(a, h.values.includes('leads') && !deputy ? 'leads' : 'part_of', org, h.from);
      }
      // ("X, a co-founder of the Front", "X, the founder of Y")
      const f0 = tokens[c1 + 1]?.text === 'a' || tokens[c1 + 1]?.text === 'the' ? c1 + 2 : c1 + 1;
      const f1 = founderEnd(tokens, f0);
      if (f1 > 0 && tokens[f1]?.text === 'of') {
        const org = args.find((x) => x.t0 > f1 && x.t0 <= f1 + 2 && isOrgLike(x.type) && x.type !== 'state');
        if (org) {
          push(a, 'founded', org, f0);
          // ("a co-founder of the Front and commander of its Northern Column": a second role after "and")
          const r = tokens[org.t1]?.text === 'and' ? org.t1 + 1 + (tokens[org.t1 + 1]?.text === 'the' ? 1 : 0) : -1;
          const h2 = r > 0 ? cues.roles.matchAt(tokens, r) : null;
          if (h2 && tokens[h2.to]?.text === 'of') {
            const unit = all.find((x) => x.t0 > h2.to && x.t0 <= h2.to + 2 && isOrgLike(x.type) && x.type !== 'state' && !x.pronoun);
            if (unit) push(a, h2.values.includes('leads') ? 'leads' : 'part_of', unit, h2.from);
          }
        }
      }
      // PERSON, a <role> at|with ORG ("Marta Isk, a researcher at the Halden Institute")
      if (tokens[c1 + 1]?.text === 'a' || tokens[c1 + 1]?.text === 'an') {
        let r = c1 + 2;
        while (r < c1 + 6 && /^\p{Ll}+$/u.test(tokens[r]?.text ?? '') && !['at', 'with', 'of', 'for', 'in'].includes(tokens[r]!.text)) r++;
        const role = r > c1 + 2 ? roleIn(tokens, r - 1, r, cues, 1) : null;
        if (role && ['at', 'with', 'of', 'for', 'in'].includes(tokens[r]?.text ?? '')) {
          const at = tokens[r + 1]?.text === 'the' ? r + 2 : r + 1;
          const org = args.find((x) => (x.t0 === at || x.t0 === r + 1) && isOrgLike(x.type) && x.type !== 'state');
          if (org) push(a, role === 'leads' ? 'leads' : 'part_of', org, r - 1);
        }
      }
      // ("Joaquín Urquiza, EVLF co-founder, said": the founder founded it)
      const bare = args.find((x) => x.t0 === c1 + 1 && isOrgLike(x.type) && x.type !== 'state' && !x.pronoun);
      const bareFounder = bare ? founderEnd(tokens, bare.t1) : -1;
      if (bare && bareFounder > 0 && [',', '.', ';', ')'].includes(tokens[bareFounder]?.text ?? '')) push(a, 'founded', bare, bare.t1);
      // PERSON, a|an ORG [words] <role> ("Colonel X, an Orvenian army weapons intelligence officer,")
      if (tokens[c1 + 1]?.text === 'a' || tokens[c1 + 1]?.text === 'an') {
        const org = args.find((x) => x.t0 === c1 + 2 && isOrgLike(x.type) && x.type !== 'state' && !x.pronoun);
        if (org) {
          let r = org.t1;
          while (r < org.t1 + 4 && /^\p{Ll}+$/u.test(tokens[r]?.text ?? '') && !cues.roleWords.has(tokens[r]!.text)) r++;
          // ("weapons intelligence officer": a role may run over several role words)
          let r1 = r;
          while (r1 < r + 3 && cues.roleWords.has(tokens[r1]?.text ?? '')) r1++;
          const role = r1 > r ? roleIn(tokens, r, r1, cues, 3) : null;
          if (role && [',', '.', ';', ')'].includes(tokens[r1]?.text ?? '')) push(a, role === 'leads' ? 'leads' : 'part_of', org, r);
        }
      }
      // PERSON, the ORG's <role>
      // (a short reference may hold its "the": "the Legion")
      // ("X, Varnia's president": a state's head leads it; its ministers are no part of it, see push)
      const org = args.find((x) => (x.t0 === k || x.t0 === c1 + 1) && isOrgLike(x.type) && (x.type !== 'state' || x.t0 === c1 + 1));
      if (org && tokens[org.t1]?.text === "'") {
        const r0 = org.t1 + (tokens[org.t1 + 1]?.text === 's' ? 2 : 1);
        let r1 = r0;
        while (r1 < r0 + 4 && cues.roleWords.has(tokens[r1]?.text ?? '')) r1++;
        const kind = r1 > r0 && [',', '.', 'in', 'on', 'at', 'who', 'said'].includes(tokens[r1]?.text ?? '') ? roleIn(tokens, r0, r1, cues, 4) : null;
        if (kind) push(a, kind === 'leads' ? 'leads' : 'part_of', org, r0);
      }
    }
    // the <leading role> of [the ...] ORG, PERSON
    // ("the commander of the Halvik Self-Defence Units (HSDU), Colonel X": past the acronym's bracket)
    const comma = tokens[a.t1]?.text === ',' ? a.t1 : tokens[a.t1]?.text === ')' && tokens[a.t1 + 1]?.text === ',' ? a.t1 + 1 : -1;
    if (isOrgLike(a.type) && comma > 0) {
      const b = args[i + 1];
      // (", General Milos Ferrant": a title may stand before the name)
      const titled = b ? tokens.slice(comma + 1, b.t0).every((t) => t.cap && /^\p{L}+$/u.test(t.text) && cues.roleWords.has(t.text)) && b.t0 - comma <= 4 : false;
      if (b && b.type === 'person' && (b.t0 === comma + 1 || titled)) {
        // (an acronym in brackets stands for the name right before it)
        const long = tokens[a.t0 - 1]?.text === '(' ? args.find((x) => x.t1 === a.t0 - 1 && x.keys[0] === a.keys[0]) : undefined;
        const start = long?.t0 ?? a.t0;
        for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
          const h = cues.roles.matchAt(tokens, k);
          if (h && tokens[h.to]?.text === 'of' && h.values.includes('leads')) {
            push(b, 'leads', a, h.from);
            break;
          }
        }
      }
    }
    // "Prime Minister X of Okrinth": a title before the name, its owner after it.
    if (a.type === 'person' && !a.pronoun && tokens[a.t1]?.text === 'of') {
      const b = args.find((x) => (x.t0 === a.t1 + 1 || (x.t0 === a.t1 + 2 && tokens[a.t1 + 1]!.text === 'the')) && isOrgLike(x.type) && !x.pronoun);
      let k = a.t0;
      while (k > 0 && k > a.t0 - 4 && tokens[k - 1]!.cap && cues.roleWords.has(tokens[k - 1]!.text)) k--;
      const kind = b && k < a.t0 && !args.some((x) => x.t1 > k && x.t0 < a.t0) ? roleIn(tokens, k, a.t0, cues, 4) : null;
      if (kind && b) push(a, kind === 'leads' ? 'leads' : 'part_of', b, k);
    }
    // "X, Y and the other member states of Z": each is part of Z.
    if (isOrgLike(a.type) && args[i + 1] && isOrgLike(args[i + 1]!.type) && args[i + 1]!.type !== 'state') {
      const b = args[i + 1]!;
      const gap = tokens.slice(a.t1, b.t0).map((t) => t.text).join(' ');
      if (/^(?:, )?and (?:the |all )?(?:other |fellow )?member(?: states| countries| groups| organizations| organisations| factions)? of(?: the)?$/.test(gap)) {
        for (const j of coordinated(tokens, args, i, -1, cues.roleWords)) if (args[j]!.type !== 'place' && args[j] !== b) push(args[j]!, 'part_of', b, a.t1);
      }
    }
    // ("Iran's Islamic resistance axis": a state's own alliance has the state in it)
    if (a.type === 'state' && !a.pronoun) {
      const b = args[i + 1];
      if (b && b.type !== 'state' && !b.pronoun && isOrgLike(b.type) && tokens.slice(a.t1, b.t0).map((t) => t.text).join(' ') === "' s" && ALLIANCE_NOUNS.has(tokens[b.t1 - 1]!.text)) {
        push(a, 'part_of', b, b.t0);
      }
    }
    // units: "IRGC Qods Force", "the IRGC and its Qods Force", "X's military wing"
    if (isOrgLike(a.type) && a.type !== 'state') {
      const b = args[i + 1];
      if (b && isOrgLike(b.type) && b.type !== 'state' && !b.pronoun) {
        const gap = tokens.slice(a.t1, b.t0).map((t) => t.text).join(' ');
        const last = tokens[b.t1 - 1]!.text;
        if ((gap === '' || gap === 'and its' || gap === ', and its' || gap === ') and its' || gap === "' s" || gap === "'") && cues.unitNouns.has(last)) {
          push(b, 'part_of', a, b.t0);
        }
      }

      // "the Lantern Directorate of the Vigil Corps": a unit of the organisation after "of".
      // ("Unit 440 of the STC": a unit known by its number)
      const numbered = cues.unitNouns.has(tokens[a.t0]!.text) && /^\d+$/.test(tokens[a.t1 - 1]!.text);
      if (b && isOrgLike(b.type) && b.type !== 'state' && !b.pronoun && !a.pronoun && (cues.unitNouns.has(tokens[a.t1 - 1]!.text) || numbered)) {
        const gap = tokens.slice(a.t1, b.t0).map((t) => t.text).join(' ');
        if (gap === 'of' || gap === 'of the') push(a, 'part_of', b, a.t1);
      }
      // "the Lantern Force, the VGC's branch"
      if (b && tokens[a.t1]?.text === ',' && isOrgLike(b.type)) {
        const gap = tokens.slice(a.t1, b.t0).map((t) => t.text).join(' ');
        // ("the Front's military wing", "the VGC unit that ...": a few words of kind, or none, before the unit noun)
        let after = tokens[b.t1]?.text === "'" ? b.t1 + (tokens[b.t1 + 1]?.text === 's' ? 2 : 1) : b.t1;
        // ("the Reedland Foundation, an ARB front charity,": a front of the group is part of it)
        let front = false;
        for (let n = 0; n < 2 && /^\p{Ll}+$/u.test(tokens[after]?.text ?? '') && !cues.unitNouns.has(tokens[after]!.text); n++) front ||= FRONT_NOUNS.has(tokens[after++]!.text);
        if (tokens[after]?.text === '-') after += 2;
        const unit = (cues.unitNouns.has(tokens[after]?.text ?? '') || front) && !['of', "'"].includes(tokens[after + 1]?.text ?? '');
        if ((gap === ', the' || gap === ',' || (front && (gap === ', a' || gap === ', an'))) && unit && a.type !== 'person' && b.type !== 'state') push(a, 'part_of', b, a.t1);
      }
      // "the Ember Axis, the alliance of Kestria, the SLF and the Battalions": each is part of it.
      if (b && tokens[a.t1]?.text === ',') {
        let k = a.t1 + 1;
        if (['the', 'an', 'a'].includes(tokens[k]?.text ?? '')) k++;
        // ("the external operations arm of X": words that say what kind of unit)
        let u = k;
        while (u < k + 5 && (/^\p{Ll}+$/u.test(tokens[u]?.text ?? '') || tokens[u]?.text === '-') && !cues.unitNouns.has(tokens[u]!.text) && tokens[u + 1]?.text !== 'of') u++;
        if (u > k && cues.unitNouns.has(tokens[u]?.text ?? '') && tokens[u + 1]?.text === 'of') k = u;
        // "the Horizon Command, the unit of the Vanguard Corps responsible for ...": part of it.
        if (a.type !== 'person' && cues.unitNouns.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'of') {
          // ("a unit of Kestria's Vanguard Corps": the corps, not its state)
          const near = args.filter((x) => x.t0 >= k + 2 && x.t0 <= k + 5 && isOrgLike(x.type) && x.type !== 'place');
          const whole = near.find((x) => x.type !== 'state' && tokens[x.t1]?.text !== "'") ?? near.find((x) => tokens[x.t1]?.text !== "'");
          if (whole && whole !== a) push(a, 'part_of', whole, k);
        }
        // "the Circle, the Varnia-led alliance": the one before "-led" leads it.
        if (tokens[k + 1]?.text === '-' && tokens[k + 2]?.text === 'led' && (ALLIANCE_NOUNS.has(tokens[k + 3]?.text ?? '') || cues.unitNouns.has(tokens[k + 3]?.text ?? ''))) {
          const leader = args.find((x) => x.t0 === k && x.t1 === k + 1 && !x.pronoun && x.type !== 'place');
          if (leader && leader !== a) push(leader, 'leads', a, k + 2);
        }
        if (ALLIANCE_NOUNS.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'of') {
          const first = args.findIndex((x) => x.t0 >= k + 2 && x.t0 <= k + 3);
          if (first >= 0) for (const i of coordinated(tokens, args, first, 1, cues.roleWords)) if (args[i]!.type !== 'place') push(args[i]!, 'part_of', a, k);
        }
      }
      // "the SLF's armed wing, the Ninth Dawn Brigades": the unit named after the owner's unit noun.
      if (b && isOrgLike(b.type) && b.type !== 'state' && !b.pronoun && (tokens[a.t1]?.text === "'")) {
        let k = a.t1 + (tokens[a.t1 + 1]?.text === 's' ? 2 : 1);
        while (k < b.t0 && /^\p{Ll}+$/u.test(tokens[k]!.text) && !cues.unitNouns.has(tokens[k]!.text) && k < a.t1 + 5) k++;
        const unit = cues.unitNouns.has(tokens[k]?.text ?? '');
        const rest = tokens.slice(k + 1, b.t0).map((t) => t.text).join(' ');
        if (unit && (rest === ', the' || rest === ',')) push(b, 'part_of', a, b.t0);
      }
    }
  }
  // ORG <member nouns> ... including[:] P1, P2 ...
  const incl = tokens.findIndex((t) => t.text === 'including');
  if (incl > 0) {
    for (const a of args) {
      if (a.t1 > incl || !isOrgLike(a.type) || a.pronoun) continue;
      let member = false;
      for (let k = a.t1; k < Math.min(a.t1 + 5, incl); k++) {
        const h = cues.roles.matchAt(tokens, k);
        if (h && h.values.includes('member') && tokens[h.to - 1]!.text.endsWith('s')) member = true;
      }
      if (!member) continue;
      for (const p of args) if (p.t0 > incl && p.type === 'person' && !p.pronoun) push(p, 'part_of', a, p.t0);
    }
  }
  return out;
}

/**
 * Roles the pack knows, stated by a role phrase written with the name: "Iranian Supreme Leader
 * Ali Khamenei" -> khamenei leads iran when the pack gives Khamenei the role "Supreme Leader" of
 * Iran at the document's date. The title's words must be in the mention or its role phrase
 * (so the evidence holds them); a leading title gives `leads`, another gives `part_of` unless
 * the role is in a state (a minister is not a member of a state).
 */
export function packRolePairs(tokens: readonly Token[], all: readonly Arg[], cues: CompiledCues,
  actorOf: (key: string) => PackActor | undefined, date: string | undefined): RolePair[] {
  const out: RolePair[] = [];
  for (const a of all) {
    if (!a.pronoun && a.mention && a.type !== 'person' && a.type !== 'state') {
      // "IRGC Qods Force": the parent organisation the pack knows, named inside the name.
      const actor = actorOf(a.keys[0]!);
      const words = new Set(tokens.slice(a.t0, a.t1).map((t) => t.text));
      for (const m of actor?.memberOf ?? []) {
        const parent = actorOf(m.of);
        if (!parent || parent.type === 'state' || !roleActiveAt({ title: 'member', ...m }, date)) continue;
        const own = new Set(nameWords(actor!.name));
        const named = [parent.name, ...(parent.aliases ?? [])].some((n) => {
          const ws = nameWords(n);
          return ws.length === 1 && ws[0]!.length >= 3 && words.has(ws[0]!) && !own.has(ws[0]!);
        });
        if (named) out.push({ subject: a, predicate: 'part_of', object: { keys: [m.of], type: parent.type, t0: a.t0, t1: a.t1, pronoun: false }, at: a.t0 });
      }
      continue;
    }
    if (a.pronoun || a.type !== 'person' || !a.mention) continue;
    const actor = actorOf(a.keys[0]!);
    if (!actor?.roles?.length) continue;
    const t0 = a.mention.role ? Math.min(a.t0, tokenAt(tokens, a.mention.role.start)) : a.t0;
    const written = new Set<string>();
    for (let k = t0; k < a.t1; k++) written.add(canonRoleWord(tokens[k]!.text));
    for (let k = t0; k < a.t1; k++) if (NOT_HEAD.has(tokens[k]!.text)) written.clear();
    for (const r of actor.roles) {
      if (!r.of || r.of === actor.id || !roleActiveAt(r, date)) continue;
      const words = titleWords(r.title);
      if (!words.length || !words.every((w) => written.has(w))) continue;
      const leads = titleLeads(r.title, cues);
      const of = actorOf(r.of);
      if (!leads && (!of || of.type === 'state')) continue;
      const object: Arg = { keys: [r.of], type: of?.type ?? 'organization', t0, t1: a.t0, pronoun: false };
      out.push({ subject: a, predicate: leads ? 'leads' : 'part_of', object, at: t0 });
    }
  }
  return out;
}

const ROLE_SYNONYMS: Readonly<Record<string, string>> = { chief: 'head', chairman: 'head', chairwoman: 'head', director: 'head',
  spokesperson: 'spokesman', spokeswoman: 'spokesman' };
const canonRoleWord = (w: string): string => ROLE_SYNONYMS[w] ?? w;

// Pack names and titles are few: their words are computed once.
const nameWordsCache = new Map<string, string[]>();
function nameWords(name: string): string[] {
  let w = nameWordsCache.get(name);
  if (!w) nameWordsCache.set(name, (w = tokenize(name).map((t) => t.text)));
  return w;
}
const titleWordsCache = new Map<string, string[]>();
function titleWords(title: string): string[] {
  let w = titleWordsCache.get(title);
  if (!w) titleWordsCache.set(title, (w = nameWords(title).filter((x) => /^\p{L}+$/u.test(x)).map(canonRoleWord)));
  return w;
}
const leadsCache = new WeakMap<CompiledCues, Map<string, boolean>>();
function titleLeads(title: string, cues: CompiledCues): boolean {
  let m = leadsCache.get(cues);
  if (!m) leadsCache.set(cues, (m = new Map()));
  let v = m.get(title);
  if (v === undefined) m.set(title, (v = computeTitleLeads(title, cues)));
  return v;
}
function computeTitleLeads(title: string, cues: CompiledCues): boolean {
  const toks = tokenize(title);
  for (let i = 0; i < toks.length; i++) {
    const h = cues.roles.matchAt(toks, i);
    if (h?.values.includes('leads')) return true;
  }
  return false;
}
