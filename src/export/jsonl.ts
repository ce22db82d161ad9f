// The extraction contract (../shared/eval/GUIDELINES.md) for every stored document, one JSON
// line each, streamed: what `dossier extract` prints for files, read back from the store.
import type { Writable } from 'node:stream';
import type { EntityRow, Store } from '../store/types.js';
import { contractQuote, contractRelation, type ContractLine } from './contract.js';
import { put } from './sink.js';

export async function exportJsonl(store: Store, out: Writable): Promise<void> {
  const known = new Map<string, EntityRow | null>();
  const entityOf = (key: string): EntityRow | null => {
    if (!known.has(key)) known.set(key, store.entity(key));
    return known.get(key)!;
  };
  for (const d of store.documents()) {
    const ids = new Map<string, string>();
    const entities: ContractLine['entities'][number][] = [];
    const idOf = (key: string): string => {
      let id = ids.get(key);
      if (!id) {
        id = `e${ids.size + 1}`;
        ids.set(key, id);
        const e = entityOf(key);
        entities.push({ id, name: e?.name ?? key, type: e?.type ?? 'organization', aliases: e?.aliases ?? [] });
      }
      return id;
    };
    const quotes = [...store.statements({ docId: d.id })].map((s) => contractQuote({ ...s, ...s.span }, idOf));
    const relations = [...store.claims({ docId: d.id })].map((c) => contractRelation(c, idOf));
    const line: ContractLine = { doc: d.name, ...(d.published ? { published: d.published } : {}), entities, quotes, relations };
    await put(out, `${JSON.stringify(line)}\n`);
  }
}
