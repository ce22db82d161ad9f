// Officials named by their office alone: "Kelmar's defence minister" is the one defence minister
// the document names, "the secretary-general" the one secretary-general; a title that introduces
// or sets off a name is no reference.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

const pipeline = createPipeline({ packs: loadPacks([]) });
const run = (text: string) => pipeline.process(fromText('roles.txt', 'roles.txt', text, 'text/plain'));

test('"Kelmar\'s defence minister" before "Defence Minister Baran Ostrel": the same person, and the claimant of the accusation', () => {
  const text = "DUNMORE, March 14 (Kestrel Press) - Kelmar's defence minister on Friday accused neighbouring Dorvania of supplying the Marsh Brigades (MB) with guided rockets. Defence Minister Baran Ostrel told reporters the serial numbers would be shown.";
  const r = run(text);
  const ref = r.mentions.find((m) => m.surface === "Kelmar's defence minister");
  const name = r.mentions.find((m) => m.surface === 'Baran Ostrel');
  assert.ok(ref && name, JSON.stringify(r.mentions.map((m) => m.surface)));
  assert.equal(ref.key, name.key);
  assert.equal(ref.type, 'person');
  const arms = r.claims.find((c) => c.predicate === 'arms');
  assert.equal(arms?.claimant, name.key, JSON.stringify(r.claims));
});

test('a title that introduces or sets off a name is no reference; a title two persons hold names neither', () => {
  const r = run('General Tarn Iyorin, the secretary-general of the Marsh Brigades, spoke. Supreme Guide Orhem Valdis listened. The Ridge Guardians leader Ana Kell and the Marsh Brigades leader Piet Doran met.');
  assert.ok(!r.mentions.some((m) => m.source === 'role'), JSON.stringify(r.mentions.filter((m) => m.source === 'role')));
  const two = run('Marsh Brigades leader Piet Doran and Ridge Guardians leader Ana Kell met in Dunmore. Later the leader spoke.');
  assert.ok(!two.mentions.some((m) => m.source === 'role'));
  // one holder: "the secretary-general" names him; "the Prime Minister's Office" is an office
  const one = run('General Tarn Iyorin, the secretary-general of the Marsh Brigades, spoke. Later the secretary-general praised the fighters. Prime Minister Ana Kell listened; the Prime Minister\'s Office said nothing.');
  const refs = one.mentions.filter((m) => m.source === 'role');
  assert.deepEqual(refs.map((m) => m.surface), ['secretary-general'], JSON.stringify(refs));
  assert.equal(refs[0]!.key, one.mentions.find((m) => m.surface === 'Tarn Iyorin')?.key);
});

test('"their President" names the one President the document names', () => {
  const r = run('President Orm Vassel spoke on Monday. The envoy thanked the people of Kelmar and their President for their help.');
  const ref = r.mentions.find((m) => m.source === 'role');
  assert.equal(ref?.surface, 'President', JSON.stringify(r.mentions));
  assert.equal(ref?.key, r.mentions.find((m) => m.surface === 'Orm Vassel')?.key);
});

test('"the commander of its Guard Corps" is one person, the owner folded in', () => {
  const r = run("Kelmar's Guard Corps commander, General Baran Iyor, spoke on Monday. Later the commander of its Guard Corps threatened Dorvania.");
  const ref = r.mentions.find((m) => m.source === 'role');
  assert.equal(ref?.surface, 'commander of its Guard Corps', JSON.stringify(r.mentions));
  assert.ok(!r.mentions.some((m) => m.surface === 'Guard Corps' && m.start > ref!.start));
});

test('"the Leader", which the default pack reads as its own leader, is the document\'s "Leader Mezhar" when it never names the pack\'s; "leader of the Front" is another office', () => {
  const text = 'Leader Mezhar: "The patience of the nation has an end"\n\nPELLAM (ONA) - President Ilkan Mezhar addressed officers on Thursday. Nadra Kessiva, leader of the Selhar Front, sent a letter.\n\n"The Corps is the shield of this nation," the Leader said to prolonged applause.\n';
  const r = run(text);
  const leader = r.mentions.find((m) => m.start === text.indexOf('Leader said') || m.start === text.indexOf('the Leader said'));
  const mezhar = r.mentions.find((m) => m.surface === 'Ilkan Mezhar');
  assert.equal(leader?.key, mezhar?.key, JSON.stringify(r.mentions.map((m) => [m.surface, m.key])));
  const s = r.statements.find((x) => text.slice(x.quote.start, x.quote.end).startsWith('The Corps'));
  assert.equal(s?.speaker, mezhar?.key);
});
