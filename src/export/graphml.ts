// GraphML export for Gephi and yEd: one node per actor (type, name, statement and claim counts)
// and one directed edge per (subject, predicate, object, polarity) with its evidence count.
// Claims stream in (subject, predicate, object) order, so each edge is written as soon as its
// group ends: memory holds the actors' ids, never the claims.
import type { Writable } from 'node:stream';
import type { EntityRow, Store } from '../store/types.js';
import { put } from './sink.js';

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Key {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
  readonly type: 'string' | 'int';
}

/** The attributes declared up front; `label` is the name Gephi shows. */
export const GRAPHML_KEYS: readonly Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'key', for: 'node', name: 'key', type: 'string' },
  { id: 'type', for: 'node', name: 'type', type: 'string' },
  { id: 'statements', for: 'node', name: 'statements', type: 'int' },
  { id: 'claims_made', for: 'node', name: 'claims_made', type: 'int' },
  { id: 'claims_received', for: 'node', name: 'claims_received', type: 'int' },
  { id: 'elabel', for: 'edge', name: 'label', type: 'string' },
  { id: 'predicate', for: 'edge', name: 'predicate', type: 'string' },
  { id: 'polarity', for: 'edge', name: 'polarity', type: 'string' },
  { id: 'evidence', for: 'edge', name: 'evidence', type: 'int' },
  { id: 'claimants', for: 'edge', name: 'claimants', type: 'int' },
  { id: 'documents', for: 'edge', name: 'documents', type: 'int' },
];

const data = (key: string, value: string | number): string => `<data key="${key}">${xmlEscape(String(value))}</data>`;

type NodeFacts = Pick<EntityRow, 'key' | 'name' | 'statements' | 'claimsMade' | 'claimsAbout'> & { readonly type: string };

function nodeXml(id: string, e: NodeFacts): string {
  return (
    `  <node id="${id}">${data('label', e.name)}${data('key', e.key)}${data('type', e.type)}` +
    `${data('statements', e.statements)}${data('claims_made', e.claimsMade)}${data('claims_received', e.claimsAbout)}</node>\n`
  );
}

/** One edge being gathered: the claims of one (subject, predicate, object, polarity). */
interface Group {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly polarity: string;
  evidence: number;
  readonly claimants: Set<string>;
  readonly documents: Set<number>;
}

/**
 * Writes the actor network as GraphML to `out` (not ended).
 * Example: `await exportGraphml(store, fs.createWriteStream('network.graphml'))`, then open it in Gephi.
 */
export async function exportGraphml(store: Store, out: Writable): Promise<{ nodes: number; edges: number }> {
  await put(
    out,
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
      '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      GRAPHML_KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`).join('') +
      '  <graph id="dossier" edgedefault="directed">\n',
  );
  // Node ids are n0, n1...: entity keys may hold spaces and colons, which XML ids may not.
  const ids = new Map<string, string>();
  const nodeId = (key: string): string => {
    let id = ids.get(key);
    if (!id) ids.set(key, (id = `n${ids.size}`));
    return id;
  };
  for (const e of store.entities()) await put(out, nodeXml(nodeId(e.key), e));
  const known = ids.size;
  const missing: string[] = [];
  let edges = 0;
  const flush = async (groups: Iterable<Group>): Promise<void> => {
    for (const g of groups) {
      for (const k of [g.subject, g.object]) if (!ids.has(k)) missing.push(k);
      await put(
        out,
        `  <edge id="e${edges++}" source="${nodeId(g.subject)}" target="${nodeId(g.object)}">` +
          `${data('elabel', g.predicate)}${data('predicate', g.predicate)}${data('polarity', g.polarity)}` +
          `${data('evidence', g.evidence)}${data('claimants', g.claimants.size)}${data('documents', g.documents.size)}</edge>\n`,
      );
    }
  };
  // Claims come sorted by subject, predicate, object; polarity varies within, so a group holds at most two edges.
  let spo = '';
  let groups = new Map<string, Group>();
  for (const c of store.claims()) {
    const here = `${c.subject}\u0000${c.predicate}\u0000${c.object}`;
    if (here !== spo) {
      await flush(groups.values());
      groups = new Map();
      spo = here;
    }
    let g = groups.get(c.polarity);
    if (!g) {
      g = { subject: c.subject, predicate: c.predicate, object: c.object, polarity: c.polarity, evidence: 0, claimants: new Set(), documents: new Set() };
      groups.set(c.polarity, g);
    }
    g.evidence++;
    g.claimants.add(c.claimant);
    g.documents.add(c.docId);
  }
  await flush(groups.values());
  // Actors that claims name but the store holds no entity for still get a node (named by their key).
  for (const key of new Set(missing)) {
    await put(out, nodeXml(ids.get(key)!, { key, name: key.replace(/^x:/, ''), type: 'unknown', statements: 0, claimsMade: 0, claimsAbout: 0 }));
  }
  await put(out, '  </graph>\n</graphml>\n');
  return { nodes: known + new Set(missing).size, edges };
}
