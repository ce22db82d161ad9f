// attribute: who said each quote, to whom, when, in what medium, and which outlet the
// document cites for it. Reads the narration around quotes (masked so sentences hold):
// "X said:", "said X", '"...," X said', split quotes, headings that govern a section,
// lead-ins ("The following are the main points of his speech:"), replies, pronouns and
// descriptions ("the channel") resolved to the latest compatible actor, nested quotes.
import type { Block, Medium, Mention, Quote, Segmented, SourceCredit, Span, Statement } from '../types.js';
import { DEFAULT_LEXICON, type AttributionLexicon } from './lexicon.js';
import { isSourceTag, namedEntry, tagsByBlock, type TagEntry } from './source-tags.js';
import { CLAUSE_OPENERS, DOC_NOUNS, isParticipleOpener, MASK, maskSpans, phraseBefore, type Phrase, readPhrase, sentenceSubject, sentences, type Token, tokens } from './narration.js';
import { isHeading } from '../quotes/index.js';
import { markInfo } from '../quotes/marks.js';
import { citedIn, mediumIn, outletMedium, speakerMedium, speakingDates } from './occasion.js';
import { documentGenders, type Gender, genderOfWords, isSubjectWord, MentionIndex } from './actors.js';
import { SOURCE_LINE } from '../segment/index.js';
import { findDates } from '../segment/dates.js';
import { isForcesName } from '../mentions/index.js';
import { readPostHeading } from './post-heading.js';

/** "1) GATEWATCH (@gatewatch_egb)": a channel's item in a monitoring digest, over "Owner: X" and
 * a dated line; the owner speaks, the channel carries it. */
const CHANNEL_HEAD = /^\s*(?:\d{1,3}[.)]\s+)?([^\n(@]{2,60}?)\s*\(@([\w.]+)\)\s*$/;

export { DEFAULT_LEXICON, lexiconFrom, type AttributionLexicon } from './lexicon.js';

export interface AttributeContext {
  /** ISO date of the document. */
  readonly published?: string;
  /** Entity key of the publisher. */
  readonly publisher: string;
  /** Entity key for a name as written. */
  readonly resolve: (name: string, span: Span) => string;
  readonly lexicon?: AttributionLexicon;
  /** The medium an outlet publishes in, from the pack ("broadcast" for a TV channel). */
  readonly outletMedium?: (key: string) => Medium | undefined;
}

/** An actor as the rules resolved it. */
interface Actor {
  readonly key: string;
  readonly name: string;
  readonly span: Span;
  readonly person: boolean;
  readonly outlet: boolean;
  readonly descr?: string;
  /** Named ("Kayhan"), not described ("the regime's mouthpieces"): only a named outlet is cited. */
  readonly named: boolean;
  /** The outlet a described speaker speaks on ("an analyst on Varnia Channel One"). */
  readonly on?: { readonly key: string; readonly span: Span };
}

interface Draft {
  q: Quote;
  speaker?: Actor;
  speakerSpan?: Span;
  cue?: Span;
  addressee?: string;
  date?: string;
  medium?: Medium;
  cited?: string;
  citedSpan?: Span;
  /** Statement this one replies to or continues (same occasion). */
  follows?: Draft;
  sameUtterance?: Draft;
  block: number;
  section: number;
}

/** "CITY, Month D (Outlet) - ", "CITY (Outlet) -- ", "CITY, Country, D Month -": an upper-case place and a dash. */
const DATELINE = /^\p{Lu}[\p{Lu}.'’\- ]{1,40}\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.'’ \-]{1,30})?(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}))?\s*(?:\([^()\n]{1,40}\))?\s*[-–—]{1,2}\s+/u;
/** "quoted X as saying": verbs that carry another's words. */
const QUOTING = /^(?:quoted|quotes|quoting|cited|cites)$/i;
/** Papers signed by their author, who speaks what they say: "the memo", "the cable". */
const MEMO_NOUNS = /^(?:memo|memorandum|cable|dossier)$/;
/** The day a dateline gives: ", May 4", ", 22 March". */
const DATELINE_DAY = /,\s*(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})\b/u;
/** An occasion: "speaking at/to ...", "addressing ...", "at/during/in a ... ceremony/interview/...", up to a comma. */
const OCCASION = /(?:^|\s)(?:(?:speaking|addressing|interviewed|writing)\s+(?:at|to|on|in|before)?\s*[^,;:\u2588]{3,80}|(?:at|during|in|after|on)\s+(?:an?|the|his|her|its|their)\s+[^,;:\u2588]{0,60}?\b(?:ceremony|speech|rally|gathering|graduation|conference|meeting|interview|sermon|hearing|funeral|parade|summit|session|broadcast|statement|address|call|conversation|visit|prayers?|event|debate|briefing)\b[^,;:\u2588]{0,40})/i;
/** "Below we reproduce four passages", "The following are excerpts": what the document gives of one address. */
const REPRODUCE = /\b(?:[Bb]elow|[Ff]ollowing|[Hh]ere)\b[^.]{0,60}\b(?:passages?|excerpts?|extracts?|highlights|translation|transcript)\b/;
/** "aired a 34-minute address by the group's leader, X": what is reproduced, and by whom. */
const SPEECH_BY = /\b(address|speech|sermon|remarks|statement|interview|lecture|message)\s+(?:(?:delivered|given|made)\s+)?by\s+/i;
const CITE_CUE = /\b(?:aired|broadcast|ran|published|told|according|interview|speaking|quoted|cited|reported|carried)\b/i;
const markChar = (code: number): boolean => markInfo(code) !== undefined;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'every', 'each', 'no', 'any', 'some']);
const MODAL = new Set(['to', 'will', 'would', 'must', 'should', 'can', 'could', 'may', 'might', 'shall']);
const REPLY = /^(?:respond|responded|responds|responding|reply|replied|replies|replying|answered|answers|retorted|rejected|rejecting|dismissed|dismissing|rebutted|countered)$/;
const NEXT_DAY = /\b(?:the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after)\b/i;
const PREV_DAY = /\b(?:the\s+(?:previous|preceding)\s+day|a\s+day\s+(?:earlier|before)|the\s+day\s+before)\b/i;
/** An ISO day moved by `n` days. */
const addDays = (iso: string, n: number): string => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
const CREDIT_LINE = /\(([^(),]{2,60}),\s*([^(),]{2,40}),\s*([^()]*\d{4})\)\s*\.?\s*$/;

/** "X, a Telegram channel ...": the words an outlet's apposition needs (a cheap test before the full pattern). */
const APPOSED_HINT = /,\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:channel|daily|newspaper|weekly|news agency|broadcaster|website|outlet)\b/u;
/** Nouns that stand for an armed group or movement named before ("the group said"). */
const GROUP_HEADS = new Set(['group', 'movement', 'organisation', 'organization', 'militia', 'faction', 'insurgency']);
/** "Headline: “...”", "Title: ...": a label before a quoted headline names no speaker. */
const LABEL_LINE = /^(?:Headline|Title|Sub-?headline|Subhead|Strapline|Kicker|Caption|Summary)\s*:/i;
/** "2. The Harrow Voice (Telegram), March 14": an item heading naming a source and a day. */
const SOURCE_HEADING = /^(?:\d{1,2}[.)]\s+)?([^,()\n:"“«]{2,70}?)\s*(?:\(([^()\n]{2,60})\))?,\s+([^,\n]{3,20}(?:,\s*\d{4})?)\s*$/u;

/**
 * Attributes quotes to speakers with date, medium, addressee, occasion and cited outlet.
 * @param mentions actor mentions from the mentions stage (may be empty: names are then read here)
 */
export function attribute(
  text: string,
  seg: Segmented,
  quotes: readonly Quote[],
  mentions: readonly Mention[],
  ctx: AttributeContext,
): Statement[] {
  const lex = ctx.lexicon ?? DEFAULT_LEXICON;
  const blocks: readonly Block[] = seg.blocks.length ? seg.blocks : [{ index: 0, kind: 'paragraph', start: 0, end: text.length, refs: [] }];
  const published = ctx.published ?? seg.published ?? seg.refDate;
  const ref = published ? new Date(`${published.length === 10 ? published : published + '-15'}T12:00:00Z`) : undefined;
  const persons = new Set<string>();
  const outlets = new Set<string>();
  for (const f of seg.footnotes) if (f.outlet) outlets.add(f.outlet.toLowerCase());
  for (const b of blocks) if (b.credit?.outlet) outlets.add(b.credit.outlet.toLowerCase());

  const creditLines = new Map<number, boolean>();
  const isCreditLine = (b: Block): boolean => {
    let v = creditLines.get(b.index);
    if (v === undefined) {
      v = b.kind === 'caption' || isSourceTag(text, b) || ((b.kind === 'heading' || b.kind === 'paragraph') && b.end - b.start < 200 && CREDIT_LINE.test(text.slice(b.start, b.end)) && !/^["“'‘«]/.test(text[b.start] ?? ''));
      creditLines.set(b.index, v);
    }
    return v;
  };
  const credits = new Map<number, SourceCredit | undefined>();
  const creditOf = (b: Block): SourceCredit | undefined => {
    if (b.credit) return b.credit;
    if (credits.has(b.index)) return credits.get(b.index);
    const m = isCreditLine(b) ? CREDIT_LINE.exec(text.slice(b.start, b.end)) : null;
    const d = m ? speakingDates(m[3]!, ref, lex)[0] : undefined;
    const c = m ? { outlet: m[1]!.trim(), country: m[2]!.trim(), ...(d ? { date: d } : {}), start: b.start, end: b.end } : undefined;
    credits.set(b.index, c);
    return c;
  };
  // A bulletin item's closing source tag ("[Source: NNA, 13 March]") covers the item above it.
  const tags = tagsByBlock(text, blocks, (b) => isHeading(text, b) && !isCreditLine(b));
  // (an outlet a tag names is an outlet wherever the item names it: "told NNA")
  for (const entries of tags.values()) for (const e of entries) outlets.add(e.outlet.toLowerCase());
  // Sections: from one heading to the next (credit lines under photos are not headings).
  const sectionOf: number[] = [];
  let sec = -1;
  for (const b of blocks) {
    if (isHeading(text, b) && !isCreditLine(b)) sec = b.index;
    sectionOf[b.index] = sec;
  }
  const blockAt = (pos: number): Block => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return blocks[lo]!;
  };
  const index = new MentionIndex(mentions);
  const outletNames = new Set(mentions.filter((m) => m.type === 'outlet').map((m) => m.surface.toLowerCase()));
  /** A name the document or the packs know as an outlet, or one with an outlet noun ("Kestrel News Agency"). */
  const isOutletName = (name: string): boolean => {
    const n = name.toLowerCase().replace(/^the\s+/, '');
    return outletNames.has(n) || outlets.has(n) || n.split(/\s+/).some((w) => lex.outletNouns.has(w));
  };
  // Surnames of persons the actor layer found: a later "Marr" alone is a person.
  for (const m of mentions) if (m.type === 'person' && m.source !== 'pronoun' && m.source !== 'collective') persons.add(m.surface.split(/\s+/).pop()!);
  /** The actor layer's mention for a name: one that covers the phrase's head, never one inside its venue. */
  const mentionOf = (span: Span, venue?: Span): Mention | undefined => index.headOf(span, venue);
  const keyOf = (name: string, span: Span, venue?: Span): string => {
    const m = mentionOf(span, venue);
    return m ? m.key : ctx.resolve(name, span);
  };
  const actorOf = (p: Phrase): Actor => {
    const name = p.bracketed ?? p.name;
    const m = p.bracketed ? undefined : mentionOf(p.nameSpan, p.venue);
    // "the expert on Varnia Channel One" is no outlet: only the words before its venue count.
    const own = p.venue ? text.slice(p.start, p.venue.start) : p.text;
    const outlet = m?.type === 'outlet' || (m?.type !== 'person' && (outlets.has(name.toLowerCase()) || own.split(/\s+/).some((w) => lex.outletNouns.has(w.toLowerCase()))));
    if (outlet) outlets.add(name.toLowerCase());
    const person = m ? m.type === 'person' : p.person && !outlet;
    if (person && name.includes(' ')) persons.add(name.split(' ').pop()!);
    const key = m ? m.key : keyOf(name, p.nameSpan, p.venue);
    const v = p.venue;
    const on = v && !outlet && (v.prep === 'on' || isOutletName(v.text)) ? { key: keyOf(v.text, v), span: { start: v.start, end: v.end } } : undefined;
    return { key, name, span: p.nameSpan, person, outlet, descr: p.text, named: !p.head || !!p.bracketed, ...(on ? { on } : {}) };
  };

  // ---------------------------------------------------------------- state while reading
  let lastPerson: Actor | undefined;
  let lastOutlet: Actor | undefined;
  let lastOther: Actor | undefined;
  let lastSpeaker: Actor | undefined;
  const headings = new Map<number, { speaker?: Actor; addressee?: string; medium?: Medium }>();
  const events: { key: string; at: number; date?: string; medium?: Medium }[] = [];

  const resolvePhrase = (p: Phrase | undefined, inner?: Actor): Actor | undefined => {
    if (!p) return undefined;
    if (p.pronoun) {
      if (p.pronoun === 'he' || p.pronoun === 'she') return soleParagraphPerson(p.start) ?? byGender(p.pronoun === 'she' ? 'f' : 'm') ?? lastPerson ?? lastSpeaker;
      if (p.pronoun === 'it') return authorBefore(p.start) ?? lastOutlet ?? lastOther ?? lastSpeaker;
      if (p.pronoun === 'they') return lastOther ?? lastSpeaker;
      return inner;
    }
    const words = p.text.split(' ');
    // ("The memo reports a meeting with X:": the memo's signer, however far back the text named him)
    const author = p.head && words.length <= 3 && MEMO_NOUNS.test(p.head) ? documentAuthor() : undefined;
    if (author) return author;
    if (p.head && words.length <= 3 && DOC_NOUNS.has(p.head)) return authorBefore(p.start) ?? (/article|editorial/.test(p.head) ? lastOutlet ?? lastSpeaker : lastPerson ?? lastSpeaker);
    if (p.head && words.length <= 2 && lex.outletNouns.has(p.head)) return lastOutlet;
    // "The group said": the organisation last named before it (not a state's army).
    // (the phrase may hold its "the" or not)
    const theBefore = words.length === 1 && /\bthe\s+$/i.test(text.slice(Math.max(0, p.start - 5), p.start));
    if (p.head && ((words.length === 2 && /^the$/i.test(words[0]!)) || theBefore) && GROUP_HEADS.has(p.head)) {
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (m.start >= p.start || p.start - m.end > 1500) continue;
        if ((m.type === 'organization' || m.type === 'group') && !isForcesName(m.surface)) return actorFromMention(m);
      }
    }
    // "the envoy added": the latest actor introduced with that role ("The Varnian envoy to Ostrava, Petar Lenko").
    if (p.head && words.length <= 3 && (lex.roleNouns.has(p.head) || lex.titles.has(p.head))) {
      const a = roleHolder(p.head, p.start);
      if (a) return a;
    }
    // "the Grand Guide" after "Grand Guide Ardashan Velmor": a title the document itself put before a name.
    const learned = words.length <= 4 && !mentionOf(p.nameSpan, p.venue) ? titleHolder(p.text.replace(/^the\s+/i, ''), p.start) : undefined;
    if (learned) return learned;
    return actorOf(p);
  };
  /**
   * "published a letter from Torvane to Velmor. It read: ...": the author of the document the
   * narration just named ("a letter from X", "a statement by X", "X's letter"), in the same or
   * the previous paragraph.
   */
  const authorBefore = (pos: number): Actor | undefined => {
    const b = blockAt(pos);
    const from = blocks[Math.max(0, blocks.indexOf(b) - 1)]!.start;
    let found: Mention | undefined;
    const ms = index.between(from, pos);
    for (const [i, m] of ms.entries()) {
      if (masked[m.start] === MASK || m.type === 'place' || m.type === 'state') continue;
      const before = masked.slice(Math.max(from, m.start - 40), m.start);
      const after = masked.slice(m.end, m.end + 40);
      if (!(AUTHORED_BY.test(before) || AUTHORED_OWN.test(after) || (m.type !== 'outlet' && (AUTHOR_SENT.test(after) || AUTHOR_IN.test(after))))) continue;
      // "Letter From Marsh Brigades Commander Anton Greval": the person the organisation's role introduces.
      const next = ms[i + 1];
      found = m.type !== 'person' && next && next.type === 'person' && next.start - m.end <= 25 && !/[.,;:"“”]/.test(masked.slice(m.end, next.start)) ? next : m;
    }
    return found ? actorFromMention(found) : undefined;
  };
  /**
   * '"Qastelli has kept his distance: "...," he told Skyridge TV': when the paragraph names one
   * person before the pronoun (outside quotes), the pronoun is that person.
   */
  const soleParagraphPerson = (pos: number): Actor | undefined => {
    const b = blockAt(pos);
    const named = index.between(b.start, pos).filter((m) => m.type === 'person' && m.source !== 'collective' && masked[m.start] !== MASK);
    if (!named.length || named.some((m) => m.key !== named[0]!.key)) return undefined;
    return actorFromMention(named[named.length - 1]!);
  };
  // Pronouns by gender and recency. Gender is read from the document (honorifics, gendered role nouns,
  // she/her or he/his in a sentence naming one person) only when two candidates compete.
  const recentPersons: Actor[] = [];
  let genders: Map<string, Gender> | undefined;
  const byGender = (g: Gender): Actor | undefined => {
    const cands = recentPersons.filter((a) => a !== undefined);
    if (cands.length < 2) return undefined;
    genders ??= documentGenders(text, masked, blocks, index, lex);
    // "he": the most recent person not known to be a woman. "she": a person the document marks as
    // a woman wins over a more recent one of unknown gender (news texts mark women more often than
    // men: "Mrs.", "spokeswoman", "her"), else the most recent of unknown gender.
    let open: Actor | undefined;
    for (let i = cands.length - 1; i >= 0; i--) {
      const a = cands[i]!;
      const ga = genders.get(a.key) ?? genderOfWords(a.descr ?? a.name, lex);
      if (ga === g || (g === 'm' && !ga)) return a;
      if (!ga && !open) open = a;
    }
    return open;
  };
  /** The latest person mentioned before `at` with `role` in the role phrase written beside the name. */
  const roleHolder = (role: string, at: number): Actor | undefined => {
    const re = new RegExp('\\b' + role.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&') + '\\b', 'i');
    const ms = index.between(Math.max(0, at - 4000), at);
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i]!;
      if (m.type !== 'person' || !m.role || !re.test(text.slice(m.role.start, m.role.end))) continue;
      return { key: m.key, name: m.surface, span: m, person: true, outlet: false, descr: text.slice(m.role.start, m.end), named: true };
    }
    for (const a of [lastSpeaker, lastPerson]) if (a?.person && a.descr && re.test(a.descr)) return a;
    return undefined;
  };
  /** The actor a mention names, as the attribution rules carry it. */
  const actorFromMention = (m: Mention, descr = m.surface): Actor =>
    ({ key: m.key, name: m.surface, span: { start: m.start, end: m.end }, person: m.type === 'person', outlet: m.type === 'outlet', descr, named: true });
  const titleHolder = (title: string, at: number): Actor | undefined => {
    if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(title)) return undefined;
    const ms = index.between(Math.max(0, at - 6000), at);
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i]!;
      if (m.type !== 'person') continue;
      const lead = text.slice(Math.max(0, m.start - title.length - 1), m.start);
      const own = m.surface.startsWith(`${title} `) && m.surface.length > title.length + 1;
      if (lead.toLowerCase() !== `${title.toLowerCase()} ` && !own) continue;
      return actorFromMention(m, `${title} ${m.surface}`);
    }
    return undefined;
  };
  const note = (a: Actor | undefined): void => {
    if (!a) return;
    if (a.person) {
      lastPerson = a;
      const i = recentPersons.findIndex((x) => x.key === a.key);
      if (i >= 0) recentPersons.splice(i, 1);
      recentPersons.push(a);
      if (recentPersons.length > 6) recentPersons.shift();
    }
    else if (a.outlet) lastOutlet = a;
    else lastOther = a;
  };

  // Outlets named with an outlet noun anywhere ("the Deirezzor24 Telegram channel", "mouthpiece Kayhan").
  const OUTLET_NAME = /\b(\p{Lu}[\p{L}\p{N}\-]+(?:\s+\p{Lu}[\p{L}\p{N}\-]+){0,3})\s+(?:Telegram\s+channel|news\s+agency|daily|newspaper|TV|channel|website|weekly)\b|\b(?:mouthpiece|daily|newspaper|agency|channel|outlet|website)\s+(\p{Lu}[\p{L}\p{N}\-]+(?:\s+\p{Lu}[\p{L}\p{N}\-]+){0,2})/gu;
  const outletMentions: { at: number; actor: Actor }[] = [];
  // ("Bulwark Media Hub, a Telegram channel affiliated with ...": the name its apposition calls an outlet)
  const OUTLET_APPOSED = /(\p{Lu}[\p{L}\p{N}\-]+(?:\s+\p{Lu}[\p{L}\p{N}\-]+){0,3}),\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:channel|daily|newspaper|weekly|news agency|broadcaster|website|outlet)\b/gu;
  // (the apposition is rare: look for its noun phrase before trying a name at every capital)
  const apposed = APPOSED_HINT.test(text) ? [...text.matchAll(OUTLET_APPOSED)] : [];
  const outletMatches = [...text.matchAll(OUTLET_NAME), ...apposed].sort((a, b) => a.index! - b.index!);
  for (const m of outletMatches) {
    const name = (m[1] ?? m[2]!).replace(/\s+(?:Telegram|Twitter|X|Facebook|Instagram|YouTube|WhatsApp)$/u, '');
    // (a platform alone, "a Telegram channel", names no outlet)
    if (/^(?:The|A|An|This|That|Its|His|Her|Their|Our|Iran's|Telegram|Twitter|X|Facebook|Instagram|YouTube|WhatsApp|TikTok)$/.test(name)) continue;
    const at = m.index! + m[0].indexOf(name);
    // ("the Tarrow Brigades Telegram channel": a group's own channel does not make the group an outlet)
    if (mentions.some((x) => ((x.start === at && x.end === at + name.length) || x.surface === name) && (x.type === 'organization' || x.type === 'person' || x.type === 'state'))) continue;
    const span = { start: at, end: at + name.length };
    outlets.add(name.toLowerCase());
    outletMentions.push({ at, actor: { key: keyOf(name, span), name, span, person: false, outlet: true, descr: m[0], named: true } });
  }
  let outletCursor = 0;

  /** The name and day signed under a quoted text that fills its paragraphs, or undefined. */
  const signed = new Map<Draft, string>();
  const signatureAfter = (q: Quote): { actor: Actor; date?: string } | undefined => {
    const last = q.blocks[q.blocks.length - 1]!;
    const bi = blocks.findIndex((b) => b.index === last);
    const lastBlock = blocks[bi];
    if (!lastBlock || text.slice(q.end, lastBlock.end).replace(/["”'’\s]/g, '') !== '') return undefined;
    // (the quote must fill its paragraphs: one that closes a reported sentence is signed by nobody below)
    const firstBlock = blocks.find((b) => b.index === q.blocks[0]);
    if (!firstBlock || text.slice(firstBlock.start, q.start).replace(/["“'‘«\s]/g, '') !== '') return undefined;
    const lines: Span[] = [];
    for (let k = bi + 1; k < blocks.length && lines.length < 4; k++) {
      const b = blocks[k]!;
      for (const m of text.slice(b.start, b.end).matchAll(/[^\n]+/g)) lines.push({ start: b.start + m.index, end: b.start + m.index + m[0].length });
      if (b.end - b.start > 200) break;
    }
    const first = lines[0];
    if (!first) return undefined;
    const name = text.slice(first.start, first.end).trim();
    if (name.length > 70 || !/^\p{Lu}/u.test(name) || /["“”«».!?:;]$/.test(name) || /["“”«»]/.test(name) || name.split(/\s+/).length > 8) return undefined;
    // The signer is a name: capitalised words, perhaps joined by "of"/"the".
    if (!name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|for|and|al|el)$/.test(w))) return undefined;
    const span = { start: first.start, end: first.start + name.length };
    const actor: Actor = { key: keyOf(name, span), name, span, person: false, outlet: false, descr: name, named: true };
    let date: string | undefined;
    for (const l of lines.slice(1, 4)) {
      date = speakingDates(text.slice(l.start, l.end), ref, lex).find((x) => x.length === 10);
      if (date) break;
    }
    return { actor, ...(date ? { date } : {}) };
  };

  // Heading speakers: "Title Name: '...'", "Name On X: '...'", "A To B: '...'", "A In Phone Call With B: '...'".
  for (const b of blocks) {
    if (!isHeading(text, b) || isCreditLine(b)) continue;
    const s = text.slice(b.start, b.end);
    if (LABEL_LINE.test(s)) continue;
    const colon = /["“'‘«]/.test(s.slice(s.indexOf(':') + 1)) ? s.indexOf(':') : -1;
    const says = /\s(?:Says|Tells|Writes|Warns|Urges|Calls On|Stresses|Declares)\b/.exec(s);
    const cut = colon >= 0 ? colon : says ? says.index : -1;
    if (cut < 0) continue;
    const lead = s.slice(0, cut);
    const m = /\s(?:On|In|To|At|During|With|Via)\s/.exec(lead);
    const who = m ? lead.slice(0, m.index) : lead;
    // "X Claims Rocket Attack On Y, Thanks Z, Warns: ...": a headline of several verbs names no speaker.
    if (/\b(?:Claims|Thanks|Praises|Hails|Denies|Accuses|Vows|Threatens|Condemns|Rejects|Welcomes|Announces|Launches|Reports)\b/.test(who) || who.includes(',')) continue;
    const toks = tokens(text, b.start, b.start + who.length).filter((k) => k.w !== ',');
    const p = toks.length && toks.length <= 10 ? readPhrase(toks, lex, persons) : undefined;
    const info: { speaker?: Actor; addressee?: string; medium?: Medium } = {};
    if (p) info.speaker = actorOf(p);
    const to = /\s(?:To|With)\s(.+)$/.exec(lead);
    if (to) {
      const at = b.start + to.index + to[0].indexOf(to[1]!);
      const ap = readPhrase(tokens(text, at, at + to[1]!.length), lex, persons);
      if (ap) info.addressee = actorOf(ap).key;
    }
    const med = mediumIn(lead, lex);
    if (med) info.medium = med;
    headings.set(b.index, info);
  }

  const ownerLine = new Set<number>();
  const channelOwner = new Map<string, Actor>();
  // Item headings of a roundup ("2. The Harrow Voice (Telegram), March 14"): the outlet and day
  // of every passage in the item, unless the passage says otherwise.
  const itemSource = new Map<number, { credit?: SourceCredit; date?: string }>();
  // (the heading may be a numbered list item: the item runs to the next heading or item heading)
  const itemOf: number[] = [];
  let item = -1;
  // Lines that are a date and nothing else, below the masthead.
  // (the entry may follow on the next line of the same block: "14/06/2014\nFounding of ...")
  const dateLines = new Map<number, string>();
  const entryInBlock = new Set<number>();
  for (const b of blocks.slice(3)) {
    const all = text.slice(b.start, b.end);
    const nl = all.indexOf('\n');
    const line = (nl >= 0 ? all.slice(0, nl) : all).trim();
    const found = line.length <= 24 ? findDates(line) : [];
    if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === line.replace(/[.:]$/, '').length) {
      dateLines.set(b.index, found[0]!.iso);
      if (nl >= 0 && all.slice(nl).trim()) entryInBlock.add(b.index);
    }
  }
  // ("2. Defence Minister Aurel Dravan, X (@ADravan), 21 April, 09:15": a digest of posts; the
  // item's passages are that person's posts of that day, unless a passage says otherwise)
  const itemPoster = new Map<number, Actor>();
  for (const b of blocks) {
    itemOf[b.index] = item;
    const post = b.kind === 'paragraph' || b.kind === 'bullet' || b.kind === 'heading'
      ? readPostHeading(text.slice(b.start, b.end), (x) => (speakingDates(x, ref, lex)[0]?.length ?? 0) === 10) : undefined;
    // ("1) GATEWATCH (@gatewatch_egb)" over "Owner: Eastern Gate Brigades (...) | ...\n12 March 2024,
    // 21:47": a channel's item in a monitoring digest; the owner speaks, the channel carries it)
    if (ownerLine.has(b.index)) continue;
    const head = CHANNEL_HEAD.exec(text.slice(b.start, b.end));
    if (head) {
      // The owner and the day stand in the one or two short lines after the head; a channel named
      // again later keeps the owner it was given.
      const bi = blocks.indexOf(b);
      const after = blocks.slice(bi + 1, bi + 3).filter((x) => x.end - x.start < 200 && !/^\s*[«“"]/.test(text.slice(x.start, x.end)));
      let ownerActor = channelOwner.get(head[2]!.toLowerCase());
      let date: string | undefined;
      for (const x of after) {
        const line = text.slice(x.start, x.end);
        const o = /^\s*Owner:\s*([^\n|(,]+?)\s*(?=[(|,\n]|$)/.exec(line);
        if (o) {
          const at = x.start + o[0].indexOf(o[1]!);
          const ph = readPhrase(tokens(text, at, at + o[1]!.length), lex, persons);
          if (ph) ownerActor = actorOf(ph);
        }
        date ??= (/\d{4}/.test(line) ? speakingDates(line.replace(/^\s*Owner:[^\n]*\n?/, ''), ref, lex)[0] : undefined);
        if (o || date) ownerLine.add(x.index);
      }
      if (ownerActor && date) {
        channelOwner.set(head[2]!.toLowerCase(), ownerActor);
        const nameAt = b.start + head.index + head[0].indexOf(head[1]!);
        itemPoster.set(b.index, ownerActor);
        itemSource.set(b.index, { date, credit: { outlet: head[1]!, start: nameAt, end: nameAt + head[1]!.length } });
        itemOf[b.index] = -1;
        item = b.index;
        continue;
      }
    }
    if (post) {
      const at = b.start + post.whoAt;
      const p = readPhrase(tokens(text, at, at + post.who.length), lex, persons);
      if (p) {
        itemPoster.set(b.index, actorOf(p));
        itemSource.set(b.index, { date: speakingDates(post.when, ref, lex)[0]! });
        itemOf[b.index] = -1;
        item = b.index;
        continue;
      }
    }
    // ("14/06/2014", "March 2016", "3 Feb. 2019" alone on a line over a chronology's entry: the
    // entry's day, for the passages under it)
    // (a chronology has several: one date line under the masthead is the document's own day)
    const dated = dateLines.get(b.index);
    if (dated && dateLines.size >= 3) {
      itemSource.set(b.index, { date: dated });
      itemOf[b.index] = entryInBlock.has(b.index) ? b.index : -1;
      item = b.index;
      continue;
    }
    const short = b.kind === 'bullet' && !/[.!?…:;]["”'’»]?\s*$/.test(text.slice(b.start, b.end)) && b.end - b.start <= 90;
    if (!isHeading(text, b) && !short) continue;
    // (the item's own headline, "Headline: “...”", is part of the item)
    if (item >= 0 && LABEL_LINE.test(text.slice(b.start, b.end))) continue;
    item = -1;
    itemOf[b.index] = -1;
    const m = SOURCE_HEADING.exec(text.slice(b.start, b.end));
    if (!m) continue;
    // ("Caldreth, 18 March 2025" over a "---" rule or at the end: the place and day that sign the
    // text above, not the heading of what follows)
    const next = blocks[blocks.indexOf(b) + 1];
    if (!next || /^[\s\-–—_*=~]{3,}$/.test(text.slice(next.start, next.end)) || /^\s*[-–—_*=~]{3,}\s*$/m.test(text.slice(b.end, next.start))) continue;
    const date = speakingDates(m[3]!, ref, lex)[0];
    if (!date || date.length !== 10) continue;
    const name = m[1]!.trim();
    const at = b.start + m[0].indexOf(m[1]!);
    const span = { start: at, end: at + name.length };
    const mention = index.between(span.start, span.end)[0];
    const outletLike = isOutletName(name) || isOutletName(name.replace(/^the\s+/i, '')) || mention?.type === 'outlet' || (m[2] !== undefined && /\b(?:agency|television|TV|channel|daily|weekly|newspaper|broadcaster|radio|Telegram|website|account|outlet|paper)\b/i.test(m[2]))
      || (mention !== undefined && mention.type !== 'person' && mention.start === span.start && m[2] !== undefined);
    const own = /\b(?:account|page|profile|channel|website)\s+of\b/i.test(name);
    if (outletLike && !own) outlets.add(name.replace(/^the\s+/i, '').toLowerCase());
    itemSource.set(b.index, { date, ...(outletLike && !own ? { credit: { outlet: name.replace(/^the\s+/i, ''), start: span.start, end: span.end } } : {}) });
    item = b.index;
  }

  /** The outlet a roundup item's heading names, as the item's default speaker. */
  const itemOutlet = (bi: number): Actor | undefined => {
    const c = itemSource.get(itemOf[bi] ?? -1)?.credit;
    if (!c) return undefined;
    const span = { start: c.start, end: c.end };
    return { key: keyOf(c.outlet, span), name: c.outlet, span, person: false, outlet: true, descr: c.outlet, named: true };
  };
  let lastSpeakerItem = -1;

  const top = quotes.filter((q) => q.parent === undefined);
  // A wire dateline ("OSTRAVA CITY, March 3 (Sentinel Wire) - ") is no sentence subject: blank it.
  // Its day ("OLTREM, May 4 (TPA) – ..." opening an item of a roundup) is the day of the item, for
  // the quotes in it and in the paragraphs after it until the next dateline.
  let masked = maskSpans(text, top);
  const datelineDay = new Map<number, string>();
  let day: string | undefined;
  for (const b of blocks) {
    const m = b.kind === 'paragraph' ? DATELINE.exec(masked.slice(b.start, Math.min(b.end, b.start + 160))) : null;
    if (m) {
      masked = masked.slice(0, b.start) + ' '.repeat(m[0].length) + masked.slice(b.start + m[0].length);
      const dated = DATELINE_DAY.exec(m[0]);
      if (dated) day = speakingDates(`on ${dated[1]}`, ref, lex).find((x) => x.length === 10) ?? day;
    }
    if (day) datelineDay.set(b.index, day);
  }
  const drafts = new Map<number, Draft>();
  const byStart = [...top].sort((a, b) => a.start - b.start);
  let qi = 0;

  // ---------------------------------------------------------------- the speaker of one quote
  const AUTHORED_BY = /\b(?:letter|message|statement|communiqu[eé]|note|telegram|cable|post|tweet|editorial|op-ed|article)\s+(?:\w+\s+){0,2}?(?:from|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+|\p{Ll}+\s+){0,3}$/iu;
  const AUTHOR_SENT = /^\s+(?:\w+\s+){0,3}?(?:sent|wrote|issued|posted|penned|addressed|released)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+)?(?:letter|message|statement|communiqu[eé]|note|telegram|cable|post|tweet)\b/i;
  /** ("the Ysmari Foreign Ministry, in a statement issued on Wednesday, denied"): the one the statement is by. */
  const AUTHOR_IN = /^,?\s+in\s+(?:a|an|its|their|his|her)\s+(?:\w+\s+)?(?:statement|letter|message|communiqu[eé]|note|post)\b/i;
  const AUTHORED_OWN = /^['’]s?\s+(?:\w+\s+)?(?:letter|message|statement|communiqu[eé]|note|telegram|post|tweet)\b/i;
  const LINKING = new Set(['and', 'but', 'or', 'while', 'as', 'because', 'which', 'who', 'that', 'then', 'so', 'when', 'after', 'before', 'if', 'though', 'although', 'since', 'until', 'where']);
  const NOUN_AFTER = new Set(['on', 'in', 'of', 'at', 'from', 'by', 'via', 'under', 'over', 'into', 'onto']);
  const isVerb = (k: Token | undefined, prev?: Token, prev2?: Token): boolean => {
    if (!k || !lex.speechVerbs.has(k.w.toLowerCase()) || !(k.w[0] === k.w[0]!.toLowerCase() || /ing$/.test(k.w))) return false;
    // A form that is also a plural noun ("took orders", "the charges") is a verb only after a subject.
    if (prev && /[^s]s$/.test(k.w) && !/^\p{Lu}/u.test(prev.w) && !isSubjectWord(prev.w.toLowerCase(), lex)) return false;
    // After a determiner it is a noun ("the promise", "a call", "his statement").
    if (prev && DETERMINERS.has(prev.w.toLowerCase())) return false;
    // ("in a short post", "the brief statement": past one adjective too)
    if (prev2 && DETERMINERS.has(prev2.w.toLowerCase()) && prev && /^\p{Ll}+$/u.test(prev.w) && (DOC_NOUNS.has(k.w) || ['call', 'vow', 'pledge', 'promise'].includes(k.w))) return false;
    // ("the Calderan charge that ...", "the Iranian claim": a nation's adjective makes it a noun;
    // "the Brigades claim" keeps its verb)
    if (prev2 && DETERMINERS.has(prev2.w.toLowerCase()) && prev && /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(prev.w) && !/(?:ed|s)$/.test(k.w)) return false;
    // After a possessive it is a noun too ("the Courier's report", "Reuters' account").
    if (prev && /[’']s$|s[’']$/.test(prev.w) && !/(?:ed|ing)$/.test(k.w)) return false;
    // After a preposition a base form is a noun or adjective ("on state television", "in answer").
    if (prev && NOUN_AFTER.has(prev.w.toLowerCase()) && !/(?:ed|ing)$/.test(k.w)) return false;
    return true;
  };
  const isMaskTok = (k: Token): boolean => k.w.startsWith(MASK) || k.w === '"' || k.w === '“' || k.w === '”' || k.w === "'" || k.w === '‘' || k.w === '’';

  function speakerInSentence(toks: readonly Token[], markAt: number, qEnd: number, inner?: Actor): { actor?: Actor; cue?: Span; addressee?: string; prevSame?: boolean; reply?: boolean; phrase?: Phrase; inverted?: boolean } {
    const markIdx = toks.findIndex((k) => k.start >= markAt);
    const pre = markIdx < 0 ? toks.slice() : toks.slice(0, markIdx);
    let from = 0;
    for (let i = pre.length - 1; i >= 0; i--) if (pre[i]!.w.startsWith(MASK)) { from = i + 1; break; }
    const post: Token[] = [];
    for (const k of toks) {
      if (k.start <= qEnd) continue;
      if (k.w.startsWith(MASK)) break;
      post.push(k);
    }
    const postWords = post.filter((k) => !isMaskTok(k));
    // 1. '"...," X said' / '"...," said X' / '..., he added that'.
    const endsOpen = /[,!?…]/.test(text[qEnd - 1] ?? '') || postWords[0]?.w === ',';
    if (endsOpen) {
      const pw = postWords[0]?.w === ',' ? postWords.slice(1) : postWords;
      if (isVerb(pw[0]) && !/ing$/i.test(pw[0]!.w)) {
        let e = 1;
        while (e < pw.length && pw[e]!.w !== ',' && pw[e]!.w !== ';' && e < 8) e++;
        // ('said Dr Nkechi Adeyemi-Hart of the Saltmarsh Institute': the person, not the body after "of")
        const of = pw.findIndex((k, i) => i > 2 && i < e && k.w === 'of' && /^\p{Lu}/u.test(pw[i - 1]!.w) && /^\p{Lu}/u.test(pw[i - 2]!.w));
        if (of > 0 && persons.has(pw[of - 1]!.w.replace(/['’]s$/, ''))) e = of;
        const p = readPhrase(pw.slice(1, e), lex, persons);
        if (p) return { actor: resolvePhrase(p, inner), cue: pw[0]!, phrase: p };
      }
      const v = pw.findIndex((k, i) => i > 0 && i <= 8 && isVerb(k, pw[i - 1]));
      // ('"...," government spokeswoman Lira Montesk told reporters': a lower-case role before a name opens it too.)
      const opens = pw[0] && (/^\p{Lu}/u.test(pw[0].w) || /^(?:he|she|it|they|we|i|the|a|an)$/i.test(pw[0].w)
        || (v > 1 && pw.slice(1, v).some((k) => /^\p{Lu}/u.test(k.w)) && /^\p{Ll}+$/u.test(pw[0].w) && !LINKING.has(pw[0].w)));
      if (v > 0 && opens && pw.slice(0, v).every((k) => k.w !== ',')) {
        const p = readPhrase(pw.slice(0, v), lex, persons);
        if (p) return { actor: resolvePhrase(p, inner), cue: pw[v]!, phrase: p };
      }
      // '"...," Abu Kareem, the spokesman of the Dune Brigades, wrote': a name, its apposition, the verb.
      const c1 = pw.findIndex((k) => k.w === ',');
      const c2 = c1 > 0 ? pw.findIndex((k, i) => i > c1 && k.w === ',') : -1;
      if (c1 > 0 && c1 <= 4 && c2 > c1 + 1 && c2 <= c1 + 12 && isVerb(pw[c2 + 1], pw[c2]) && /^\p{Lu}/u.test(pw[0]!.w)) {
        const p = readPhrase(pw.slice(0, c1), lex, persons);
        if (p && !p.pronoun) return { actor: resolvePhrase(p, inner), cue: pw[c2 + 1]!, phrase: p };
      }
    }
    // 2. A speech verb before the mark.
    let v = -1;
    for (let i = pre.length - 1; i >= from; i--) {
      if (!isVerb(pre[i], pre[i - 1], pre[i - 2]) || pre[i]!.w.startsWith('[')) continue;
      // "in a written reply", "a brief statement": a noun after a determiner and an adjective.
      // (only inside "in a ... reply" after a verb of its own: "said in a written reply that")
      if (['in', 'by', 'through', 'via'].includes(pre[i - 3]?.w.toLowerCase() ?? '') && DETERMINERS.has(pre[i - 2]?.w.toLowerCase() ?? '')
        && /^\p{Ll}+$/u.test(pre[i - 1]?.w ?? '') && !/ly$/.test(pre[i - 1]!.w) && isVerb(pre[i - 4], pre[i - 5])) continue;
      const b1 = pre[i - 1]?.w.toLowerCase() ?? '';
      if (MODAL.has(b1)) continue; // "had to write down", "will say"
      v = i;
      break;
    }
    // '"...," writes Kayhan, because ...': the verb after the previous quote names its speaker.
    if (v >= 0 && v === from + (pre[from] && isMaskTok(pre[from]!) ? 1 : 0) && from > 0 && /^\p{Lu}/u.test(pre[v + 1]?.w ?? '')) {
      let e = v + 1;
      while (e < pre.length && pre[e]!.w !== ',' && pre[e]!.w !== ':' && pre[e]!.w !== '.' && e - v <= 6) e++;
      const p = readPhrase(pre.slice(v + 1, e), lex, persons);
      if (p && !p.pronoun) return { actor: resolvePhrase(p, inner), cue: pre[v]!, phrase: p, prevSame: true, inverted: true };
    }
    const according = pre.findIndex((k, i) => i >= from && k.w.toLowerCase() === 'according' && pre[i + 1]?.w.toLowerCase() === 'to');
    if (v < 0 && according >= 0) {
      let e = according + 2;
      while (e < pre.length && pre[e]!.w !== ',') e++;
      const p = readPhrase(pre.slice(according + 2, e), lex, persons);
      if (p) return { actor: resolvePhrase(p, inner), cue: pre[according]!, phrase: p };
    }
    if (v >= 0) {
      const verb = pre[v]!;
      const lv = verb.w.toLowerCase();
      const after = pre.slice(v + 1);
      // ("The outlet quoted the Sultan as writing that ...": the one quoted speaks; the outlet carries it)
      if (/^(?:saying|writing|telling|stating|declaring|adding)$/.test(lv) && pre[v - 1]?.w.toLowerCase() === 'as') {
        let q = v - 2;
        while (q > from && q > v - 10 && !QUOTING.test(pre[q]!.w)) q--;
        if (q > from && QUOTING.test(pre[q]!.w) && q < v - 2) {
          const p = readPhrase(pre.slice(q + 1, v - 1), lex, persons);
          const a = p ? resolvePhrase(p, inner) : undefined;
          if (p && a) return { actor: a, cue: verb, phrase: p };
        }
      }
      let addressee: string | undefined;
      const reply = REPLY.test(lv) || pre.slice(0, v).some((k, i) => k.w.toLowerCase() === 'in' && pre[i + 1]?.w.toLowerCase() === 'response');
      // Inversion: 'said Supreme Guide Arvid Tolan:'.
      const pv = pre[v - 1];
      const subjectless = !pv || pv.w === ',' || pv.w === ':' || pv.w === '–' || pv.w === '—' || isMaskTok(pv) || v === from;
      // ("Its spokesman, Olek Varga, told NNA:": who is told is no speaker)
      const toWhom = /^(?:told|tell|tells|telling|informed|assured|asked|warned|urged)$/.test(lv);
      if (subjectless && !toWhom && after.length && /^\p{Lu}/u.test(after[0]!.w) && (after.some((k) => k.w === ':') || after[after.length - 1]!.w === ',')) {
        const e = after.findIndex((k) => k.w === ':' || k.w === ',');
        const p = readPhrase(after.slice(0, e < 0 ? after.length : e), lex, persons);
        if (p && !p.pronoun) return { actor: resolvePhrase(p, inner), cue: verb, phrase: p, reply };
      }
      // Addressee: 'promised Qaddoumi that', 'responded to Velayati:', 'told the envoy that'.
      const toI = after[0]?.w.toLowerCase() === 'to' ? 1 : 0;
      // Verbs that name their hearer directly ("told Ferrant:", "assured the envoy,").
      const direct = toI === 1 || /^(?:told|tells?|telling|assured|informed|promised|reassured|urged|warned|asked)$/.test(lv);
      const adEnd = after.findIndex((k, i) => i > toI && (k.w.toLowerCase() === 'that' || (direct && (k.w === ':' || k.w === ','))));
      if (adEnd > toI && /^\p{Lu}/u.test(after[toI]!.w)) {
        const ap = readPhrase(after.slice(toI, adEnd), lex, persons);
        const aa = ap && !ap.pronoun ? resolvePhrase(ap, inner) : undefined;
        if (aa) addressee = aa.key;
      }
      const before = pre[v - 1]?.w.toLowerCase();
      const coordinated = before === 'and' || (/ing$/.test(lv) && (before === ',' || v === from));
      // "The envoy to Ostrava, Petar Lenko, stated": the name set off by commas before the verb.
      const appositive = before === ',' && !coordinated;
      // 'Aurel Dravan, speaking to a gathering in Halden on Sunday, praised': skip the parenthetical.
      let subjEnd = appositive ? v - 1 : v;
      while (appositive && subjEnd > from) {
        let s0 = subjEnd;
        while (s0 > from && pre[s0 - 1]!.w !== ',') s0--;
        const chunk = pre.slice(s0, subjEnd);
        if (!chunk.length || s0 <= from || !(isParticipleOpener(chunk) || CLAUSE_OPENERS.has(chunk[0]!.w.toLowerCase()))) break;
        subjEnd = s0 - 1;
      }
      // ("X is quoted rejecting the charge:": the one quoted, before the passive)
      if (/^(?:quoted|heard|cited)$/i.test(pre[subjEnd - 1]?.w ?? '') && /^(?:is|was|were|are|been)$/i.test(pre[subjEnd - 2]?.w ?? '')) subjEnd -= 2;
      if (!coordinated && v > 0) {
        const { phrase, stop } = phraseBefore(pre, subjEnd, lex, persons);
        // 'X issued a statement saluting "..."': a participle after a description speaks for the subject.
        // ("issued a statement on Friday condemning": a day is no speaker either)
        const dayOnly = phrase !== undefined && /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(phrase.name ?? phrase.text);
        if (phrase && (phrase.head || dayOnly) && /ing$/.test(lv) && !appositive) {
          const subj = sentenceSubject(toks, lex, persons);
          if (subj) return { actor: resolvePhrase(subj, inner), cue: verb, phrase: subj, reply };
        }
        // "Abu Kareem, the spokesman of the Dune Brigades, wrote": the name before the role set off by commas.
        if (phrase && appositive && (phrase.head || (phrase.titled && !/^\p{Lu}/u.test(phrase.text)))) {
          let k = pre.findIndex((x) => x.start === phrase.start);
          while (k > 0 && /^(?:the|a|an|its|his|her)$/i.test(pre[k - 1]!.w)) k--;
          if (k > 1 && pre[k - 1]!.w === ',') {
            // ("X, who leads the Y, one of the factions of Z, spoke": past the relative clause too)
            let j = k - 1;
            let s0 = j;
            while (s0 > from && pre[s0 - 1]!.w !== ',') s0--;
            if (s0 > from + 1 && /^(?:who|which|whose)$/i.test(pre[s0]?.w ?? '') && pre[s0 - 1]!.w === ',') j = s0 - 1;
            const name = phraseBefore(pre, j, lex, persons).phrase;
            if (name && !name.head && !name.pronoun && /^\p{Lu}/u.test(name.name)) return { actor: resolvePhrase(name, inner), cue: verb, ...(addressee ? { addressee } : {}), phrase: name, reply };
          }
        }
        // ("Petra Lindqvist, an independent analyst in Darrow who has tracked the group for a decade,
        // told": the name before a description set off by commas, however the description ends)
        if (phrase && appositive) {
          let s0 = subjEnd;
          while (s0 > from && pre[s0 - 1]!.w !== ',') s0--;
          if (s0 > from + 1 && /^(?:a|an|the)$/i.test(pre[s0]!.w) && pre[s0 - 1]!.w === ',') {
            const name = phraseBefore(pre, s0 - 1, lex, persons).phrase;
            if (name && !name.head && !name.pronoun && /^\p{Lu}/u.test(name.name) && persons.has(name.name.split(/\s+/).pop()!)) return { actor: resolvePhrase(name, inner), cue: verb, ...(addressee ? { addressee } : {}), phrase: name, reply };
          }
        }
        if (phrase) return { actor: resolvePhrase(phrase, inner), cue: verb, ...(addressee ? { addressee } : {}), phrase, reply };
        if (stop === 'who' || stop === 'which') {
          let j = pre.findIndex((k, i) => i < v && i >= 0 && k.w.toLowerCase() === stop && i === v - 1 - (pre.slice(0, v).reverse().findIndex((x) => x.w.toLowerCase() === stop)));
          if (j < 0) j = v - 1;
          // Skip a parenthetical ", of course," before "who".
          let e = j;
          if (pre[e - 1]?.w === ',') {
            e--;
            let k = e - 1;
            while (k > 0 && pre[k]!.w !== ',' && e - k < 4) k--;
            // (", General Davud Sarrkan, who": a name set off by commas is the antecedent itself)
            if (pre[k]?.w === ',' && !pre.slice(k + 1, e).some((x) => /^\p{Lu}/u.test(x.w))) e = k;
          }
          const ante = phraseBefore(pre, e, lex, persons).phrase;
          if (ante) return { actor: resolvePhrase(ante, inner), cue: verb, phrase: ante, reply };
        }
      }
      // ("X struck the sites, the ministry said, describing them as '...'": who said, describes)
      if (coordinated && before === ',' && v >= 2 && isVerb(pre[v - 2], pre[v - 3])) {
        const { phrase } = phraseBefore(pre, v - 2, lex, persons);
        let k = phrase ? pre.findIndex((x) => x.start === phrase.start) : -1;
        while (k > 0 && /^(?:the|a|an)$/i.test(pre[k - 1]!.w)) k--;
        if (phrase && k > 0 && pre[k - 1]!.w === ',') {
          return { actor: resolvePhrase(phrase, inner), cue: verb, ...(addressee ? { addressee } : {}), phrase, reply };
        }
      }
      const subj = sentenceSubject(toks, lex, persons);
      if (subj) return { actor: resolvePhrase(subj, inner), cue: verb, ...(addressee ? { addressee } : {}), phrase: subj, reply };
      return { cue: verb, reply };
    }
    // 3. 'Name: "..."' inline.
    // ("Headline: “...”": a label, no speaker)
    if (pre.length > from && pre[pre.length - 1]!.w === ':' && !LABEL_LINE.test(`${pre[pre.length - 2]?.w ?? ''}:`)) {
      // ("The memo reports a meeting with X:", "Two paragraphs deal with finance, including Y:"):
      // a document or a part of one tells the quote; its author speaks, not the name before the colon.
      const opening = pre.slice(from, from + 3).map((k) => k.w.toLowerCase());
      const docSubject = (['the', 'this'].includes(opening[0] ?? '') && MEMO_NOUNS.test(opening[1] ?? ''))
        || (/^(?:one|two|three|four|several|the|its)$/.test(opening[0] ?? '') && DOC_PARTS.test(opening[1] ?? ''));
      const author = docSubject ? documentAuthor() : undefined;
      if (author) return { actor: author, cue: pre[pre.length - 1]! };
      // 4. "The presenter, Lidia Sarkova, began with the accusation:", "Sarkova turned to the
      // Guide:": a verb that opens or moves a talk on; its subject speaks, not what it turns to.
      const intro = pre.slice(from, pre.length - 1).findIndex((k, i, xs) => INTRO_VERBS.test(k.w) && ['with', 'to', 'on', 'by'].includes(xs[i + 1]?.w.toLowerCase() ?? ''));
      if (intro >= 0) {
        const subj = sentenceSubject(pre.slice(from, from + intro), lex, persons);
        if (subj) return { actor: resolvePhrase(subj, inner), cue: pre[from + intro]!, phrase: subj };
      }
      const { phrase } = phraseBefore(pre, pre.length - 1, lex, persons);
      // A name or a description of a speaker, not a verb phrase ("He went on:").
      if (phrase && (phrase.pronoun || !phrase.head || lex.roleNouns.has(phrase.head) || lex.collectives.has(phrase.head) || lex.outletNouns.has(phrase.head))) return { actor: resolvePhrase(phrase, inner), cue: pre[pre.length - 1]!, phrase };
    }
    if (from > 0) return { prevSame: true };
    return {};
  }

  /** Parts of a document: "Two paragraphs deal with finance:". */
  const DOC_PARTS = /^(?:paragraphs?|passages?|sections?|pages?|annex(?:es)?)$/i;

  /** Verbs that open a talk or move it on ("began with", "turned to", "opened by", "went on to"). */
  const INTRO_VERBS = /^(?:began|begins|opened|opens|started|starts|turned|turns|moved|moves|went|goes|closed|closes|ended|ends|concluded|concludes)$/i;

  /** A lead-in sentence ending in ":" ("The following are the main points of his speech:"). */
  function speakerOfLeadIn(toks: readonly Token[], s: string, inner?: Actor): Actor | undefined {
    // ("Transcript excerpt, remarks by EGB commander Tamir Oskaldi:"): the one the words are by.
    const by = BY_SPEAKER.exec(s);
    if (by && toks[0]) {
      const at = toks[0].start + by.index + by[0].length;
      const end = toks[0].start + s.replace(/[:\s]+$/, '').length;
      const p = end > at ? readPhrase(tokens(text, at, end), lex, persons) : undefined;
      if (p && !p.pronoun) return resolvePhrase(p, inner);
    }
    const r = speakerInSentence(toks, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, inner);
    leadInReply = r.reply ? { ...(r.addressee ? { addressee: r.addressee } : {}) } : undefined;
    if (r.actor && r.cue && !/^(?:the following|below)/i.test(s.trim())) return r.actor;
    // A short lead-in without a speech verb ("He went on:", "Lenko continued:"): its subject speaks.
    const words = toks.filter((k) => /^[\p{L}\p{N}]/u.test(k.w));
    if (!/^(?:the following|below)/i.test(s.trim()) && words.length <= 5) {
      const subj = sentenceSubject(toks, lex, persons);
      if (subj && (subj.pronoun || !subj.head)) return resolvePhrase(subj, inner);
    }
    const docNoun = [...DOC_NOUNS].join('|');
    const poss = new RegExp(`\\b(his|her|its|their)\\s+(?:\\w+\\s+){0,2}(?:${docNoun})\\b`, 'i').exec(s);
    if (poss) return resolvePhrase(readPhrase([{ w: poss[1]!.toLowerCase() === 'his' ? 'he' : poss[1]!.toLowerCase() === 'her' ? 'she' : poss[1]!.toLowerCase() === 'its' ? 'it' : 'they', start: 0, end: 0 }], lex, persons), inner);
    const named = new RegExp(`((?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,4}\\p{Lu}[\\p{L}.\\-]*)['’]s?\\s+(?:\\w+\\s+){0,2}(?:${docNoun})\\b`, 'u').exec(s);
    if (named) {
      const at = toks[0] ? toks[0].start + s.indexOf(named[1]!) : 0;
      const p = readPhrase(tokens(text, at, at + named[1]!.length), lex, persons);
      if (p) return resolvePhrase(p, inner);
    }
    // ("The memo opens with an account of deliveries:" in a piece on a memo "signed by General X";
    // "Two paragraphs deal with finance:" in a piece that quotes one)
    if (/\b(?:the|this)\s+(?:memo|memorandum|document|cable|dossier)\b|^\s*(?:\p{Lu}\p{Ll}+\.\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:paragraphs?|passages?|sections?|pages?)\b/iu.test(s)) {
      const author = documentAuthor();
      if (author) return author;
    }
    if (/\bthe\s+(?:article|editorial|column|op-ed)\b/i.test(s)) return lastOutlet;
    if (/\bthe\s+(?:statement|letter|message|speech)\b/i.test(s)) return lastSpeaker;
    return r.actor;
  }

  const BY_SPEAKER = new RegExp(`\\b(?:${[...DOC_NOUNS, 'excerpt', 'excerpts', 'transcript', 'comments'].join('|')})\\s+(?:(?:made|delivered|given|issued|posted|written)\\s+)?by\\s+(?=\\S)`, 'i');
  /** The person a document the text tells of is "signed by" or "written by", if it names one. */
  let authorFound: Actor | null | undefined;
  function documentAuthor(): Actor | undefined {
    if (authorFound === undefined) {
      const m = /\b(?:signed|written|authored|drafted)\s+by\s+/.exec(text);
      const person = m ? index.between(m.index + m[0].length, m.index + m[0].length + 60).find((x) => x.type === 'person') : undefined;
      authorFound = person ? actorFromMention(person) : null;
    }
    return authorFound ?? undefined;
  }
  let leadInReply: { addressee?: string } | undefined;
  /** Narration sentences, for the latest full date before a sentence ("the following day"). */
  const yearSentences: Span[] = [];
  const anchorBefore = (at: number): string | undefined => {
    for (let i = yearSentences.length - 1; i >= 0; i--) {
      const Y = yearSentences[i]!;
      if (Y.start >= at) continue;
      const s = masked.slice(Y.start, Y.end);
      if (!/\d{4}/.test(s)) continue;
      const full = speakingDates(s, ref, lex).find((x) => x.length === 10);
      if (full) return full;
    }
    return undefined;
  };
  /** Sentence start of each top-level draft. */
  const sentenceOf = new Map<Draft, Span>();
  // ---------------------------------------------------------------- reading the document
  for (const b of blocks) {
    if (b.kind === 'footnote' || b.kind === 'separator') continue;
    const heading = headings.get(b.index);
    if (heading?.speaker) note(heading.speaker);
    const sents = sentences(masked, b.start, b.end);
    for (const S of sents) {
      if (b.kind === 'paragraph') yearSentences.push(S);
      while (outletCursor < outletMentions.length && outletMentions[outletCursor]!.at < S.end) {
        lastOutlet = outletMentions[outletCursor]!.actor;
        outletCursor++;
      }
      const toks = tokens(masked, S.start, S.end);
      const qiBefore = qi;
      while (qi < byStart.length && byStart[qi]!.start - 1 < S.end) {
        const q = byStart[qi++]!;
        if (q.start - 1 < S.start - 1) continue;
        const d: Draft = { q, block: b.index, section: sectionOf[b.index] ?? -1 };
        drafts.set(q.id, d);
        sentenceOf.set(d, S);
        if (q.inHeading) {
          const h = headings.get(b.index);
          // (a roundup item's headline is its paper's)
          if (h?.speaker) d.speaker = h.speaker;
          else d.speaker = itemOutlet(b.index) ?? lastSpeaker;
          continue;
        }
        const r = speakerInSentence(toks, q.start - 1, q.end);
        if (r.actor) {
          d.speaker = r.actor;
          if (r.phrase) d.speakerSpan = { start: r.phrase.start, end: r.phrase.end };
        }
        if (r.cue) d.cue = { start: r.cue.start, end: r.cue.end };
        if (r.addressee) d.addressee = r.addressee;
        if (r.reply) d.follows = [...drafts.values()].reverse().find((x) => x !== d && !x.q.inHeading && x.speaker && x.speaker.key !== d.speaker?.key && (!r.addressee || x.speaker.key === r.addressee));
        if (r.prevSame) {
          const prev = [...drafts.values()].reverse().find((x) => x !== d && x.q.end <= q.start && x.q.start >= S.start);
          if (prev?.speaker && (!d.speaker || (r.inverted && prev.speaker.key === d.speaker.key))) {
            d.speaker = prev.speaker;
            d.sameUtterance = prev;
          }
        }
        if (!d.speaker) {
          // Lead-ins and continuations for a quote that opens its paragraph or sentence.
          const blockInitial = text.slice(b.start, q.start - 1).trim() === '';
          if (blockInitial) {
            let pi = blocks.indexOf(b) - 1;
            while (pi >= 0 && (isCreditLine(blocks[pi]!) || blocks[pi]!.kind === 'footnote')) pi--;
            const pb = blocks[pi];
            if (pb) {
              const ps = text.slice(pb.start, pb.end).trimEnd();
              const h = headings.get(pb.index);
              const poster = itemPoster.get(pb.index);
              if (h?.speaker && !/:\s*$/.test(ps.replace(/["”']+$/, ''))) d.speaker = h.speaker;
              else if (poster) d.speaker = poster;
              else if (/:$/.test(ps)) {
                const lastS = sentences(masked, pb.start, pb.end).pop()!;
                d.speaker = speakerOfLeadIn(tokens(masked, lastS.start, lastS.end), masked.slice(lastS.start, lastS.end));
                const reply = leadInReply;
                if (reply?.addressee) d.addressee = reply.addressee;
                d.follows = reply
                  ? [...drafts.values()].reverse().find((x) => x !== d && x.speaker && x.speaker.key !== d.speaker?.key && (!reply.addressee || x.speaker.key === reply.addressee))
                  : [...drafts.values()].reverse().find((x) => x !== d && x.block === pb.index && x.speaker?.key === d.speaker?.key);
              } else {
                const prev = [...drafts.values()].reverse().find((x) => x !== d && x.q.end <= q.start);
                if (prev && prev.q.blocks.includes(pb.index) && prev.speaker) {
                  d.speaker = prev.speaker;
                  d.sameUtterance = prev;
                }
              }
            }
          } else {
            const si = sents.indexOf(S);
            const prevS = si > 0 ? sents[si - 1] : undefined;
            // ('"...," said X of the Y Institute. "...": the quote before, in the sentence before, goes on)
            const opens = text.slice(S.start, q.start).replace(/["“'‘«\s]/g, '') === '';
            const before = prevS && opens ? [...drafts.values()].reverse().find((x) => x !== d && x.speaker && x.q.start >= prevS.start && x.q.end <= prevS.end) : undefined;
            if (before) {
              d.speaker = before.speaker;
              d.sameUtterance = before;
            } else if (prevS) {
              const r2 = speakerInSentence(tokens(masked, prevS.start, prevS.end), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
              if (r2.actor && r2.cue) d.speaker = r2.actor;
            }
          }
        }
        if (!d.speaker) {
          // A communiqué or letter signed below its text: "... our hills."  /  Martyr Dastan Brigades / June 14, 2025
          const sig = signatureAfter(q);
          if (sig) {
            d.speaker = sig.actor;
            d.speakerSpan = sig.actor.span;
            if (sig.date) signed.set(d, sig.date);
          }
        }
        // (in a press review, a passage no one in the item is said to speak is the paper's)
        if (!d.speaker) d.speaker = headings.get(d.section)?.speaker ?? itemPoster.get(itemOf[b.index] ?? -1)
          ?? (lastSpeakerItem !== (itemOf[b.index] ?? -1) ? itemOutlet(b.index) : undefined) ?? lastSpeaker;
        if (d.speaker) {
          lastSpeaker = d.speaker;
          lastSpeakerItem = itemOf[b.index] ?? -1;
        }
        note(d.speaker);
      }
      // Reported speech without quotes ("Erik Dahl, the head of safety, said the line would reopen"):
      // its speaker is the latest person for the pronouns that follow.
      const nextQ = byStart[qi];
      if (qi === qiBefore && nextQ && nextQ.start - S.end < 400 && toks.some((k) => lex.speechVerbs.has(k.w.toLowerCase()))) {
        const r = speakerInSentence(toks, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        if (r.actor?.person && r.cue) note(r.actor);
      }
      // Keep track of who the narration is about.
      const subj = sentenceSubject(toks, lex, persons);
      if (subj && !subj.pronoun && !(subj.head && DOC_NOUNS.has(subj.head))) {
        const a = resolvePhrase(subj);
        const next = toks[toks.findIndex((k) => k.end === subj.end) + 1];
        if (a && (a.person ? subj.name.includes(' ') || persons.has(subj.name) || (next && /^\p{Ll}/u.test(next.w)) : true)) {
          note(a);
          const date = speakingDates(masked.slice(S.start, S.end), ref, lex, subj.start - S.start)[0];
          const medium = mediumIn(masked.slice(S.start, S.end), lex, isOutletName);
          events.push({ key: a.key, at: S.start, ...(date ? { date } : {}), ...(medium ? { medium } : {}) });
        }
      }
    }
  }

  // A heading that repeats a body quote is that quote's speaker's ("## Varnia: 'a fairy tale'").
  const fold = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const folded = new Map<number, string>();
  const foldedOf = (q: Quote): string => {
    let f = folded.get(q.id);
    if (f === undefined) folded.set(q.id, (f = fold(text.slice(q.start, q.end))));
    return f;
  };
  for (const d of drafts.values()) {
    if (!d.q.inHeading) continue;
    const h = fold(text.slice(d.q.start, d.q.end));
    if (h.length < 6) continue;
    // The first body quote after the heading (within its section and the next) that contains it.
    const body = byStart.find((q) => !q.inHeading && q.start > d.q.start && q.start - d.q.end < 20000 && foldedOf(q).includes(h));
    const bd = body ? drafts.get(body.id) : undefined;
    if (bd?.speaker) d.speaker = bd.speaker;
  }

  // ---------------------------------------------------------------- nested quotes
  const nested = quotes.filter((q) => q.parent !== undefined).sort((a, b) => a.start - b.start);
  for (const q of nested) {
    const parent = drafts.get(q.parent!);
    const p = quotes[q.parent!]!;
    const kids = nested.filter((k) => k.parent === p.id);
    const m = maskSpans(text, kids, p);
    const b = blockAt(q.start);
    const lo = Math.max(p.start, b.start);
    const hi = Math.min(p.end, b.end);
    const sents = sentences(m, lo, hi);
    const S = sents.find((s) => s.start <= q.start - 1 && q.start - 1 < s.end) ?? { start: lo, end: hi };
    const d: Draft = { q, block: b.index, section: sectionOf[b.index] ?? -1 };
    drafts.set(q.id, d);
    const saved = { lastPerson, lastSpeaker };
    // Inside the parent passage a pronoun refers to the persons that passage names ("General Volt ... he told them").
    const named = index.between(p.start, q.start).filter((x) => x.type === 'person');
    const lastNamed = named[named.length - 1];
    const savedRecent = recentPersons.splice(0);
    for (const x of named) note({ key: x.key, name: x.surface, span: x, person: true, outlet: false, descr: x.surface, named: true });
    if (lastNamed) lastPerson = { key: lastNamed.key, name: lastNamed.surface, span: lastNamed, person: true, outlet: false, descr: lastNamed.surface, named: true };
    const r = speakerInSentence(tokens(m, S.start, S.end), q.start - 1, q.end, parent?.speaker);
    if (r.actor) d.speaker = r.actor;
    if (r.cue) d.cue = { start: r.cue.start, end: r.cue.end };
    if (r.phrase) {
      d.speakerSpan = { start: r.phrase.start, end: r.phrase.end };
      if (r.phrase.venue && !d.speaker?.outlet && (r.phrase.venue.prep === 'on' || outlets.has(r.phrase.venue.text.toLowerCase()))) {
        d.cited = keyOf(r.phrase.venue.text, r.phrase.venue);
        d.citedSpan = r.phrase.venue;
      }
    }
    if (!d.speaker) {
      const si = sents.indexOf(S);
      for (let k = si - 1; k >= 0 && k >= si - 1 && !d.speaker; k--) {
        const r2 = speakerInSentence(tokens(m, sents[k]!.start, sents[k]!.end), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, parent?.speaker);
        if (r2.actor && r2.cue) {
          d.speaker = r2.actor;
          if (r2.phrase?.venue && !r2.actor.outlet && (r2.phrase.venue.prep === 'on' || outlets.has(r2.phrase.venue.text.toLowerCase()))) {
            d.cited = keyOf(r2.phrase.venue.text, r2.phrase.venue);
            d.citedSpan = r2.phrase.venue;
          }
        }
      }
    }
    if (!d.speaker) d.speaker = parent?.speaker;
    lastPerson = saved.lastPerson;
    lastSpeaker = saved.lastSpeaker;
    recentPersons.splice(0, recentPersons.length, ...savedRecent);
  }

  // ---------------------------------------------------------------- when, how, from which outlet
  const all = [...drafts.values()].sort((a, b) => a.q.start - b.q.start);
  const localDate = new Map<Draft, string>();
  const localMedium = new Map<Draft, Medium>();
  const datable = new Map<Draft, string[]>();
  const contexts = (d: Draft): string[] => {
    // Narration nearest the quote first: its own sentence, earlier sentences of the paragraph,
    // the lead-in paragraph when the quote opens a paragraph.
    const q = d.q;
    const parent = q.parent !== undefined ? quotes[q.parent] : undefined;
    const m = parent ? maskSpans(text, quotes.filter((k) => k.parent === parent.id), parent) : masked;
    const b = blockAt(q.start);
    const lo = parent ? Math.max(parent.start, b.start) : b.start;
    const hi = parent ? Math.min(parent.end, b.end) : b.end;
    const sents = sentences(m, lo, hi);
    const si = sents.findIndex((s) => s.start <= q.start - 1 && q.start - 1 < s.end);
    const out: string[] = [];
    if (si >= 0) {
      const S = sents[si]!;
      let from = S.start;
      const pre = m.slice(S.start, q.start - 1);
      const lastMask = pre.lastIndexOf(MASK);
      if (lastMask >= 0) from = S.start + lastMask + 1;
      let tail = m.slice(Math.min(q.end + 1, S.end), S.end);
      const cut = tail.search(new RegExp(`${MASK}|,\\s+(?:because|while|as|since|after|and then)\\b`));
      if (cut >= 0) tail = tail.slice(0, cut);
      out.push(m.slice(from, q.start - 1) + ' ' + tail);
      // The same sentence before an earlier quote ('on January 2, 2020, X outlined "..." and dictated "..."').
      datable.set(d, [out[0]!, from > S.start ? m.slice(S.start, from) : '']);
      for (let k = si - 1; k >= 0; k--) out.push(m.slice(sents[k]!.start, sents[k]!.end));
    }
    if (!parent && text.slice(b.start, q.start - 1).trim() === '') {
      let pi = blocks.indexOf(b) - 1;
      while (pi >= 0 && isCreditLine(blocks[pi]!)) pi--;
      const pb = blocks[pi];
      if (pb && pb.kind === 'paragraph' && /:\s*$/.test(text.slice(pb.start, pb.end))) {
        for (const s of sentences(masked, pb.start, pb.end).reverse()) out.push(masked.slice(s.start, s.end));
      }
    }
    return out;
  };
  for (const d of all) {
    const ctxs = d.q.inHeading ? [] : contexts(d);
    const dctx = datable.get(d) ?? [];
    const d0 = speakingDates(dctx[0] ?? '', ref, lex)[0];
    if (d0) localDate.set(d, d0);
    else {
      const d1 = speakingDates(dctx[1] ?? '', ref, lex)[0];
      if (d1 && !d.sameUtterance) localDate.set(d, d1);
    }
    const S = sentenceOf.get(d);
    if (!localDate.has(d) && S) {
      // "the following day": a day after the latest date the narration gave.
      const own = dctx[0] ?? '';
      const next = NEXT_DAY.test(own);
      const anchor = next || PREV_DAY.test(own) ? anchorBefore(S.start) : undefined;
      if (anchor) localDate.set(d, addDays(anchor, next ? 1 : -1));
    }
    if (S && d.speaker && !d.sameUtterance && (!localDate.has(d) || !d.cited)) {
      // The sentence earlier in the paragraph that introduced the speaker dates and credits the passage
      // ("On March 16, Channel One aired an interview with Milos Ferrant. ... He praised X, calling him '...'").
      const b = blockAt(d.q.start);
      const earlier = sentences(masked, b.start, S.start).reverse();
      for (const E of earlier) {
        if (localDate.has(d) && d.cited) break;
        if (!index.between(E.start, E.end).some((m) => m.key === d.speaker!.key)) continue;
        const es = masked.slice(E.start, E.end);
        if (!localDate.has(d)) {
          // Only the date that frames the sentence ("On March 16, 2025, ..."), not a reported event's.
          const opening = /^\s*(?:On\s+)?[^,]{3,40},/.exec(es)?.[0] ?? '';
          const dt = speakingDates(opening, ref, lex)[0];
          if (dt) localDate.set(d, dt);
        }
        if (!d.cited && CITE_CUE.test(es)) {
          const c = citedIn(es, isOutletName);
          if (c) d.cited = keyOf(c.name, { start: E.start + c.at, end: E.start + c.at + c.name.length });
        }
      }
    }
    if (!localDate.has(d) && d.q.parent === undefined && text.slice(blockAt(d.q.start).start, d.q.start - 1).trim() === '') {
      // A quote opening its paragraph: the lead-in paragraph's own date.
      for (const c of ctxs.slice(1)) {
        const dt = speakingDates(c, ref, lex)[0];
        if (dt) { localDate.set(d, dt); break; }
      }
    }
    for (const c of ctxs) {
      const md = mediumIn(c, lex, isOutletName);
      if (md) { localMedium.set(d, md); break; }
    }
    if (!d.cited && ctxs[0]) {
      const c = citedIn(ctxs[0], isOutletName);
      if (c) d.cited = keyOf(c.name, { start: d.q.start, end: d.q.start });
    }
  }
  /** Whom a passage addresses: its own words ("told Ferrant:"), else its section heading's ("A To B:"). */
  const addresseeOf = (d: Draft): string | undefined =>
    d.addressee ?? (d.speaker && headings.get(d.section)?.speaker?.key === d.speaker.key ? headings.get(d.section)?.addressee : undefined);
  // Footnotes and credits: the first reference after the passage in its section.
  /** The footnote the paragraph cites last before a passage that cites none (the same source goes on). */
  const footnoteBefore = (d: Draft): SourceCredit | undefined => {
    if (d.q.parent !== undefined) return undefined;
    const b = blocks.find((x) => x.index === d.q.blocks[0]);
    const r = b?.refs.filter((x) => x.start < d.q.start).pop();
    return r ? seg.footnotes.find((x) => x.n === r.n) : undefined;
  };
  const footnote = (d: Draft): SourceCredit | undefined => {
    if (d.q.parent !== undefined) return undefined;
    const lastBlock = d.q.blocks[d.q.blocks.length - 1]!;
    for (const b of blocks) {
      if (b.index < lastBlock || b.kind === 'footnote') continue;
      if ((sectionOf[b.index] ?? -1) !== d.section) break;
      for (const r of b.refs) {
        if (r.start < d.q.end) continue;
        const f = seg.footnotes.find((x) => x.n === r.n);
        if (f) return f;
      }
      if (b.refs.some((r) => r.start >= d.q.end)) return undefined;
    }
    return undefined;
  };
  const sectionCredits = (d: Draft): SourceCredit[] => {
    const out: SourceCredit[] = [];
    for (const b of blocks) if ((sectionOf[b.index] ?? -1) === d.section && isCreditLine(b)) { const c = creditOf(b); if (c) out.push(c); }
    return out;
  };
  const nearestSame = <T>(d: Draft, m: Map<Draft, T>): T | undefined => {
    let best: T | undefined;
    let dist = Infinity;
    for (const [x, v] of m) {
      // (a headline's passage has no occasion of its own: it is dated from the body)
      if (x === d || !x.speaker || x.speaker.key !== d.speaker?.key || x.q.inHeading) continue;
      const dd = Math.abs(x.q.start - d.q.start);
      if (dd < dist) { dist = dd; best = v; }
    }
    return best;
  };
  const eventOf = (d: Draft, field: 'date' | 'medium', sameBlock = false): string | undefined => {
    if (!d.speaker) return undefined;
    const b = blockAt(d.q.start);
    const evs = events.filter((e) => e.key === d.speaker!.key && e[field] && (!sameBlock || (e.at >= b.start && e.at < d.q.start)));
    const before = evs.filter((e) => e.at <= d.q.start).pop();
    return (before ?? evs[0])?.[field];
  };
  const month = published?.slice(0, 7);
  /** The date already given to the same speaker's previous passage in the section (one occasion). */
  const prevSameDate = (d: Draft): string | undefined => {
    for (let i = all.indexOf(d) - 1; i >= 0; i--) {
      const x = all[i]!;
      if (x.section !== d.section) break;
      if (!x.q.inHeading && x.q.parent === undefined && x.speaker && x.speaker.key === d.speaker?.key && x.date && x.date !== month) return x.date;
    }
    return undefined;
  };
  // Transcript turns ("Name: text"): the occasion is the transcript's, told by the narration or
  // credit line just before the first turn ("aired an interview with ...", "(Source: X, date)").
  const turnPrefix = (q: Quote): string | undefined => {
    if (q.parent !== undefined || q.inHeading) return undefined;
    const at = markChar(text.charCodeAt(q.start - 1)) ? q.start - 1 : q.start;
    const b = blockAt(q.start);
    const lead = text.slice(b.start, at);
    return /^[^\n:"“«]{1,60}:\s*$/.test(lead) ? lead.trim().toLowerCase() : undefined;
  };
  // A turn may itself be set in quotation marks ('HOST: "Thank you for joining us."') when the
  // document holds a dialogue of such lines (two speakers at least), not a lone 'Raisi: "..."'.
  const markedTurns = quotes.filter((q) => markChar(text.charCodeAt(q.start - 1))).map(turnPrefix).filter((x) => x !== undefined);
  const markedSpeakers = new Set(markedTurns);
  // (Under a monitoring source line, answers of one speaker in a row are a transcript too.)
  const sourceLine = blocks.slice(0, 8).find((b) => b.kind === 'caption' && b.credit && SOURCE_LINE.test(text.slice(b.start, b.end)));
  const isTurn = (q: Quote): boolean => {
    if (turnPrefix(q) === undefined) return false;
    return !markChar(text.charCodeAt(q.start - 1)) || markedSpeakers.size >= 2 || (sourceLine !== undefined && markedTurns.length >= 2);
  };
  const turnBlocks = new Set(all.filter((d) => isTurn(d.q)).map((d) => d.q.blocks[0]!));
  const leadOf = new Map<number, { date?: string; medium?: Medium; credit?: SourceCredit }>();
  const AIRED = /\b(?:aired|broadcast|televised|screened)\b/;
  const transcriptLead = (blockIndex: number): { date?: string; medium?: Medium; credit?: SourceCredit } => {
    let bi = blocks.findIndex((b) => b.index === blockIndex);
    // (a turn's second paragraph opens with a quotation mark and belongs to the transcript too)
    while (bi > 0 && (turnBlocks.has(blocks[bi - 1]!.index) || markChar(text.charCodeAt(blocks[bi - 1]!.start)))) bi--;
    const first = blocks[bi]!.index;
    const known = leadOf.get(first);
    if (known) return known;
    const lead: { date?: string; medium?: Medium; credit?: SourceCredit } = {};
    for (let k = bi - 1; k >= 0 && k >= bi - 4; k--) {
      const b = blocks[k]!;
      if (b.kind === 'footnote' || b.kind === 'separator') continue;
      const credit = creditOf(b);
      if (credit) {
        if (!lead.credit) lead.credit = credit;
        if (!lead.date && credit.date) lead.date = credit.date;
        continue;
      }
      if (isHeading(text, b)) break;
      const s = masked.slice(b.start, b.end);
      lead.medium ??= mediumIn(s, lex, isOutletName);
      lead.date ??= speakingDates(s, ref, lex)[0];
      // "the news channel Selmora 24 aired an interview with ...": the channel it was heard on.
      if (!lead.credit && AIRED.test(s)) {
        const m = index.between(b.start, b.end).find((x) => x.type === 'outlet');
        if (m) lead.credit = { outlet: m.surface, start: m.start, end: m.end };
      }
    }
    // A monitoring source line atop the document ("Source: X TV, City, in Lang 1105 gmt 28 Apr 25")
    // names the broadcast the whole transcript is from: its outlet and day win over the days a
    // monitoring note tells of.
    if (sourceLine?.credit && (!lead.credit || lead.credit.start === sourceLine.credit.start)) {
      lead.credit = sourceLine.credit;
      if (sourceLine.credit.date) lead.date = sourceLine.credit.date;
    }
    leadOf.set(first, lead);
    return lead;
  };

  /**
   * The occasion told by the paragraph before a quote's paragraph when that paragraph names the
   * speaker ("In a phone call with ... Haniya, Raisi ..." / "Haniya thanked Iran, saying: ...").
   */
  const priorParagraph = (d: Draft): { medium?: Medium; date?: string } | undefined => {
    if (!d.speaker || d.q.parent !== undefined) return undefined;
    let bi = blocks.findIndex((b) => b.index === d.q.blocks[0]);
    bi--;
    while (bi >= 0 && (isCreditLine(blocks[bi]!) || blocks[bi]!.kind === 'footnote')) bi--;
    const pb = blocks[bi];
    if (!pb || pb.kind !== 'paragraph' || (sectionOf[pb.index] ?? -1) !== d.section) return undefined;
    if (!index.between(pb.start, pb.end).some((m) => m.key === d.speaker!.key)) return undefined;
    const s = masked.slice(pb.start, pb.end);
    const medium = mediumIn(s, lex, isOutletName);
    const date = speakingDates(s, ref, lex)[0];
    return { ...(medium ? { medium } : {}), ...(date ? { date } : {}) };
  };

  /** The occasion named in the quote's own sentence or lead-in ("speaking at a cadet graduation in Halden"). */
  const occasionOf = (d: Draft): Span | undefined => {
    const S = sentenceOf.get(d);
    const spans: Span[] = [];
    if (S) spans.push(S);
    else if (d.q.parent === undefined) spans.push(blockAt(d.q.start));
    for (let k = 0; k < 2; k++) {
      // The lead-in paragraph ending in ':' before a quote that opens its paragraph.
      const b = blockAt(d.q.start);
      if (k === 1 && d.q.parent === undefined && text.slice(b.start, d.q.start - 1).trim() === '') {
        let pi = blocks.indexOf(b) - 1;
        while (pi >= 0 && isCreditLine(blocks[pi]!)) pi--;
        const pb = blocks[pi];
        if (pb && /:\s*$/.test(text.slice(pb.start, pb.end))) spans.push(pb);
      }
    }
    for (const sp of spans) {
      const m = OCCASION.exec(masked.slice(sp.start, sp.end));
      if (m) {
        const at = sp.start + m.index + (m[0].length - m[0].trimStart().length);
        let end = sp.start + m.index + m[0].length;
        while (end > at && /[\s,]/.test(text[end - 1]!)) end--;
        return { start: at, end };
      }
    }
    return undefined;
  };

  // ---------------------------------------------------------------- reproduced passages
  // "... aired a 34-minute address by the group's leader, Idris Haddar. Below we reproduce four
  // passages ...": the quotes that fill their own paragraphs below, with no words of their own
  // about who speaks, are that address's: its speaker, day, kind and outlet.
  const source = reproducedSource();
  if (source) {
    for (const d of all) {
      if (d.q.parent !== undefined || d.q.inHeading || d.q.start < source.after || d.cue) continue;
      const b = blockAt(d.q.start);
      const fills = text.slice(b.start, d.q.start - 1).trim() === '' && text.slice(d.q.end + 1, d.q.blocks.length ? blocks[d.q.blocks[d.q.blocks.length - 1]!]!.end : b.end).trim().replace(/^[”"»’']/, '') === '';
      if (!fills) continue;
      d.speaker = source.actor;
      if (source.date && !localDate.has(d)) localDate.set(d, source.date);
      localMedium.set(d, source.medium);
      if (source.cited && !d.cited) d.cited = source.cited;
    }
  }
  function reproducedSource(): { actor: Actor; after: number; date?: string; medium: Medium; cited?: string } | undefined {
    for (const b of blocks.slice(0, 8)) {
      if (b.kind !== 'paragraph') continue;
      const para = masked.slice(b.start, b.end);
      if (!REPRODUCE.test(para)) continue;
      for (const S of sentences(masked, b.start, b.end)) {
        const sent = masked.slice(S.start, S.end);
        const by = SPEECH_BY.exec(sent);
        if (!by) continue;
        const from = S.start + by.index + by[0].length;
        const person = index.between(from, S.end).find((m) => m.type === 'person');
        if (!person) continue;
        const outlet = index.between(S.start, S.start + by.index).find((m) => m.type === 'outlet');
        // (the paragraph up to the sentence: "Friday 7 Mar. 2025" may be cut off at "Mar.")
        const upTo = masked.slice(b.start, S.end);
        const date = speakingDates(sent, ref, lex).find((x) => x.length === 10) ?? findDates(upTo).find((x) => x.iso.length === 10)?.iso;
        // (the kind of what is reproduced, not how it reached us: an address aired on TV is a speech)
        const noun = by[1]!.toLowerCase();
        const medium: Medium = noun === 'interview' ? 'interview' : noun === 'statement' || noun === 'message' ? 'statement' : 'speech';
        return {
          actor: actorFromMention(person), after: b.end, medium,
          ...(date ? { date } : {}), ...(outlet ? { cited: outlet.key } : {}),
        };
      }
    }
    return undefined;
  }
  // Which of an item's tag entries carried each passage: the one its narration names, else
  // the first one no other passage of the item names.
  // (each passage's own reading once: an item's passages are read against one another)
  const named = new Map<Draft, TagEntry | undefined>();
  const namedOf = (x: Draft, entries: readonly TagEntry[]): TagEntry | undefined => {
    if (!named.has(x)) named.set(x, namedEntry(entries, x.q.inHeading ? '' : contexts(x)[0] ?? ''));
    return named.get(x);
  };
  const tagOf = (d: Draft): TagEntry | undefined => {
    const entries = tags.get(d.block);
    if (!entries) return undefined;
    const own = namedOf(d, entries);
    if (own) return own;
    const claimed = new Set(all.filter((x) => x !== d && tags.get(x.block) === entries).map((x) => namedOf(x, entries)));
    return entries.find((e) => !claimed.has(e)) ?? entries[0];
  };
  const out: Statement[] = [];
  for (const d of all) {
    if (isTurn(d.q)) {
      const lead = transcriptLead(d.q.blocks[0]!);
      // (the day of the broadcast a source line names wins over days the note before tells of)
      const broadcast = sourceLine?.credit !== undefined && lead.credit === sourceLine.credit;
      if ((!localDate.has(d) || broadcast) && lead.date) localDate.set(d, lead.date);
      // (and it was heard on that broadcast, whatever call or meeting the note tells of)
      if (broadcast && /\b(?:TV|television|radio|channel)\b/i.test(sourceLine!.credit!.outlet)) localMedium.set(d, 'broadcast');
      if (!localMedium.has(d)) localMedium.set(d, lead.medium === 'interview' || lead.medium === 'meeting' || lead.medium === 'call' ? lead.medium : 'interview');
      if (!d.cited && lead.credit && (!lead.credit.date || lead.credit.date === localDate.get(d))) {
        d.cited = keyOf(lead.credit.outlet, lead.credit);
        d.citedSpan = { start: lead.credit.start, end: lead.credit.end };
      }
    }
    if (!d.follows && !d.sameUtterance && d.speaker && !d.q.inHeading) {
      // The one addressed speaks next: a reply in the same exchange (a call, a meeting, letters).
      const i = all.indexOf(d);
      const prev = all.slice(Math.max(0, i - 3), i).reverse().find((x) => !x.q.inHeading && x.speaker);
      if (prev && addresseeOf(prev) === d.speaker.key && prev.speaker!.key !== d.speaker.key && d.block - prev.block <= 2) d.follows = prev;
    }
    const f = footnote(d);
    const origin = d.sameUtterance ?? d.follows;
    const item = itemSource.get(itemOf[d.block] ?? -1);
    const tagEntry = d.q.parent === undefined ? tagOf(d) : undefined;
    const tagDate = tagEntry?.when ? speakingDates(tagEntry.when, ref, lex)[0] : undefined;
    let date = (d.sameUtterance ? d.sameUtterance.date : undefined) ?? localDate.get(d) ?? signed.get(d) ?? eventOf(d, 'date', true) ?? item?.date ?? tagDate ?? f?.date ?? (f ? undefined : footnoteBefore(d)?.date) ?? (d.follows ? d.follows.date ?? localDate.get(d.follows) : undefined) ?? nearestSame(d, localDate) ?? prevSameDate(d) ?? eventOf(d, 'date') ?? datelineDay.get(d.block) ?? (origin?.date);
    if (!d.cited && d.speaker?.on) {
      d.cited = d.speaker.on.key;
      d.citedSpan = d.speaker.on.span;
    }
    // Words about this passage first, then the outlet it was heard on, then the context's.
    const heardOn = d.cited && d.cited !== d.speaker?.key ? ctx.outletMedium?.(d.cited) : undefined;
    const posted = itemPoster.has(itemOf[d.block] ?? -1) ? 'post' as const : undefined;
    const medium: Medium = (d.sameUtterance ? d.sameUtterance.medium : undefined) ?? localMedium.get(d) ?? posted ?? (f?.ownRelease ? 'statement' : undefined) ?? headings.get(d.section)?.medium ?? heardOn ?? (d.follows ? d.follows.medium ?? localMedium.get(d.follows) : undefined) ?? (d.speaker ? speakerMedium(d.speaker.descr ?? d.speaker.name) : undefined) ?? priorParagraph(d)?.medium ?? nearestSame(d, localMedium) ?? (eventOf(d, 'medium') as Medium | undefined) ?? (d.speaker?.outlet ? outletMedium(d.speaker.descr ?? '') : 'statement');
    if (!date && d.q.parent === undefined && d.follows) date = d.follows.date;
    // An undated quote in a dated news story is of the story's day; in a report, of its month.
    if (!date && seg.newsDateline && published?.length === 10) date = published;
    if (!date && month) date = month;
    d.date = date;
    d.medium = medium;
    let cited = d.cited;
    let citedSpan = d.citedSpan;
    if (!cited && tagEntry) {
      cited = keyOf(tagEntry.outlet, tagEntry);
      citedSpan = { start: tagEntry.start, end: tagEntry.end };
    }
    // ("[1] Dawn Vigil Telegram channel": a footnote that names the speaker's own channel cites no outlet)
    const ownChannel = (o: string): boolean => {
      const name = o.replace(/\s+(?:official\s+)?(?:Telegram|X|Twitter|Facebook|Instagram|YouTube|TikTok)?\s*(?:channel|account|page|website|site)$/i, '');
      if (!d.speaker) return false;
      return keyOf(name, f!) === d.speaker.key || name === d.speaker.name;
    };
    if (!cited && f?.outlet && !ownChannel(f.outlet)) {
      cited = keyOf(f.outlet, f);
      citedSpan = { start: f.start, end: f.end };
    }
    if (!cited && d.q.parent === undefined) {
      const c = sectionCredits(d).find((x) => x.date && x.date === date);
      if (c) {
        cited = keyOf(c.outlet, c);
        citedSpan = { start: c.start, end: c.end };
      }
    }
    if (!cited && d.q.parent !== undefined) {
      const pd = drafts.get(d.q.parent);
      if (pd?.cited) cited = pd.cited;
    }
    if (!cited && d.sameUtterance?.cited) cited = d.sameUtterance.cited;
    if (!cited && item?.credit) {
      cited = keyOf(item.credit.outlet, item.credit);
      citedSpan = { start: item.credit.start, end: item.credit.end };
    }
    if (!cited && d.speaker?.outlet && d.speaker.named) cited = d.speaker.key;
    // ("..., she told Pandrel Press" in a Pandrel Press story: the document's own interview cites no outlet)
    if (cited && cited === ctx.publisher && d.speaker?.key !== cited) cited = undefined;
    d.cited = cited;
    if (citedSpan) d.citedSpan = citedSpan;
    const addressee = addresseeOf(d);
    const occasion = d.q.inHeading ? undefined : occasionOf(d);
    out.push({
      quote: d.q,
      ...(occasion ? { occasion } : {}),
      speaker: d.speaker?.key ?? null,
      ...(d.speakerSpan ? { speakerSpan: d.speakerSpan } : d.speaker ? { speakerSpan: d.speaker.span } : {}),
      ...(d.cue ? { cue: d.cue } : {}),
      ...(date ? { date } : {}),
      medium,
      ...(addressee ? { addressee } : {}),
      ...(cited ? { cited } : {}),
      ...(citedSpan ? { citedSpan } : {}),
    });
  }
  return out.sort((a, b) => a.quote.id - b.quote.id);
}
