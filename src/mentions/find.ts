// mentions/find: the actors named in one document. One automaton scan finds pack names and
// cue words (titles, role nouns, collectives); around the cues it reads names in no pack
// ("General Tomas Brel", "the Varnian envoy to Ostrava, Petar Lenko"), role phrases
// ("Hamas political bureau head" before a name), roles alone ("the Qods Force commander",
// resolved by the document's date), and later short references ("Brel") to a full name.
import { foldName, rawSpan } from '../normalize/index.js';
import type { Mention, MentionSource, NormText, Span } from '../types.js';
import { isWordAt, scan } from './automaton.js';
import { PRIORITY, type Matcher, type Payload } from './matcher.js';
import { findProperNames } from './proper.js';

export interface FindOptions {
  /** ISO date of the document: roles are read at this date. */
  readonly published?: string;
}

interface Cand {
  readonly s: number;
  readonly e: number;
  readonly p: Payload;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'of', 'to', 'as', 'at', 'by', 'for', 'with', 'from', 'this', 'that', 'his', 'her', 'its', 'their']);
const PREPOSITIONS = new Set(['to', 'in', 'of', 'at', 'for', 'from', 'on']);
const MAX_NAME_WORDS = 5;

/** Longest match wins; on equal spans the higher priority kind. */
function select(m: Matcher, text: string, lower: string): Cand[] {
  const hits = scan(m.automaton, lower, text);
  const order = Array.from({ length: hits.count }, (_, i) => i);
  order.sort((a, b) => {
    const d = hits.start[a]! - hits.start[b]!;
    if (d) return d;
    const l = hits.end[b]! - hits.end[a]!;
    if (l) return l;
    return PRIORITY[m.payloads[hits.pattern[b]!]!.kind] - PRIORITY[m.payloads[hits.pattern[a]!]!.kind];
  });
  const chosen: Cand[] = [];
  for (const i of order) {
    const c: Cand = { s: hits.start[i]!, e: hits.end[i]!, p: m.payloads[hits.pattern[i]!]! };
    let keep = true;
    while (chosen.length > 0) {
      const last = chosen[chosen.length - 1]!;
      if (c.s >= last.e) break;
      if (c.e - c.s > last.e - last.s) chosen.pop();
      else {
        keep = false;
        break;
      }
    }
    if (keep) chosen.push(c);
  }
  return chosen;
}

/** Reading helpers over the folded text. */
class Reader {
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly m: Matcher,
  ) {}

  skipSpaces(i: number): number {
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return i;
  }

  backSpaces(i: number): number {
    while (i > 0 && (this.text[i - 1] === ' ' || this.text[i - 1] === '\t')) i--;
    return i;
  }

  /** The word starting at i: letters and digits, with inner apostrophes and hyphens. */
  word(i: number): Span | undefined {
    if (!isWordAt(this.text, i) || isWordAt(this.text, i - 1)) return undefined;
    let j = i;
    while (isWordAt(this.text, j) || ((this.text[j] === "'" || this.text[j] === '-') && isWordAt(this.text, j + 1))) j++;
    return { start: i, end: j };
  }

  /** The word ending at i. */
  wordBefore(i: number): Span | undefined {
    let j = i;
    while (j > 0 && (isWordAt(this.text, j - 1) || ((this.text[j - 1] === "'" || this.text[j - 1] === '-') && isWordAt(this.text, j - 2)))) j--;
    return j < i ? { start: j, end: i } : undefined;
  }

  isCap(i: number): boolean {
    return this.text.charCodeAt(i) !== this.lower.charCodeAt(i);
  }

  lowerOf(s: Span): string {
    return this.lower.slice(s.start, s.end);
  }

  /** "al-Nakhalah", "bin", "Abu": a particle written lower case inside a name. */
  private particle(w: Span): boolean {
    const lw = this.lowerOf(w);
    if (this.m.particles.has(lw)) return true;
    const dash = lw.indexOf('-');
    return dash > 0 && this.m.particles.has(lw.slice(0, dash)) && this.isCap(w.start + dash + 1);
  }

  /** A run of capitalised words (with particles inside) starting at i, up to `limit`. */
  capRun(i: number, limit: number): Span | undefined {
    let end = -1;
    let at = i;
    let count = 0;
    while (count < MAX_NAME_WORDS && at < limit) {
      const w = this.word(at);
      if (!w || w.end > limit) break;
      const lw = this.lowerOf(w);
      const cap = this.isCap(w.start);
      if (cap && (this.m.stopWords.has(lw) || FUNCTION_WORDS.has(lw))) break;
      if (!cap && !this.particle(w)) break;
      if (cap || this.lowerOf(w).includes('-')) end = w.end;
      count++;
      at = w.end;
      // (two spaces set table columns apart: "Leader      Backer" is two cells)
      if (this.text[at] !== ' ' || this.text[at + 1] === ' ') break;
      at = this.skipSpaces(at);
    }
    return end > i ? { start: i, end } : undefined;
  }
}

/** Whether the one word at start..end is written elsewhere after "in", "near" or "at", as a place is. */
function placedElsewhere(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (/\s/.test(word)) return false;
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (/\b(?:in|near|at) $/.test(text.slice(Math.max(0, k - 5), k)) && !/^[\p{L}\d]/u.test(text.slice(k + word.length, k + word.length + 1))) return true;
  }
  return false;
}

/**
 * Every actor mention in a document, sorted by start. Spans are raw offsets into `text`.
 * @example findMentions(text, normalize(text), buildMatcher(loadPacks()), { published: '2023-10-15' })
 */
export function findMentions(text: string, norm: NormText, matcher: Matcher, opts: FindOptions = {}): Mention[] {
  const r = new Reader(norm.text, norm.lower, matcher);
  const chosen = select(matcher, norm.text, norm.lower);
  const at = new Map<number, number>();
  const endingAt = new Map<number, number>();
  chosen.forEach((c, i) => {
    at.set(c.s, i);
    endingAt.set(c.e, i);
  });
  const out: Mention[] = [];
  const raw = (s: number, e: number): Span => rawSpan(norm, s, e);
  const emit = (s: number, e: number, key: string, type: Mention['type'], source: MentionSource, role?: Span): void => {
    const start = norm.toRaw[s]!;
    const end = rawSpan(norm, s, e).end;
    const surface = text.slice(start, end);
    if (role === undefined) out.push({ start, end, surface, type, key, source });
    else out.push({ start, end, surface, type, key, source, role: raw(role.start, role.end) });
  };
  const roleOf = new Map<number, Span>();
  const consumed = new Set<number>();
  const titledNames: { s: number; e: number; key: string; type: Mention['type'] }[] = [];
  const isCue = (c: Cand | undefined): boolean => c !== undefined && (c.p.kind === 'title' || c.p.kind === 'role');
  // A name ends before the next pack mention or cue (index from firstAtOrAfter).
  const limitAfter = (k: number): number => (k < chosen.length ? chosen[k]!.s : norm.text.length);
  const firstAtOrAfter = (pos: number): number => {
    let lo = 0;
    let hi = chosen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chosen[mid]!.s < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    if (!isCue(c)) continue;
    // A cue that only repeats the cue before it ("Minister" after "Foreign") is part of its phrase.
    if (isCue(chosen[i + 1]) && r.skipSpaces(c.e) === chosen[i + 1]!.s) continue;

    // The role phrase: back over adjacent group names, other cues and capitalised adjectives.
    let start = c.s;
    let org: string | undefined;
    for (let steps = 0; steps < 4; steps++) {
      let p = r.backSpaces(start);
      if (p === start && p > 0 && norm.text[p - 1] !== "'") break;
      if (norm.text.slice(p - 2, p) === "'s") p -= 2;
      else if (norm.text[p - 1] === "'") p -= 1;
      const prev = endingAt.get(p);
      if (prev !== undefined && (chosen[prev]!.p.kind === 'actor' && chosen[prev]!.p.type !== 'person' || isCue(chosen[prev]))) {
        if (chosen[prev]!.p.kind === 'actor') org ??= chosen[prev]!.p.key;
        start = chosen[prev]!.s;
        continue;
      }
      const w = r.wordBefore(p);
      if (!w || !r.isCap(w.start) || FUNCTION_WORDS.has(r.lowerOf(w)) || matcher.stopWords.has(r.lowerOf(w))) break;
      if (at.has(w.start) || endingAt.has(w.end)) break;
      start = w.start;
    }

    // After the cue: a name, ", name", or "to/of PLACE, name".
    let roleEnd = c.e;
    let pos = r.skipSpaces(c.e);
    const prepWord = r.word(pos);
    let afterComma = false;
    if (norm.text[pos] === ',') {
      pos = r.skipSpaces(pos + 1);
      afterComma = true;
    }
    else if (prepWord && PREPOSITIONS.has(r.lowerOf(prepWord))) {
      let q = r.skipSpaces(prepWord.end);
      const the = r.word(q);
      if (the && r.lowerOf(the) === 'the') q = r.skipSpaces(the.end);
      const inner = at.get(q);
      let objEnd = -1;
      if (inner !== undefined && chosen[inner]!.p.kind === 'actor') {
        if (chosen[inner]!.p.type !== 'person') org ??= chosen[inner]!.p.key;
        objEnd = chosen[inner]!.e;
      } else {
        const run = r.capRun(q, limitAfter(firstAtOrAfter(q)));
        if (run) objEnd = run.end;
      }
      if (objEnd < 0) continue;
      roleEnd = objEnd;
      pos = norm.text[objEnd] === ',' ? r.skipSpaces(objEnd + 1) : -1;
    }
    const role: Span = { start, end: roleEnd };
    const phrase = text.slice(raw(start, roleEnd).start, raw(start, roleEnd).end);

    const next = pos >= 0 ? at.get(pos) : undefined;
    if (next !== undefined) {
      const n = chosen[next]!;
      if ((n.p.kind === 'actor' || n.p.kind === 'weak') && n.p.type === 'person') {
        roleOf.set(next, role);
        continue;
      }
    }
    let run = pos >= 0 && next === undefined ? r.capRun(pos, limitAfter(firstAtOrAfter(pos))) : undefined;
    if (run) {
      // "Esmail" + pack "Qaani": a given name before a known surname is one name.
      const k = firstAtOrAfter(run.end);
      const after = chosen[k];
      // "[current Qods Force commander Esmail] Qaani": a translator's bracket may close between them.
      const gapEnd = norm.text[run.end] === ']' ? run.end + 1 : run.end;
      if (after && after.p.kind === 'actor' && after.p.type === 'person' && norm.text[gapEnd] === ' ' && r.skipSpaces(gapEnd) === after.s) {
        consumed.add(k);
        run = { start: run.start, end: after.e };
      }
    }
    // ("Funeral of X, EVLF co-founder, Val-Sainte, 14 October": one word after the comma that the
    // text elsewhere puts a thing "in" is a place, not the role's person)
    if (run && afterComma && placedElsewhere(norm.text, run.start, run.end)) run = undefined;
    if (run) {
      const name = norm.text.slice(run.start, run.end).replace(/[[\]]/g, '');
      const res = matcher.resolver.resolve(name, {
        ...(opts.published !== undefined ? { date: opts.published } : {}),
        role: text.slice(raw(c.s, c.e).start, raw(c.s, c.e).end),
        ...(org !== undefined ? { of: org } : {}),
      });
      emit(run.start, run.end, res.key, res.type, 'titled', role);
      if (res.type === 'person') titledNames.push({ s: run.start, e: run.end, key: res.key, type: res.type });
      continue;
    }
    if (c.p.kind === 'role' && org !== undefined) {
      const res = matcher.resolver.resolve(phrase, opts.published !== undefined ? { date: opts.published } : {});
      if (!res.isNew && res.type === 'person') emit(start, roleEnd, res.key, res.type, 'role', role);
    }
  }

  // A person's name followed by a place word names the place ("Imam Khomeini Husseiniya").
  const namesPlace = (c: Cand): boolean => {
    if (c.p.type !== 'person') return false;
    const w = r.word(r.skipSpaces(c.e));
    return w !== undefined && r.isCap(w.start) && matcher.proper.placeHeads.has(r.lowerOf(w));
  };

  // A pack alias made of common words ("Armed Forces", "General Staff") right after a capitalised
  // word no pack name covers is the tail of another body's name ("the Temerainian Armed Forces").
  const tailOfLongerName = (c: Cand): boolean => {
    const words = norm.lower.slice(c.s, c.e).split(/\s+/);
    if (!words.every((w) => GENERIC_NAME_WORDS.has(w) || matcher.proper.organizationHeads.has(w) || (matcher.proper.titleWords?.has(w) ?? false))) return false;
    const w = r.wordBefore(r.backSpaces(c.s));
    if (!w || w.end === c.s || !r.isCap(w.start) || endingAt.has(w.end) || FUNCTION_WORDS.has(r.lowerOf(w)) || matcher.stopWords.has(r.lowerOf(w))) return false;
    // (a sentence's first word is capitalised for the sentence, not for a name)
    const before = norm.text.slice(Math.max(0, w.start - 3), w.start);
    return w.start > 0 && !/(?:[.!?:]["”’]?\s+|\n\s*)$/.test(before);
  };

  // Pack mentions (weak aliases only beside a cue), collectives.
  chosen.forEach((c, i) => {
    if (consumed.has(i) || namesPlace(c)) return;
    if (c.p.kind === 'actor' && tailOfLongerName(c)) return;
    if (c.p.kind === 'actor') emit(c.s, c.e, c.p.key, c.p.type, 'pack', roleOf.get(i));
    else if (c.p.kind === 'weak' && roleOf.has(i)) emit(c.s, c.e, c.p.key, c.p.type, 'pack', roleOf.get(i));
    else if (c.p.kind === 'collective') emit(c.s, c.e, c.p.key, c.p.type, 'collective');
  });

  if (titledNames.length > 0) findShortReferences(r, titledNames, out, emit, (i) => norm.toRaw[i]!);
  out.push(...findProperNames(text, out, matcher.resolver, matcher.proper, opts.published));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** Common words a pack alias may be made of ("Armed Forces", "General Staff"), besides head and title words. */
const GENERIC_NAME_WORDS = new Set(['armed', 'general', 'central', 'supreme', 'national', 'special', 'popular', 'joint', 'high', 'the']);

/** A later surname alone ("Brel") refers to the full name met earlier ("General Tomas Brel"). */
function findShortReferences(
  r: Reader,
  titled: readonly { s: number; e: number; key: string; type: Mention['type'] }[],
  out: readonly Mention[],
  emit: (s: number, e: number, key: string, type: Mention['type'], source: MentionSource) => void,
  toRaw: (i: number) => number,
): void {
  const bySurname = new Map<string, { key: string; type: Mention['type']; after: number } | null>();
  for (const t of titled) {
    const last = r.wordBefore(t.e);
    if (!last || last.start === t.s) continue;
    const k = foldName(r.text.slice(last.start, last.end));
    const prev = bySurname.get(k);
    if (prev === undefined) bySurname.set(k, { key: t.key, type: t.type, after: t.e });
    else if (prev && prev.key !== t.key) bySurname.set(k, null);
  }
  if (bySurname.size === 0) return;
  const taken = out.map((m) => [m.start, m.end] as const);
  const rawTaken = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && a < e);
  const n = r.text.length;
  for (let i = 0; i < n; i++) {
    if (!r.isCap(i) || isWordAt(r.text, i - 1)) continue;
    const w = r.word(i);
    if (!w) continue;
    const hit = bySurname.get(foldName(r.text.slice(w.start, w.end)));
    i = w.end;
    if (!hit || w.start < hit.after) continue;
    const after = r.word(r.skipSpaces(w.end));
    if (after && r.isCap(after.start) && r.text[w.end] === ' ') continue;
    // The mentions already made are in raw offsets.
    if (rawTaken(toRaw(w.start), toRaw(w.end))) continue;
    emit(w.start, w.end, hit.key, hit.type, 'short');
  }
}
