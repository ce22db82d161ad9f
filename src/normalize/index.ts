// normalize: the document text folded for matching, with an exact map back to raw offsets.
// One pass over the text; each raw character yields zero or more folded characters, and
// every folded character remembers the raw offset it came from.
import type { NormText } from '../types.js';

/** Latin, Cyrillic and Greek look-alikes folded to the Latin letter they imitate. */
const CONFUSABLE: Readonly<Record<string, string>> = {
  а: 'a', в: 'B', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'H', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H',
  О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X',
};

/** Typographic marks unified to their plain form. */
const PUNCT: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\u02BF': "'",
  '\u02BE': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u3000': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\u00AD': '', '\uFEFF': '',
};

const COMBINING = /\p{M}/u;
const cache = new Map<string, string>();

/** The folded form of one character (code point), case kept. */
export function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (ch in CONFUSABLE) out = CONFUSABLE[ch]!;
  else if (ch in PUNCT) out = PUNCT[ch]!;
  else if (ch.charCodeAt(0) < 0x80) out = ch;
  else {
    // Decompose, drop combining marks: "é" -> "e", "ā" -> "a"; ligatures via NFKD: "ﬁ" -> "fi".
    out = '';
    for (const c of ch.normalize('NFKD')) if (!COMBINING.test(c)) out += CONFUSABLE[c] ?? c;
  }
  cache.set(ch, out);
  return out;
}

/**
 * Folds `text` for matching and keeps the map back to raw offsets.
 * @example normalize('“Нaniyeh”').text === '"Haniyeh"'
 */
export function normalize(text: string): NormText {
  const n = text.length;
  const parts: string[] = [];
  // Most characters map to one; grow when a character expands.
  let toRaw = new Int32Array(n + 16);
  let len = 0;
  // Runs of characters that fold to themselves are copied as slices (the hot path).
  let runStart = 0;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (code < 0x60 || (code > 0x60 && code < 0x80)) {
      toRaw[len++] = i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const ch = text.slice(i, i + width);
    const f = foldChar(ch);
    if (f === ch) {
      for (let k = 0; k < width; k++) toRaw[len++] = i + k;
      i += width;
      continue;
    }
    if (runStart < i) parts.push(text.slice(runStart, i));
    parts.push(f);
    if (len + f.length + (n - i) + 1 > toRaw.length) {
      const grown = new Int32Array(Math.max(toRaw.length * 2, len + f.length + (n - i) + 16));
      grown.set(toRaw);
      toRaw = grown;
    }
    for (let k = 0; k < f.length; k++) toRaw[len++] = i;
    i += width;
    runStart = i;
  }
  if (runStart < n) parts.push(text.slice(runStart));
  toRaw[len] = n;
  const folded = parts.length === 1 ? parts[0]! : parts.join('');
  return { text: folded, lower: lowerSameLength(folded), toRaw: toRaw.slice(0, len + 1) };
}

/** Lower case that keeps every index: a character whose lower case is longer stays as it is. */
function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = '';
  for (const c of s) {
    const lc = c.toLowerCase();
    out += lc.length === c.length ? lc : c;
  }
  return out;
}

/** Maps a folded span back to the raw span it covers. */
export function rawSpan(norm: NormText, start: number, end: number): { start: number; end: number } {
  const s = norm.toRaw[start]!;
  // The raw end is where the character after the last folded one starts.
  const e = end > start ? rawEndOf(norm, end - 1) : s;
  return { start: s, end: e };
}

function rawEndOf(norm: NormText, i: number): number {
  const at = norm.toRaw[i]!;
  let j = i + 1;
  while (j < norm.toRaw.length - 1 && norm.toRaw[j] === at) j++;
  return norm.toRaw[j]!;
}

/**
 * A key for comparing names: folded, lower case, without spaces, hyphens, apostrophes or dots.
 * @example foldName("Isma'il Haniya") === foldName('Ismail Нaniya')
 */
export function foldName(name: string): string {
  let s = '';
  for (const ch of name) s += foldChar(ch);
  return s.toLowerCase().replace(/[\s'".\-_·]/g, '');
}
