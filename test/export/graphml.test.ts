// GraphML export: parsed back as XML, the keys are declared, every actor is a node with its
// counts and every (subject, predicate, object, polarity) an edge with its evidence count.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { exportGraphml, xmlEscape } from '../../src/export/graphml.js';
import type { Store } from '../../src/store/types.js';
import { ACTORS, fixtureStore } from './fixture.js';

async function graphOf(store: Store): Promise<{ xml: string; $: cheerio.CheerioAPI }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportGraphml(store, out);
  const xml = Buffer.concat(chunks).toString('utf8');
  return { xml, $: cheerio.load(xml, { xml: true }) };
}

const dataOf = ($: cheerio.CheerioAPI, el: ReturnType<cheerio.CheerioAPI>): Record<string, string> =>
  Object.fromEntries(el.children('data').toArray().map((d) => [$(d).attr('key') ?? '', $(d).text()]));

test('the file is GraphML with a directed graph and a <key> for every attribute it uses', async () => {
  const { store } = fixtureStore();
  const { xml, $ } = await graphOf(store);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/);
  assert.equal($('graph').attr('edgedefault'), 'directed');
  const keys = new Map($('key').toArray().map((k) => [$(k).attr('id'), $(k).attr('for')]));
  for (const d of $('data').toArray()) {
    const parent = $(d).parent().prop('tagName')?.toLowerCase();
    assert.equal(keys.get($(d).attr('key')), parent, `data ${$(d).attr('key')} on ${parent} has no key for it`);
  }
  store.close();
});

test('every actor is a node with its type, name and counts of statements and claims', async () => {
  const { store } = fixtureStore();
  const { $ } = await graphOf(store);
  const nodes = $('node').toArray().map((n) => dataOf($, $(n)));
  assert.equal(nodes.length, ACTORS.length);
  const reyvik = nodes.find((n) => n.label === 'Tomas Reyvik')!;
  assert.deepEqual(
    { type: reyvik.type, statements: reyvik.statements, made: reyvik.claims_made, received: reyvik.claims_received },
    { type: 'person', statements: '2', made: '1', received: '2' },
  );
  store.close();
});

test('claims of the same subject, predicate, object and polarity make one edge counting its evidence', async () => {
  const { store } = fixtureStore();
  const { $ } = await graphOf(store);
  const names = new Map($('node').toArray().map((n) => [$(n).attr('id'), dataOf($, $(n)).label]));
  const edges = $('edge')
    .toArray()
    .map((e) => {
      const d = dataOf($, $(e));
      return `${names.get($(e).attr('source'))} ${d.predicate} ${names.get($(e).attr('target'))} (${d.polarity}, ${d.evidence})`;
    })
    .sort();
  assert.deepEqual(edges, [
    'Kestrel Brigades part_of Ardent Front (asserted, 1)',
    'Tomas Reyvik leads Kestrel Brigades (asserted, 1)',
    'Tomas Reyvik threatens the Northerners (asserted, 1)',
    'Varnia funds Kestrel Brigades (asserted, 1)',
    'Varnia funds Kestrel Brigades (denied, 1)',
  ]);
  store.close();
});

test('text is XML-escaped and characters XML forbids are dropped', () => {
  assert.equal(xmlEscape(`<a href="x">Tom & 'Jerry'</a>\u0001`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
});
