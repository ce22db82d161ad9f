// scare: tells reported speech from quoted names and terms. Drops scare quotes and names
// ('the "Palestinian resistance organization" Hamas', 'Operation "Al-Aqsa Flood"', a quoted
// single word) by length, position and the lack of an attribution cue; keeps short quotes
// that are attributed speech ('Noting that Israel is "an oppressor [and] an aggressor"').
import type { AttributionLexicon } from '../attribute/lexicon.js';
import type { Block } from '../types.js';
import type { RawQuote } from './scan.js';

const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'is', 'are']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** True when the passage's words are all capitalised (small words aside): a name or a title. */
function isTitleCase(ws: readonly string[]): boolean {
  return ws.length > 0 && ws.every((w, i) => (i > 0 && SMALL.has(w.toLowerCase())) || w[0] !== w[0]!.toLowerCase());
}

/** The words before the opening mark in the same sentence (at most `n`), lower case. */
function wordsBefore(text: string, q: RawQuote, from: number, n: number): string[] {
  let s = text.slice(Math.max(from, q.markAt - 200), q.markAt);
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf('! '), s.lastIndexOf('? '));
  if (cut >= 0) s = s.slice(cut + 2);
  return words(s).slice(-n).map((w) => w.toLowerCase());
}

/** A full sentence: starts with a capital and ends with sentence punctuation. */
function isSentence(content: string): boolean {
  const t = content.trim();
  return /^[\[(]?\p{Lu}/u.test(t) && /[.!?…]['"’”]?$/.test(t);
}

/**
 * Whether a scanned passage is speech worth keeping.
 * @param blockStart start of the block the opening mark is in (context never crosses blocks)
 */
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'term', 'terms', 'termed', 'dub', 'dubs', 'dubbed', 'name', 'names', 'named',
  'nickname', 'nicknamed', 'label', 'labels', 'labelled', 'labeled', 'brand', 'branded', 'christened']);

export function isSpeech(text: string, q: RawQuote, block: Block, lex: AttributionLexicon): boolean {
  const content = text.slice(q.start, q.end);
  const ws = words(content.replace(/\[[^\]]*\]/g, ' '));
  const before = wordsBefore(text, q, q.parent ? q.parent.start : block.start, 12);
  const prev = before[before.length - 1] ?? '';
  const prev2 = before[before.length - 2] ?? '';
  const cued = before.some((w) => lex.speechVerbs.has(w)) || /:\s*$/.test(text.slice(Math.max(block.start, q.markAt - 3), q.markAt));
  const sentence = isSentence(content);
  // A quoted single word is a term, unless a speech verb hands it over ('replied "Never."').
  if (ws.length <= 1) return lex.speechVerbs.has(prev) && sentence;
  // A name or title: 'Operation "Al-Aqsa Flood"', 'the so-called "resistance"', 'known as "X"'.
  if (lex.namingWords.has(prev) && ws.length <= 12) return false;
  if (prev === 'as' && (prev2 === 'known' || prev2 === 'referred')) return false;
  // 'which residents call the "school on the hill"', 'officially termed the "security belt"': a name given.
  if ((prev === 'the' || prev === 'a') && NAMING_VERBS.has(prev2) && ws.length <= 6) return false;
  const tail = /[.!?…,;:]\s*$/.test(content);
  // 'the "Palestinian resistance organization" Hamas': a label directly before a name.
  if (!tail && ws.length <= 5 && q.closeAt >= 0) {
    const after = text.slice(q.closeAt + 1, q.closeAt + 60);
    const m = /^\s+(\p{Lu}[\p{L}'’\-]*)(?:\s+([\p{L}'’\-]+))?/u.exec(after);
    const label = DETERMINERS.has(prev) || !cued;
    if (m && label && !lex.speechVerbs.has((m[2] ?? '').toLowerCase())) return false;
  }
  // A short capitalised term with no cue ('And "Al-Aqsa Flood" In Israel'), also with the comma
  // or period American style puts inside the marks ('group together as the "Circle of Steadfastness,"').
  const termTail = !tail || (/[,.]\s*$/.test(content) && !isSentence(content));
  if (termTail && ws.length <= 4 && isTitleCase(ws) && !cued) return false;
  // Inside another quote, a passage needs a cue or must be a sentence of its own: lists of
  // quoted terms ('including "normalization," "the acceleration of multilateralism"') go.
  if (q.parent && !cued && !(sentence && ws.length >= 3)) return false;
  return true;
}
