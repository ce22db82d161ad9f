// actors: what the attribution rules ask of the actor layer's mentions. A speaker phrase takes
// the key of the mention that covers its head (the name's last word, or the role noun of a role
// phrase), never of a name inside its venue ("the expert on Iran International" is the expert,
// not the outlet).
import type { Mention, Span } from '../types.js';
import type { AttributionLexicon } from './lexicon.js';
import type { Block } from '../types.js';
import { DOC_NOUNS, MASK, PRONOUNS, sentences } from './narration.js';

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

export type Gender = 'm' | 'f';

/** Honorifics and role nouns that tell a person's gender ("Mrs", "spokeswoman", "King"). */
const FEMALE = /\b(?:mrs|ms|miss|madam|madame|lady|dame|queen|princess|empress|duchess|baroness|sister|mother|spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|councilwoman|policewoman|countrywoman|actress|widow|wife|daughter|grandmother|aunt|niece|first lady)\b\.?/i;
const MALE = /\b(?:mr|sir|lord|king|prince|emperor|duke|baron|brother|father|spokesman|chairman|congressman|businessman|statesman|councilman|policeman|countryman|husband|son|grandfather|uncle|nephew)\b\.?/i;

/** The gender a name or role phrase states ("Ms Anna Kovac", "the spokeswoman"), if any. */
export function genderOfWords(phrase: string, _lex?: AttributionLexicon): Gender | undefined {
  const f = FEMALE.test(phrase);
  const m = MALE.test(phrase);
  return f === m ? undefined : f ? 'f' : 'm';
}

/**
 * Genders of the persons a document names, by votes: the honorific or role noun written with a
 * mention, and "she/her" or "he/his/him" in narration sentences that name exactly one person, or
 * that open right after a sentence naming exactly one person.
 */
export function documentGenders(text: string, masked: string, blocks: readonly Block[], index: MentionIndex, _lex: AttributionLexicon): Map<string, Gender> {
  const votes = new Map<string, number>();
  const vote = (key: string, g: Gender, w = 1): void => {
    votes.set(key, (votes.get(key) ?? 0) + (g === 'f' ? w : -w));
  };
  for (const b of blocks) {
    if (b.kind === 'footnote' || b.kind === 'separator') continue;
    let prevOnly: string | undefined;
    for (const S of sentences(masked, b.start, b.end)) {
      const persons = index.between(S.start, S.end).filter((m) => m.type === 'person');
      for (const m of persons) {
        const g = genderOfWords((m.role ? text.slice(m.role.start, m.role.end) : '') + ' ' + text.slice(Math.max(0, m.start - 12), m.end));
        if (g) vote(m.key, g, 3);
      }
      const s = masked.slice(S.start, S.end);
      const she = /\b(?:she|her|hers|herself)\b/i.test(s);
      const he = /\b(?:he|his|him|himself)\b/i.test(s);
      const keys = new Set(persons.map((m) => m.key));
      if (she !== he) {
        const g: Gender = she ? 'f' : 'm';
        // The one person named before the pronoun ("Marr said ... her government"), not after it
        // ("he promised Qaddoumi": the pronoun is someone else).
        const first = /\b(?:she|her|hers|herself|he|his|him|himself)\b/i.exec(s)!.index + S.start;
        if (keys.size === 1 && persons[0]!.start < first) vote([...keys][0]!, g);
        else if (keys.size === 0 && prevOnly && /^\s*(?:she|he)\b/i.test(s)) vote(prevOnly, g);
      }
      prevOnly = keys.size === 1 ? [...keys][0] : keys.size === 0 ? prevOnly : undefined;
    }
  }
  const out = new Map<string, Gender>();
  for (const [k, v] of votes) if (v !== 0) out.set(k, v > 0 ? 'f' : 'm');
  return out;
}
