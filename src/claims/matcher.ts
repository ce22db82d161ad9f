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
