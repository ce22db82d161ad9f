// Reports: compile a sourced report from the store, render it as Markdown or HTML.
export { compileReport, reportTitle, REPORT_LABEL } from './compile.js';
export { renderMarkdown, mdInline, mdQuote } from './markdown.js';
export { renderHtml, escapeHtml } from './html.js';
export type * from './types.js';
