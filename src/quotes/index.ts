// quotes: every passage of reported speech in a document, per the annotation guidelines:
// straight, curly, angle and single marks (not apostrophes), mixed and unbalanced marks,
// passages over several paragraphs, nested quotes, translator's [insertions], quotes in
// headings; scare quotes, names and quoted terms are left out.
import { DEFAULT_LEXICON, type AttributionLexicon } from '../attribute/lexicon.js';
import type { Block, Quote, Segmented } from '../types.js';
import { isSpeech } from './scare.js';
import { fallbackBlocks, type RawQuote, scanQuotes } from './scan.js';
import { findTurns } from './turns.js';

export { scanQuotes, type RawQuote } from './scan.js';
export { findTurns, type Turn } from './turns.js';

/** A heading or title block; one that ends a sentence ('... said: "We won."') reads as a paragraph. */
export function isHeading(text: string, b: Block): boolean {
  if (b.kind !== 'heading' && b.kind !== 'title') return false;
  return !/[.!?…]["”'’»]?\s*(?:\[\d+\])?$/.test(text.slice(b.start, b.end));
}

/**
 * Finds the quotes of a document, numbered in reading order; a nested quote names its parent.
 * @example findQuotes('He said: "We will win."', segment(text))[0] // span of 'We will win.'
 */
export function findQuotes(text: string, seg: Segmented, lex: AttributionLexicon = DEFAULT_LEXICON): Quote[] {
  const blocks = seg.blocks.length ? seg.blocks : fallbackBlocks(text);
  const byIndex = new Map(blocks.map((b) => [b.index, b]));
  const raw = scanQuotes(text, seg);
  const kept: RawQuote[] = [];
  for (const q of raw) {
    const block = byIndex.get(q.blocks[0]!)!;
    if (isSpeech(text, q, block, lex)) kept.push(q);
  }
  // Transcript turns are passages too; quotes inside a turn are nested in it.
  const turns = findTurns(text, blocks);
  if (turns.length) {
    for (const t of turns) {
      const turn: RawQuote = { family: 'D', markAt: t.start - 1, closeAt: -1, start: t.start, end: t.end, blocks: [t.block], insertions: t.insertions, parent: undefined, depth: 0 };
      for (const q of kept) if (!q.parent && q.start >= t.start && q.end <= t.end) q.parent = turn;
      kept.push(turn);
    }
    kept.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const ids = new Map<RawQuote, number>(kept.map((q, i) => [q, i]));
  return kept.map((q, id) => {
    let p = q.parent;
    while (p && !ids.has(p)) p = p.parent;
    const b = byIndex.get(q.blocks[0]!)!;
    return {
      id,
      start: q.start,
      end: q.end,
      ...(p ? { parent: ids.get(p)! } : {}),
      blocks: q.blocks,
      insertions: q.insertions,
      inHeading: isHeading(text, b),
    };
  });
}
