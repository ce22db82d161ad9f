import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toContract } from '../../src/export/contract.js';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

const pipeline = createPipeline({ packs: loadPacks([]) });

test("an actor in no pack is named without its article, and the contract lists the document's own spellings", () => {
  const text = 'Halden, March 3. The participants expressed their support for the Crimson Banner Front. The participants then dispersed.';
  const line = toContract(pipeline.process(fromText('a.txt', 'a.txt', text, 'text/plain')));
  const demo = line.entities.find((e) => /participants/i.test(e.name));
  assert.ok(demo, JSON.stringify(line.entities));
  assert.equal(demo.name, 'participants');
  for (const e of line.entities) for (const a of e.aliases) assert.ok(text.includes(a) || text.includes(`the ${a}`) || text.includes(`The ${a}`), `${a} is written in the document`);
});

test('a state in no pack is named by its name, not by its demonym or the capital written for it', () => {
  const text = "In Halvane, Ostrevia's foreign minister, Ravel Dusk, spoke.\n\nOstrevian officials deny it. The Marsh Brigades are paid, armed and commanded from Halvane.\n";
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const state = r.entities.find((e) => e.type === 'state' && [e.name, ...(e.written ?? [])].includes('Ostrevian'));
  assert.equal(state?.name, 'Ostrevia', JSON.stringify(r.entities));
});

test('"Karvania" beside its adjective "Karvan": the state is named Karvania', () => {
  const text = 'Karvania will stand with the Brigades, said Voice of Karvania. The Karvan government said so, and Karvan officials agreed.\n';
  const r = pipeline.process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const state = r.entities.find((e) => e.type === 'state' && [e.name, ...(e.written ?? [])].includes('Karvan'));
  assert.equal(state?.name, 'Karvania', JSON.stringify(r.entities));
});

test('a person is named by a name, not by a role phrase or a possessive title written for them', () => {
  const text = "Velonhar's Supreme Guide and the commander of its Vanguard Corps praised the strike. In an interview, Vanguard Corps commander Major General Barsel Iyorin spoke. Iyorin said more.\n";
  const r = pipeline.process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const p = r.entities.find((e) => e.type === 'person' && [e.name, ...(e.written ?? [])].includes('Iyorin'));
  assert.equal(p?.name, 'Barsel Iyorin', JSON.stringify(r.entities));
});
