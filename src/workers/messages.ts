// The messages between the ingest's main thread (the one writer to the store) and the worker
// threads that read and extract documents in parallel.
import type { ActorType, DocResult } from '../types.js';

export interface WorkerInit {
  /** Domain packs to load beside the built-in one. */
  readonly packDirs: readonly string[];
  readonly publisher?: string;
  /** Names of entities already in the store, so later mentions resolve to them. */
  readonly known: readonly { key: string; names: readonly string[]; type: ActorType }[];
  /** The store, opened read-only in the worker to skip documents already there. */
  readonly db?: string;
  readonly maxBytes: number;
}

export interface WorkerJob {
  readonly id: number;
  readonly file: string;
}

export type WorkerReply =
  | { readonly id: number; readonly file: string; readonly kind: 'result'; readonly result: DocResult }
  | { readonly id: number; readonly file: string; readonly kind: 'unchanged' }
  | { readonly id: number; readonly file: string; readonly kind: 'error'; readonly reason: string };
