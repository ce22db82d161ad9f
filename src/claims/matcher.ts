// matcher: cue phrases compiled once into a trie over tokens, then matched at every token of
// a sentence in one pass (longest match wins). No regular expression per cue or per actor.
import { expandPhrase, type Token } from './tokens.js';

interface Node<V> {
  readonly next: Map<string, Node<V>>;
  values?: V[];
}

/** A match of a cue: tokens [from, to) of the token array, and what the cue stands for. */
export interface CueHit<V> {
  readonly from: number;
  readonly to: number;
  readonly values: readonly V[];
}

/** A set of cue phrases, each with a value (a predicate, a theme...). */
export class PhraseMatcher<V> {
  private readonly root: Node<V> = { next: new Map() };

  /** Adds every phrase with its value. */
  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      for (const seq of expandPhrase(phrase)) this.insert(seq, value);
    }
  }

  private insert(seq: readonly string[], value: V): void {
    let n = this.root;
    for (const t of seq) {
      let m = n.next.get(t);
      if (!m) n.next.set(t, (m = { next: new Map() }));
      n = m;
    }
    if (!n.values) n.values = [];
    if (!n.values.includes(value)) n.values.push(value);
  }

  /** The longest match starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number, end = tokens.length): CueHit<V> | null {
    let best: CueHit<V> | null = null;
    const first = i < end ? this.root.next.get(tokens[i]!.text) : undefined;
    if (!first) return null;
    // Depth-first over (node, next token) without closures; '*' never matches the first token.
    const stack: [Node<V>, number][] = [[first, i + 1]];
    while (stack.length) {
      const [n, j] = stack.pop()!;
      const lastQuote = tokens[j - 1]!.text === '"' || tokens[j - 1]!.text === "'";
      if (n.values && !lastQuote && (!best || j > best.to)) best = { from: i, to: j, values: n.values };
      if (j >= end) continue;
      const w = n.next.get('*');
      if (w) stack.push([w, j + 1]);
      const t = tokens[j]!.text;
      // took orders "from no one": a quote mark inside a phrase does not break it.
      if ((t === '"' || t === "'") && n !== this.root && j + 1 < end) stack.push([n, j + 1]);
      const a = n.next.get(t);
      if (a) stack.push([a, j + 1]);
    }
    return best;
  }

  /**
   * Walks every phrase starting at token `i` (the same paths as matchAt) and calls `found`
   * with the end and values of each complete one. False when no phrase starts at `i`.
   */
  walkAt(tokens: readonly Token[], i: number, found: (to: number, values: readonly V[]) => void): boolean {
    const first = this.root.next.get(tokens[i]!.text);
    if (!first) return false;
    const end = tokens.length;
    const stack: [Node<V>, number][] = [[first, i + 1]];
    while (stack.length) {
      const [n, j] = stack.pop()!;
      const lastQuote = tokens[j - 1]!.text === '"' || tokens[j - 1]!.text === "'";
      if (n.values && !lastQuote) found(j, n.values);
      if (j >= end) continue;
      const w = n.next.get('*');
      if (w) stack.push([w, j + 1]);
      const t = tokens[j]!.text;
      if ((t === '"' || t === "'") && n !== this.root && j + 1 < end) stack.push([n, j + 1]);
      const a = n.next.get(t);
      if (a) stack.push([a, j + 1]);
    }
    return true;
  }

  /** Every non-overlapping longest match in tokens [from, to), left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): CueHit<V>[] {
    const out: CueHit<V>[] = [];
    for (let i = from; i < to; ) {
      const h = this.matchAt(tokens, i, to);
      if (h) {
        out.push(h);
        i = h.to;
      } else i++;
    }
    return out;
  }
}

/** The cue lists read in one pass over a sentence. */
export interface SentenceCues<P> {
  readonly predicates: CueHit<P>[];
  readonly denials: CueHit<true>[];
  readonly reporting: CueHit<true>[];
  readonly hedges: CueHit<true>[];
}

/**
 * Several cue lists in one trie, matched in one pass per sentence: at each token one walk of
 * the trie gives the longest match of every list, and each list keeps its own non-overlapping
 * left-to-right matches (the same hits as one PhraseMatcher per list).
 */
export class CombinedMatcher<P> {
  private readonly trie: PhraseMatcher<{ readonly list: number; readonly value: P | true }>;

  constructor(lists: { readonly predicates: Iterable<readonly [string, P]>; readonly denials: Iterable<string>;
    readonly reporting: Iterable<string>; readonly hedges: Iterable<string> }) {
    const entries: [string, { list: number; value: P | true }][] = [];
    // One value object per (list, value), so the trie's de-duplication by identity holds.
    const preds = new Map<P, { list: number; value: P }>();
    for (const [phrase, v] of lists.predicates) {
      let o = preds.get(v);
      if (!o) preds.set(v, (o = { list: 0, value: v }));
      entries.push([phrase, o]);
    }
    for (const [li, name] of [[1, 'denials'], [2, 'reporting'], [3, 'hedges']] as const) {
      const o = { list: li, value: true as const };
      for (const phrase of lists[name]) entries.push([phrase, o]);
    }
    this.trie = new PhraseMatcher(entries);
  }

  /** Every list's non-overlapping longest matches in the tokens, left to right. */
  scan(tokens: readonly Token[]): SentenceCues<P> {
    const out: [CueHit<P>[], CueHit<true>[], CueHit<true>[], CueHit<true>[]] = [[], [], [], []];
    const free = [0, 0, 0, 0];
    const best: ({ to: number; values: unknown[]; node: readonly unknown[] } | null)[] = [null, null, null, null];
    for (let i = 0; i < tokens.length; i++) {
      if (!this.trie.walkAt(tokens, i, (to, values) => {
        // A node's values of one list are one match; a later node replaces it only when longer.
        for (const v of values) {
          if (free[v.list]! > i) continue;
          const b = best[v.list];
          if (!b || to > b.to) best[v.list] = { to, values: [v.value], node: values };
          else if (b.node === values && !b.values.includes(v.value)) b.values.push(v.value);
        }
      })) continue;
      for (let l = 0; l < 4; l++) {
        const b = best[l];
        if (!b) continue;
        (out[l] as CueHit<unknown>[]).push({ from: i, to: b.to, values: b.values });
        free[l] = b.to;
        best[l] = null;
      }
    }
    return { predicates: out[0], denials: out[1], reporting: out[2], hedges: out[3] };
  }
}
