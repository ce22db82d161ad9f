// Capitals for their states, read from what the document itself says about a city.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capitalReferences } from '../../src/mentions/index.js';
import type { Mention } from '../../src/types.js';

/** State mentions for every writing of the given names, and any other names as places. */
function mentionsOf(text: string, states: Record<string, string>, places: string[] = []): Mention[] {
  const out: Mention[] = [];
  for (const [name, key] of Object.entries(states)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) out.push({ start: m.index, end: m.index + name.length, surface: name, type: 'state', key, source: 'titled' });
  }
  for (const name of places) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) out.push({ start: m.index, end: m.index + name.length, surface: name, type: 'place', key: `x:${name.toLowerCase()}`, source: 'titled' });
  }
  return out.sort((a, b) => a.start - b.start);
}
const statesAt = (text: string, ms: Mention[], key: string): string[] => ms.filter((m) => m.type === 'state' && m.key === key).map((m) => text.slice(m.start, m.end));

test('"Oskavar, the Kestrian capital" makes a later "Oskavar commands the Front" the state; "near Oskavar" stays the city', () => {
  const text = 'The course ran near Oskavar, the Kestrian capital, last year. Officials say Oskavar commands the Front.';
  const got = capitalReferences(text, mentionsOf(text, { Kestrian: 'kestria' }));
  assert.deepEqual(statesAt(text, got, 'kestria'), ['Kestrian', 'Oskavar']);
  const b = 'Oskavar, the Kestrian capital, hosted talks. Oskavar commands the Front.';
  assert.deepEqual(statesAt(b, capitalReferences(b, mentionsOf(b, { Kestrian: 'kestria' })), 'kestria'), ['Oskavar', 'Kestrian', 'Oskavar']);
});

test('"the Calderan capital, Brannock", "[i.e., the Calderan government]" and "[the Belvornian capital]" name the seat; a place the pack found becomes the state', () => {
  const a = 'Talks opened in the Calderan capital, Brannock, on Monday. Brannock denies it.';
  assert.deepEqual(statesAt(a, capitalReferences(a, mentionsOf(a, { Calderan: 'calder' })), 'calder'), ['Calderan', 'Brannock', 'Brannock']);
  const b = 'The paper wrote: "Brannock [i.e., the Calderan government] arms them." Brannock said nothing.';
  assert.deepEqual(statesAt(b, capitalReferences(b, mentionsOf(b, { Calderan: 'calder' }, ['Brannock'])), 'calder'), ['Brannock', 'Calderan', 'Brannock']);
  const c = 'Their orders from Renhollow [the Belvornian capital] lie.';
  assert.deepEqual(statesAt(c, capitalReferences(c, mentionsOf(c, { Belvornian: 'belvorn' })), 'belvorn'), ['Renhollow', 'Belvornian']);
});

test('a city named with its country in brackets, or inside a longer name, is no seat of government', () => {
  const text = 'He spoke to Voice of the Bulwark (Sulvane) on Monday. The Bulwark fighters left. Oskavar, the Kestrian capital, hosts the Oskavar Daily.';
  const got = capitalReferences(text, mentionsOf(text, { Sulvane: 'sulvane', Kestrian: 'kestria' }));
  assert.deepEqual(statesAt(text, got, 'sulvane'), ['Sulvane']);
  assert.deepEqual(statesAt(text, got, 'kestria'), ['Oskavar', 'Kestrian']);
});

test('a seat shown by its officials at home: "In Halvane, Ostrevia\'s foreign minister", "Ostrevian Foreign Minister X held a news conference in Halvane"', () => {
  for (const text of ["In Halvane, Ostrevia's foreign minister, Ravel Dusk, spoke. Orders come from Halvane.",
    'Ostrevian Foreign Minister Ravel Dusk held a news conference in Halvane on Monday. Orders come from Halvane.',
    "Ostrevia's news agency said nothing, and neither did the foreign ministry in Halvane. Orders come from Halvane."]) {
    const got = capitalReferences(text, mentionsOf(text, { Ostrevia: 'ostrevia', Ostrevian: 'ostrevia' }, ['Halvane']));
    const last = got.filter((m) => m.surface === 'Halvane').pop();
    assert.equal(last?.key, 'ostrevia', text);
    assert.equal(last?.source, 'seat', text);
    // ("in Halvane" says where: the city)
    assert.ok(got.some((m) => m.surface === 'Halvane' && m.type === 'place'), text);
  }
  // (an official abroad shows no seat; nor does a state named after "the regime in X")
  for (const text of ['Ostrevian Foreign Minister Ravel Dusk arrived in Halvane and held a news conference in Halvane. Orders come from Halvane.',
    'The regime in Halvane and its masters: every drone that Ostrevia sends to Halvane adds to the blood. Orders come from Halvane.']) {
    const got = capitalReferences(text, mentionsOf(text, { Ostrevia: 'ostrevia', Ostrevian: 'ostrevia' }, ['Halvane']));
    assert.ok(!got.some((m) => m.surface === 'Halvane' && m.type === 'state'), text);
  }
});

test('seats shown in other documents of the run stand for the state in this one, when it names the state', () => {
  const text = 'Ostrevia denies it. The Marsh Brigades are commanded from Halvane.';
  const ms = mentionsOf(text, { Ostrevia: 'ostrevia' }, ['Halvane']);
  const got = capitalReferences(text, ms, new Map([['Halvane', { city: 'Halvane', state: 'ostrevia' }]]));
  assert.equal(got.find((m) => m.surface === 'Halvane')?.key, 'ostrevia');
  // (a document that does not name the state is left alone)
  const other = 'The Marsh Brigades are commanded from Halvane.';
  assert.equal(capitalReferences(other, mentionsOf(other, {}, ['Halvane']), new Map([['Halvane', { city: 'Halvane', state: 'ostrevia' }]])).find((m) => m.surface === 'Halvane')?.type, 'place');
});

test('a wire dateline over a state official\'s lead shows a seat no other sign places: "HALVANE, March 3 (Tern Press) - Ostrevia\'s defence minister"', () => {
  const text = "HALVANE, March 3 (Tern Press) - Ostrevia's defence minister on Friday accused Kestria of arming the rebels. A funeral was held in Halvane. Kestria calls on Halvane to talk.";
  const got = capitalReferences(text, mentionsOf(text, { Ostrevia: 'ostrevia', Kestria: 'kestria' }, ['Halvane']));
  const halvane = got.filter((m) => m.surface === 'Halvane');
  assert.deepEqual(halvane.map((m) => m.type), ['place', 'state'], JSON.stringify(halvane));
  assert.equal(halvane[1]?.key, 'ostrevia');
  // (a lead that opens with no official shows nothing; nor does a dateline a stronger sign contradicts)
  const plain = 'HALVANE, March 3 (Tern Press) - Rebels shelled the town. Kestria calls on Halvane to talk.';
  assert.ok(!capitalReferences(plain, mentionsOf(plain, { Kestria: 'kestria' }, ['Halvane'])).some((m) => m.surface === 'Halvane' && m.type === 'state'));
  const other = "HALVANE, March 3 (Tern Press) - Ostrevia's defence minister spoke. Halvane, the Kestrian capital, is calm. Halvane denies it.";
  const got2 = capitalReferences(other, mentionsOf(other, { Ostrevia: 'ostrevia', Kestrian: 'kestria' }));
  assert.equal(got2.filter((m) => m.surface === 'Halvane').pop()?.key, 'kestria');
});
