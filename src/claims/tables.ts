// tables: relations a plain-text table states, row by row. Research briefs list groups with
// their leaders and backers in columns:
//
//   Group                   Leader          Backer     Type of backing
//   ----------------------  --------------  ---------  ---------------------------
//   Eastern Gate Brigades   Tamir Oskaldi   Orvash     funding, weapons, training
//                                           Drummarch  political
//
// The dashed rule gives the columns; a header word names each one. A row with an empty first
// cell goes on with the group above. Sentences read across the columns would pair the wrong
// cells, so the claims stage reads these lines here and nowhere else.
import type { Mention, Predicate, Span } from '../types.js';

export interface TableCell extends Span {
  readonly text: string;
}

export interface TableRow extends Span {
  /** Cells by column kind; the group is carried down from the row above when its cell is empty. */
  readonly group?: TableCell;
  readonly leader?: TableCell;
  readonly backer?: TableCell;
  readonly backing?: TableCell;
}

export interface Table extends Span {
  readonly rows: readonly TableRow[];
}

type Kind = 'group' | 'leader' | 'backer' | 'backing';

/** What a header cell names. */
function kindOf(header: string): Kind | undefined {
  const h = header.toLowerCase();
  if (/\b(?:type|kind|form|nature)\b|\bbacking\b|\bsupport\b|\baid\b/.test(h) && !/\bbacker|\bsponsor|\bpatron/.test(h)) return 'backing';
  if (/\b(?:backers?|sponsors?|patrons?|supporters?|backed by|state sponsor)\b/.test(h)) return 'backer';
  if (/\b(?:leaders?|commanders?|heads?|chief|secretary)\b/.test(h)) return 'leader';
  if (/\b(?:groups?|organi[sz]ations?|militias?|factions?|movements?|actors?|names?)\b/.test(h)) return 'group';
  return undefined;
}

const RULE = /^[ \t]*-{3,}(?:[ \t]{2,}-{3,})+[ \t]*$/;

/** Plain-text tables with a header line over a dashed rule, and at least one kind the reader knows. */
export function findTables(text: string): Table[] {
  const out: Table[] = [];
  const lines: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i <= text.length;) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    lines.push({ start: i, end: j, text: text.slice(i, j) });
    i = j + 1;
  }
  for (let li = 1; li < lines.length; li++) {
    if (!RULE.test(lines[li]!.text)) continue;
    // Columns: the dashed runs of the rule.
    const cols: { from: number; to: number; kind?: Kind }[] = [];
    for (const m of lines[li]!.text.matchAll(/-{3,}/g)) cols.push({ from: m.index, to: m.index + m[0].length });
    const header = lines[li - 1]!.text;
    for (let c = 0; c < cols.length; c++) {
      const to = c + 1 < cols.length ? cols[c + 1]!.from : header.length;
      const k = kindOf(header.slice(cols[c]!.from, to));
      if (k) cols[c]!.kind = k;
    }
    if (!cols.some((c) => c.kind === 'group') || !cols.some((c) => c.kind === 'backer' || c.kind === 'leader')) continue;
    const rows: TableRow[] = [];
    let group: TableCell | undefined;
    let lj = li + 1;
    for (; lj < lines.length && lines[lj]!.text.trim() !== ''; lj++) {
      const line = lines[lj]!;
      const cells: Partial<Record<Kind, TableCell>> = {};
      for (let c = 0; c < cols.length; c++) {
        const kind = cols[c]!.kind;
        if (!kind) continue;
        const to = c + 1 < cols.length ? cols[c + 1]!.from : line.text.length;
        const raw = line.text.slice(cols[c]!.from, Math.max(cols[c]!.from, to));
        const trimmed = raw.trim();
        if (!trimmed) continue;
        const at = line.start + cols[c]!.from + raw.indexOf(trimmed);
        cells[kind] = { start: at, end: at + trimmed.length, text: trimmed };
      }
      if (cells.group) group = cells.group;
      if (!group) continue;
      rows.push({ start: line.start, end: line.end, group, ...(cells.leader ? { leader: cells.leader } : {}),
        ...(cells.backer ? { backer: cells.backer } : {}), ...(cells.backing ? { backing: cells.backing } : {}) });
    }
    if (rows.length) out.push({ start: lines[li - 1]!.start, end: lines[lj - 1]!.end, rows });
    li = lj;
  }
  return out;
}

/** What a "type of backing" cell says: funding, weapons, training; political or no word is backing. */
export function backingOf(cell: string | undefined): Extract<Predicate, 'funds' | 'arms' | 'trains' | 'supports'>[] {
  const c = (cell ?? '').toLowerCase();
  const out: Extract<Predicate, 'funds' | 'arms' | 'trains' | 'supports'>[] = [];
  if (/fund|financ|money|cash|salar/.test(c)) out.push('funds');
  if (/weapon|arms\b|rocket|missile|drone|rifle|munition/.test(c)) out.push('arms');
  if (/train/.test(c)) out.push('trains');
  if (!out.length || /politic|moral|diplomat|media|logistic/.test(c)) out.push('supports');
  return out;
}

/** The actor mention a cell holds (the longest one inside it). */
export function actorIn(cell: TableCell | undefined, mentions: readonly Mention[]): Mention | undefined {
  if (!cell) return undefined;
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.start < cell.start || m.end > cell.end || m.type === 'place') continue;
    if (!best || m.end - m.start > best.end - best.start) best = m;
  }
  return best;
}
