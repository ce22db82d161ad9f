// A report as GitHub-flavoured Markdown: quotes as block quotes with GFM footnotes ([^1]) naming
// their source. Stored text is escaped so that no quote can turn into markup (emphasis, links,
// HTML, lists, code blocks, footnotes, table cells) and its line breaks stay where they were.
import type { Report, ReportClaim, ReportFootnote } from './types.js';

/** Escapes Markdown syntax in inline text: every character CommonMark could read as markup. */
export function mdInline(s: string): string {
  return s
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    // At a line's start, these open lists, thematic breaks and setext headings.
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/^( +)/gm, (m) => '&#32;'.repeat(m.length));
}

/** Stored text as the lines of a block quote, keeping its line breaks (hard breaks) and blank lines. */
export function mdQuote(text: string, suffix = ''): string {
  const lines = mdInline(text).split(/\r\n|\r|\n/);
  return lines
    .map((l, i) => {
      const next = lines[i + 1];
      const last = i === lines.length - 1;
      if (!l.trim()) return '>';
      return `> ${l}${last ? suffix : next !== undefined && next.trim() ? '\\' : ''}`;
    })
    .join('\n');
}

/** Text for a table cell: escaped, with line breaks as <br>. */
const mdCell = (s: string): string => mdInline(s).split(/\r\n|\r|\n/).join('<br>');

const predicate = (p: string): string => p.replace(/_/g, ' ');
const ref = (n: number): string => `[^${n}]`;

export function footnoteText(f: ReportFootnote): string {
  const parts = [mdInline(f.docName)];
  if (f.docTitle) parts.push(`“${mdInline(f.docTitle)}”`);
  if (f.outlet) parts.push(`cited: ${mdInline(f.outlet)}`);
  if (f.date) parts.push(mdInline(f.date));
  parts.push(`characters ${f.span.start}–${f.span.end}`);
  if (f.url) parts.push(`<${f.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return parts.join(', ');
}

const claimLine = (c: ReportClaim): string =>
  `**${mdInline(c.subjectName)}** ${predicate(c.predicate)} **${mdInline(c.objectName)}** (${c.polarity})`;

const claimMeta = (c: ReportClaim): string =>
  [`claimed by ${mdInline(c.claimantName)}`, `grade ${c.grade}`, ...(c.date ? [mdInline(c.date)] : []), ...(c.hedge ? [`hedge: ${mdInline(c.hedge)}`] : [])].join(
    ' · ',
  );

/** Renders a report as Markdown (GFM footnotes and tables). */
export function renderMarkdown(r: Report): string {
  const out: string[] = [`# ${mdInline(r.title)}`, ''];
  const s = r.summary;
  out.push('## Summary', '');
  out.push(`- Statements: ${s.statements}`, `- Speakers: ${s.speakers}`, `- Documents: ${s.documents}`, `- Claims: ${s.claims}`);
  if (s.dates) out.push(`- Dates: ${mdInline(s.dates.from)} – ${mdInline(s.dates.to)}`);
  if (s.topSpeakers.length) out.push(`- Most frequent speakers: ${s.topSpeakers.map((t) => `${mdInline(t.name)} (${t.count})`).join(', ')}`);
  if (s.topClaims.length) {
    out.push(
      `- Most frequent claims: ${s.topClaims
        .map((t) => `${mdInline(t.subjectName)} ${predicate(t.predicate)} ${mdInline(t.objectName)}, ${t.polarity} (${t.count})`)
        .join('; ')}`,
    );
  }
  if (r.contradictions.length) out.push(`- Contradictions: ${r.contradictions.length}`);
  out.push('');

  if (r.sections.length) {
    out.push('## Statements', '');
    for (const sec of r.sections) {
      out.push(`### ${sec.speakerName ? mdInline(sec.speakerName) : 'Unattributed'}`, '');
      for (const p of sec.passages) {
        const meta = [p.date, p.medium].filter((x): x is string => !!x).map(mdInline);
        if (meta.length) out.push(`${meta.join(' · ')}`, '');
        out.push(mdQuote(p.text, ref(p.footnote)), '');
      }
    }
  }

  if (r.claims.length) {
    out.push('## Claims', '');
    for (const c of r.claims) out.push(`${claimLine(c)}  `, claimMeta(c), '', mdQuote(c.evidence, ref(c.footnote)), '');
  }

  if (r.contradictions.length) {
    out.push('## Contradictions', '');
    for (const x of r.contradictions) {
      out.push(`### ${mdInline(x.subjectName)} ${predicate(x.predicate)} ${mdInline(x.objectName)}`, '', '| Asserted | Denied |', '| --- | --- |');
      const cell = (c: ReportClaim | undefined): string =>
        c ? `${mdCell(c.evidence)}${ref(c.footnote)}<br>— ${mdInline(c.claimantName)}, ${c.grade}` : '';
      for (let i = 0; i < Math.max(x.asserted.length, x.denied.length); i++) out.push(`| ${cell(x.asserted[i])} | ${cell(x.denied[i])} |`);
      out.push('');
    }
  }

  if (r.footnotes.length) {
    for (const f of r.footnotes) out.push(`[^${f.n}]: ${footnoteText(f)}`);
    out.push('');
  }
  return out.join('\n');
}
