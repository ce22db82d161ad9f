// mentions/automaton: one Aho-Corasick automaton (a dense DFA over a small alphabet) for every
// name and cue word of the packs, scanned once over NormText.lower. Apostrophes, dots and a
// translator's square brackets are skipped ("Khamene'i" = "Khamenei", "U.S." = "US"), runs of spaces and hyphens are one
// separator ("Tehrani-Moghaddam" = "Tehrani Moghaddam"). Matches respect word boundaries and
// the capital letters a pattern asks for ("US" is not "us", "the Leader" is not "the leader").
import { foldChar } from '../normalize/index.js';

/** Symbol for characters no pattern contains: the automaton restarts. */
const NONE = 0;
/** Symbol for a separator (space, hyphen, underscore, slash, line break). */
const SPACE = 1;
/** Marker for characters skipped in both patterns and text (apostrophes, dots, brackets). */
const SKIP = 0xffff;

/** Letter variants that are one symbol (Persian and Arabic yeh, kaf; teh marbuta and heh). */
const SAME: Readonly<Record<string, string>> = { 'ی': 'ي', 'ى': 'ي', 'ئ': 'ي', 'ک': 'ك', 'ة': 'ه', 'ۀ': 'ه', 'ؤ': 'و' };
const SKIPPED = "'.\"`[]\u0640\u200c";
const SEPARATORS = ' \t\n\r\f\v-_/';

/** A compiled set of patterns. Pattern i ends in a match reported as its index. */
export interface Automaton {
  readonly table: Uint16Array;
  readonly nsym: number;
  readonly next: Int32Array;
  /** outStart[s]..outStart[s+1]: patterns ending at state s (own outputs). */
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
  /** Nearest state down the failure chain with outputs, or 0. */
  readonly dict: Int32Array;
  readonly patLen: Int32Array;
  /** caseStart[p]..caseStart[p+1]: symbol offsets of pattern p that must be upper case in the text. */
  readonly caseStart: Int32Array;
  readonly caseList: Int32Array;
  readonly maxLen: number;
}

/** The characters of a pattern after folding, as the scanner will see them. */
function patternChars(pattern: string): { chars: string[]; upper: boolean[] } {
  const chars: string[] = [];
  const upper: boolean[] = [];
  let lastSpace = true;
  for (const raw of pattern) {
    for (const f of foldChar(raw)) {
      const lower = f.toLowerCase();
      const c = lower.length === 1 ? lower : f;
      if (SKIPPED.includes(c)) continue;
      if (SEPARATORS.includes(c)) {
        if (!lastSpace) {
          chars.push(' ');
          upper.push(false);
        }
        lastSpace = true;
        continue;
      }
      lastSpace = false;
      chars.push(SAME[c] ?? c);
      upper.push(c !== f);
    }
  }
  while (chars[chars.length - 1] === ' ') {
    chars.pop();
    upper.pop();
  }
  return { chars, upper };
}

/**
 * Builds the automaton. `caseMode[i]`: 'all' when every letter must be upper case in the
 * text (acronyms), 'initials' when letters written upper case in the pattern must be, 'none'.
 */
export function buildAutomaton(patterns: readonly string[], caseMode: readonly ('all' | 'initials' | 'none')[]): Automaton {
  const table = new Uint16Array(65536);
  for (const c of SKIPPED) table[c.charCodeAt(0)] = SKIP;
  for (const c of SEPARATORS) table[c.charCodeAt(0)] = SPACE;
  let nsym = 2;
  const symbolOf = (c: string): number => {
    const code = c.charCodeAt(0);
    if (c.length !== 1) return NONE;
    if (table[code] === NONE) table[code] = nsym++;
    return table[code]!;
  };
  const seqs: number[][] = [];
  const cases: number[][] = [];
  patterns.forEach((p, i) => {
    const { chars, upper } = patternChars(p);
    const seq = chars.map(symbolOf);
    seqs.push(seq.includes(NONE) ? [] : seq);
    const mode = caseMode[i] ?? 'none';
    const need: number[] = [];
    chars.forEach((c, k) => {
      const letter = c.toUpperCase() !== c;
      if (!letter) return;
      if (mode === 'all' || (mode === 'initials' && upper[k])) need.push(k);
    });
    cases.push(need);
  });
  for (const [v, c] of Object.entries(SAME)) {
    const code = c.charCodeAt(0);
    if (table[code] !== NONE) table[v.charCodeAt(0)] = table[code]!;
  }

  // Trie with sparse children first, then the dense DFA by breadth-first search.
  const children: Map<number, number>[] = [new Map()];
  const outs: number[][] = [[]];
  seqs.forEach((seq, p) => {
    if (seq.length === 0) return;
    let s = 0;
    for (const sym of seq) {
      let t = children[s]!.get(sym);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        outs.push([]);
        children[s]!.set(sym, t);
      }
      s = t;
    }
    outs[s]!.push(p);
  });
  const n = children.length;
  const next = new Int32Array(n * nsym);
  const fail = new Int32Array(n);
  const dict = new Int32Array(n);
  const order: number[] = [];
  for (const [sym, t] of children[0]!) {
    next[sym] = t;
    order.push(t);
  }
  for (let qi = 0; qi < order.length; qi++) {
    const s = order[qi]!;
    const f = fail[s]!;
    dict[s] = outs[f]!.length > 0 ? f : dict[f]!;
    const row = s * nsym;
    const frow = f * nsym;
    for (let sym = 0; sym < nsym; sym++) {
      const t = children[s]!.get(sym);
      if (t === undefined) next[row + sym] = next[frow + sym]!;
      else {
        next[row + sym] = t;
        fail[t] = s === 0 ? 0 : next[frow + sym]!;
        order.push(t);
      }
    }
  }
  for (let sym = 0; sym < nsym; sym++) next[sym] = children[0]!.get(sym) ?? 0;
  next[NONE] = 0;

  const outStart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) outStart[s + 1] = outStart[s]! + outs[s]!.length;
  const outList = new Int32Array(outStart[n]!);
  for (let s = 0; s < n; s++) outList.set(outs[s]!, outStart[s]!);
  const patLen = Int32Array.from(seqs, (q) => q.length);
  const caseStart = new Int32Array(patterns.length + 1);
  cases.forEach((c, i) => (caseStart[i + 1] = caseStart[i]! + c.length));
  const caseList = Int32Array.from(cases.flat());
  const maxLen = patLen.reduce((m, l) => Math.max(m, l), 1);
  return { table, nsym, next, outStart, outList, dict, patLen, caseStart, caseList, maxLen };
}

const WORD = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) WORD[c] = 1;
  else if (c >= 0xc0 && /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c))) WORD[c] = 1;
}

/** True when the UTF-16 unit at `i` is part of a word (letter, digit or mark). */
export function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && WORD[s.charCodeAt(i)] === 1;
}

/** Raw matches of a scan: parallel arrays of [start, end) in the folded text and pattern index. */
export interface Hits {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly pattern: Int32Array;
  readonly count: number;
}

/**
 * Scans `lower` once; `text` (same length, case kept) is used for the capital-letter checks.
 * Reports every match that sits on word boundaries.
 */
export function scan(a: Automaton, lower: string, text: string): Hits {
  const { table, nsym, next, outStart, outList, dict, patLen, caseStart, caseList } = a;
  let size = 1;
  while (size <= a.maxLen) size <<= 1;
  const mask = size - 1;
  const ring = new Int32Array(size);
  let cap = 64;
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let pattern: Int32Array = new Int32Array(cap);
  let count = 0;
  let state = 0;
  let fed = 0;
  let lastSpace = true;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const sym = table[lower.charCodeAt(i)]!;
    if (sym === SKIP) continue;
    if (sym === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
      if (sym === NONE) {
        state = 0;
        continue;
      }
    }
    ring[fed & mask] = i;
    fed++;
    state = next[state * nsym + sym]!;
    if (state === 0) continue;
    let s = outStart[state + 1]! > outStart[state]! ? state : dict[state]!;
    if (s === 0 || (i + 1 < n && WORD[lower.charCodeAt(i + 1)] === 1)) continue;
    for (; s !== 0; s = dict[s]!) {
      for (let o = outStart[s]!; o < outStart[s + 1]!; o++) {
        const p = outList[o]!;
        const first = fed - patLen[p]!;
        const from = ring[first & mask]!;
        if (from > 0 && WORD[lower.charCodeAt(from - 1)] === 1) continue;
        let ok = true;
        for (let c = caseStart[p]!; c < caseStart[p + 1]!; c++) {
          const at = ring[(first + caseList[c]!) & mask]!;
          if (text.charCodeAt(at) === lower.charCodeAt(at)) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (count === cap) {
          cap *= 2;
          const grow = (x: Int32Array): Int32Array => {
            const y = new Int32Array(cap);
            y.set(x);
            return y;
          };
          start = grow(start);
          end = grow(end);
          pattern = grow(pattern);
        }
        start[count] = from;
        end[count] = i + 1;
        pattern[count] = p;
        count++;
      }
    }
  }
  return { start, end, pattern, count };
}
