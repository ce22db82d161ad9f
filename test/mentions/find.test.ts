// Tests for mention finding: pack names on word boundaries, look-alike letters, longest match,
// exact raw offsets, names in no pack after titles and role nouns, roles alone, short references.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildMatcher, findMentions } from '../../src/mentions/index.js';
import { normalize } from '../../src/normalize/index.js';
import type { Pack } from '../../src/pack/types.js';
import type { Mention } from '../../src/types.js';

const pack: Pack = {
  name: 'fiction',
  version: '1.0.0',
  actors: [
    { id: 'varnia', type: 'state', name: 'Varnia', aliases: ['Republic of Varnia', 'VR'] },
    { id: 'varnian_guard', type: 'organization', name: 'Varnian Guard', aliases: ['Guard Corps of Varnia'] },
    { id: 'ember_force', type: 'organization', name: 'Ember Force', memberOf: [{ of: 'varnian_guard' }] },
    { id: 'kesh', type: 'organization', name: 'Kesh', aliases: ['Kesh movement'] },
    { id: 'orlo', type: 'person', name: 'Dario Orlo', aliases: ['Orlo'], roles: [{ title: 'commander', of: 'ember_force', start: '2001', end: '2019-12-31' }] },
    { id: 'mavi', type: 'person', name: 'Sela Mavi', aliases: ['Mavi'], roles: [{ title: 'commander', of: 'ember_force', start: '2020-01-01' }] },
    { id: 'tovan', type: 'person', name: 'Ilir Tovan', weakAliases: ['Tovan'], roles: [{ title: 'head', of: 'kesh', start: '2010' }] },
  ],
  lexicons: {
    titles: ['General', 'President', 'Sheikh'],
    roleNouns: ['spokesman', 'envoy', 'commander', 'head', 'political bureau head'],
    speechVerbs: ['said', 'says', 'told'],
    nameParticles: ['al', 'bin'],
    collectives: ['the participants'],
  },
};
const matcher = buildMatcher([pack]);
const find = (text: string, published?: string): Mention[] =>
  findMentions(text, normalize(text), matcher, published ? { published } : {});
const keys = (ms: Mention[]): string[] => ms.map((m) => `${m.surface}=${m.key}`);

test('a pack name is found with its id', () => {
  assert.deepEqual(keys(find('Talks in Varnia ended.')), ['Varnia=varnia']);
});

test('a name does not match inside a longer word', () => {
  assert.deepEqual(find('The Varnians and Keshi people met.'), []);
});

test('a possessive still matches', () => {
  assert.deepEqual(keys(find("Varnia's position")), ['Varnia=varnia']);
});

test('Cyrillic look-alike letters still spell the name', () => {
  const text = 'Thе Кеsh movement spoke.'; // Cyrillic е, К, е
  assert.deepEqual(keys(find(text)), ['Кеsh movement=kesh']);
});

test('the longest name wins over a name inside it', () => {
  assert.deepEqual(keys(find('the Republic of Varnia said')), ['Republic of Varnia=varnia']);
});

test('offsets map back to the raw text exactly, across folded characters', () => {
  const text = '“Sеla\u00A0Mavi” – and Dario Orlo';
  for (const m of find(text)) assert.equal(text.slice(m.start, m.end), m.surface);
  assert.deepEqual(keys(find(text)), ['Sеla\u00A0Mavi=mavi', 'Dario Orlo=orlo']);
});

test('an acronym needs capitals: VR matches, vr does not', () => {
  assert.deepEqual(keys(find('VR and vr')), ['VR=varnia']);
});

test('a weak alias counts only beside a title or role', () => {
  assert.deepEqual(find('Tovan went home.'), []);
  assert.deepEqual(keys(find('Kesh head Tovan said')).includes('Tovan=tovan'), true);
});

test('a title before capitalised words gives a name in no pack with a derived key', () => {
  const [m] = find('General Tomas Brel arrived.');
  assert.equal(m!.surface, 'Tomas Brel');
  assert.equal(m!.source, 'titled');
  assert.match(m!.key, /^x:/);
});

test('two spellings of one unknown actor share a key', () => {
  const a = find('General Tomas Brel arrived.')[0]!;
  const b = find('General Thomas Brell arrived.')[0]!;
  assert.equal(a.key, b.key);
});

test('an envoy to a place, then a comma and the name', () => {
  const text = 'the Varnian envoy to Ostrava, Petar Lenko, said';
  const m = find(text).find((x) => x.surface === 'Petar Lenko')!;
  assert.equal(m.source, 'titled');
  assert.equal(text.slice(m.role!.start, m.role!.end), 'Varnian envoy to Ostrava');
});

test('a role phrase with the organisation is recorded on the name', () => {
  const text = 'Kesh spokesman Idris Kall said';
  const m = find(text).find((x) => x.surface === 'Idris Kall')!;
  assert.equal(text.slice(m.role!.start, m.role!.end), 'Kesh spokesman');
});

test('a multi-word role phrase before a pack name is attached to it', () => {
  const text = 'Kesh political bureau head Ilir Tovan said';
  const m = find(text).find((x) => x.key === 'tovan')!;
  assert.equal(text.slice(m.role!.start, m.role!.end), 'Kesh political bureau head');
});

test('a role alone is resolved by the document date', () => {
  const before = find('The Ember Force commander said', '2015-05-01').find((m) => m.source === 'role');
  const after = find('The Ember Force commander said', '2023-05-01').find((m) => m.source === 'role');
  assert.equal(before?.key, 'orlo');
  assert.equal(after?.key, 'mavi');
});

test('a later surname alone refers to the full name met earlier', () => {
  const ms = find('General Tomas Brel arrived. Later, Brel left.');
  const full = ms.find((m) => m.surface === 'Tomas Brel')!;
  const short = ms.find((m) => m.surface === 'Brel')!;
  assert.equal(short.source, 'short');
  assert.equal(short.key, full.key);
});

test('a surname before the full name is not a short reference', () => {
  const ms = find('Brel arrived. General Tomas Brel spoke.');
  assert.equal(ms.filter((m) => m.source === 'short').length, 0);
});

test('a lexicon collective is a mention of its own', () => {
  const [m] = find('Then the participants chanted.');
  assert.equal(m!.source, 'collective');
  assert.equal(m!.type, 'collective');
});

test('a name does not run on into a speech verb', () => {
  const m = find('Sheikh Amar Dulo Says He Will Go').find((x) => x.source === 'titled')!;
  assert.equal(m.surface, 'Amar Dulo');
});
