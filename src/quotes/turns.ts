// turns: transcript turns without quotation marks ("Vera Lind: Is that true?" / "Milos Ferrant:
// Nobody gave us orders."). An analyst records each turn as a statement of the named speaker,
// so a turn is a quote spanning the text after "Name: " to the end of its paragraph. Only a
// dialogue counts: two or more labels, at least one of them used for two turns, the turns
// adjacent (labels like "Note:" or "Source:" once in a report are not a transcript).
import type { Block, Span } from '../types.js';
import { isSpace, markInfo } from './marks.js';

/** A turn: the label ("Milos Ferrant") and the spoken text after it. */
export interface Turn extends Span {
  readonly label: Span;
  readonly block: number;
  readonly insertions: readonly Span[];
}

/** "Name:" / "NAME:" / "Secretary-General Name:" at a paragraph's start, 1-5 capitalised words. */
const LABEL = /^((?:\p{Lu}[\p{L}'’.\-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-]*|al|bin|de|van|von|el)){0,4})[ \t]*:[ \t]+(?=\S)/u;

function insertionsIn(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const re = /\[[^\]\n]{1,80}\]/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (m.index + m[0].length <= end && !/^\[\d{1,3}\]$/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The transcript turns of a document, in reading order (empty when it has no dialogue). */
export function findTurns(text: string, blocks: readonly Block[]): Turn[] {
  const cands: Turn[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'bullet') continue;
    const m = LABEL.exec(text.slice(b.start, Math.min(b.end, b.start + 80)));
    if (!m) continue;
    const start = b.start + m[0].length;
    // A quoted line ('Tolan: "..."') is a quote already; a heading-like label with nothing to say is not a turn.
    if (markInfo(text.charCodeAt(start))) continue;
    let end = b.end;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end - start < 2) continue;
    cands.push({ start, end, label: { start: b.start, end: b.start + m[1]!.length }, block: b.index, insertions: insertionsIn(text, start, end) });
  }
  // "Q:" and "A:" in an explainer are the publisher's own questions and answers; in the
  // transcript of an interview they are turns.
  if (cands.length && !/\b(?:interview|interviewed|transcript)\b/i.test(text.slice(0, cands[0]!.label.start))) {
    const qa = (t: Turn): boolean => /^[QA]\.?$/.test(text.slice(t.label.start, t.label.end).trim());
    for (let i = cands.length - 1; i >= 0; i--) if (qa(cands[i]!)) cands.splice(i, 1);
  }
  if (cands.length < 3) return [];
  const label = (t: Turn): string => text.slice(t.label.start, t.label.end).toLowerCase();
  const counts = new Map<string, number>();
  for (const t of cands) counts.set(label(t), (counts.get(label(t)) ?? 0) + 1);
  if (counts.size < 2 || ![...counts.values()].some((n) => n >= 2)) return [];
  // Keep runs of turns in adjacent blocks where the speaker changes at least once.
  const out: Turn[] = [];
  let run: Turn[] = [];
  const flush = (): void => {
    if (run.length >= 2 && new Set(run.map(label)).size >= 2) out.push(...run);
    run = [];
  };
  for (const t of cands) {
    const prev = run[run.length - 1];
    if (prev && t.block !== prev.block + 1) flush();
    run.push(t);
  }
  flush();
  return out;
}
