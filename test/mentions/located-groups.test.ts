// Groups named by where they are: one actor of their own, apart from the place's state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locatedGroups } from '../../src/mentions/index.js';
import type { Mention } from '../../src/types.js';
import { pipelineTriples } from '../claims/fixtures.js';

const at = (text: string, surface: string, key: string, type: Mention['type'], source: Mention['source'] = 'pack'): Mention => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, surface, key, type, source };
};

test('"Varnians in the city of Mirel" and "the commanders in Varnia" are groups of their own', () => {
  const text = 'A video showed Varnians in the city of Mirel celebrating. The Guide instructed the commanders in Varnia to respond.';
  const got = locatedGroups(text, [
    at(text, 'Mirel', 'mirel', 'place'),
    at(text, 'the commanders', 'x:commanders', 'collective', 'collective'),
    { ...at(text, 'Varnia to', 'varnia', 'state'), end: text.indexOf('Varnia to') + 6, surface: 'Varnia' },
  ]);
  const people = got.find((m) => m.surface === 'Varnians in the city of Mirel');
  const commanders = got.find((m) => m.surface === 'the commanders in Varnia');
  assert.equal(people?.type, 'collective');
  assert.equal(commanders?.type, 'collective');
  assert.notEqual(commanders?.key, 'x:commanders');
  assert.ok(!got.some((m) => m.surface === 'the commanders'));
  // the places are still named
  assert.ok(got.some((m) => m.key === 'mirel') && got.some((m) => m.key === 'varnia'));
});

test('a group after "in" needs a place: "officials in charge" is left alone', () => {
  const text = 'The officials in charge said nothing.';
  const got = locatedGroups(text, [at(text, 'officials', 'x:officials', 'collective', 'collective')]);
  assert.deepEqual(got.map((m) => m.surface), ['officials']);
});

test('"Varnian lawmakers" is a group of its own; "Varnia\'s lawmakers" and "the lawmakers" are left to the rest', () => {
  const text = 'Dravan called on Varnian lawmakers to act.';
  const got = locatedGroups(text, [at(text, 'Varnian', 'varnia', 'state'), at(text, 'lawmakers', 'x:lawmakers', 'collective', 'collective')]);
  const group = got.find((m) => m.surface === 'Varnian lawmakers');
  assert.equal(group?.type, 'collective');
  assert.ok(!got.some((m) => m.surface === 'lawmakers'));
  assert.ok(got.some((m) => m.key === 'varnia'));
  const own = "Dravan called on Varnia's lawmakers to act.";
  assert.ok(!locatedGroups(own, [at(own, 'Varnia', 'varnia', 'state'), at(own, 'lawmakers', 'x:lawmakers', 'collective', 'collective')]).some((m) => m.surface.includes('Varnia') && m.type === 'collective'));
});

test('"the people of the Tessel Valley", "the sons of the hills" are groups of their own; "the people of Varnia" is left to the state', () => {
  const text = 'Varnia stands with the people of the Tessel Valley. We call on the sons of the hills to rise.';
  const got = locatedGroups(text, [at(text, 'Varnia', 'varnia', 'state'), at(text, 'the people', 'x:people', 'collective', 'collective'), at(text, 'Tessel Valley', 'x:tessel', 'place')]);
  assert.ok(got.some((m) => m.surface === 'people of the Tessel Valley' && m.type === 'collective'), JSON.stringify(got));
  assert.ok(!got.some((m) => m.surface === 'the people'), JSON.stringify(got));
  assert.ok(got.some((m) => m.surface === 'sons of the hills' && m.type === 'collective'), JSON.stringify(got));
  const own = 'He spoke to the people of Varnia.';
  assert.ok(!locatedGroups(own, [at(own, 'Varnia', 'varnia', 'state')]).some((m) => m.type === 'collective'));
});

test('"the UN panel of experts", "the UN panel": a body of its own, one however it is written, not the UN', () => {
  const text = 'According to the UN panel of experts, rifles were found. The UN panel cited satellite images.';
  const un = (t: string): Mention[] => [...t.matchAll(/\bUN\b/g)].map((x) => ({ start: x.index, end: x.index + 2, surface: 'UN', key: 'un', type: 'organization', source: 'pack' }));
  const got = locatedGroups(text, un(text));
  const panels = got.filter((m) => m.surface.startsWith('UN panel'));
  assert.deepEqual(panels.map((m) => m.surface), ['UN panel of experts', 'UN panel']);
  assert.equal(new Set(panels.map((m) => m.key)).size, 1);
  assert.notEqual(panels[0]!.key, 'un');
});

test('"Sevrenian banks", "Kestrian shipping companies" are groups of their own; "Sevrenian officials" are left to the state', () => {
  const got = pipelineTriples('The Republic of Sevrenia is calm. "I call on Sevrenian banks to freeze every account," said Finance Minister Corin Hale.');
  assert.ok(got.includes('Corin Hale calls_on Sevrenian banks'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.endsWith('calls_on Republic of Sevrenia')), JSON.stringify(got));
});
