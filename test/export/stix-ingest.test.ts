// Reading STIX back: a bundle exported from a store and imported into a fresh one gives the
// same actors and the same claims (polarity, claimant, grade, evidence) and statements.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { exportStix } from '../../src/export/stix.js';
import { importStix, ingestStix } from '../../src/export/stix-ingest.js';
import { finish } from '../../src/export/sink.js';
import { openStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/types.js';
import { tempDir } from '../helpers.js';
import { fixtureStore } from './fixture.js';

async function exported(store: Store, dir: string): Promise<string> {
  const file = path.join(dir, 'bundle.json');
  const out = fs.createWriteStream(file);
  await exportStix(store, out);
  await finish(out);
  return file;
}

const actors = (s: Store): string[] =>
  [...s.entities()].map((e) => `${e.key}|${e.name}|${e.type}|${[...e.aliases].sort().join(',')}`).sort();
const claims = (s: Store): string[] =>
  [...s.claims()]
    .map((c) => [c.subjectName, c.predicate, c.objectName, c.polarity, c.claimantName, c.chain.join('>'), `${c.grade.reliability}${c.grade.credibility}`, c.date, c.evidenceText].join('|'))
    .sort();
const statements = (s: Store): string[] => [...s.statements()].map((x) => [x.speakerName, x.date, x.medium, x.citedName, x.text].join('|')).sort();

test('a bundle exported and imported into a fresh store gives back the same actors', async () => {
  const { store, dir } = fixtureStore();
  const copy = openStore(path.join(dir, 'copy.db'));
  importStix(copy, await exported(store, dir));
  assert.deepEqual(actors(copy), actors(store));
  store.close();
  copy.close();
});

test('a bundle exported and imported gives back the same claims with polarity, claimant, grade and evidence', async () => {
  const { store, dir } = fixtureStore();
  const copy = openStore(path.join(dir, 'copy.db'));
  importStix(copy, await exported(store, dir));
  assert.deepEqual(claims(copy), claims(store));
  store.close();
  copy.close();
});

test('a bundle exported and imported gives back the same statements, one document per report', async () => {
  const { store, dir } = fixtureStore();
  const copy = openStore(path.join(dir, 'copy.db'));
  const imp = importStix(copy, await exported(store, dir));
  assert.deepEqual(statements(copy), statements(store));
  assert.deepEqual([...copy.documents()].map((d) => [d.name, d.title, d.published]).sort(), [...store.documents()].map((d) => [d.name, d.title, d.published]).sort());
  assert.equal(imp.documents.new, 2);
  store.close();
  copy.close();
});

test('a bundle from another tool maps identity classes and confidence, and skips relationships it has no predicate for', () => {
  const dir = tempDir();
  const file = path.join(dir, 'other.json');
  const t = '2024-01-01T00:00:00.000Z';
  const common = { spec_version: '2.1', created: t, modified: t };
  fs.writeFileSync(
    file,
    JSON.stringify({
      type: 'bundle',
      id: 'bundle--6f8a3a2e-6a4c-4a8b-9a4d-2b1f0d1c9e01',
      objects: [
        { ...common, type: 'identity', id: 'identity--0b7e0a0e-1c1a-4c3e-8a55-1f6b7b1d2a01', name: 'Ola Brenn', identity_class: 'individual' },
        { ...common, type: 'intrusion-set', id: 'intrusion-set--0b7e0a0e-1c1a-4c3e-8a55-1f6b7b1d2a02', name: 'Grey Heron' },
        { ...common, type: 'relationship', id: 'relationship--0b7e0a0e-1c1a-4c3e-8a55-1f6b7b1d2a03', relationship_type: 'targets', source_ref: 'intrusion-set--0b7e0a0e-1c1a-4c3e-8a55-1f6b7b1d2a02', target_ref: 'identity--0b7e0a0e-1c1a-4c3e-8a55-1f6b7b1d2a01', confidence: 75, description: 'Grey Heron went after Brenn.' },
        { ...common, type: 'relationship', id: 'relationship--0b7e0a0e-1c1a-4c3e-8a55-1f6b7b1d2a04', relationship_type: 'uses', source_ref: 'intrusion-set--0b7e0a0e-1c1a-4c3e-8a55-1f6b7b1d2a02', target_ref: 'identity--0b7e0a0e-1c1a-4c3e-8a55-1f6b7b1d2a01' },
      ],
    }),
  );
  const imp = ingestStix(file);
  assert.deepEqual(imp.entities.filter((e) => e.key.startsWith('stix:')).map((e) => [e.name, e.type]), [['Ola Brenn', 'person'], ['Grey Heron', 'group']]);
  assert.equal(imp.claims.length, 1);
  assert.deepEqual([imp.claims[0]!.predicate, imp.claims[0]!.grade], ['attacks', { reliability: 'F', credibility: 2 }]);
  assert.equal(imp.skipped, 1);
  const store = openStore(path.join(dir, 'other.db'));
  for (const r of imp.results) store.putDocument(r);
  assert.deepEqual([...store.claims()].map((c) => c.evidenceText), ['Grey Heron went after Brenn.']);
  store.close();
});
