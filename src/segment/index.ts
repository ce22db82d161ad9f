// segment: the layout of a document. Splits the text into blocks (title, dateline, series
// line, headings, paragraphs, bullets, captions, footnotes), finds footnote references like
// [7] and parses footnotes and "(Source: ...)" credits into outlet, country and date.
// Offsets are into the document text; block spans exclude Markdown markers ("# ", "- ").
import type { Block, BlockKind, Footnote, FootnoteRef, Segmented, SourceCredit, Span } from '../types.js';
import { findDates, monthNumber, parseDate } from './dates.js';
import { parseCredit, parseFootnoteBody } from './credits.js';

export { findDates, parseDate } from './dates.js';

interface Line extends Span {
  /** Where the content starts after a Markdown marker. */
  readonly contentStart: number;
  readonly marker: 'heading' | 'bullet' | 'footnote' | null;
}

const BULLET = /^[ \t]*(?:[-*•·▪◦]|\d{1,3}[.)])[ \t]+/;
const MD_HEADING = /^[ \t]*#{1,6}[ \t]+/;
const FOOTNOTE_START = /^[ \t]*\[(\d{1,3})\]/;
const SERIES = /\b((?:[A-Z][A-Za-z&'’-]*\s){0,5}?(?:Dispatch|Series|Report|Brief|Analysis|Bulletin|Memo|Paper|Digest|Update))\s+No\.?\s*(\d{1,6})\b/;
const DATELINE_ONLY = /^\s*(?:[A-Z][a-z]+day,\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s*$/;
const FOOTNOTE_REF = /\[(\d{1,3})\]/g;
/** "Lowenholt, 21.03.2025": a place (one to four capitalised words), a comma, then the rest. */
const PLACE_DATE = /^\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3},\s+(.+)$/u;
/** "Date: 28 April 2025", "Published: ...": a labelled date line in a header. */
const DATE_FIELD = /^\s*(?:Date|Dated|Published|Posted|Broadcast|Aired|Transmitted)\s*:\s*\S.{4,40}$/i;
/**
 * A monitoring service's source line: "Source: Vostrel 24 TV, Amsellu, in Zhadruni 1105 gmt 28 Apr 25"
 * (outlet, place, language, time and day of the broadcast).
 */
export const SOURCE_LINE = /^\s*Source\s*:\s*([^,\n]{2,60}),\s*(?:([^,\n]{2,40}),\s*)?in\s+\p{L}+(?:\s+\p{L}+)?\s+(?:\d{3,4}\s*(?:gmt|utc)\s+)?(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s+(\d{4}|\d{2})\b/iu;
const CAPTION_CREDIT = /\((?:Source|Photo|Image|Photo credit|Credit|Photo by|Image source)\s*(?:by|:)?\s*[^()]*(?:\([^()]*\)[^()]*)*\)\s*\.?\s*$/i;
/** "... rally in Selva. Photograph: Meridian Post": a caption credit after the text. */
const CAPTION_TRAILING = /(?:^|[.!?]\s+)(?:Photograph|Photo|Picture|Image|Source|Credit|Photo credit)s?:\s*([^.:]{2,80})\.?\s*$/;
/** A short line ending in "(Outlet, Country, Month D, YYYY)": a caption credited without "Source:". */
const CAPTION_BARE = /\(([^()]{2,60}),\s*(?:[^(),]{2,40},\s*)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\)\s*\.?\s*$/;

/** Splits text into lines of content: runs of non-blank lines, cut again at markers. */
function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let runStart = -1;
  let runEnd = -1;
  let lastStart = -1;
  const flush = (): void => {
    if (runStart < 0) return;
    out.push({ start: runStart, end: runEnd, contentStart: runStart, marker: null });
    runStart = -1;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    let e = j;
    if (e > i && text.charCodeAt(e - 1) === 13) e--; // CRLF
    const line = text.slice(i, e);
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
    } else {
      const lead = line.length - line.trimStart().length;
      const s = i + lead;
      const end = i + line.trimEnd().length;
      const md = MD_HEADING.exec(line);
      const bullet = md ? null : BULLET.exec(line);
      const foot = FOOTNOTE_START.test(line);
      if (md || bullet || foot) {
        flush();
        const m = md ?? bullet;
        const contentStart = m ? i + m[0].length : s;
        out.push({ start: s, end, contentStart, marker: md ? 'heading' : bullet ? 'bullet' : 'footnote' });
      } else if (runStart >= 0 && runEnd - lastStart >= 50 && !endsSentence(text, runEnd)) {
        runEnd = end;
        lastStart = s;
      } else {
        flush();
        runStart = s;
        runEnd = end;
        lastStart = s;
      }
    }
    i = j + 1;
  }
  flush();
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Plain-text reports put one paragraph per line, hard-wrapped copy wraps mid-sentence: a long
 * line that does not end a sentence continues on the next one.
 */
function endsSentence(text: string, lineEnd: number): boolean {
  const c = text[lineEnd - 1] ?? '';
  return /[.!?:"”’)\]]/.test(c);
}

const SMALL_WORDS = new Set(
  'a an the of and or in on at to for by with from as vs via into onto upon than but nor so is are was be its it his her their our that this'.split(' '),
);

/** Share of capitalised words among the words that are not small words: headings are Title Case. */
function titleCaseRatio(s: string): number {
  let caps = 0;
  let words = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    // A word: a run of letters (with inner apostrophes and hyphens).
    const c = s[i]!;
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (isLetter(s[j]!) || ((s[j] === "'" || s[j] === '’' || s[j] === '-') && j + 1 < n && isLetter(s[j + 1]!)))) j++;
    const w = s.slice(i, j);
    i = j;
    if (w.length <= 5 && SMALL_WORDS.has(w.toLowerCase())) continue;
    words++;
    if (c !== c.toLowerCase()) caps++;
  }
  return words ? caps / words : 0;
}

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return c.toLowerCase() !== c.toUpperCase();
}

function classify(text: string, line: Line, index: number, seenBody: boolean, inNotes: boolean): BlockKind {
  const s = text.slice(line.contentStart, line.end);
  if (line.marker === 'heading') return index === 0 || !seenBody ? 'title' : 'heading';
  if (line.marker === 'footnote' && (inNotes || /^\s*\[\d+\]\s*(?:[,.(]|[A-Z])/.test(s))) return 'footnote';
  if (line.marker === 'bullet') return 'bullet';
  if (!seenBody && DATELINE_ONLY.test(s)) return 'dateline';
  // "Lowenholt, 21.03.2025", "Amsellu, 28 April 2025": a place and a full date, alone on a line above the body.
  const placed = !seenBody && s.length < 70 ? PLACE_DATE.exec(s) : null;
  if (placed && findDates(placed[1]!).some((d) => d.iso.length === 10 && d.start === 0 && d.end === placed[1]!.trimEnd().length)) return 'dateline';
  // ("Translated from the original. Published 22 March 2024, 18:40 local time."): a line that
  // says when the piece came out, above the body.
  if (!seenBody && s.length < 160 && PUBLISHED_AT.test(s) && findDates(s).some((d) => d.iso.length === 10)) return 'dateline';
  // A header of labelled lines near the top ("Source: ...", "Date: ..."), read even after a headline.
  if (index < 8 && isFieldBlock(s)) return s.split('\n').some((l) => SOURCE_LINE.test(l)) ? 'caption' : 'dateline';
  if (!seenBody && SERIES.test(s) && s.length < 160) return 'series';
  if (s.length < 600 && CAPTION_CREDIT.test(s)) return 'caption';
  if (s.length < 300 && (CAPTION_BARE.test(s) || CAPTION_TRAILING.test(s))) return 'caption';
  // 'Dravan: "Good morning. I have just ..."': a transcript turn in sentence case is prose; a
  // headline quotes in title case ('Dravan: "The Front Will Win"').
  const turn = /^[^"“«:\n]{1,60}:\s*["“«]([^"”»]{40,})/.exec(s);
  // ('Leader Mezhrat: "The patience of the nation has an end"' over the story, unpunctuated:
  // a headline in sentence case, not the first turn of a transcript)
  if (turn && !seenBody && s.length < 140 && !s.includes('\n') && !/[.!?…]["”»’]?\s*$/.test(s)) return 'heading';
  if (turn && titleCaseRatio(turn[1]!) < 0.5) return 'paragraph';
  const endsSentence = /[.!?…]["”’]?\s*(\[\d+\])?$/.test(s) || /[:;,]$/.test(s);
  const ratio = titleCaseRatio(s.replace(/["“”«»][^"“”«»]*["“”«»]/g, ' Quote '));
  if (!seenBody && s.length < 500 && ratio >= 0.75) return 'title';
  if (s.length < 900 && ratio >= 0.8 && !/^["“«']/.test(s)) return 'heading';
  if (s.length < 120 && !endsSentence && ratio >= 0.6 && !/^["“«']/.test(s)) return 'heading';
  return 'paragraph';
}

function refsIn(text: string, start: number, end: number): FootnoteRef[] {
  const refs: FootnoteRef[] = [];
  const s = text.slice(start, end);
  FOOTNOTE_REF.lastIndex = 0;
  for (let m = FOOTNOTE_REF.exec(s); m; m = FOOTNOTE_REF.exec(s)) {
    refs.push({ n: Number(m[1]), start: start + m.index, end: start + m.index + m[0].length });
  }
  return refs;
}

/**
 * Segments a document's text.
 * @param meta title and date the reader found in metadata (HTML), used when the text has none.
 */
export function segment(text: string, meta: { title?: string; date?: string; modified?: string } = {}): Segmented {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  const footnotes: Footnote[] = [];
  let title: Span | undefined;
  let published: string | undefined;
  let placeDated = false;
  let series: string | undefined;
  let number: string | undefined;
  let seenBody = false;
  // Footnotes are the run of [n] blocks at the end: once one is seen after the body, later
  // [n] lines are notes too.
  let inNotes = false;
  // A title the page's metadata names wins over a guess from the layout.
  const metaTitle = meta.title?.trim();
  const titled = metaTitle ? lines.find((l) => text.slice(l.contentStart, l.end).trim() === metaTitle) : undefined;
  for (const line of lines) {
    const index = blocks.length;
    let kind = line === titled ? 'title' : classify(text, line, index, seenBody, inNotes);
    if (kind === 'title' && ((titled && line !== titled) || title)) kind = 'heading';
    const s = text.slice(line.contentStart, line.end);
    if (kind === 'dateline' || kind === 'series') {
      const d = parseDate(s);
      if (d && !published) {
        published = d;
        // ("Lowenholt, 21.03.2025" over a press notice: the day its undated quotes were given)
        placeDated = kind === 'dateline' && PLACE_DATE.test(s) && d.length === 10;
      }
      const m = SERIES.exec(s);
      if (m && !series) {
        series = m[1]!.trim().replace(/^.*\|\s*/, '');
        number = m[2];
      }
      // "October 15, 2023 Special Dispatch No. 10870" is both.
    } else if (kind === 'title') {
      title = { start: line.contentStart, end: line.end };
    } else if (kind === 'footnote') {
      inNotes = true;
      const m = FOOTNOTE_START.exec(text.slice(line.start, line.end))!;
      const n = Number(m[1]);
      const bodyStart = line.start + m[0].length;
      const body = parseFootnoteBody(text.slice(bodyStart, line.end), footnotes[footnotes.length - 1]);
      footnotes.push({ n, start: line.start, end: line.end, ...body });
    } else if (kind === 'paragraph' || kind === 'bullet') {
      seenBody = true;
    }
    let credit: SourceCredit | undefined;
    if ((kind === 'caption' || kind === 'dateline') && isFieldBlock(s)) {
      // ("Date: 28 April 2025" first; else the day of the source line)
      let at = 0;
      for (const l of s.split('\n')) {
        if (SOURCE_LINE.test(l)) credit ??= sourceLineCredit(l, line.contentStart + at);
        else if (DATE_FIELD.test(l)) published ??= parseDate(l);
        at += l.length + 1;
      }
      if (credit?.date && !published) published = credit.date;
    } else if (kind === 'caption') {
      const c = parseCredit(s);
      if (c) credit = { ...c.credit, start: line.contentStart + c.start, end: line.contentStart + c.end };
    }
    blocks.push({
      index,
      kind,
      start: line.contentStart,
      end: line.end,
      refs: kind === 'footnote' ? [] : refsIn(text, line.contentStart, line.end),
      ...(credit ? { credit } : {}),
    });
  }
  if (!title && meta.title) {
    // HTML pages keep their title in metadata; the text may not repeat it.
    const at = text.indexOf(meta.title);
    if (at >= 0) title = { start: at, end: at + meta.title.length };
  }
  if (!published && meta.date) published = meta.date;
  let newsDateline = placeDated;
  if (!published) {
    published = bylineDate(text, blocks) ?? yearlessDateline(text, blocks, meta.modified);
    newsDateline = published !== undefined && hasNewsDateline(text, blocks);
  }
  return {
    blocks,
    footnotes,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(series ? { series } : {}),
    ...(number ? { number } : {}),
    ...(newsDateline ? { newsDateline } : {}),
    ...refDateOf(text, published, footnotes),
  };
}

/** Lines that are all "Label: value", one of them a source line or a labelled date. */
function isFieldBlock(s: string): boolean {
  const lines = s.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length || lines.length > 4 || lines.some((l) => l.length > 140 || !/^[A-Z][A-Za-z ]{1,20}:\s/.test(l))) return false;
  return lines.some((l) => SOURCE_LINE.test(l) || (DATE_FIELD.test(l) && findDates(l).length > 0));
}

/** The credit of a monitoring source line: the outlet, the place and the day (a two-digit year is this century's). */
function sourceLineCredit(s: string, offset: number): SourceCredit | undefined {
  const m = SOURCE_LINE.exec(s);
  if (!m) return undefined;
  const month = monthNumber(m[4]!);
  const year = m[5]!.length === 2 ? 2000 + Number(m[5]) : Number(m[5]);
  const day = Number(m[3]);
  const date = month && day >= 1 && day <= 31 ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
  const outlet = m[1]!.trim();
  const start = offset + m.index + m[0].indexOf(outlet);
  return { outlet, ...(m[2] ? { country: m[2].trim() } : {}), ...(date ? { date } : {}), start, end: start + outlet.length };
}

/** A line's word for when the piece came out: "Published 22 March 2024", "Posted on May 3, 2025". */
const PUBLISHED_AT = /\b(?:(?:[Ff]irst\s+)?(?:Published|Posted|Released|Issued|Updated|published|posted)(?:\s+on)?\s*:?|[Ff]or\s+(?:immediate\s+)?release[,:]?)\s+(?=\S)/;

/** "*By Nadia Holt | Sentinel Wire | March 3, 2025*" or "OSTRAVA CITY, March 3, 2025 (Wire) -": a dated byline near the top. */
function bylineDate(text: string, blocks: readonly Block[]): string | undefined {
  for (const b of blocks.slice(0, 5)) {
    const s = text.slice(b.start, b.end);
    if (s.length > 200) continue;
    if (/^[*_\s]*By\s/.test(s) || /\|/.test(s) || /^[\p{Lu} .'’-]+,\s/u.test(s)) {
      const d = findDates(s).find((x) => x.iso.length === 10);
      if (d) return d.iso;
    }
    // ("Translated from the original. Published 22 March 2024, 18:40 local time.")
    const made = PUBLISHED_AT.exec(s);
    if (made) {
      const d = findDates(s.slice(made.index + made[0].length, made.index + made[0].length + 40)).find((x) => x.iso.length === 10);
      if (d) return d.iso;
    }
  }
  return undefined;
}

/**
 * "RENHOLLOW, May 3 (Quillpost) -": a wire dateline without a year is the latest such day on or
 * before `reference` (the file's modification day); without a reference it says nothing.
 */
function yearlessDateline(text: string, blocks: readonly Block[], reference: string | undefined): string | undefined {
  if (!reference) return undefined;
  for (const b of blocks.slice(0, 5)) {
    const m = YEARLESS_DATELINE.exec(text.slice(b.start, Math.min(b.end, b.start + 120)));
    if (!m) continue;
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    if (!month || day < 1 || day > 31) return undefined;
    const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const year = Number(reference.slice(0, 4)) - (md > reference.slice(5, 10) ? 1 : 0);
    // "TEODRIN, March 14 (Wire) - ... on Friday accused ...": the story's weekday names the year
    // (the latest of the last six in which that day fell on it).
    const weekday = WEEKDAY.exec(text.slice(b.start, b.end))?.[1];
    if (weekday) {
      const want = WEEKDAYS.indexOf(weekday.toLowerCase());
      for (let y = year; y > year - 6; y--) {
        if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === want) return `${y}-${md}`;
      }
    }
    return `${year}-${md}`;
  }
  return undefined;
}

/** "CITY, Month D[, YYYY] (Agency) -" opening one of the first blocks. */
function hasNewsDateline(text: string, blocks: readonly Block[]): boolean {
  return blocks.slice(0, 5).some((b) => NEWS_DATELINE.test(text.slice(b.start, Math.min(b.end, b.start + 120))));
}
const NEWS_DATELINE = /^[\p{Lu}][\p{Lu} .'’-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]{2,40}\)\s*)?[-–—]/u;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(?:on|this|late|early)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const YEARLESS_DATELINE = /^[\p{Lu}][\p{Lu} .'’-]+,\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*(?:\(|[-–—])/u;

/** The publication date, else the latest full date in footnotes or text. */
function refDateOf(text: string, published: string | undefined, notes: readonly Footnote[]): { refDate?: string } {
  if (published) return { refDate: published };
  let best: string | undefined;
  for (const f of notes) if (f.date && f.date.length === 10 && (!best || f.date > best)) best = f.date;
  if (!best) for (const d of findDates(text)) if (d.iso.length === 10 && (!best || d.iso > best)) best = d.iso;
  return best ? { refDate: best } : {};
}
