// The small per-document facts every export needs beside a streamed row (name, title, url,
// dates, hash), read once. Documents number in the thousands where statements number in the
// millions, so this index stays small while statements and claims stream.
import type { DocumentRow, Store } from '../store/types.js';

export type DocIndex = ReadonlyMap<number, DocumentRow>;

export function indexDocuments(store: Store): DocIndex {
  const m = new Map<number, DocumentRow>();
  for (const d of store.documents()) m.set(d.id, d);
  return m;
}

/** The document a row points at; a row without its document means a broken store. */
export function docOf(docs: DocIndex, id: number): DocumentRow {
  const d = docs.get(id);
  if (!d) throw new Error(`document ${id} is referred to but missing from the store`);
  return d;
}
