// FollowTheMoney export: every entity checked against the FtM model of @alephdata/followthemoney
// (schema exists, properties exist with values of their type, required properties present).
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import ftm from '@alephdata/followthemoney';
import { exportFtm, type FtmEntity } from '../../src/export/ftm.js';
import type { Store } from '../../src/store/types.js';
import { fixtureStore, QUOTES } from './fixture.js';

const model = new ftm.Model(ftm.defaultModel);

async function entitiesOf(store: Store): Promise<{ text: string; entities: FtmEntity[] }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportFtm(store, out);
  const text = Buffer.concat(chunks).toString('utf8');
  return { text, entities: text.trimEnd().split('\n').map((l) => JSON.parse(l) as FtmEntity) };
}

/** What a value of each FtM property type must look like (the types Dossier writes). */
const VALUE: Record<string, (v: string) => boolean> = {
  date: (v) => /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z?)?)?)?$/.test(v),
  url: (v) => /^https?:\/\//.test(v),
  mimetype: (v) => /^[a-z]+\/[a-z0-9.+-]+$/.test(v),
  name: (v) => v.trim().length > 0,
  string: (v) => v.length > 0,
  text: (v) => v.length > 0,
  address: (v) => v.trim().length > 0,
};

test('every entity has a known, concrete schema and only properties of that schema with values of their type', async () => {
  const { store } = fixtureStore();
  const { entities } = await entitiesOf(store);
  const byId = new Map(entities.map((e) => [e.id, e]));
  assert.equal(byId.size, entities.length, 'ids are unique');
  for (const e of entities) {
    const schema = model.getSchema(e.schema);
    assert.ok(!schema.abstract, `${e.id}: ${e.schema} is abstract`);
    for (const req of schema.required) assert.ok(e.properties[req]?.length, `${e.id}: ${e.schema} requires ${req}`);
    for (const [name, values] of Object.entries(e.properties)) {
      assert.ok(schema.hasProperty(name), `${e.id}: ${e.schema} has no property ${name}`);
      const prop = schema.getProperty(name);
      assert.ok(values.length > 0);
      for (const v of values) {
        assert.equal(typeof v, 'string');
        if (prop.maxLength) assert.ok(v.length <= prop.maxLength, `${e.id}.${name} longer than ${prop.maxLength}`);
        if (prop.type.name === 'entity') {
          const target = byId.get(v);
          assert.ok(target, `${e.id}.${name} points at ${v}, which is not exported`);
          assert.ok(model.getSchema(target.schema).isA(prop.getRange()), `${e.id}.${name}: ${target.schema} is not a ${prop.getRange().name}`);
        } else {
          const check = VALUE[prop.type.name];
          assert.ok(check, `${e.id}.${name}: no check for FtM type ${prop.type.name}`);
          assert.ok(check(v), `${e.id}.${name}: '${v}' is not a valid ${prop.type.name}`);
        }
      }
    }
  }
  store.close();
});

test('actors map to Person, Organization, PublicBody and LegalEntity by type', async () => {
  const { store } = fixtureStore();
  const { entities } = await entitiesOf(store);
  const schemaOf = (name: string): string | undefined => entities.find((e) => e.properties.name?.[0] === name && e.schema !== 'Note')?.schema;
  assert.equal(schemaOf('Tomas Reyvik'), 'Person');
  assert.equal(schemaOf('Varnia'), 'PublicBody');
  assert.equal(schemaOf('Kestrel Brigades'), 'Organization');
  assert.equal(schemaOf('the Northerners'), 'LegalEntity');
  store.close();
});

test('leads and part_of become Memberships, other claims UnknownLinks with the predicate as role', async () => {
  const { store } = fixtureStore();
  const { entities } = await entitiesOf(store);
  const links = entities.filter((e) => e.schema === 'Membership' || e.schema === 'UnknownLink');
  const roles = links.map((e) => `${e.schema}:${e.properties.role?.[0]}:${e.properties.status?.[0]}`).sort();
  assert.deepEqual(roles, [
    'Membership:leads:asserted',
    'Membership:part_of:asserted',
    'UnknownLink:funds:asserted',
    'UnknownLink:funds:denied',
    'UnknownLink:threatens:asserted',
  ]);
  const denied = links.find((e) => e.properties.status?.[0] === 'denied')!;
  assert.deepEqual(denied.properties.description, [QUOTES.marrant1]);
  assert.match(denied.properties.recordId![0]!, /^varnia-denies\.txt#\d+-\d+$/);
  assert.deepEqual(denied.properties.summary, ['claimed by Lio Marrant (A4)']);
  store.close();
});

test('a statement is a Note with the exact quote, its speaker and the Article it is from', async () => {
  const { store } = fixtureStore();
  const { entities } = await entitiesOf(store);
  const note = entities.find((e) => e.schema === 'Note' && e.properties.description?.[0] === QUOTES.reyvik2)!;
  assert.ok(note);
  const byId = new Map(entities.map((e) => [e.id, e]));
  assert.equal(byId.get(note.properties.entity![0]!)?.properties.name?.[0], 'Tomas Reyvik');
  assert.equal(byId.get(note.properties.proof![0]!)?.properties.fileName?.[0], 'kestrel-thanks.txt');
  store.close();
});

test('documents are Articles with title and publication date, and Mentions tie actors to them', async () => {
  const { store } = fixtureStore();
  const { entities } = await entitiesOf(store);
  const article = entities.find((e) => e.schema === 'Article' && e.properties.fileName?.[0] === 'varnia-denies.txt')!;
  assert.deepEqual(article.properties.title, ['Varnia Denies Funding']);
  assert.deepEqual(article.properties.publishedAt, ['2023-10-09']);
  const mentioned = entities
    .filter((e) => e.schema === 'Mention' && e.properties.document?.[0] === article.id)
    .map((e) => e.properties.name?.[0])
    .sort();
  assert.deepEqual(mentioned, ['Kestrel Brigades', 'Lio Marrant', 'Varnia']);
  store.close();
});

test('a re-export gives the same ids and lines', async () => {
  const { store } = fixtureStore();
  assert.equal((await entitiesOf(store)).text, (await entitiesOf(store)).text);
  store.close();
});
