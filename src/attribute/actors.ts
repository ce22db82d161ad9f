// actors: what the attribution rules ask of the actor layer's mentions. A speaker phrase takes
// the key of the mention that covers its head (the name's last word, or the role noun of a role
// phrase), never of a name inside its venue ("the expert on Iran International" is the expert,
// not the outlet).
import type { Mention, Span } from '../types.js';
import type { AttributionLexicon } from './lexicon.js';
import { DOC_NOUNS, MASK, PRONOUNS } from './narration.js';

/** Adverbs that sit between a subject and its verb ("X also says"). */
const BETWEEN = new Set(['also', 'further', 'then', 'again', 'now', 'still', 'even', 'often', 'repeatedly', 'later', 'too']);

/** A word after which a verb form ending in -s is a verb, not a plural noun: a subject's head. */
export function isSubjectWord(w: string, lex: AttributionLexicon): boolean {
  return PRONOUNS.has(w) || BETWEEN.has(w) || lex.roleNouns.has(w) || lex.titles.has(w) || lex.outletNouns.has(w) ||
    lex.collectives.has(w) || DOC_NOUNS.has(w) || w === ',' || w === '"' || w === '”' || w.startsWith(MASK) || w === 'who' || w === 'which';
}

/** Mentions sorted by start, searchable by span. */
export class MentionIndex {
  private readonly ms: readonly Mention[];

  constructor(mentions: readonly Mention[]) {
    this.ms = mentions.filter((m) => m.source !== 'pronoun').sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Index of the first mention starting at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ms[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions overlapping `span` (a mention is at most a few words long). */
  overlapping(span: Span): Mention[] {
    const out: Mention[] = [];
    for (let i = this.lowerBound(span.start - 200); i < this.ms.length && this.ms[i]!.start < span.end; i++) {
      const m = this.ms[i]!;
      if (m.end > span.start) out.push(m);
    }
    return out;
  }

  /**
   * The mention naming a phrase's head: outside `venue`, covering the phrase's last word when
   * there is no venue; the longest such mention.
   */
  headOf(span: Span, venue?: Span): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.overlapping(span)) {
      if (venue && m.start >= venue.start && m.end <= venue.end) continue;
      if (!venue && !(m.start < span.end && m.end >= span.end)) continue;
      if (!best || m.end - m.start > best.end - best.start) best = m;
    }
    return best;
  }

  /** Mentions in [from, to), in reading order. */
  between(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.lowerBound(from); i < this.ms.length && this.ms[i]!.start < to; i++) out.push(this.ms[i]!);
    return out;
  }
}
