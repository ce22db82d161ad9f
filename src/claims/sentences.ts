// sentences: a small sentence splitter for the claims stage. It works inside each layout
// block, cuts after . ! ? (and the closing quotes or brackets that follow them) before an
// upper-case letter, a quote mark or a digit, and does not cut after abbreviations
// ("U.S.", "Gen.", "No.", "i.e.") or initials.
import type { Segmented, Span } from '../types.js';

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'brig', 'sgt', 'capt', 'cmdr', 'adm', 'prof', 'rev', 'st', 'jr',
  'sr', 'no', 'nos', 'vs', 'etc', 'ie', 'eg', 'cf', 'al', 'inc', 'ltd', 'co', 'corp', 'dept', 'gov', 'sen', 'rep',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'vol', 'pp', 'approx',
  'mt', 'ft', 'hon', 'sheikh', 'ph',
]);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', ')', ']']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '\u00ab', '(', '[']);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9') || OPENERS.has(ch);
}

/** True when the period at `i` ends an abbreviation or an initial. */
function isAbbrevDot(text: string, i: number, from: number): boolean {
  let j = i;
  while (j > from && /[\p{L}]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, i);
  if (!word) return false;
  if (word.length === 1) return true; // U.S., J. Smith, i.e.
  if (j > from && text[j - 1] === '.') return true; // the tail of "e.g." / "U.S."
  return ABBREV.has(word.toLowerCase());
}

/** Splits one span of text into sentences (trimmed spans). */
export function splitSpan(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    if (ch === '.' && isAbbrevDot(text, i, start)) continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '\u2026')) j++;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    // footnote references stay with their sentence: ".[2]"
    while (j < end && text[j] === '[' && /^\[\d{1,3}\]/.test(text.slice(j, j + 5))) j = text.indexOf(']', j) + 1;
    if (j >= end) break;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end || !isUpperStart(text[k]!)) continue;
    push(j);
    i = j - 1;
  }
  push(end);
  return out;
}

/**
 * The sentences of a document, block by block (or of the whole text when there are no blocks).
 * @example splitSentences('The U.S. said so. Then it left.').length // 2
 */
export function splitSentences(text: string, seg?: Pick<Segmented, 'blocks'>): Span[] {
  const blocks = seg?.blocks.length ? seg.blocks : [{ start: 0, end: text.length, kind: 'paragraph' as const }];
  const out: Span[] = [];
  for (const b of blocks) {
    if (b.kind === 'separator') continue;
    out.push(...splitSpan(text, b.start, b.end));
  }
  return out;
}
