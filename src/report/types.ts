// The compiled report: plain data that the Markdown and HTML renderers print. Every passage
// and claim holds the number of its footnote, and every footnote names its source document,
// cited outlet, date and character span. Nothing here is written by the program except
// the fixed labels the renderers add.
import type { Medium, Polarity, Predicate, Span } from '../types.js';

export interface ReportQuery {
  /** Entity keys of the actors the report is about. */
  readonly actors?: readonly string[];
  /** Full-text words every passage must contain. */
  readonly query?: string;
  /** ISO dates (inclusive) bounding the passages' and claims' dates. */
  readonly from?: string;
  readonly to?: string;
}

/** Where a passage is from: numbered in order of first use. */
export interface ReportFootnote {
  readonly n: number;
  readonly docName: string;
  readonly docTitle: string | null;
  /** The outlet the document cites for the passage. */
  readonly outlet: string | null;
  readonly date: string | null;
  readonly span: Span;
  readonly url: string | null;
}

export interface ReportPassage {
  /** The statement exactly as stored. */
  readonly text: string;
  readonly date: string | null;
  readonly medium: Medium | null;
  readonly footnote: number;
}

export interface ReportSection {
  /** Entity key of the speaker; null for passages no speaker was found for. */
  readonly speaker: string | null;
  readonly speakerName: string | null;
  /** In date order (undated last). */
  readonly passages: readonly ReportPassage[];
}

export interface ReportClaim {
  readonly subjectName: string;
  readonly predicate: Predicate;
  readonly objectName: string;
  readonly polarity: Polarity;
  readonly claimantName: string;
  /** Admiralty grade, e.g. "B2". */
  readonly grade: string;
  readonly hedge: string | null;
  readonly date: string | null;
  /** The evidence passage exactly as in the document. */
  readonly evidence: string;
  readonly footnote: number;
}

/** Claims of one subject, predicate and object, asserted by some and denied by others. */
export interface ReportContradiction {
  readonly subjectName: string;
  readonly predicate: Predicate;
  readonly objectName: string;
  readonly asserted: readonly ReportClaim[];
  readonly denied: readonly ReportClaim[];
}

export interface ReportSummary {
  readonly statements: number;
  readonly speakers: number;
  readonly documents: number;
  readonly claims: number;
  /** Earliest and latest dates of the passages and claims; null when none is dated. */
  readonly dates: { readonly from: string; readonly to: string } | null;
  /** Speakers by number of passages, most first (at most five). */
  readonly topSpeakers: readonly { readonly name: string; readonly count: number }[];
  /** Claims (subject, predicate, object, polarity) by number of evidence passages, most first (at most five). */
  readonly topClaims: readonly {
    readonly subjectName: string;
    readonly predicate: Predicate;
    readonly objectName: string;
    readonly polarity: Polarity;
    readonly count: number;
  }[];
}

export interface Report {
  /** Fixed label plus the query's actor names, words and dates. */
  readonly title: string;
  readonly query: ReportQuery & { readonly actorNames: readonly string[] };
  readonly summary: ReportSummary;
  readonly sections: readonly ReportSection[];
  readonly claims: readonly ReportClaim[];
  readonly contradictions: readonly ReportContradiction[];
  readonly footnotes: readonly ReportFootnote[];
}
