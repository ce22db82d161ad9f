// Compiling a report from the store: the passages of the query's speakers (or of everyone
// matching the words and dates), grouped per speaker in date order, the claims involving the
// query's actors with their evidence, and the contradictions among those claims. Every
// passage and claim gets a numbered footnote naming its source. Extractive only: the text in
// a report is the stored text.
import type { ClaimRow, DocumentRow, StatementRow, Store } from '../store/types.js';
import type {
  Report,
  ReportClaim,
  ReportContradiction,
  ReportFootnote,
  ReportPassage,
  ReportQuery,
  ReportSection,
  ReportSummary,
} from './types.js';

/** The fixed label every report title starts with. */
export const REPORT_LABEL = 'Dossier report';

const inRange = (date: string | null, q: ReportQuery): boolean => {
  if (!q.from && !q.to) return true;
  if (!date) return false;
  if (q.from && date < q.from) return false;
  // "2023-10" and "2023-10-31" both fall on or before "2023-10-31~".
  if (q.to && date > `${q.to}~`) return false;
  return true;
};

/** The title: the fixed label, then the actors' names, the words in quotes, the dates. */
export function reportTitle(actorNames: readonly string[], q: ReportQuery): string {
  const parts = [REPORT_LABEL];
  if (actorNames.length) parts.push(actorNames.join(', '));
  if (q.query?.trim()) parts.push(`“${q.query.trim()}”`);
  if (q.from || q.to) parts.push(`${q.from ?? '…'} – ${q.to ?? '…'}`);
  return parts.join(' · ');
}

const top = <T>(counts: Map<string, { item: T; count: number }>, n = 5): (T & { count: number })[] =>
  [...counts.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, n)
    .map((x) => ({ ...x.item, count: x.count }));

/**
 * Compiles a report. Example: `compileReport(store, { actors: ['varnia'], from: '2023-10-01', to: '2023-10-31' })`.
 * Without actors, the passages are everyone's that match the words and dates, and the claims
 * those of the documents the passages come from.
 */
export function compileReport(store: Store, query: ReportQuery): Report {
  const actors = [...new Set(query.actors ?? [])];
  const actorNames = actors.map((k) => store.entity(k)?.name ?? k.replace(/^x:/, ''));
  const docs = new Map<number, DocumentRow>();
  for (const d of store.documents()) docs.set(d.id, d);

  const footnotes: ReportFootnote[] = [];
  const seen = new Map<string, number>();
  const footnote = (docId: number, span: { start: number; end: number }, outlet: string | null, date: string | null): number => {
    // A passage quoted twice (a statement that is also a claim's evidence) keeps one note.
    const key = `${docId}|${span.start}|${span.end}|${outlet ?? ''}|${date ?? ''}`;
    const known = seen.get(key);
    if (known) return known;
    const d = docs.get(docId);
    const n = footnotes.length + 1;
    seen.set(key, n);
    footnotes.push({
      n,
      docName: d?.name ?? String(docId),
      docTitle: d?.title ?? null,
      outlet,
      date: date ?? d?.published ?? null,
      span: { start: span.start, end: span.end },
      url: d?.url ?? null,
    });
    return n;
  };

  // Passages: per speaker when the query names actors, else everyone's; the store gives them in date order.
  const filter = { ...(query.query ? { query: query.query } : {}), ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
  const rows: StatementRow[] = [];
  if (actors.length) for (const a of actors) for (const s of store.statements({ ...filter, speaker: a })) rows.push(s);
  else for (const s of store.statements(filter)) rows.push(s);

  // A heading that repeats a passage of the body is said once, in the body's words.
  const folded = (t: string): string => t.toLowerCase().replace(/\[[^\]]*\]|[^\p{L}\p{N}]+/gu, ' ').trim();
  const body = rows.filter((s) => !s.inHeading).map((s) => ({ doc: s.docId, speaker: s.speaker, text: folded(s.text) }));
  // Headings elide ("Youth... Is More Prepared"): most of their words stand in the body passage.
  const words = (t: string): string[] => folded(t).split(' ').filter((w) => w.length >= 4);
  const repeats = (s: StatementRow): boolean => {
    if (!s.inHeading) return false;
    const ws = words(s.text);
    return ws.length > 0 && body.some((b) => b.doc === s.docId && b.speaker === s.speaker && ws.filter((w) => b.text.includes(w)).length >= 0.8 * ws.length);
  };
  const sectionOf = new Map<string, { speaker: string | null; speakerName: string | null; passages: ReportPassage[] }>();
  for (const s of rows) {
    if (repeats(s)) continue;
    const k = s.speaker ?? '';
    let sec = sectionOf.get(k);
    if (!sec) sectionOf.set(k, (sec = { speaker: s.speaker, speakerName: s.speakerName, passages: [] }));
    sec.passages.push({ text: s.text, date: s.date, medium: s.medium, footnote: footnote(s.docId, s.span, s.citedName, s.date) });
  }
  // Sections in the query's actor order, else by number of passages; the unattributed last.
  const order = (sec: { speaker: string | null; passages: unknown[] }): number =>
    sec.speaker === null ? Number.MAX_SAFE_INTEGER : actors.length ? actors.indexOf(sec.speaker) : -sec.passages.length;
  const sections: ReportSection[] = [...sectionOf.values()].sort((a, b) => order(a) - order(b));

  // Claims: those involving the actors, else those of the passages' documents; in the dates when given.
  const claimRows = new Map<number, ClaimRow>();
  const take = (c: ClaimRow): void => {
    if (inRange(c.date, query)) claimRows.set(c.id, c);
  };
  if (actors.length) for (const a of actors) for (const c of store.claims({ actor: a })) take(c);
  else if (query.query || query.from || query.to) for (const docId of new Set(rows.map((s) => s.docId))) for (const c of store.claims({ docId })) take(c);
  else for (const c of store.claims()) take(c);
  const claims: ReportClaim[] = [...claimRows.values()]
    .sort((a, b) => (a.date ?? '~').localeCompare(b.date ?? '~') || a.docId - b.docId || a.evidence.start - b.evidence.start)
    .map((c) => ({
      subjectName: c.subjectName,
      predicate: c.predicate,
      objectName: c.objectName,
      polarity: c.polarity,
      claimantName: c.claimantName,
      grade: `${c.grade.reliability}${c.grade.credibility}`,
      hedge: c.hedge,
      date: c.date,
      evidence: c.evidenceText,
      footnote: footnote(c.docId, c.evidence, null, c.date),
    }));

  // Contradictions: the same subject, predicate and object both asserted and denied.
  const bySpo = new Map<string, ReportClaim[]>();
  for (const c of claims) {
    const k = `${c.subjectName}\u0000${c.predicate}\u0000${c.objectName}`;
    bySpo.set(k, [...(bySpo.get(k) ?? []), c]);
  }
  const contradictions: ReportContradiction[] = [];
  for (const group of bySpo.values()) {
    const asserted = group.filter((c) => c.polarity === 'asserted');
    const denied = group.filter((c) => c.polarity === 'denied');
    if (asserted.length && denied.length) {
      const { subjectName, predicate, objectName } = group[0]!;
      contradictions.push({ subjectName, predicate, objectName, asserted, denied });
    }
  }

  return {
    title: reportTitle(actorNames, query),
    query: { ...query, actors, actorNames },
    summary: summarize(rows, claims, [...claimRows.values()]),
    sections,
    claims,
    contradictions,
    footnotes,
  };
}

function summarize(rows: readonly StatementRow[], claims: readonly ReportClaim[], claimRows: readonly ClaimRow[]): ReportSummary {
  const speakers = new Map<string, { item: { name: string }; count: number }>();
  for (const s of rows) {
    if (!s.speaker) continue;
    const x = speakers.get(s.speaker) ?? { item: { name: s.speakerName ?? s.speaker }, count: 0 };
    x.count++;
    speakers.set(s.speaker, x);
  }
  const spo = new Map<string, { item: Omit<ReportSummary['topClaims'][number], 'count'>; count: number }>();
  for (const c of claims) {
    const k = `${c.subjectName}\u0000${c.predicate}\u0000${c.objectName}\u0000${c.polarity}`;
    const x = spo.get(k) ?? { item: { subjectName: c.subjectName, predicate: c.predicate, objectName: c.objectName, polarity: c.polarity }, count: 0 };
    x.count++;
    spo.set(k, x);
  }
  const dates = [...rows.map((s) => s.date), ...claims.map((c) => c.date)].filter((d): d is string => !!d).sort();
  return {
    statements: rows.length,
    speakers: speakers.size,
    documents: new Set([...rows.map((s) => s.docId), ...claimRows.map((c) => c.docId)]).size,
    claims: claims.length,
    dates: dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
    topSpeakers: top(speakers),
    topClaims: top(spo),
  };
}
