// sentence: one sentence prepared for the claim rules: its tokens, the actor mentions in it
// as token ranges (pronouns and "these organizations" resolved to the actors they stand
// for), and the helpers the rules share (coordinated lists, parentheticals, clause edges).
import type { ActorType, Mention, Span } from '../types.js';
import type { Token } from './tokens.js';

/** An actor mention as a range of tokens [t0, t1). A pronoun may stand for several actors. */
export interface Arg {
  readonly keys: readonly string[];
  readonly type: ActorType;
  readonly t0: number;
  readonly t1: number;
  readonly pronoun: boolean;
  readonly mention?: Mention;
  /** A first-person pronoun standing for the quote's speaker: only read with cues inside that quote. */
  readonly speakerOf?: number;
}

/** Tokens that join the members of a list ("X, Y and Z", "X along with Y"). */
export const COORDINATORS = new Set([',', 'and', 'nor', '&', 'alongside', 'along', 'together', 'as', 'well', 'headed', 'led',
  'joined', 'both', 'or', 'plus', 'including', ':', 'particularly', 'especially']);
/** Tokens that may sit between list members without breaking the list. */
export const TRANSPARENT = new Set(['the', 'its', 'their', 'his', 'her', "'", 's', '(', ')', '-', 'of', 'with', 'by',
  'organization', 'organisation', 'movement', 'group', 'militia', 'a', 'an', 'other', 'all', 'various', '"', '[', ']', 'then', 'even', 'former', 'also',
  // honorifics before a name: "the dear martyr X", "the late X"
  'dear', 'martyr', 'martyred', 'late', 'beloved']);

const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);
const SUBJECT_WORDS = new Set(['we', 'they', 'i', 'he', 'she']);

export const CLAUSE_END = new Set(['.', ';', '!', '?', '\u2026']);

export const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'himself', 'herself']);
export const IMPERSONAL = new Set(['it', 'its', 'itself']);
export const PLURAL = new Set(['they', 'them', 'their', 'themselves']);
/** Nouns after "these"/"those" that stand for the groups just named. */
export const GROUP_NOUNS = new Set(['organizations', 'organisations', 'groups', 'factions', 'movements', 'militias',
  'formations', 'proxies', 'allies', 'forces', 'members']);

/** The token after a possessive mark at `k` ("X's Y", "the Brigades' Y"), or -1 when none stands there. */
export const afterPossessive = (tokens: readonly Token[], k: number): number =>
  tokens[k]?.text === "'" ? k + (tokens[k + 1]?.text === 's' ? 2 : 1) : -1;

export const isOrgLike = (t: ActorType): boolean => t === 'organization' || t === 'group' || t === 'collective' || t === 'state' || t === 'outlet';

/** The index of the first item (sorted by start) starting at or after `pos`: tokens or mentions. */
export function tokenAt(items: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions inside `span` as token ranges (`mentions` sorted by start); nested mentions are dropped (the outer one stays). */
export function argsOf(tokens: readonly Token[], mentions: readonly Mention[], span: Span): Arg[] {
  const out: Arg[] = [];
  let lastEnd = -1;
  // `mentions` are sorted by start: start at the first inside the span, stop at its end.
  for (let mi = tokenAt(mentions, span.start); mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.start >= span.end) break;
    if (m.end > span.end) continue;
    if (m.start < lastEnd) continue;
    const t0 = tokenAt(tokens, m.start);
    const t1 = tokenAt(tokens, m.end);
    if (t1 <= t0) continue;
    out.push({ keys: [m.key], type: m.type, t0, t1, pronoun: m.source === 'pronoun', mention: m });
    lastEnd = m.end;
  }
  return out;
}

/** Mentions inside `span` nested in a longer one ("Hamas' military wing" inside "commander of Hamas' military wing"), as token ranges. */
export function nestedArgsOf(tokens: readonly Token[], mentions: readonly Mention[], span: Span, outer: readonly Arg[]): Arg[] {
  const out: Arg[] = [];
  for (let mi = tokenAt(mentions, span.start); mi < mentions.length && mentions[mi]!.start < span.end; mi++) {
    const m = mentions[mi]!;
    if (m.end > span.end) continue;
    if (outer.some((a) => a.mention === m)) continue;
    const t0 = tokenAt(tokens, m.start);
    const t1 = tokenAt(tokens, m.end);
    if (t1 > t0) out.push({ keys: [m.key], type: m.type, t0, t1, pronoun: false, mention: m });
  }
  return out;
}

/** True when the tokens [a, b) hold a coordinator and only list-joining words. */
export function gapKind(tokens: readonly Token[], a: number, b: number, roleWords: ReadonlySet<string>): 'coord' | 'modifier' | 'break' {
  let coord = false;
  // `the Front," Lenko said`: a quote closing before a comma-joined name ends the list.
  let quote = false;
  let comma = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!.text;
    // ("X and the so-called Y": a distancing word is no break)
    if (t === 'so' && tokens[i + 1]?.text === '-' && tokens[i + 2]?.text === 'called') {
      i += 2;
      continue;
    }
    // "X [the founder of the movement] and Y": a translator's gloss does not break a list.
    if (t === '[') {
      const close = tokens.findIndex((x, k) => k > i && x.text === ']');
      if (close > 0 && close < b) {
        i = close;
        continue;
      }
      // "X [Qods Force commander who ...]": a name inside the gloss describes X; it is no list
      // member. ("Hamas and [the Islamic] Jihad": a bracket closing inside a name is part of it.)
      if (close < 0 || tokens.slice(b, close).some((x) => !x.cap)) return 'break';
      continue;
    }
    // 'Raisi In Phone Call With Haniya: "The Fighters' ...': a quotation opening after a colon ends the list.
    if (t === '"' && tokens[i - 1]?.text === ':') return 'break';
    // ("founded the Front with X": "with" alone names a companion, no list and no head; "together with" does)
    if (t === 'with' && !['together', 'along', 'and', 'or', ','].includes(tokens[i - 1]?.text ?? '')) return 'break';
    if (t === '"') quote = true;
    if (t === ',') comma = true;
    if (quote && comma) return 'break';
    // "X of the southern lowlands and Y": a short lower-case modifier after "of" stays in the list.
    if (!COORDINATORS.has(t) && !TRANSPARENT.has(t) && !roleWords.has(t)) {
      let j = i;
      while (j > a && tokens[j - 1]!.text !== 'of' && /^\p{Ll}+$/u.test(tokens[j - 1]!.text) && !tokens[j - 1]!.cap) j--;
      if (tokens[j - 1]?.text === 'of' && i - j < 3 && !tokens[i]!.cap && /^\p{Ll}+$/u.test(t)) continue;
      // "the Leader, the government, and the Iranian people": an unnamed member of the list
      // (a determiner and one or two lower-case words between list commas) is passed over.
      const det = tokens[i - 1]?.text === 'the' ? i - 1 : tokens[i - 2]?.text === 'the' && /^\p{Ll}+$/u.test(tokens[i - 1]!.text) ? i - 2 : -1;
      if (det > a && tokens[det - 1]!.text === ',' && /^\p{Ll}+$/u.test(t) && !tokens[i]!.cap && [',', 'and'].includes(tokens[i + 1]?.text ?? '')) continue;
      // "X, Y and the smaller Z": an adjective between the determiner and the next name
      if (tokens[i - 1]?.text === 'the' && i + 1 === b && /^(?:\p{Ll}+(?:er|est)|small|large|main|new|old|armed|rival|militant)$/u.test(t)) continue;
      return 'break';
    }
    if (COORDINATORS.has(t)) coord = true;
    else if (!TRANSPARENT.has(t) && !roleWords.has(t)) return 'break';
  }
  // "Kestria's supreme leader, Grand Guide X": the owner of a role names no second member.
  const w = tokens.slice(a, b).map((x) => x.text);
  if (w[0] === "'" && w.some((x) => roleWords.has(x)) && !w.includes('and') && !w.includes('or')) return 'modifier';
  // ("Voice of the Hills, the group's leader, X": a role owned by someone else sets X apart)
  const own = w.indexOf("'");
  if (w[0] === ',' && own > 0 && w.slice(own).some((x) => roleWords.has(x)) && !w.includes('and') && !w.includes('or')) return 'break';
  return coord ? 'coord' : 'modifier';
}

/** The args coordinated with `args[i]` going backward (dir -1) or forward (dir 1), `i` included. */
const CLAUSE_VERBS = /^(?:said|says|say|told|added|stated|wrote|writes|declared|insisted|denied|denies|claimed|warned|argued|knows|know|knew|believes|believe|thinks|think|can|could|must|should|may|does|do|did|has|have|had|was|were|is|are|will|would)$/;
/** True when a finite verb (after an optional "himself", "also", "later") follows token `at`. */
function opensClause(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (['himself', 'herself', 'themselves', 'itself', 'also', 'later', 'then', 'too'].includes(tokens[k]?.text ?? '')) k++;
  return CLAUSE_VERBS.test(tokens[k]?.text ?? '') && !['been', 'being'].includes(tokens[k + 1]?.text ?? '');
}

/** Tokens [a, b) read ", the commander of (the)": an apposition naming a role in what follows. */
function roleApposition(tokens: readonly Token[], a: number, b: number, roleWords: ReadonlySet<string>): boolean {
  const w = tokens.slice(a, b).map((t) => t.text);
  if (w[0] !== ',' || w[w.length - 1] === 'and') return false;
  const of = w.lastIndexOf('of');
  return of > 1 && of >= w.length - 2 && w.slice(1, of).some((x) => roleWords.has(x)) && !w.includes('and');
}

export function coordinated(tokens: readonly Token[], args: readonly Arg[], i: number, dir: 1 | -1, roleWords: ReadonlySet<string>,
  limit?: number): number[] {
  const out = [i];
  // "we defend X, we defend Y": a subject pronoun opens a clause; it joins no list.
  // (", and it does not fund X": "it" opening a clause too)
  const subjectPronoun = (a: Arg): boolean => a.pronoun && a.t1 - a.t0 === 1
    && (SUBJECT_WORDS.has(tokens[a.t0]!.text) || ((tokens[a.t0]!.text === 'it' || tokens[a.t0]!.text === 'its') && tokens[a.t0 - 1]?.text === 'and' && tokens[a.t0 - 2]?.text === ','));
  if (subjectPronoun(args[i]!)) return out;
  // ("NAME, whose movement is ...": the relative names one actor, no list)
  if (args[i]!.pronoun && tokens[args[i]!.t0]!.text === 'whose') return out;
  let edge = dir < 0 ? args[i]!.t0 : args[i]!.t1;
  let locative = false;
  let inRole = false;
  for (let j = i + dir; j >= 0 && j < args.length; j += dir) {
    const a = args[j]!;
    if (limit !== undefined && (dir < 0 ? a.t0 < limit : a.t1 > limit)) break;
    // "the IRGC and its Qods Force": a possessive right before the member is part of its name.
    if (dir < 0 && a.pronoun && a.t1 === edge && a.t1 - a.t0 === 1 && POSSESSIVES.has(tokens[a.t0]!.text)) {
      edge = a.t0;
      continue;
    }
    // "telephoned X to congratulate him, and Y wrote": a pronoun ends a list read backward.
    if (dir < 0 && a.pronoun) break;
    // "the commander of the Lantern Force, General X, who praised": the unit only says whose commander X is.
    if (dir < 0) {
      let p = a.t0 - 1;
      if (tokens[p]?.text === 'the') p--;
      if (tokens[p]?.text === 'of' && roleWords.has(tokens[p - 1]?.text ?? '') && args[out[out.length - 1]!]!.type === 'person') break;
    }
    if (subjectPronoun(a)) break;
    // "during the fighting between Gaza and Israel, IRGC commanders ...": a fronted phrase ends a list read backward.
    if (dir < 0 && frontedPhraseEndsAt(tokens, a, edge)) break;
    // "the Hizbullah in Lebanon, the militias in Syria and Iraq": places after "in" say where.
    const inBefore = tokens[a.t0 - 1]?.text === 'in' || (tokens[a.t0 - 1]?.text === 'the' && tokens[a.t0 - 2]?.text === 'in');
    if (dir > 0 && (inBefore || (locative && (a.type === 'place' || a.type === 'state')))) {
      const gap = gapKind(tokens, edge, inBefore ? (tokens[a.t0 - 1]!.text === 'in' ? a.t0 - 1 : a.t0 - 2) : a.t0, roleWords);
      if (gap === 'break') break;
      locative = true;
      edge = a.t1;
      continue;
    }
    // ("the SVM in Kasmundi's south and the NDB": the list goes on after the place's own words)
    if (dir > 0 && locative && !a.pronoun && /^(?:' s )?(?:\p{Ll}+ ){0,2}(?:, )?and(?: the)?$/u.test(tokens.slice(edge, a.t0).map((t) => t.text).join(' '))) {
      out.push(j);
      edge = a.t1;
      locative = false;
      continue;
    }
    locative = false;
    // ("X, a Varnian parliamentary party, and Y": an indefinite apposition describes X; the list
    // goes on after it)
    if (dir > 0 && a.t0 < edge) continue;
    if (dir > 0 && tokens[edge]?.text === ',' && ['a', 'an'].includes(tokens[edge + 1]?.text ?? '')
      && !tokens.slice(edge + 2, a.t0).some((t) => t.text === ',' || t.text === 'and' || CLAUSE_END.has(t.text))) {
      let k = a.t1;
      while (k < tokens.length && tokens[k]!.text !== ',' && !CLAUSE_END.has(tokens[k]!.text)) k++;
      // (the list goes on only with "and" after the apposition: "X, a party, and Y")
      if (tokens[k]?.text !== ',' || tokens[k + 1]?.text !== 'and') break;
      edge = k;
      continue;
    }
    // ("The HRB, headed by Yusuf Darrak, and the Azure Front": the leader set off after a member is
    // no member; the list goes on after him)
    if (dir > 0 && a.type === 'person' && tokens[a.t1]?.text === ','
      && /^, (?:headed|led|founded|commanded|run|chaired) by$/.test(tokens.slice(edge, a.t0).map((t) => t.text).join(' '))) {
      edge = a.t1;
      continue;
    }
    if (dir < 0 && a.type === 'person' && !a.pronoun && tokens[a.t1]?.text === ',' && tokens[a.t0 - 1]?.text === 'by'
      && ['headed', 'led', 'founded', 'commanded', 'run', 'chaired'].includes(tokens[a.t0 - 2]?.text ?? '') && tokens[a.t0 - 3]?.text === ','
      && /^, and(?: the)?(?: \p{Ll}+)?$/u.test(tokens.slice(a.t1, edge).map((t) => t.text).join(' '))) {
      // (the member before the aside joins the list: "The HRB, headed by X, and the Azure Front")
      const own = args.findIndex((x) => x.t1 === a.t0 - 3 || (x.t1 === a.t0 - 4 && tokens[a.t0 - 4]?.text === ')'));
      if (own >= 0 && !args[own]!.pronoun && args[own]!.type !== 'person') {
        out.push(own);
        edge = args[own]!.t0;
        j = own;
        continue;
      }
    }
    const kind = dir < 0 ? gapKind(tokens, a.t1, edge, roleWords) : gapKind(tokens, edge, a.t0, roleWords);
    if (kind === 'break') break;
    if (dir > 0 && kind === 'modifier' && a.type === 'place') {
      edge = a.t1;
      continue;
    }
    // "directs the Front, and Marudin himself said": a member followed by its own verb opens a clause.
    if (kind === 'coord' && dir > 0 && opensClause(tokens, a.t1)) break;
    // "met Aurel Dravan, the commander of the Lantern Force": the unit only says what the person heads.
    const prev = args[out[out.length - 1]!]!;
    if (kind === 'coord' && dir > 0 && prev.type === 'person' && roleApposition(tokens, prev.t1, a.t0, roleWords)) {
      edge = a.t1;
      inRole = true;
      continue;
    }
    // ("killed X, the commander of the Front's Lantern Force": the unit too is inside the apposition)
    if (dir > 0 && kind === 'modifier' && inRole) {
      edge = a.t1;
      continue;
    }
    inRole = false;
    // ("met Prime Minister X of Varnia": the state says whose minister X is; X stays the one met)
    if (dir > 0 && kind === 'modifier' && prev.type === 'person' && !prev.pronoun && /^of(?: the)?$/.test(tokens.slice(edge, a.t0).map((t) => t.text).join(' '))) break;
    // ("trained by Unit 440 of the Guardian Corps": the unit acts; the body after "of" says whose unit it is)
    if (dir > 0 && kind === 'modifier' && isOrgLike(prev.type) && prev.type !== 'state' && !prev.pronoun && isOrgLike(a.type) && a.type !== 'state'
      && /^of(?: the)?$/.test(tokens.slice(edge, a.t0).map((t) => t.text).join(' '))) break;
    if (kind === 'coord') out.push(j);
    else if (dir > 0 && kind === 'modifier') {
      // "the Palestinian resistance organization" Hamas: the later name is the head.
      out[out.length - 1] = j;
    }
    edge = dir < 0 ? a.t0 : a.t1;
  }
  return out;
}

const FRONTING = new Set(['according', 'citing', 'quoting', 'per', 'during', 'in', 'on', 'at', 'after', 'before', 'since', 'following', 'amid', 'despite', 'with', 'for', 'under', 'throughout', 'over']);

/**
 * True when arg `a` sits in a phrase opened by a preposition after a clause edge (or "that")
 * and closed by a comma before `edge`: "that, during the fighting between Gaza and Israel, X ...".
 */
function frontedPhraseEndsAt(tokens: readonly Token[], a: Arg, edge: number): boolean {
  if (!tokens.slice(a.t1, edge).some((t) => t.text === ',')) return false;
  let k = a.t0 - 1;
  while (k >= 0 && tokens[k]!.text !== ',' && !CLAUSE_END.has(tokens[k]!.text) && tokens[k]!.text !== 'that' && tokens[k]!.text !== ':') k--;
  return FRONTING.has(tokens[k + 1]?.text ?? '');
}

/** Token ranges inside parentheses or between a pair of spaced dashes: asides. */
export function asides(tokens: readonly Token[], text: string): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  const stack: number[] = [];
  let dash = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') stack.push(i);
    else if (t.text === ')' && stack.length) {
      const s = stack.pop()!;
      for (let k = s; k <= i; k++) inside[k] = true;
    } else if (t.text === '-' && /\s/.test(text[t.start - 1] ?? '') && /\s/.test(text[t.end] ?? '')) {
      if (dash < 0) dash = i;
      else {
        for (let k = dash; k <= i; k++) inside[k] = true;
        dash = -1;
      }
    }
  }
  return inside;
}
