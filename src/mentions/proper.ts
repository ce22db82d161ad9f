// mentions/proper: actors in no pack that are named without a title: organisations whose
// capitalised name ends in a head word ("the Crimson Banner Front", "Sentinel Daily") and
// states or regions that the document also writes as a demonym ("Varnia" beside "Varnian").
// Only spans no other mention covers; keys come from the resolver, so spellings merge.
import { looseKey, nameKey } from '../resolve/name-key.js';
import type { Resolver } from '../resolve/resolver.js';
import type { ActorType, Mention } from '../types.js';
import { ENDS_IN_TITLE } from './role-references.js';

export interface ProperLexicon {
  /** Lower-case last words of organisation names. */
  readonly organizationHeads: ReadonlySet<string>;
  /** Lower-case last words of outlet names. */
  readonly outletHeads: ReadonlySet<string>;
  /** Lower-case words that turn a person's name into a place's ("Husseiniya", "Square"). */
  readonly placeHeads: ReadonlySet<string>;
  /** Lower-case one-word speech verbs ("said", "told"): after a name, they make it a speaker's. */
  readonly speechVerbs?: ReadonlySet<string>;
  /** Lower-case words of titles and role nouns ("guide", "minister"): no part of a bare name. */
  readonly titleWords?: ReadonlySet<string>;
}

const CAP_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const JOINERS = new Set(['of', 'for', 'the', 'and', 'al', 'el']);
/** Capitalised words that are no names when they stand alone. */
const NOT_NAMES = new Set(
  ('The A An And But Or If In On At To For Of By With From As This That These Those It Its He She They We I You His Her Their Our My ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October ' +
    'November December Mr Mrs Ms Dr Source Photo Image Copy Note See Share Click Read More Today Yesterday Tomorrow After Before When ' +
    'While Since Although Though However Meanwhile Also Yet Still Even Only Some Many Most All Both Each Every Other Such No Not ' +
    'Under Over Against Through Without Within Despite During Until Upon Among Between Beyond').split(' '),
);
/** Demonym endings and what to cut from them to reach the place ("Varnian" -> "Varnia", "Iranian" -> "Iran"). */
const DEMONYM: readonly (readonly [string, number, string?])[] = [
  ['ian', 3],
  ['ian', 2],
  ['an', 2],
  ['an', 1],
  ['n', 1],
  ['ese', 3],
  ['i', 1],
  // ("Sulvani" -> "Sulvane")
  ['i', 1, 'e'],
  // ("Karvan" -> "Karvania")
  ['an', 0, 'ia'],
  ['ish', 3],
];
/** The place a demonym ending leads to ("Varnian" with ["ian", 2] -> "Varnia"). */
const demBase = (w: string, cut: number, add?: string): string => w.slice(0, w.length - cut) + (add ?? '');

/** "Selmora 24", "Channel 12": one or two capitalised words and a number that is no year or date. */
const NUMBERED_NAME = /(?<![\p{L}\d])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (\d{1,3})(?![\d,./:-]?\d)(?![\p{L}])/gu;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Section|Article|Chapter|Report|No|Item|Part|Table|Figure|Resolution|Paragraph)$/;
const BROADCAST_BEFORE = /\b(?:channel|broadcaster|network|station|television|TV|radio|on)\s+$/i;
const BROADCAST_AFTER = /^(?:'s)?\s+(?:aired|airs|broadcast|broadcasts|anchor|presenter|host|reported|reports|televised|interview|said|carried)\b/i;

const APPOSITION_GROUP = /^["”’']?,["”’']?\s+(?:the|an?)\s+(?:[\p{L}-]+\s+){0,3}(?:alliance|coalition|axis|bloc|militia|movement|organi[sz]ation|group|faction|federation|league|network|party)\b(?![’'])/u;
const STATE_FORM = /\b(?:[Tt]he\s+)?((?:Islamic |Federal |People's |Democratic |United )?(?:Republic|Kingdom|Emirate|Sultanate|Principality|Federation|Commonwealth|Grand Duchy) of (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?))/gu;
const MINISTRY_AFTER = /^ (?:(?:foreign|defen[cs]e|interior|finance|information|intelligence) ministry|embassy)\b/i;
const MINISTRY_KINDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:foreign(?: affairs)?)$/i, 'Foreign Affairs'], [/^defen[cs]e$/i, 'Defence'], [/^interior$/i, 'Interior'],
  [/^finance$/i, 'Finance'], [/^information$/i, 'Information'], [/^intelligence$/i, 'Intelligence'],
];
/**
 * One name for a state's ministry however it is written: "Ministry of Foreign Affairs of the
 * Republic of Talvessa", "Talvessan Foreign Ministry", "the Talvessan foreign ministry".
 */
function ministryName(name: string, stateBase: (w: string) => string | undefined): string | undefined {
  const kindOf = (k: string): string | undefined => MINISTRY_KINDS.find(([re]) => re.test(k.trim()))?.[1];
  let m = /^(?:the\s+)?Ministry of ([A-Z][a-z]+(?: Affairs)?) of (?:the\s+)?(?:(?:Islamic |Federal )?(?:Republic|Kingdom|State|Emirate|Sultanate) of )?(\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  if (m) {
    const kind = kindOf(m[1]!);
    return kind ? `${m[2]} Ministry of ${kind}` : undefined;
  }
  m = /^(\p{Lu}[\p{L}'’-]+) ((?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Ii]nformation|[Ii]ntelligence)) [Mm]inistry$/u.exec(name)
    ?? /^(\p{Lu}[\p{L}'’-]+) Ministry of ((?:Foreign Affairs|Defen[cs]e|Interior|Finance|Information|Intelligence))$/u.exec(name);
  if (m) {
    const base = stateBase(m[1]!);
    const kind = kindOf(m[2]!);
    return base && kind ? `${base} Ministry of ${kind}` : undefined;
  }
  return undefined;
}
const WHO_AFTER = /^,\s+(?:who|whom|whose)\s/;
const BASE_HINT = /\b(?:Camp|Fort|Base|Airbase|Airport|Barracks|Garrison)\b/;
const BASE_NAME = /\b(?:Camp|Fort) \p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:Air Base|Airbase|Naval Base|Base|Airport|Barracks|Garrison)\b/gu;
/** Last words that make "the X Y" a place, an event or a document rather than a group. */
const NOT_GROUP_HEADS = new Set(['valley', 'valleys', 'ridge', 'hills', 'hill', 'mountains', 'mountain', 'river', 'sea', 'strip', 'bank',
  'coast', 'plain', 'plains', 'desert', 'gulf', 'region', 'province', 'marches', 'heights', 'pass', 'ford', 'crossing', 'bridge', 'road',
  'highway', 'airport', 'port', 'square', 'district', 'east', 'west', 'north', 'south', 'island', 'islands', 'lake', 'forest', 'border',
  'revolution', 'war', 'wars', 'operation', 'crisis', 'uprising', 'intifada', 'agreement', 'accord', 'accords', 'treaty', 'plan',
  'charter', 'declaration', 'resolution', 'summit', 'conference', 'talks', 'process', 'initiative', 'doctrine', 'era', 'age', 'day',
  'prize', 'award', 'cup', 'games', 'house', 'palace', 'mosque', 'church', 'temple', 'university', 'school', 'hospital', 'prison',
  'act', 'law', 'code', 'bill', 'convention', 'protocol', 'programme', 'program', 'gazette', 'report', 'list']);
/** Nouns after a group's name used as an attribute: "Dawn Vigil operatives", "the Dawn Vigil strike". */
const GROUP_ATTRIBUTE = /^\s+(?:operatives|fighters|members|militants|commanders|gunmen|cells?|units?|positions|strikes?|attacks?|operations?|channel|media|statement|claims?)\b/;
/** "the town of Edrith", "the villages of Greyford and Tallow Bridge": places by what they are. */
const PLACE_SHELLED = /\b(?:shell(?:s|ed)?|bomb(?:s|ed)?|(?:shelling|bombing|bombardment) of)\s+((?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+)?)(?:,? and ((?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+)?))?(?![\p{L}'’])/gu;
const PLACE_OF = /\b(?:town|towns|village|villages|city|cities|district|districts|hamlet|port|province|neighbou?rhood|suburb)s? of ((?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+)?)(?:,? and ((?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+)?))?/gu;
/** "the other member states of the Northern Concord": what has members is a group. */
const MEMBERS_OF = /\b(?:member(?:s| states| countries| groups| organi[sz]ations| factions)? of|(?:alliance|coalition|group|militia|movement|bloc|front|network|organi[sz]ation|outfit) (?:known as|called|named|dubbed|calling itself|(?:which|that) calls itself))\s+(?:the )?["“]?$/;
/** Verbs of headlines in title case: "Claims", "Thanks", "Warns". */
const HEADLINE_VERBS = new Set(['Claims', 'Thanks', 'Warns', 'Says', 'Praises', 'Hails', 'Denies', 'Accuses', 'Vows', 'Threatens', 'Condemns',
  'Rejects', 'Welcomes', 'Urges', 'Calls', 'Slams', 'Blames', 'Backs', 'Meets', 'Met', 'Tells', 'Told', 'Said', 'Pledges', 'Demands', 'Announces',
  'Killed', 'Struck', 'Hit', 'Sent', 'Armed', 'Trained', 'Funded', 'Attacked', 'Praised', 'Thanked']);
/** Whether a run of title-case words holds a headline verb ("Armed Forces" is a name, not a verb). */
const hasHeadlineVerb = (words: readonly string[]): boolean => words.some((w, i) => HEADLINE_VERBS.has(w) && !(w === 'Armed' && words[i + 1] === 'Forces'));
/** After a state or demonym, its armed forces ("the Kasmundi army", "Kasmundi's soldiers"). */
// ("Halvorian military drones struck ...": "military" before its hardware is an adjective, the
// state's own act; "Calderan military spokesperson" is the forces' man)
const FORCES = /^(?:['’]s)? (?:army|armed forces|forces|troops|military(?! (?:drones?|aircraft|jets?|vehicles?|planes?|helicopters?|equipment|hardware|aid|support|assistance|strikes?)\b)|soldiers)\b/u;
/** Whether a mention's words name a state's armed forces ("the Kasmundi army", "government forces"). */
export const isForcesName = (surface: string): boolean => /\b(?:army|armed forces|forces|troops|military|soldiers)$/i.test(surface);
/**
 * A state's forces written without the state ("the army's shelling", "attacked the army garrison",
 * "government forces"): the forces the document names, when it names only one state's.
 */
const BARE_FORCES = /\b(?:[Tt]he army|[Tt]he military|[Tt]he armed forces|[Gg]overnment (?:forces|troops)|army (?=(?:garrison|depot|post|outpost|base|barracks|convoy|patrol|position|unit|checkpoint|camp|column|headquarters|observation post|installation|vehicle)s?\b))/g;

/** "Unit 440", "Brigade 313", "Squadron 7": a unit known by its number. */
const NUMBERED_UNIT = /\b(?:Unit|Brigade|Division|Battalion|Regiment|Squadron|Detachment|Section|Department)\s+\d{1,4}(?![\d,.:/-]\d)(?!\s*(?:%|percent|km|kilomet))/g;

interface Run {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
}

function sentenceInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[.!?\n"“”:;(\[—–-]/.test(text[i]!);
}

/** A capitalised word without a trailing possessive "'s". */
function capWords(text: string): { w: string; at: number }[] {
  const out: { w: string; at: number }[] = [];
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    let w = m[0];
    // ("Quessarian-backed", "Varnia-led": the name before a lower-case compound's hyphen)
    const compound = /^(\p{Lu}[\p{L}\p{M}'’]*)-\p{Ll}/u.exec(w);
    if (compound) w = compound[1]!;
    const c = w.charCodeAt(w.length - 1);
    if ((c === 115 || c === 83) && (w[w.length - 2] === "'" || w[w.length - 2] === '’')) w = w.slice(0, -2);
    // ("the Ford Brigades' dawn strike": a plural's possessive mark)
    else if ((c === 39 || c === 8217) && /s$/i.test(w.slice(0, -1))) w = w.slice(0, -1);
    out.push({ w, at: m.index });
  }
  return out;
}

/**
 * The gap between two words, with a hard line wrap inside a paragraph read as one space
 * ("the Eastern Gate\n  Brigades"). A break after a short line (a heading, a field, a table
 * row) or before a blank line stays a break.
 */
function unwrapped(text: string, from: number, to: number): string {
  const gap = text.slice(from, to);
  const nl = gap.indexOf('\n');
  if (nl < 0) return gap;
  if (gap.indexOf('\n', nl + 1) >= 0) return gap;
  const lineStart = text.lastIndexOf('\n', from + nl - 1) + 1;
  if (from + nl - lineStart < 50) return gap;
  return gap.replace(/[ \t]*\n[ \t]*/, ' ');
}

/** Runs of capitalised words ("Crimson Banner Front", "Front for the Liberation of Selva"). */
function capitalRuns(text: string, words: readonly { w: string; at: number }[]): Run[] {
  const runs: Run[] = [];
  let cur: { start: number; end: number; words: string[] } | null = null;
  for (const { w, at: start } of words) {
    const end = start + w.length;
    if (cur) {
      // Joined by spaces, or by at most two lower-case joiners ("of the"): gaps are short.
      const gapLen = start - cur.end;
      if (gapLen > 0 && gapLen <= 16) {
        const gap = unwrapped(text, cur.end, start);
        const joiners = gap.trim() ? gap.trim().split(' ') : [];
        // ("the SLF and the Cedar Hill Battalions": "and the" joins two names, not one.)
        // (two spaces or more set columns apart: "Nadra Kessivi     Orvash" in a table is two cells)
        if (gap[0] === ' ' && gap[gap.length - 1] === ' ' && !gap.includes('  ') && joiners.length <= 2 && joiners.every((j) => JOINERS.has(j)) && joiners.join(' ') !== 'and the') {
          if (joiners.length) cur.words.push(...joiners);
          cur.words.push(w);
          cur.end = end;
          continue;
        }
      }
      runs.push(cur);
    }
    cur = { start, end, words: [w] };
  }
  if (cur) runs.push(cur);
  return runs;
}

/** ('..." Abu Saheer, the spokesman of the Ford Brigades, wrote'): a role phrase set off after the name ending at `end`. */
function roleSetAfter(text: string, end: number, lex: ProperLexicon): boolean {
  // (", 52, managing director of X": past the age)
  const after = text.slice(end, end + 80).replace(/^,\s+\d{1,3}(?=,)/, '');
  // (", the spokesman of X", ", director of X", ", the Front's deputy leader,")
  const m = /^,\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:of|at|for|in|with)\s/u.exec(after)
    ?? /^,\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{L}-]+\s+)?(\p{L}+)[,.;]/u.exec(after);
  // (", Brennmark's Chancellor,": the role may be written with a capital)
  return m !== null && (lex.titleWords?.has(m[1]!.toLowerCase()) ?? false);
}

/** The pieces of a run between its "and"s, each with its own offsets (the run itself when it has none). */
function splitAtAnd(text: string, run: Run): Run[] {
  if (!run.words.includes('and')) return [run];
  const out: Run[] = [];
  let at = run.start;
  let cur: Run | null = null;
  for (const w of run.words) {
    const i = text.indexOf(w, at);
    if (i < 0 || i >= run.end) return [run];
    at = i + w.length;
    if (w === 'and') {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    if (cur) cur = { start: cur.start, end: at, words: [...cur.words, w] };
    else cur = { start: i, end: at, words: [w] };
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * A run's words without trailing joiners (they never end a name) and without a leading "The"
 * (part of some names, but not of the span), and where the rest starts.
 */
function trimmed(text: string, run: Run): { words: string[]; start: number } {
  let words = [...run.words];
  let start = run.start;
  while (words.length && JOINERS.has(words[words.length - 1]!)) words.pop();
  if ((words[0] === 'The' || words[0] === 'THE') && words.length > 1) {
    start = text.indexOf(words[1]!, start);
    words = words.slice(1);
  }
  return { words, start };
}

const LIST_BEFORE = /(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$/;
const LIST_AFTER = /^(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?/;

/**
 * "the Marrak Defence Units, the Southern Reed Militias and the Sons of Ketterin": a name of
 * two words or more in a list whose neighbour is an organisation is one too, though no head
 * word shows it. (Two passes, so a name between two such names is reached.)
 */
function listMembers(text: string, runs: readonly Run[], known: readonly Mention[],
  busy: (s: number, e: number) => boolean, emit: (s: number, e: number, type: ActorType, name: string) => void): void {
  // (organisations by where they end and start: one lookup per name, not a scan)
  const ends = new Set<number>();
  const starts = new Map<number, number>();
  for (const m of known) if (m.type === 'organization') { ends.add(m.end); starts.set(m.start, m.end); }
  for (let pass = 0; pass < 2; pass++) {
    for (const run of runs) {
      const { words, start } = trimmed(text, run);
      if (words.length < 2 || NOT_NAMES.has(words[0]!) || busy(start, run.end) || hasHeadlineVerb(words)) continue;
      const end = start + words.join(' ').length;
      if (text.slice(start, end) !== words.join(' ')) continue;
      const before = LIST_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      const after = LIST_AFTER.exec(text.slice(end, end + 12));
      const prevEnd = before ? start - before[0].length : -1;
      const nextStart = after ? end + after[0].length : -1;
      // (a bare comma is an apposition as often as a list: "the Guardian Corps, Guardian Corps
      // Telegram channel"; only "and"/"or" on one side makes it a list)
      const coordinatedBefore = before !== null && /\b(?:and|or)\b/.test(before[0]);
      // ("Aurel Bekhti, the Front's leader": a name set beside a group's possessive is its person)
      const possessed = after !== null && !/\b(?:and|or)\b/.test(after[0]) && /^['’]/.test(text.slice(starts.get(nextStart) ?? 0, (starts.get(nextStart) ?? 0) + 1));
      const listed = (before !== null && coordinatedBefore && ends.has(prevEnd)) || (after !== null && starts.has(nextStart) && !possessed);
      if (!listed) continue;
      emit(start, end, 'organization', words.join(' '));
      ends.add(end);
      starts.set(start, end);
    }
  }
}

/**
 * Mentions of actors in no pack, named without a title.
 * @param taken mentions already found (their spans are left alone)
 */
export function findProperNames(text: string, taken: readonly Mention[], resolver: Resolver, lex: ProperLexicon, date?: string): Mention[] {
  // Characters already covered by a mention: one mask, so each check is as long as the name.
  const covered = new Uint8Array(text.length + 1);
  const cover = (s: number, e: number): void => {
    covered.fill(1, s, e);
  };
  for (const m of taken) cover(m.start, m.end);
  const busy = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };
  const out: Mention[] = [];
  const emit = (start: number, end: number, type: ActorType, name: string): void => {
    if (busy(start, end)) return;
    cover(start, end);
    // ("the Ministry of Foreign Affairs of the Republic of Talvessa", "Talvessan Foreign Ministry": one ministry)
    const r = resolver.resolve(type === 'organization' ? ministryName(name, stateBase) ?? name : name, { type, ...(date ? { date } : {}) });
    out.push({ start, end, surface: text.slice(start, end), type: r.isNew ? type : r.type, key: r.key, source: 'titled' });
  };
  // "Ostrevan forces", "the Kasmundi army": a state's armed forces, an actor of their own (one
  // key for every way of writing them).
  const forcesKeys = new Set<string>();
  const emitForces = (start: number, end: number, w: string): void => {
    cover(start, end);
    const r = resolver.resolve(`${w} armed forces`, { type: 'organization', ...(date ? { date } : {}) });
    out.push({ start, end, surface: text.slice(start, end), type: 'organization', key: r.key, source: 'titled' });
    forcesKeys.add(r.key);
  };
  /** Every whole-word writing of `name` in the text, as that actor. */
  const emitEverywhere = (name: string, type: ActorType): void => {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (/[\p{L}\d]/u.test(text[i - 1] ?? '') || /[\p{L}\d]/u.test(text[i + name.length] ?? '')) continue;
      emit(i, i + name.length, type, name);
    }
  };
  const words = capWords(text);
  const runs = capitalRuns(text, words);
  // The state a demonym names, where the document writes both ("Talvessan" -> "Talvessa").
  const singleWords = new Set(words.map((x) => x.w));
  const stateBase = (w: string): string | undefined => {
    if (singleWords.has(w) && !DEMONYM.some(([suf]) => w.endsWith(suf) && w.length > suf.length + 2)) return w;
    for (const [suffix, cut, add] of DEMONYM) {
      if (w.endsWith(suffix) && w.length - cut >= 3 && singleWords.has(demBase(w, cut, add))) return demBase(w, cut, add);
    }
    return undefined;
  };

  // Units named by a number ("Unit 440", "Brigade 313", "the 4th Division" aside): a group.
  for (const m of text.matchAll(NUMBERED_UNIT)) {
    const start = m.index, end = start + m[0].length;
    if (!busy(start, end)) emit(start, end, 'organization', m[0]);
  }
  // Channels named with a number ("the news channel Selmora 24", "Selmora 24 aired ..."): an
  // outlet when the document sets one such writing beside a broadcast word.
  const numbered = new Set<string>();
  for (const m of text.matchAll(NUMBERED_NAME)) {
    const at = m.index;
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 30);
    if (MONTHS.test(m[1]!) || !(BROADCAST_BEFORE.test(before) || BROADCAST_AFTER.test(after))) continue;
    numbered.add(m[0]);
  }
  for (const name of numbered) emitEverywhere(name, 'outlet');

  // Organisations and outlets by their head word.
  const describedNames: string[] = [];
  for (const run of runs) {
    let { words, start } = trimmed(text, run);
    // "Fighters of the Crimson Banner Front": a sentence-initial common noun joined by "of the".
    const firstJoiner = words.findIndex((w) => JOINERS.has(w));
    const describedRun = APPOSITION_GROUP.test(text.slice(run.end, run.end + 60)) || MEMBERS_OF.test(text.slice(Math.max(0, start - 40), start));
    if (firstJoiner > 0 && sentenceInitial(text, start) && !lex.organizationHeads.has(words[0]!.toLowerCase()) && !describedRun) {
      const rest = words.slice(firstJoiner);
      while (rest.length && JOINERS.has(rest[0]!)) rest.shift();
      if (!rest.length) continue;
      start = text.indexOf(rest[0]!, start + words[0]!.length);
      words = rest;
    }
    // "Minister Hadiya Quorin and Harrow Front": a run that swallowed a name already found keeps
    // only the words after it.
    if (busy(start, run.end)) {
      let lastBusy = -1;
      for (let i = start; i < run.end; i++) if (covered[i]) lastBusy = i;
      const after = text.slice(lastBusy + 1, run.end);
      const m = /^(?:\s+(?:and|of|for|the|al|el))*\s+(?=\p{Lu})/u.exec(after);
      if (!m) continue;
      start = lastBusy + 1 + m[0].length;
      words = text.slice(start, run.end).split(/\s+/);
    }
    // "the Falcon Companies for the Corrabel operation": "for" and one name before a common noun
    // tell what the thing was for; only a longer tail ("Front for the Liberation of Selva") is a name.
    const forAt = words.findIndex((w, i) => w === 'for' && i > 0 && lex.organizationHeads.has(words[i - 1]!.toLowerCase()));
    if (forAt > 0 && words.slice(forAt + 1).filter((w) => !JOINERS.has(w)).length === 1 && /^\s+\p{Ll}/u.test(text.slice(run.end, run.end + 3))) {
      words = words.slice(0, forAt);
      if (text.slice(start, start + words.join(' ').length) !== words.join(' ')) continue;
      emit(start, start + words.join(' ').length, 'organization', words.join(' '));
      continue;
    }
    if (words.length < 2) continue;
    // A headline in title case ("X Claims Rocket Attack On Y Army Post") is no name.
    if (words.filter((w) => !JOINERS.has(w)).length > 6 || hasHeadlineVerb(words)) continue;
    const last = words[words.length - 1]!.toLowerCase();
    // ("Radio Seroth", "Channel Nine": a broadcaster named head first)
    const isOutlet = lex.outletHeads.has(last) || (last === 'agency' && words.some((w) => /^(News|Press)$/.test(w)))
      || (/^(?:Radio|Channel|Television|Télévision|Radiotelevision)$/.test(words[0]!) && words.length <= 3);
    // "Front for the Liberation of Selva": the head first, then "for"/"of".
    // ("Harrow Front for the Liberation of the Marches": the head before "for"/"of", anywhere)
    const headFirst = words.some((w, i) => i < words.length - 2 && lex.organizationHeads.has(w.toLowerCase()) && (words[i + 1] === 'for' || words[i + 1] === 'of'));
    // "the Iron Meridian, the Talvessa-led alliance ...": a name its apposition calls a group.
    const described = APPOSITION_GROUP.test(text.slice(run.end, run.end + 60)) || MEMBERS_OF.test(text.slice(Math.max(0, start - 40), start));
    if (!isOutlet && !lex.organizationHeads.has(last) && !headFirst && !described) continue;
    if (NOT_NAMES.has(words[0]!)) continue;
    // "the Lantern Directorate of the Vigil Corps": a unit of another body, both named in full
    // with head words, is two names (not "Ministry of Foreign Affairs", "Front for the Liberation of Selva").
    const of = words.indexOf('of');
    const tail = of > 0 ? words.slice(of + 1 + (words[of + 1] === 'the' ? 1 : 0)) : [];
    if (!isOutlet && of >= 2 && lex.organizationHeads.has(words[of - 1]!.toLowerCase()) && tail.length >= 2 && !tail.some((w) => JOINERS.has(w))
      && lex.organizationHeads.has(tail[tail.length - 1]!.toLowerCase())) {
      const unit = words.slice(0, of).join(' ');
      const whole = tail.join(' ');
      if (text.slice(start, start + unit.length) === unit && text.slice(run.end - whole.length, run.end) === whole) {
        emit(start, start + unit.length, 'organization', unit);
        emit(run.end - whole.length, run.end, 'organization', whole);
        continue;
      }
    }
    emit(start, run.end, isOutlet ? 'outlet' : 'organization', words.join(' '));
    if (!isOutlet && !lex.organizationHeads.has(last) && !headFirst) describedNames.push(text.slice(start, run.end));
  }
  // A name only its apposition showed to be a group is one wherever the document writes it again.
  for (const name of describedNames) emitEverywhere(name, 'organization');

  // "the Dawn Vigil ... the Dawn Vigil's attacks": a name of two or three capitalised words that
  // the document writes at least twice, always after a lower-case "the", and that has no head word
  // (no title, place or outlet word) is a group's: persons and states take no article.
  const definite = new Map<string, { count: number; bare: boolean }>();
  for (const run of runs) {
    const ws = run.words;
    if (ws.length < 2 || ws.length > 3 || ws.some((w) => JOINERS.has(w) || NOT_NAMES.has(w) || HEADLINE_VERBS.has(w) || MONTHS.test(w))) continue;
    const lower = ws.map((w) => w.toLowerCase());
    if (lower.some((w) => lex.outletHeads.has(w) || lex.placeHeads.has(w) || (lex.titleWords?.has(w) ?? false) || lex.organizationHeads.has(w) || NOT_GROUP_HEADS.has(w))) continue;
    if (DEMONYM.some(([suf, cut, add]) => ws[0]!.endsWith(suf) && singleWords.has(demBase(ws[0]!, cut, add)))) continue;
    const name = ws.join(' ');
    const d = definite.get(name) ?? { count: 0, bare: false };
    d.count++;
    // ("Dawn Vigil operatives", "Dawn Vigil strike": a bare name used as an attribute of a group's people or acts)
    const attributive = GROUP_ATTRIBUTE.test(text.slice(run.end, run.end + 24));
    if (!/(?:^|[^\p{L}])the\s+$/u.test(text.slice(Math.max(0, run.start - 5), run.start)) && !attributive) d.bare = true;
    definite.set(name, d);
  }
  for (const [name, d] of definite) if (!d.bare && d.count >= 2) emitEverywhere(name, 'organization');

  listMembers(text, runs, [...taken, ...out], busy, emit);

  // "Mirov Exchange, a currency exchange house in Dunmarsh,": a name an apposition calls a firm
  // or a body is one, though no head word of its own shows it.
  for (const run of runs) {
    const { words, start } = trimmed(text, run);
    if (words.length < 2 || words.length > 4 || NOT_NAMES.has(words[0]!) || busy(start, run.end) || hasHeadlineVerb(words)) continue;
    const end = start + words.join(' ').length;
    if (text.slice(start, end) !== words.join(' ')) continue;
    if (BODY_AFTER.test(text.slice(end, end + 60))) emit(start, end, 'organization', words.join(' '));
  }

  // "Hollin Air Base", "Camp Sarneth": a base by its name, a place an attack can be on.
  for (const m of BASE_HINT.test(text) ? text.matchAll(BASE_NAME) : []) {
    const name = m[0].replace(/^(?:The|the)\s+/, '');
    const at = m.index + m[0].length - name.length;
    emit(at, at + name.length, 'place', name);
  }

  // "the town of Edrith": a place, wherever else the text names it ("shells Edrith every night").
  const places = new Set<string>();
  for (const m of text.matchAll(PLACE_OF)) for (const name of [m[1], m[2]]) if (name && !NOT_NAMES.has(name)) places.add(name);
  // "shells Greyford every night", "the shelling of Harnow and Little Tesk": what is shelled or
  // bombed is a place, unless a head word makes it a group ("shelled Marsh Brigades positions").
  const headed = (name: string): boolean => name.split(' ').some((w) => lex.organizationHeads.has(w.toLowerCase()) || lex.outletHeads.has(w.toLowerCase()) || (lex.titleWords?.has(w.toLowerCase()) ?? false));
  for (const m of text.matchAll(PLACE_SHELLED)) {
    // ("bomb Sulvani villages": a demonym is no place)
    const demonym = (w: string): boolean => ADJECTIVE_END.test(w) || DEMONYM.some(([suf, cut, add]) => w.endsWith(suf) && singleWords.has(demBase(w, cut, add)));
    for (const name of [m[1], m[2]]) if (name && !NOT_NAMES.has(name.split(' ')[0]!) && !MONTHS.test(name) && !headed(name) && !demonym(name.split(' ')[0]!) && !busy(m.index + m[0].indexOf(name), m.index + m[0].indexOf(name) + name.length)) places.add(name);
  }
  for (const name of places) emitEverywhere(name, 'place');

  // "the Kingdom of Selmora", "the Republic of Danvar": the state itself.
  for (const m of text.matchAll(STATE_FORM)) {
    const at = m.index + m[0].indexOf(m[1]!);
    emit(at, m.index + m[0].length, 'state', m[2]!);
  }

  const singles = new Map<string, number[]>();
  for (const { w, at } of words) {
    if (w.length < 3 || NOT_NAMES.has(w)) continue;
    let list = singles.get(w);
    if (!list) singles.set(w, (list = []));
    list.push(at);
  }
  // Persons named without a title ("led by Nadir Qastelli"): two or three capitalised words, no
  // head or title word among them, that the document also writes by the last word alone
  // ("Qastelli has ...") or that a speech verb follows ("Nadir Qastelli said").
  const alone = new Map<string, number>();
  const pieces = runs.flatMap((r) => splitAtAnd(text, r));
  for (const run of pieces) if (run.words.length === 1) alone.set(run.words[0]!, (alone.get(run.words[0]!) ?? 0) + 1);
  const aloneKeys = new Set([...alone.keys()].filter((w) => w.length >= 5 && !NOT_NAMES.has(w)).map((w) => looseKey(w)));
  const fullNames = new Map<string, number>();
  for (const run of runs) if (!sentenceInitial(text, run.start)) fullNames.set(run.words.join(' '), 1);
  // ("Esteban Iriarte and Joaquín Urquisa announce": two names joined by "and" are weighed apart)
  for (const r0 of pieces) {
    let run = r0;
    // "the funeral on Tuesday of Joaquín Urquiza": a run joined by "of" may end in a name; the
    // words after the last joiner are weighed alone.
    const lastJoiner = run.words.reduce((k, w, i) => (JOINERS.has(w) ? i : k), -1);
    if (lastJoiner >= 0 && run.words.length - lastJoiner - 1 >= 2) {
      const name = run.words.slice(lastJoiner + 1);
      run = { start: run.end - name.join(' ').length, end: run.end, words: name };
      if (text.slice(run.start, run.end) !== name.join(' ')) continue;
    }
    // "Kestrian Grand Guide Ardashan Velmor": a long run ends in the name; the words before are a title.
    if (run.words.length > 3 && !run.words.some((w) => JOINERS.has(w))) {
      const name = run.words.slice(-2);
      run = { start: run.end - name.join(' ').length, end: run.end, words: name };
      if (text.slice(run.start, run.end) !== name.join(' ')) continue;
    } else if (sentenceInitial(text, run.start) && run.words.length === 3) {
      // "Later Lira Montesk said": a sentence's first word before a name is no part of it.
      const start = text.indexOf(run.words[1]!, run.start + run.words[0]!.length);
      run = { start, end: run.end, words: run.words.slice(1) };
    } else if (sentenceInitial(text, run.start) && run.words.length === 2 && !fullNames.has(run.words.join(' '))
      // ("Jalal Orvey founded it": a sentence may open with a full name whose surname recurs alone)
      && !((alone.get(run.words[1]!) ?? 0) >= 1 && !NOT_NAMES.has(run.words[0]!) && !/(?:ly|day|ing|ed)$/.test(run.words[0]!) && (alone.get(run.words[0]!) ?? 0) === 0)
      // ("Aurel Bekhti, who leads the Front, spoke": a name that a "who" clause describes)
      && !WHO_AFTER.test(text.slice(run.end, run.end + 8)) && !roleSetAfter(text, run.end, lex)) continue;
    const ws = run.words;
    if (ws.length < 2 || ws.length > 3 || ws.some((w) => JOINERS.has(w) || NOT_NAMES.has(w) || !/^\p{Lu}\p{Ll}/u.test(w))) continue;
    const lower = ws.map((w) => w.toLowerCase());
    if (lower.some((w) => lex.organizationHeads.has(w) || lex.outletHeads.has(w) || lex.placeHeads.has(w) || lex.titleWords?.has(w))) continue;
    // A demonym first ("Kestrian Vanguard") is an adjective, not a given name; a demonym last
    // ("Warns Orvenian") is none either; a headline verb first ("Warns ...") is no given name.
    if (singles.has(ws[0]!) && DEMONYM.some(([suf, cut, add]) => ws[0]!.endsWith(suf) && singles.has(demBase(ws[0]!, cut, add)))) continue;
    const lastW = ws[ws.length - 1]!;
    if (DEMONYM.some(([suf, cut, add]) => lastW.endsWith(suf) && singles.has(demBase(lastW, cut, add))) || HEADLINE_VERBS.has(ws[0]!)) continue;
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(run.end, run.end + 20))?.[1];
    const spoken = next !== undefined && (lex.speechVerbs?.has(next) ?? false);
    // "which is led by Yerzhan Tolkavi", "founded by Kasim Vedrani": the agent of a leading verb is a person.
    const agent = /\b(?:led|headed|founded|commanded|chaired|run|directed)\s+by\s+$/.test(text.slice(Math.max(0, run.start - 20), run.start));
    // '"...," said Kerem Sadovai, the group's spokesman': the name after an inverted speech verb.
    const prev = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, run.start - 20), run.start))?.[1];
    const inverted = prev !== undefined && (lex.speechVerbs?.has(prev) ?? false) && /^[,.]/.test(text.slice(run.end, run.end + 1));
    // "The U.N. special envoy for the highlands, Rafaela Monteguard, spoke": a name set off by
    // commas after a role phrase is that person's.
    const lead = /([^,.;:"“”()]{1,60}),\s*$/.exec(text.slice(Math.max(0, run.start - 62), run.start))?.[1];
    const appositive = lead !== undefined && /^,/.test(text.slice(run.end, run.end + 1))
      && lead.toLowerCase().split(/\s+/).some((w) => (lex.titleWords?.has(w) ?? false) || w === 'counterpart' || w === 'counterparts');
    const roled = roleSetAfter(text, run.end, lex);
    // ("he was received by Karvania's Supreme Guide, Anselm Dravi.": the name set after a title of one office)
    const titledBefore = lead !== undefined && ENDS_IN_TITLE.test(lead.trim()) && /^[,.;]/.test(text.slice(run.end, run.end + 1));
    if ((inverted || appositive || roled || titledBefore) && !spoken && !agent && !alone.has(ws[ws.length - 1]!)) {
      emit(run.start, run.end, 'person', ws.join(' '));
      continue;
    }
    const described = WHO_AFTER.test(text.slice(run.end, run.end + 8));
    // (the surname alone may be spelled otherwise: "Joaquín Urquisa ... Urquiza said")
    if (!spoken && !agent && !described && !alone.has(ws[ws.length - 1]!) && !aloneKeys.has(looseKey(ws[ws.length - 1]!))) continue;
    emit(run.start, run.end, 'person', ws.join(' '));
  }

  // The surname alone after the full name ("Hadiya Quorin ... Quorin urged"): the same person,
  // when the document names no other person with that surname.
  // (keyed by spelling-blind keys: "Zolkani" after "Ravid Zolkhani")
  // ("Tavros" after "Ilkar Tavrosh": a final "sh" is written "s" too)
  const surnameKey = (w: string): string => looseKey(w).replace(/sh$/, 's');
  const bySurname = new Map<string, Mention | null>();
  // (names found before this pass count too: "Chief Ilkar Tavrosh" was read by its title)
  const persons = [...taken, ...out].filter((m) => m.type === 'person' && m.surface.includes(' ')).sort((a, b) => a.start - b.start);
  for (const m of persons) {
    const last = surnameKey(m.surface.slice(m.surface.lastIndexOf(' ') + 1));
    const prev = bySurname.get(last);
    bySurname.set(last, prev === undefined || prev?.key === m.key ? (prev ?? m) : null);
  }
  // (exact spellings first; a key only for the words that could be a surname spelled otherwise)
  // (a surname written exactly so by one person only is that person's, even when another's is
  // spelled alike: "Joaquín Urquiza" and "Comandante Urquisa")
  const exact = new Map<string, Mention | null>();
  for (const m of persons) {
    const last = m.surface.slice(m.surface.lastIndexOf(' ') + 1);
    const prev = exact.get(last);
    exact.set(last, prev === undefined || prev?.key === m.key ? (prev ?? m) : null);
  }
  const keyed = new Map<string, Mention | null | undefined>();
  // (variants keep the first letter and about the length: "Zolkani" / "Zolkhani")
  const near = [...exact.keys()];
  const surnameOf = (w: string): Mention | null | undefined => {
    if (exact.has(w)) return exact.get(w);
    if (!near.some((x) => x[0] === w[0] && Math.abs(x.length - w.length) <= 2)) return undefined;
    if (!keyed.has(w)) keyed.set(w, bySurname.get(surnameKey(w)));
    return keyed.get(w);
  };
  // A full name found elsewhere (by its title) is the same person wherever it is written again.
  const fullName = new Map<string, Mention>();
  for (const m of persons) if (!fullName.has(m.surface)) fullName.set(m.surface, m);
  for (const run of pieces) {
    const whole = run.words.length >= 2 ? fullName.get(run.words.join(' ')) : undefined;
    if (whole && text.slice(run.start, run.end) === whole.surface && !busy(run.start, run.end)) {
      cover(run.start, run.end);
      out.push({ start: run.start, end: run.end, surface: whole.surface, type: 'person', key: whole.key, source: 'short' });
      continue;
    }
    // ("Later Teodor Maske left": a sentence's first word before the name)
    const tail = run.words.length === 3 ? fullName.get(run.words.slice(1).join(' ')) : undefined;
    if (tail && sentenceInitial(text, run.start)) {
      const at = run.end - tail.surface.length;
      if (text.slice(at, run.end) === tail.surface && !busy(at, run.end)) {
        cover(at, run.end);
        out.push({ start: at, end: run.end, surface: tail.surface, type: 'person', key: tail.key, source: 'short' });
        continue;
      }
    }
    // ("Under Saljani's command": a sentence's first word that is no name, before the surname)
    const opener = run.words.length === 2 && NOT_NAMES.has(run.words[0]!) && sentenceInitial(text, run.start);
    if ((run.words.length !== 1 && !opener) || !bySurname.size) continue;
    const word = run.words[run.words.length - 1]!;
    const m = surnameOf(word);
    const start = run.end - word.length;
    if (!m || start < m.end || busy(start, run.end) || text.slice(start, run.end) !== word) continue;
    cover(start, run.end);
    out.push({ start, end: run.end, surface: word, type: 'person', key: m.key, source: 'short' });
  }

  // States and regions: a capitalised word the document also writes as a demonym.
  for (const [w, at] of singles) {
    for (const [suffix, cut, add] of DEMONYM) {
      if (!w.endsWith(suffix) || w.length - cut < 3) continue;
      const base = demBase(w, cut, add);
      const places = singles.get(base);
      // The place must stand alone somewhere outside a sentence start, so it is a name, not a word.
      // (or, when the demonym recurs, at a sentence's start before a lower-case word: "Lunesia sent its tanks")
      const opensClause = (p: number): boolean => at.length >= 2 && /^\s+\p{Ll}{2,}\b/u.test(text.slice(p + base.length, p + base.length + 14));
      if (!places || !places.some((p) => !sentenceInitial(text, p) || opensClause(p))) continue;
      // ("Halvor Brenn (also spelled Halvor Bren)": two spellings of one surname after one given
      // name are no demonym and its state)
      const givenBefore = (p: number): string | undefined => /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, p - 20), p))?.[1];
      const given = new Set(at.map(givenBefore).filter((g): g is string => g !== undefined && !NOT_NAMES.has(g)));
      if (places.every((p) => { const g = givenBefore(p); return g !== undefined && given.has(g); })) continue;
      for (const p of places) {
        // ("Orvenia's army": the forces, named by the demonym as everywhere else)
        const force = FORCES.exec(text.slice(p + base.length, p + base.length + 20));
        if (force && /^['’]/.test(force[0]) && !busy(p, p + base.length + force[0].length)) emitForces(p, p + base.length + force[0].length, w);
        else emit(p, p + base.length, 'state', base);
      }
      for (const p of at) {
        // "the Talvessan foreign ministry": the state's ministry, whichever way it is written.
        const ministry = MINISTRY_AFTER.exec(text.slice(p + w.length, p + w.length + 30));
        if (ministry) {
          emit(p, p + w.length + ministry[0].length, 'organization', `${w}${ministry[0]}`);
          continue;
        }
        const force = FORCES.exec(text.slice(p + w.length, p + w.length + 20));
        if (force && !busy(p, p + w.length + force[0].length)) {
          emitForces(p, p + w.length + force[0].length, w);
          continue;
        }
        emit(p, p + w.length, 'state', base);
      }
      break;
    }
  }
  statesByContext(text, singles, [...taken, ...out], busy, emit, emitForces, (w) => lex.organizationHeads.has(w.toLowerCase()) || lex.outletHeads.has(w.toLowerCase()) || (lex.titleWords?.has(w.toLowerCase()) ?? false));
  if (forcesKeys.size === 1) {
    const key = [...forcesKeys][0]!;
    for (const m of text.matchAll(BARE_FORCES)) {
      const start = m.index, end = start + m[0].trimEnd().length;
      if (busy(start, end)) continue;
      cover(start, end);
      out.push({ start, end, surface: text.slice(start, end), type: 'organization', key, source: 'short' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** After a name: an apposition that says it is a firm or a body (", a currency exchange house", ", a shipping company"). */
const BODY_AFTER = /^,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|house|bank|charity|foundation|exchange|network|militia|brokerage|trading company|front)\b/u;

/** After a name: what only a state has ("Kasmundi's defence minister", "the Kasmundi army"). */
const STATE_AFTER = /^(?:['’]s)?\s+(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior)\s+(?:[Mm]inister|[Mm]inistry)\b|(?:army|armed forces|military|soldiers|troops|government|parliament|president|prime minister|capital|border|air force)\b)|^['’]s\s+(?:President|Prime Minister|King|Emir|rulers|regime|authorities)\b/;
/** Before a name: "neighbouring Zhadrun", "the government of Kasmundi", "the border with Zhadrun". */
const STATE_BEFORE = /(?:\bneighbou?ring|\b(?:government|president|capital|parliament|embassy) of|\bborder with)\s+$/i;
/** What only an actor does or has: "thanked Okrinth for its support", "vehicles supplied by Okrinth", "Okrinth, which supplies ...". */
const ACTOR_BEFORE = /\b(?:(?:supplied|armed|funded|financed|backed|trained|sponsored|equipped) by)\s+$/;
const ACTOR_AFTER = /^(?:,\s+which\s+(?:supplies|supplied|arms|armed|funds|funded|backs|backed|trains|trained|sponsors|finances|sells|sold)\b)/;
const THANKED_FOR_ITS = /\bthank(?:s|ed|ing)?\s+$/;
/** Adjectives of nations and creeds ("Zionist government", "Palestinian people") are no states. */
const ADJECTIVE_END = /(?:ist|ian|ese|ish|ic|ean)$/;

/**
 * States the document writes without a demonym, by what only a state has: a one-word name
 * that has a defence minister, an army or a government, or is a neighbour ("neighbouring
 * Zhadrun"), is a state wherever it stands alone; "the Kasmundi army" is its armed forces.
 * A surname of a person found, or a word inside a longer name, is left alone.
 */
function statesByContext(text: string, singles: ReadonlyMap<string, number[]>, known: readonly Mention[],
  busy: (s: number, e: number) => boolean, emit: (s: number, e: number, type: ActorType, name: string) => void,
  forces: (start: number, end: number, w: string) => void, isHead: (w: string) => boolean): void {
  const surnames = new Set(known.filter((m) => m.type === 'person').flatMap((m) => m.surface.split(/\s+/)));
  const states = known.filter((m) => m.type === 'state' && !/\s/.test(m.surface));
  // (one mask of the characters persons cover, and where states end and start)
  const personAt = new Uint8Array(text.length + 1);
  for (const m of known) if (m.type === 'person') personAt.fill(1, m.start, m.end);
  const stateEnds = new Set(states.map((m) => m.end));
  const stateStarts = new Set(states.map((m) => m.start));
  for (const [w, at] of singles) {
    if (w.length < 4 || NOT_NAMES.has(w) || surnames.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(w) || ADJECTIVE_END.test(w) || isHead(w)) continue;
    // ("Ostrevan" beside "Ostreva": a demonym)
    if (DEMONYM.some(([suf, cut, add]) => w.endsWith(suf) && singles.has(demBase(w, cut, add)))) continue;
    const standalone = at.filter((p) => {
      // (a heading's last word above is no part of the name: "The Marsh Brigades\n\nOstrevia's ...")
      const before = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, p - 20), p));
      return !before || NOT_NAMES.has(before[1]!) || /[.!?:]\s+$/.test(text.slice(Math.max(0, p - 3), p));
    });
    if (at.some((p) => personAt[p] === 1)) continue;
    // ("Maruvet and Okrinth": one word coordinated with a state named is a state too)
    const besideState = (p: number): boolean => {
      const b = /(?:,\s*|,?\s+(?:and|or)\s+)$/.exec(text.slice(Math.max(0, p - 8), p));
      const a = /^(?:,\s*|,?\s+(?:and|or)\s+)/.exec(text.slice(p + w.length, p + w.length + 8));
      return (b !== null && stateEnds.has(p - b[0].length)) || (a !== null && stateStarts.has(p + w.length + a[0].length));
    };
    const cued = standalone.some((p) => STATE_AFTER.test(text.slice(p + w.length, p + w.length + 30)) || STATE_BEFORE.test(text.slice(Math.max(0, p - 25), p))
      || besideState(p) || ACTOR_BEFORE.test(text.slice(Math.max(0, p - 25), p)) || ACTOR_AFTER.test(text.slice(p + w.length, p + w.length + 30))
      || (THANKED_FOR_ITS.test(text.slice(Math.max(0, p - 12), p)) && /^ for (?:its|their)\b/.test(text.slice(p + w.length, p + w.length + 12))));
    if (!cued) continue;
    for (const p of standalone) {
      if (busy(p, p + w.length)) continue;
      const force = FORCES.exec(text.slice(p + w.length, p + w.length + 20));
      if (force && !busy(p, p + w.length + force[0].length)) forces(p, p + w.length + force[0].length, w);
      else emit(p, p + w.length, 'state', w);
    }
  }
}
