// The store interface: what the CLI, API, reports and exports read and write.
// SQLite implements it now (sqlite-store.ts); a PostgreSQL dialect can follow the same
// interface without touching the stages.
import type { ActorType, DocResult, Grade, Medium, Polarity, Predicate, RunMemory, Span } from '../types.js';

export interface DocumentRow {
  readonly id: number;
  readonly name: string;
  readonly origin: string;
  readonly mediaType: string;
  readonly hash: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly series: string | null;
  readonly number: string | null;
  readonly url: string | null;
  readonly ingestedAt: string;
}

export interface EntityRow {
  /** Resolution key (pack id or x:folded-name). */
  readonly key: string;
  readonly name: string;
  readonly type: ActorType;
  readonly aliases: readonly string[];
  readonly statements: number;
  readonly claimsMade: number;
  readonly claimsAbout: number;
}

export interface StatementRow {
  readonly id: number;
  readonly docId: number;
  readonly docName: string;
  readonly span: Span;
  /** The quoted passage exactly as in the document. */
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerName: string | null;
  readonly date: string | null;
  readonly medium: Medium | null;
  readonly addressee: string | null;
  readonly cited: string | null;
  readonly citedName: string | null;
  readonly occasion: string | null;
  readonly parent: number | null;
  /** The passage stands in a heading (which usually repeats a passage of the body). */
  readonly inHeading: boolean;
  readonly themes: readonly string[];
}

export interface ClaimRow {
  readonly id: number;
  readonly docId: number;
  readonly docName: string;
  readonly subject: string;
  readonly subjectName: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly objectName: string;
  readonly polarity: Polarity;
  readonly claimant: string;
  readonly claimantName: string;
  readonly chain: readonly string[];
  readonly hedge: string | null;
  readonly evidence: Span;
  readonly evidenceText: string;
  readonly date: string | null;
  readonly grade: Grade;
}

export interface SearchHit {
  readonly kind: 'document' | 'statement';
  readonly docId: number;
  readonly docName: string;
  /** The passage around the match, with the match marked by « ». */
  readonly snippet: string;
  readonly span?: Span;
  readonly statementId?: number;
  readonly score: number;
}

export interface StatementFilter {
  readonly speaker?: string;
  readonly from?: string;
  readonly to?: string;
  readonly medium?: Medium;
  readonly query?: string;
  readonly docId?: number;
  readonly limit?: number;
}

export interface ClaimFilter {
  readonly subject?: string;
  readonly predicate?: Predicate;
  readonly object?: string;
  readonly actor?: string;
  readonly docId?: number;
  readonly limit?: number;
}

export type PutOutcome = 'new' | 'unchanged';

/** One store: a database of documents and what was found in them. */
export interface Store {
  /** Writes a document and everything found in it in one transaction. */
  putDocument(result: DocResult): { outcome: PutOutcome; id: number };
  hasHash(hash: string): boolean;
  getDocument(idOrName: number | string): (DocumentRow & { text: string }) | null;
  documents(): Iterable<DocumentRow>;
  search(query: string, limit?: number): SearchHit[];
  /** Streams rows: exports of a million statements stay in bounded memory. */
  statements(filter?: StatementFilter): Iterable<StatementRow>;
  claims(filter?: ClaimFilter): Iterable<ClaimRow>;
  entities(): Iterable<EntityRow>;
  entity(key: string): EntityRow | null;
  setGrade(claimId: number, grade: Grade): void;
  counts(): { documents: number; statements: number; claims: number; entities: number };
  /** The seats stored documents showed and their publishers, for a run that adds to the store (see src/run). */
  runMemory(): RunMemory;
  close(): void;
}
