// scan: one hand-written pass over a document's blocks that pairs quotation marks into
// passages. It keeps a stack of open passages (nesting), decides open or close from the
// characters around each mark (flanking) and the glyph, bridges a passage over paragraph
// breaks when the next paragraph re-opens with a mark, closes a passage left open at a
// paragraph's end, and records square-bracket insertions.
import type { Block, Segmented, Span } from '../types.js';
import { type Family, isReopening, isSpace, isWordChar, leftFlanking, markInfo, rightFlanking } from './marks.js';

/** A passage as the scanner finds it, before filtering and numbering. */
export interface RawQuote extends Span {
  readonly family: Family;
  /** Offset of the opening mark. */
  readonly markAt: number;
  /** Offset of the closing mark, or -1 when the passage was closed by a paragraph's end. */
  readonly closeAt: number;
  readonly blocks: readonly number[];
  readonly insertions: readonly Span[];
  /** The enclosing passage (set once the whole text is scanned). */
  parent: RawQuote | undefined;
  readonly depth: number;
}

interface Open {
  family: Family;
  markAt: number;
  start: number;
  blocks: number[];
  insertions: Span[];
  parent: Open | undefined;
  depth: number;
  done?: RawQuote;
}

/** Blocks a passage never runs in. */
const SKIP = new Set(['footnote', 'separator']);
/** Blocks a passage runs over without ending ("Name (Source: Outlet, date)" under a photo). */
const CREDIT_LINE = /\([^()]*\d{4}\)\s*\.?\s*$/;

function isBridgeable(text: string, b: Block): boolean {
  if (b.kind === 'caption') return true;
  if (b.kind !== 'heading' && b.kind !== 'paragraph') return false;
  if (b.end - b.start > 200) return false;
  const first = text[b.start] ?? '';
  return !markInfo(first.charCodeAt(0)) && CREDIT_LINE.test(text.slice(b.start, b.end));
}

/** End of a block's content for a passage closed by the paragraph's end: no refs, no spaces. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (text[e - 1] === ']') {
      const o = text.lastIndexOf('[', e - 1);
      if (o >= start && /^\[\d{1,3}\]$/.test(text.slice(o, e))) {
        e = o;
        continue;
      }
    }
    return e;
  }
}

/** Paragraph blocks for text without a segmentation: runs of non-blank lines. */
export function fallbackBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].trimEnd().length;
    if (e > s) blocks.push({ index: blocks.length, kind: 'paragraph', start: s, end: e, refs: [] });
  }
  return blocks;
}

/** Scans the blocks of `seg` (or paragraphs of `text` when it has none) for quoted passages. */
export function scanQuotes(text: string, seg: Segmented): RawQuote[] {
  const blocks = seg.blocks.length ? seg.blocks : fallbackBlocks(text);
  const out: RawQuote[] = [];
  const stack: Open[] = [];
  let bracketAt = -1;
  let skipMarkAt = -1;
  const bridged = new Set<number>();
  const owners: [RawQuote, Open][] = [];

  const finish = (o: Open, end: number, closeAt: number): void => {
    const q: RawQuote = {
      family: o.family,
      markAt: o.markAt,
      closeAt,
      start: o.start,
      end,
      blocks: o.blocks,
      insertions: o.insertions.filter((s) => s.end <= end),
      parent: undefined,
      depth: o.depth,
    };
    o.done = q;
    out.push(q);
    owners.push([q, o]);
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    if (SKIP.has(b.kind) || bridged.has(bi)) continue;
    for (const o of stack) if (o.blocks[o.blocks.length - 1] !== b.index) o.blocks.push(b.index);
    bracketAt = -1;
    for (let i = b.start; i < b.end; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x5b) {
        bracketAt = i;
        continue;
      }
      if (code === 0x5d) {
        if (bracketAt >= 0 && stack.length && !/^\[\d{1,3}\]$/.test(text.slice(bracketAt, i + 1))) {
          const ins = { start: bracketAt, end: i + 1 };
          for (const o of stack) if (o.start <= bracketAt) o.insertions.push(ins);
        }
        bracketAt = -1;
        continue;
      }
      const m = markInfo(code);
      if (!m || i === skipMarkAt) continue;
      const prev = i > b.start ? text[i - 1]! : '';
      const next = i + 1 < b.end ? text[i + 1]! : '';
      if (m.family === 'S' && isWordChar(prev) && isWordChar(next)) continue; // Iran's, Isma'il
      let sameOpen = -1;
      for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === m.family) { sameOpen = k; break; }
      const left = leftFlanking(next);
      const right = rightFlanking(prev);
      let action: 'open' | 'close' | 'none';
      if (m.strict) action = m.hint === 'open' ? 'open' : 'close';
      else if (left && !right) action = 'open';
      else if (right && !left) action = 'close';
      else if (m.family === 'S' && !left && !right) action = 'none'; // a lone ' between spaces
      else action = sameOpen >= 0 ? 'close' : 'open';
      if (action === 'close' && sameOpen < 0) {
        // A stray closing mark: an apostrophe (Hamas' fighters) or an unopened passage.
        if (m.family === 'S' || !left) continue;
        action = 'open';
      }
      if (action === 'open') {
        if (m.family === 'S' && prev !== '' && isWordChar(prev)) continue;
        const parent = stack[stack.length - 1];
        stack.push({ family: m.family, markAt: i, start: i + 1, blocks: [b.index], insertions: [], parent, depth: stack.length });
      } else if (action === 'close') {
        while (stack.length - 1 > sameOpen) stack.pop(); // inner passages never closed: not kept
        const o = stack.pop()!;
        if (i > o.start) finish(o, i, i);
      }
    }
    if (!stack.length) continue;
    // A passage open at the paragraph's end: does the next paragraph re-open it?
    let nj = bi + 1;
    while (nj < blocks.length && isBridgeable(text, blocks[nj]!)) nj++;
    const nb = blocks[nj];
    const outer = stack[0]!;
    const canRun = b.kind === 'paragraph' || b.kind === 'bullet';
    if (canRun && nb && (nb.kind === 'paragraph' || nb.kind === 'bullet') && isReopening(text[nb.start] ?? '', outer.family)) {
      stack.length = 1;
      skipMarkAt = nb.start;
      for (let k = bi + 1; k < nj; k++) bridged.add(k);
    } else {
      const end = trimmedEnd(text, outer.start, b.end);
      if (end > outer.start) finish(outer, end, -1);
      stack.length = 0;
    }
  }
  for (const [q, o] of owners) q.parent = o.parent?.done;
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
