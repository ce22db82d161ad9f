// marks: which characters are quotation marks, their family and the direction their glyph
// suggests, and the flanking tests that tell an opening mark from a closing one by context.

/** D: double marks (" “ ” „ « »), S: single marks (' ‘ ’ ‚ ‛). Mixed marks of one family pair. */
export type Family = 'D' | 'S';

/** What a mark's glyph says on its own: curly and angle marks have a side, straight ones none. */
export type Hint = 'open' | 'close' | 'none';

export interface MarkInfo {
  readonly family: Family;
  readonly hint: Hint;
  /** « and » always open and close; other glyphs yield to context. */
  readonly strict: boolean;
}

const MARKS = new Map<number, MarkInfo>([
  [0x22, { family: 'D', hint: 'none', strict: false }],
  [0x201c, { family: 'D', hint: 'open', strict: false }],
  [0x201d, { family: 'D', hint: 'close', strict: false }],
  [0x201e, { family: 'D', hint: 'open', strict: false }],
  [0x201f, { family: 'D', hint: 'open', strict: false }],
  [0xab, { family: 'D', hint: 'open', strict: true }],
  [0xbb, { family: 'D', hint: 'close', strict: true }],
  [0x27, { family: 'S', hint: 'none', strict: false }],
  [0x2018, { family: 'S', hint: 'open', strict: false }],
  [0x2019, { family: 'S', hint: 'close', strict: false }],
  [0x201a, { family: 'S', hint: 'open', strict: false }],
  [0x201b, { family: 'S', hint: 'open', strict: false }],
]);

/** The mark at char code `code`, or undefined when it is not a quotation mark. */
export function markInfo(code: number): MarkInfo | undefined {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201f)
    ? MARKS.get(code)
    : undefined;
}

/** Whitespace, including no-break and typographic spaces. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000;
}

/** Letters and digits of any script. */
export function isWordChar(ch: string): boolean {
  return ch !== '' && /[\p{L}\p{N}]/u.test(ch);
}

/** Characters after which a mark still opens: brackets, dashes, slashes. */
const OPENING_PUNCT = new Set(['(', '[', '{', '–', '—', '-', '/', '\u2015']);
/** Characters before which a mark still closes: sentence punctuation, brackets, other marks. */
const CLOSING_PUNCT = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '…', '"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00bb', '\u00ab']);

/** A mark can open when a non-space, non-closing character follows it. */
export function leftFlanking(next: string): boolean {
  if (next === '') return false;
  return !isSpace(next.charCodeAt(0)) && !CLOSING_PUNCT.has(next);
}

/** A mark can close when a non-space, non-opening character precedes it. */
export function rightFlanking(prev: string): boolean {
  if (prev === '') return false;
  return !isSpace(prev.charCodeAt(0)) && !OPENING_PUNCT.has(prev);
}

/** Marks that may re-open a passage at the start of its next paragraph, per family. */
export function isReopening(ch: string, family: Family): boolean {
  const m = markInfo(ch.charCodeAt(0));
  return m !== undefined && m.family === family && m.hint !== 'close';
}
