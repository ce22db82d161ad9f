// A report as one self-contained HTML file: inline CSS, no scripts, fonts or images from
// elsewhere, and print rules (A4 margins, no quote or claim split over a page break, headings
// kept with what follows) so that "Print to PDF" gives a clean document. Quotes keep their
// line breaks (white-space: pre-wrap); every one links to its numbered source note.
import type { Report, ReportClaim, ReportFootnote } from './types.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "DejaVu Serif", serif; color: #111; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .6em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #999; padding-bottom: .15em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }
.meta { color: #444; font-size: .9em; margin: .6em 0 .2em; }
blockquote { margin: .3em 0 .9em; padding: .2em .8em; border-left: 3px solid #888; white-space: pre-wrap; }
sup a { text-decoration: none; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; }
dl.summary dt { font-weight: bold; }
dl.summary dd { margin: 0; }
.claim { margin: .8em 0; }
.denied .polarity { color: #8a1c1c; }
table.sides { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .4em 0 1em; }
table.sides th, table.sides td { border: 1px solid #bbb; padding: .4em .5em; vertical-align: top; text-align: left; }
table.sides td .q { white-space: pre-wrap; }
ol.footnotes { font-size: .85em; padding-left: 2em; }
ol.footnotes li { margin: .2em 0; overflow-wrap: anywhere; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h1, h2, h3, .meta { break-after: avoid; page-break-after: avoid; }
  blockquote, .claim, tr, ol.footnotes li, dl.summary { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; }
}
`;

const predicate = (p: string): string => p.replace(/_/g, ' ');
const ref = (n: number): string => `<sup><a href="#fn${n}">${n}</a></sup>`;

function footnote(f: ReportFootnote): string {
  const parts = [escapeHtml(f.docName)];
  if (f.docTitle) parts.push(`“${escapeHtml(f.docTitle)}”`);
  if (f.outlet) parts.push(`cited: ${escapeHtml(f.outlet)}`);
  if (f.date) parts.push(escapeHtml(f.date));
  parts.push(`characters ${f.span.start}–${f.span.end}`);
  if (f.url && /^https?:\/\//i.test(f.url)) parts.push(`<a href="${escapeHtml(f.url)}">${escapeHtml(f.url)}</a>`);
  return `<li id="fn${f.n}" value="${f.n}">${parts.join(', ')}</li>`;
}

function claim(c: ReportClaim): string {
  const meta = [`claimed by ${escapeHtml(c.claimantName)}`, `grade ${escapeHtml(c.grade)}`, ...(c.date ? [escapeHtml(c.date)] : []), ...(c.hedge ? [`hedge: ${escapeHtml(c.hedge)}`] : [])];
  return (
    `<div class="claim ${c.polarity}"><div><strong>${escapeHtml(c.subjectName)}</strong> ${predicate(c.predicate)} ` +
    `<strong>${escapeHtml(c.objectName)}</strong> <span class="polarity">(${c.polarity})</span></div>` +
    `<div class="meta">${meta.join(' · ')}</div><blockquote>${escapeHtml(c.evidence)}${ref(c.footnote)}</blockquote></div>`
  );
}

const side = (c: ReportClaim | undefined): string =>
  c ? `<td><span class="q">${escapeHtml(c.evidence)}</span>${ref(c.footnote)}<div class="meta">— ${escapeHtml(c.claimantName)}, ${escapeHtml(c.grade)}</div></td>` : '<td></td>';

/** Renders a report as one self-contained HTML document. */
export function renderHtml(r: Report): string {
  const s = r.summary;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(r.title)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(r.title)}</h1>`,
    '<section><h2>Summary</h2><dl class="summary">',
    `<dt>Statements</dt><dd>${s.statements}</dd><dt>Speakers</dt><dd>${s.speakers}</dd>`,
    `<dt>Documents</dt><dd>${s.documents}</dd><dt>Claims</dt><dd>${s.claims}</dd>`,
  ];
  if (s.dates) out.push(`<dt>Dates</dt><dd>${escapeHtml(s.dates.from)} – ${escapeHtml(s.dates.to)}</dd>`);
  if (s.topSpeakers.length) out.push(`<dt>Most frequent speakers</dt><dd>${s.topSpeakers.map((t) => `${escapeHtml(t.name)} (${t.count})`).join(', ')}</dd>`);
  if (s.topClaims.length) {
    const items = s.topClaims.map((t) => `${escapeHtml(t.subjectName)} ${predicate(t.predicate)} ${escapeHtml(t.objectName)}, ${t.polarity} (${t.count})`);
    out.push(`<dt>Most frequent claims</dt><dd>${items.join('; ')}</dd>`);
  }
  if (r.contradictions.length) out.push(`<dt>Contradictions</dt><dd>${r.contradictions.length}</dd>`);
  out.push('</dl></section>');

  if (r.sections.length) {
    out.push('<section><h2>Statements</h2>');
    for (const sec of r.sections) {
      out.push(`<h3>${sec.speakerName ? escapeHtml(sec.speakerName) : 'Unattributed'}</h3>`);
      for (const p of sec.passages) {
        const meta = [p.date, p.medium].filter((x): x is string => !!x).map(escapeHtml);
        if (meta.length) out.push(`<div class="meta">${meta.join(' · ')}</div>`);
        out.push(`<blockquote>${escapeHtml(p.text)}${ref(p.footnote)}</blockquote>`);
      }
    }
    out.push('</section>');
  }

  if (r.claims.length) out.push('<section><h2>Claims</h2>', ...r.claims.map(claim), '</section>');

  if (r.contradictions.length) {
    out.push('<section><h2>Contradictions</h2>');
    for (const x of r.contradictions) {
      out.push(`<h3>${escapeHtml(x.subjectName)} ${predicate(x.predicate)} ${escapeHtml(x.objectName)}</h3>`);
      out.push('<table class="sides"><thead><tr><th>Asserted</th><th>Denied</th></tr></thead><tbody>');
      for (let i = 0; i < Math.max(x.asserted.length, x.denied.length); i++) out.push(`<tr>${side(x.asserted[i])}${side(x.denied[i])}</tr>`);
      out.push('</tbody></table>');
    }
    out.push('</section>');
  }

  if (r.footnotes.length) out.push('<section><h2>Sources</h2><ol class="footnotes">', ...r.footnotes.map(footnote), '</ol></section>');
  out.push('</body></html>', '');
  return out.join('\n');
}
