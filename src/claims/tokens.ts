// tokens: a small hand-written tokenizer for the claims stage. Words are runs of letters and
// digits; every other non-space character is a token of its own, so "Iran's" is
// `iran ' s` and "commander-in-chief" is `commander - in - chief`. Token text is lower case
// with curly quotes and dashes folded; offsets stay those of the document text.

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, curly quotes folded to ' and ", dashes to -. */
  readonly text: string;
  /** The word starts with an upper-case letter in the document. */
  readonly cap: boolean;
}

// Letters, digits and marks by code unit, decided once per code unit (0 unknown, 1 word, 2 not).
const WORD_CLASS = new Uint8Array(0x2000);
const isWordCode = (c: number): boolean => {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7 || c >= 0x2000) return false;
  let k = WORD_CLASS[c]!;
  if (k === 0) WORD_CLASS[c] = k = /\p{L}|\p{N}|\p{M}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
};

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u02bf': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"', '\u201e': '"',
  '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2010': '-', '\u2011': '-', '\u2212': '-',
};

/** The character with quotes and dashes folded (same length: one character). */
export function foldChar(ch: string): string {
  return FOLD[ch] ?? ch;
}

/**
 * Tokens of `text` between `start` and `end`.
 * @example tokenize("Iran's army", 0, 11).map((t) => t.text) // ['iran', "'", 's', 'army']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < end && isWordCode(text.charCodeAt(j))) j++;
      const w = text.slice(i, j);
      const lw = w.toLowerCase();
      out.push({ start: i, end: j, text: lw, cap: c < 128 ? c >= 65 && c <= 90 : w[0] !== lw[0] });
      i = j;
      continue;
    }
    const ch = text[i]!;
    out.push({ start: i, end: i + 1, text: foldChar(ch), cap: false });
    i++;
  }
  return out;
}

/** The written forms of a verb stem: `prais` -> praise, praises, praised, praising... */
export function inflections(stem: string): string[] {
  const f = new Set([stem, `${stem}s`, `${stem}es`, `${stem}ed`, `${stem}d`, `${stem}ing`, `${stem}e`]);
  const last = stem[stem.length - 1] ?? '';
  if (last === 'y') for (const x of ['ied', 'ies']) f.add(stem.slice(0, -1) + x);
  if (/[bdgklmnprt]/.test(last) && /[aeiou]/.test(stem[stem.length - 2] ?? '')) {
    f.add(`${stem}${last}ed`);
    f.add(`${stem}${last}ing`);
  }
  return [...f];
}

/**
 * Token sequences a cue phrase stands for: `word*` is inflected, `*` alone matches any token.
 * @example expandPhrase('call* on') // [['call','on'], ['calls','on'], ['called','on'], ...]
 */
export function expandPhrase(phrase: string): string[][] {
  let seqs: string[][] = [[]];
  for (const chunk of phrase.toLowerCase().trim().split(/\s+/)) {
    let alts: string[][];
    if (chunk === '*') alts = [['*']];
    else if (chunk.endsWith('*')) alts = inflections(chunk.slice(0, -1)).map((w) => tokenize(w).map((t) => t.text));
    else alts = [tokenize(chunk).map((t) => t.text)];
    seqs = seqs.flatMap((s) => alts.map((a) => [...s, ...a]));
  }
  return seqs.filter((s) => s.length > 0);
}
