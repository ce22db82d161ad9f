// narration: the text around quotes as the attribution rules read it. Quote contents are
// masked (same length, so offsets hold) and sentences are cut on the masked text; noun
// phrases before verbs, sentence subjects and the name inside a phrase are found here.
import type { Span } from '../types.js';
import type { AttributionLexicon } from './lexicon.js';

export const MASK = '\u2588';

/** `text` with every span in `spans` masked except its last character (keeps "?" of '...?"'). */
export function maskSpans(text: string, spans: readonly Span[], within?: Span): string {
  const lo = within?.start ?? 0;
  const hi = within?.end ?? text.length;
  const parts: string[] = [];
  let at = lo;
  for (const s of spans) {
    if (s.start < lo || s.end > hi || s.start < at) continue;
    parts.push(text.slice(at, s.start), MASK.repeat(Math.max(0, s.end - s.start - 1)));
    at = Math.max(s.start, s.end - 1);
  }
  parts.push(text.slice(at, hi));
  // ("Oskaldi said in a video, and I quote: ..."): the quoting formula names no speaker; the
  // one who quotes is not the one quoted.
  const out = ' '.repeat(lo) + parts.join('');
  // (the formula is rare: a plain search first, the pattern only where it may stand)
  return out.includes(' quote') ? out.replace(QUOTING_FORMULA, (f) => ' '.repeat(f.length)) : out;
}

const QUOTING_FORMULA = /(?:,[ \t]*)?(?:\band[ \t]+)?\bI[ \t]+quote(?=[ \t]*[:,])/g;

const ABBREV = /(?:\b(?:[A-Z]\.)+[A-Z]?|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|Capt|No|Jr|Sr|Inc|Co|Ltd|Prof|Sen|Rep|Gov|vs|etc|i\.e|e\.g|Brig|Adm|Sgt|Mt|Ft)\.?)$/;

/** Sentence spans of masked text between `start` and `end`. */
export function sentences(masked: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // (a footnote mark may stand between the full stop and the next sentence: '..."[9] The')
  const re = /[.!?…]+['"’”»)]*(?:\[\d{1,3}\])*\s+(?=[\p{Lu}"“'‘«\[(\d\u2588])/gu;
  re.lastIndex = start;
  let s = start;
  for (let m = re.exec(masked); m && m.index < end; m = re.exec(masked)) {
    const before = masked.slice(Math.max(s, m.index - 12), m.index + 1);
    if (m[0].startsWith('.') && ABBREV.test(before.replace(/\.$/, '')) && !/[.!?]['"’”]/.test(m[0])) continue;
    const e = m.index + m[0].trimEnd().length;
    out.push({ start: s, end: e });
    s = m.index + m[0].length;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

/** A word token with its span. */
export interface Token extends Span {
  readonly w: string;
}

const TOKEN = /\u2588+\S?|\[[^\]\u2588]{1,60}\]|[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}'’.]?|[,;:()–—"“”'‘’\u2588]/gu;

export function tokens(masked: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const s = masked.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    let w = m[0];
    // A sentence-final period is not part of the word ("Israel."), an abbreviation's is ("U.S.").
    if (w.length > 1 && w.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(w) && !/^(?:Mr|Mrs|Ms|Dr|St|Gen|Jr|Sr|No)\.$/.test(w)) w = w.slice(0, -1);
    out.push({ w, start: start + m.index, end: start + m.index + w.length });
  }
  return out;
}

export const isCap = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) || /^\[\p{Lu}/u.test(w);
const isWord = (w: string): boolean => /^[\p{L}\p{N}\[]/u.test(w);

export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const STOP = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'because', 'while', 'when', 'as', 'after', 'before', 'if',
  'since', 'where', 'although', 'though', 'whereas', 'then', 'so', 'than', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'into', 'about', 'during', 'also', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'be', 'been', 'not',
]);
/** Words between a subject and its verb ("Kayhan also adds", "he has said"). */
const ADVERBS = new Set([
  'also', 'then', 'further', 'later', 'again', 'previously', 'recently', 'reportedly', 'proudly', 'openly', 'quickly',
  'has', 'had', 'have', 'was', 'is', 'would', 'will', 'had', 'once', 'even', 'further', 'subsequently', 'similarly',
  'likewise', 'additionally', 'repeatedly', 'explicitly', 'publicly', 'angrily', 'firmly', 'clearly', 'both', 'all',
  'too', 'himself', 'herself', 'itself', 'themselves', 'just', 'only', 'now', 'today', 'yesterday', 'recently',
]);
const LEADERS = new Set([
  'in', 'on', 'at', 'during', 'after', 'following', 'before', 'speaking', 'noting', 'reiterating', 'justifying',
  'celebrating', 'yet', 'but', 'however', 'also', 'meanwhile', 'earlier', 'later', 'then', 'according', 'since', 'as',
  'while', 'when', 'although', 'addressing', 'referring', 'responding', 'writing', 'commenting', 'for', 'with',
  'because', 'if', 'by', 'from', 'to', 'of', 'under', 'upon', 'last', 'this', 'next', 'early', 'moreover',
  'furthermore', 'thus', 'therefore', 'finally', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth',
  'ninth', 'tenth', 'lastly',
]);
/** What an outlet puts out: "X's evening bulletin", "X's editorial". */
const PRODUCT_NOUNS = new Set(['bulletin', 'bulletins', 'newscast', 'broadcast', 'programme', 'program', 'editorial', 'report', 'headline',
  'front page', 'website', 'account', 'channel', 'feed', 'show', 'segment', 'column', 'commentary', 'newsletter']);
const FILLER = new Set(['the', 'a', 'an', 'only', 'this', 'that', 'these', 'those', 'but', 'and', 'yet', 'so', 'even', 'just', 'both', 'all', 'some', 'what']);
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A noun phrase that names or describes a speaker. */
export interface Phrase extends Span {
  /** The phrase without a leading article ("Iranian Supreme Leader Ali Khamenei", "Regime spokesmen"). */
  readonly text: string;
  /** The name inside it ("Ali Khamenei"), or the whole phrase for descriptions ("Regime spokesmen"). */
  readonly name: string;
  readonly nameSpan: Span;
  /** he/she/it/they/we/I when the phrase is a pronoun. */
  readonly pronoun?: string;
  /** "the channel", "the daily", "the statement": a description that points back. */
  readonly head?: string;
  /** A name written in brackets after the phrase ("Hajj Qassem [Soleimani]"). */
  readonly bracketed?: string;
  /** A capitalised name after "on" / "of" inside a role phrase ("expert on Iran International"). */
  readonly venue?: Span & { readonly text: string; readonly prep: string };
  readonly person: boolean;
  readonly titled: boolean;
}

function titleWords(lex: AttributionLexicon): Set<string> {
  const s = new Set<string>(['staff', 'of']);
  for (const t of [...lex.titles, ...lex.roleNouns, ...lex.outletNouns]) for (const w of t.split(/[\s]+/)) s.add(w);
  return s;
}
const titleCache = new WeakMap<AttributionLexicon, Set<string>>();
function titlesOf(lex: AttributionLexicon): Set<string> {
  let s = titleCache.get(lex);
  if (!s) titleCache.set(lex, (s = titleWords(lex)));
  return s;
}

const ORG_WORDS = /^(?:Corps|Forces|Force|Ministry|Council|Army|Party|Movement|Agency|Brigades|Front|Organization|Organisation|Committee|Government|Republic|Regime|Union|University|News|TV|Radio|Department|Office|Authority|Assembly|Parliament|Guards?|Command|Jihad|Hamas|Nations|States|Times|Post|Daily|Press|Network|Channel|Institute|Center|Centre|Foundation|Association|Bureau|Court|Senate|House|Group|Militia|Axis)$/;

/**
 * Reads a phrase from tokens (already cut to the phrase): strips articles, finds the name.
 * @example phrase(tokens('the Varnian envoy to Ostrava, Petar Lenko')) // name 'Petar Lenko'
 */
export function readPhrase(toks: readonly Token[], lex: AttributionLexicon, persons: ReadonlySet<string>): Phrase | undefined {
  let t = toks.filter((k) => k.w !== ',' || false);
  while (t.length && FILLER.has(t[0]!.w.toLowerCase())) t = t.slice(1);
  if (!t.length || !t.every((k) => isWord(k.w))) return undefined;
  const first = t[0]!;
  const last = t[t.length - 1]!;
  const lower = t.map((k) => k.w.toLowerCase());
  if (t.length === 1 && PRONOUNS.has(lower[0]!)) {
    return { start: first.start, end: last.end, text: first.w, name: first.w, nameSpan: first, pronoun: lower[0]!, person: true, titled: false };
  }
  let bracketed: string | undefined;
  if (last.w.startsWith('[') && t.length > 1) {
    bracketed = last.w.slice(1, -1);
    t = t.slice(0, -1);
  }
  const titles = titlesOf(lex);
  const words = t.map((k) => k.w.replace(/[’']s$/, ''));
  // "the spokesman of Hamas' military wing", "expert on Iran International": a role phrase.
  const roleAt = lower.findIndex((w) => lex.roleNouns.has(w) || lex.collectives.has(w) || w === 'spokesperson');
  const ofAt = lower.findIndex((w, i) => i > roleAt && roleAt >= 0 && (w === 'of' || w === 'on' || w === 'for' || w === 'at'));
  const text = t.map((k) => k.w).join(' ');
  const span = { start: first.start, end: t[t.length - 1]!.end };
  if (roleAt >= 0 && ofAt === roleAt + 1) {
    const rest = t.slice(ofAt + 1).filter((k) => k.w.toLowerCase() !== 'the');
    const venue = rest.length && rest.every((k) => isCap(k.w))
      ? { start: rest[0]!.start, end: rest[rest.length - 1]!.end, text: rest.map((k) => k.w).join(' '), prep: lower[ofAt]! }
      : undefined;
    const lastWord = t[t.length - 1]!.w;
    if (!isCap(lastWord) || lower[ofAt] === 'on' || !venue || lex.roleNouns.has(lower[roleAt]!)) {
      return { ...span, text, name: text, nameSpan: span, ...(venue ? { venue } : {}), person: lex.roleNouns.has(lower[roleAt]!), titled: true, ...(bracketed ? { bracketed } : {}) };
    }
  }
  if (!isCap(t[t.length - 1]!.w)) {
    // "Channel One's evening bulletin", "Kayhan's editorial": the owner of the programme or piece.
    const own = t.findIndex((k) => /[’']s$/.test(k.w) && isCap(k.w));
    if (own >= 0 && PRODUCT_NOUNS.has(lower[lower.length - 1]!)) {
      let b = own;
      while (b > 0 && isCap(t[b - 1]!.w)) b--;
      const ownerToks = t.slice(b, own + 1);
      const name = ownerToks.map((k) => k.w).join(' ').replace(/[’']s$/, '');
      const nameSpan = { start: ownerToks[0]!.start, end: ownerToks[ownerToks.length - 1]!.end - 2 };
      return { ...nameSpan, text: name, name, nameSpan, person: false, titled: false };
    }
    // A description: "Regime spokesmen", "the channel", "The statement".
    const head = lower[lower.length - 1]!;
    return { ...span, text, name: text, nameSpan: span, head, person: false, titled: false, ...(bracketed ? { bracketed } : {}) };
  }
  // The name: the trailing run of capitalised words after the last title word.
  let i = t.length - 1;
  while (i > 0 && isCap(t[i - 1]!.w) && !/[’']s$/.test(t[i - 1]!.w)) i--;
  let titled = false;
  for (let j = t.length - 2; j >= i; j--) {
    if (titles.has(lower[j]!)) {
      i = j + 1;
      titled = true;
      break;
    }
  }
  if (i > 0 && titles.has(lower[i - 1]!)) titled = true;
  while (i < t.length - 1 && (FILLER.has(lower[i]!) || lower[i] === 'of' || /^(?:in|from|at|for|to)$/.test(lower[i]!))) i += /^(?:in|from|at|for)$/.test(lower[i]!) ? 2 : 1;
  while (i < t.length - 1 && MONTHS.test(t[i]!.w)) i++;
  const nameToks = t.slice(i);
  // ("Caldreth One's evening bulletin ... referred": the owner of the bulletin, without its "'s")
  const owned = /[’']s$/.test(nameToks[nameToks.length - 1]!.w) ? 2 : 0;
  const name = nameToks.map((k) => k.w).join(' ').slice(0, owned ? -2 : undefined);
  const nameSpan = { start: nameToks[0]!.start, end: nameToks[nameToks.length - 1]!.end - owned };
  const orgish = nameToks.some((k) => ORG_WORDS.test(k.w)) || words.some((w) => lex.outletNouns.has(w.toLowerCase()));
  const person = !orgish && (titled || nameToks.length >= 2 || persons.has(name));
  return { ...span, text, name, nameSpan, person, titled, ...(bracketed ? { bracketed } : {}) };
}

/** The phrase that ends right before token index `end` (a verb's subject), or undefined. */
export function phraseBefore(toks: readonly Token[], end: number, lex: AttributionLexicon, persons: ReadonlySet<string>): { phrase?: Phrase; stop?: string } {
  let e = end;
  while (e > 0 && ADVERBS.has(toks[e - 1]!.w.toLowerCase())) e--;
  let s = e;
  while (s > 0) {
    const w = toks[s - 1]!.w;
    const lw = w.toLowerCase();
    if (!isWord(w) || (STOP.has(lw) && !(lw === 'of' || lw === 'on'))) break;
    // ("in 2023.[15] One of them said": a footnote mark ends the sentence before)
    if (/^\[\d+\]$/.test(w)) break;
    if (PRONOUNS.has(lw) && s < e) break;
    s--;
    if (PRONOUNS.has(lw)) break;
  }
  // "of the" inside a role phrase: keep going back over "the spokesman of the State Department".
  const stopTok = s > 0 ? toks[s - 1]!.w.toLowerCase() : undefined;
  if (s === e) return { ...(stopTok ? { stop: stopTok } : {}) };
  const phrase = readPhrase(toks.slice(s, e), lex, persons);
  return { ...(phrase ? { phrase } : {}), ...(stopTok ? { stop: stopTok } : {}) };
}

/**
 * The subject of a sentence: the phrase that opens its first clause that is not an opener
 * ("In a phone call with X," "On October 8, 2023,") and is followed by a verb or a comma.
 */
export function sentenceSubject(toks: readonly Token[], lex: AttributionLexicon, persons: ReadonlySet<string>): Phrase | undefined {
  // Chunks between commas and dashes.
  const chunks: Token[][] = [];
  let cur: Token[] = [];
  for (const k of toks) {
    if (k.w === ',' || k.w === '–' || k.w === '—' || k.w === ';' || k.w === ':' || k.w === '(' || k.w === ')') {
      if (cur.length) chunks.push(cur);
      cur = [];
    } else cur.push(k);
  }
  if (cur.length) chunks.push(cur);
  const titles = titlesOf(lex);
  let fallback: Phrase | undefined;
  let fallbackChunk = -1;
  for (const c of chunks) {
    const w0 = c[0]!.w;
    const l0 = w0.toLowerCase();
    if (w0.startsWith(MASK) || w0.startsWith('"') || w0 === '“' || w0 === "'") continue;
    if (LEADERS.has(l0) || MONTHS.test(w0) || /^\d/.test(w0)) continue;
    // A participial opener: "Interviewed on Channel One on March 10, ..." / "Asked about ...".
    if (isParticipleOpener(c)) continue;
    if (!isCap(w0) && !PRONOUNS.has(l0)) continue;
    if (PRONOUNS.has(l0)) return fallback ?? readPhrase([c[0]!], lex, persons);
    let e = 0;
    while (e < c.length) {
      const w = c[e]!.w;
      const lw = w.toLowerCase();
      if (isCap(w) || titles.has(lw) || lex.collectives.has(lw) || lex.outletNouns.has(lw) || FILLER.has(lw) || lw === 'of' || DOC_NOUNS.has(lw) || w.startsWith('[')) e++;
      else break;
    }
    while (e > 0 && !isCap(c[e - 1]!.w) && !lex.collectives.has(c[e - 1]!.w.toLowerCase()) && !lex.outletNouns.has(c[e - 1]!.w.toLowerCase()) && !lex.roleNouns.has(c[e - 1]!.w.toLowerCase()) && !DOC_NOUNS.has(c[e - 1]!.w.toLowerCase()) && !c[e - 1]!.w.startsWith('[')) e--;
    if (e === 0) return fallback;
    // A noun phrase that fills its whole chunk may be an appositive inside an opener
    // ("Asked by the host, Vera Lind, about ..., Ferrant denied"): prefer a phrase with its verb.
    if (e === c.length && chunks.indexOf(c) < chunks.length - 1) {
      const p = readPhrase(c.slice(0, e), lex, persons);
      // ("The Legion's spokesman, Kerim Sadovay, denied ...": the name after the role)
      const role = fallback && fallbackChunk === chunks.indexOf(c) - 1 && (fallback.head !== undefined || fallback.titled) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(fallback.text.replace(/^the\s+/i, ''));
      if (!fallback || (role && p && !p.head && !p.pronoun && p.person)) {
        fallback = p;
        fallbackChunk = chunks.indexOf(c);
      }
      continue;
    }
    return readPhrase(c.slice(0, e), lex, persons);
  }
  return fallback;
}

/** A clause that opens with a participle ("speaking to a gathering", "Interviewed on TV", "Asked by the host"). */
export function isParticipleOpener(c: readonly Token[]): boolean {
  const w0 = c[0]?.w ?? '';
  if (!/^\p{L}+(?:ing|ed)$/u.test(w0) || c.length < 2) return false;
  return /^\p{Ll}/u.test(c[1]!.w) || /^\p{Ll}/u.test(w0);
}

/** Words that open an adverbial clause set off by commas, not a noun phrase. */
export const CLAUSE_OPENERS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'following', 'while', 'when', 'as', 'who', 'which', 'whose', 'where',
  'according', 'despite', 'with', 'without', 'from', 'for', 'by', 'to', 'like', 'unlike', 'than', 'since', 'until',
  'though', 'although', 'if', 'because', 'yesterday', 'today', 'earlier', 'later', 'meanwhile', 'however', 'also',
]);

/** Nouns for a piece of speech or writing: "the statement said", "his speech:". */
export const DOC_NOUNS = new Set([
  'statement', 'statements', 'speech', 'article', 'letter', 'message', 'communique', 'announcement', 'post', 'tweet',
  'remarks', 'words', 'editorial', 'report', 'sermon', 'address', 'interview', 'note', 'declaration', 'response', 'reply',
]);
