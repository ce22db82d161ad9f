// Tests for the resolver: name keys, alias and key matches, surname and namesake rules,
// role phrases read at a date, stored unknown actors, explanations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Pack } from '../../src/pack/types.js';
import { nameKey, Resolver } from '../../src/resolve/index.js';

const pack: Pack = {
  name: 'fiction',
  version: '1.0.0',
  actors: [
    { id: 'kesh', type: 'organization', name: 'Kesh', aliases: ['Kesh movement'] },
    { id: 'ember_force', type: 'organization', name: 'Ember Force' },
    { id: 'dario_orlo', type: 'person', name: 'Dario Orlo', roles: [{ title: 'commander', of: 'ember_force', start: '2001', end: '2019-12-31' }] },
    { id: 'nina_orlo', type: 'person', name: 'Nina Orlo', roles: [{ title: 'head', of: 'kesh', start: '2020-01-01' }] },
    { id: 'sela_mavi', type: 'person', name: 'Sela Mavi', aliases: ['Mavi'], roles: [{ title: 'commander', of: 'ember_force', start: '2020-01-01' }] },
  ],
  lexicons: { titles: ['General'], roleNouns: ['commander', 'head', 'spokesman'] },
};
const r = new Resolver([pack]);

test('nameKey ignores honorifics, articles, apostrophes, hyphens and look-alike letters', () => {
  assert.equal(nameKey("Sheikh Isma'il al-Haniya"), nameKey('Ismail Haniyeh'));
  assert.equal(nameKey('Tehrani-Moghaddam'), nameKey('Tehrani Moqaddam'));
  assert.equal(nameKey('Ismail Нaniyeh'), nameKey('Ismail Haniyeh'));
});

test('nameKey keeps Hassan and Hossein apart', () => {
  assert.notEqual(nameKey('Hassan Darvi'), nameKey('Hossein Darvi'));
});

test('an exact alias resolves to the pack actor', () => {
  const res = r.resolve('Kesh movement');
  assert.equal(res.key, 'kesh');
  assert.equal(res.isNew, false);
});

test('another transliteration resolves through the name key', () => {
  assert.equal(r.resolve('Sella Mawi').key, 'sela_mavi');
});

test('a given name and surname match despite a middle name', () => {
  assert.equal(r.resolve('Dario Enzo Orlo').key, 'dario_orlo');
});

test('a different given name with a known surname is kept apart', () => {
  assert.equal(r.resolve('Marco Orlo').isNew, true);
});

test('a namesake surname is decided by roles held at the date', () => {
  assert.equal(r.resolve('Orlo', { date: '2010-06-01' }).key, 'dario_orlo');
  assert.equal(r.resolve('Orlo', { date: '2022-06-01' }).key, 'nina_orlo');
});

test('a role phrase in a known organisation names who held it at the date', () => {
  assert.equal(r.resolve('the Ember Force commander', { date: '2015-01-01' }).key, 'dario_orlo');
  assert.equal(r.resolve('commander of the Ember Force', { date: '2021-01-01' }).key, 'sela_mavi');
});

test('an unknown name gets a stable x: key from its name key', () => {
  const a = r.resolve('General Petar Lenko');
  assert.equal(a.isNew, true);
  assert.equal(a.key, r.resolve('Peter Lenko').key);
  assert.match(a.key, /^x:/);
});

test('a stored unknown actor is merged with a later surname', () => {
  const local = new Resolver([pack]);
  local.addKnown('x:patarlanko', ['Petar Lenko']);
  const res = local.resolve('Lenko');
  assert.equal(res.key, 'x:patarlanko');
  assert.equal(res.isNew, false);
});

test('explain says which rule decided', () => {
  const lines = r.explain('Orlo', { date: '2010-06-01' });
  assert.match(lines.join('\n'), /roles at 2010-06-01 pick dario_orlo/);
});
