import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acronymReferences, headReferences, leadWordReferences } from '../../src/mentions/index.js';
import type { Mention } from '../../src/types.js';

const m = (text: string, surface: string, key: string, type: Mention['type'] = 'group'): Mention => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, surface, key, type, source: 'pack' };
};

test('"the Front" after "the Crimson Banner Front" names it again', () => {
  const text = 'Fighters of the Crimson Banner Front crossed the river. Later the Front withdrew, and The Front said so.';
  const out = headReferences(text, [m(text, 'Crimson Banner Front', 'cbf')]);
  assert.deepEqual(out.map((x) => [x.surface, x.key]), [['Crimson Banner Front', 'cbf'], ['the Front', 'cbf'], ['The Front', 'cbf']]);
});

test('no reference before the full name, to a head two organisations share, or at the start of a longer name', () => {
  const text = 'The Front spoke first. The Crimson Banner Front and the Green Valley Front met; the Front Line Group watched.';
  assert.equal(headReferences(text, [m(text, 'Crimson Banner Front', 'cbf'), m(text, 'Green Valley Front', 'gvf')]).length, 2);
  const one = 'The Crimson Banner Front met the Front Line Group.';
  assert.equal(headReferences(one, [m(one, 'Crimson Banner Front', 'cbf')]).length, 1);
  const person = 'Milos Ferrant spoke. The Ferrant family listened.';
  assert.equal(headReferences(person, [m(person, 'Milos Ferrant', 'ferrant', 'person')]).length, 1);
});

test('an acronym defined in brackets after a name names it wherever it stands alone', () => {
  const text = 'The Sunward Liberation Front (SLF) struck Edrith. The SLF\'s armed wing grew; SLFX is another word.';
  const out = acronymReferences(text, [m(text, 'Sunward Liberation Front', 'slf')]);
  const second = text.indexOf('SLF', text.indexOf('(SLF)') + 5);
  assert.deepEqual(out.map((x) => [x.surface, x.key, x.start]), [['Sunward Liberation Front', 'slf', 4], ['SLF', 'slf', text.indexOf('(SLF)') + 1], ['SLF', 'slf', second]]);
});

test('a bare head before a lower-case word names the organisation too: "Front fighters", "Battalions leader X"', () => {
  const text = 'The Crimson Banner Front struck. Later, Front fighters withdrew and Front political bureau head Milos Ferrant spoke.';
  const out = headReferences(text, [m(text, 'Crimson Banner Front', 'cbf')]);
  assert.deepEqual(out.filter((x) => x.source === 'short').map((x) => x.surface), ['Front', 'Front']);
});

test('"the Harrow Front for the Liberation of the Marches": "Harrow Front" and "the Front" are the same group, "the Marches" is not', () => {
  const t = 'Fighters of the Harrow Front for the Liberation of the Marches attacked. The Harrow Front said the Front would go on in the Marches.';
  const long = t.indexOf('Harrow Front for');
  const short = t.indexOf('Harrow Front said');
  const found: Mention[] = [
    { start: long, end: long + 'Harrow Front for the Liberation of the Marches'.length, surface: 'Harrow Front for the Liberation of the Marches', key: 'x:long', type: 'organization', source: 'titled' },
    { start: short, end: short + 'Harrow Front'.length, surface: 'Harrow Front', key: 'x:short', type: 'organization', source: 'titled' },
  ];
  const got = headReferences(t, found);
  assert.ok(got.every((m) => m.key === 'x:long'), JSON.stringify(got));
  assert.ok(got.some((m) => m.surface === 'the Front'));
  assert.ok(!got.some((m) => /Marches$/.test(m.surface) && m.surface !== found[0]!.surface));
});

test('capitals that spell one organisation\'s initials name it without a bracket: "the Sunward Liberation Front ... SLF fighters"', () => {
  const text = 'The Sunward Liberation Front attacked. SLF fighters withdrew.';
  const out = acronymReferences(text, [m(text, 'Sunward Liberation Front', 'slf')]);
  assert.ok(out.some((x) => x.surface === 'SLF' && x.key === 'slf'), JSON.stringify(out));
  // two names with the same initials: neither is meant
  const two = 'The Sunward Liberation Front and the Silver Lake Foundation met. SLF fighters withdrew.';
  const out2 = acronymReferences(two, [m(two, 'Sunward Liberation Front', 'slf'), m(two, 'Silver Lake Foundation', 'slfd')]);
  assert.ok(!out2.some((x) => x.surface === 'SLF'));
});

test('"GOLDEN FERRY EXCHANGE COMPANY ... Golden Ferry receives": a firm named without its trade and legal form', async () => {
  const { firmReferences } = await import('../../src/mentions/index.js');
  const text = '2. GOLDEN FERRY EXCHANGE COMPANY (Dumrah). Golden Ferry receives transfers. Golden Ferry Shipping is another firm.';
  const firm = { start: 3, end: 32, surface: 'GOLDEN FERRY EXCHANGE COMPANY', type: 'organization' as const, key: 'x:gf', source: 'titled' as const };
  const got = firmReferences(text, [firm]);
  assert.deepEqual(got.filter((m) => m.key === 'x:gf').map((m) => text.slice(m.start, m.end)), ['GOLDEN FERRY EXCHANGE COMPANY', 'Golden Ferry']);
});

test('an acronym the document defines in brackets beats a pack acronym spelled the same ("the Nalvarian Defence Forces (NDF)")', () => {
  const text = 'The Nalvarian Defence Forces (NDF) moved. Later the NDF said so.';
  const pack = (at: number): Mention => ({ start: at, end: at + 3, surface: 'NDF', key: 'ndf_elsewhere', type: 'organization', source: 'pack' });
  const out = acronymReferences(text, [m(text, 'Nalvarian Defence Forces', 'ndf_here', 'organization'), pack(text.indexOf('NDF')), pack(text.lastIndexOf('NDF'))]);
  assert.deepEqual(out.filter((x) => x.surface === 'NDF').map((x) => x.key), ['ndf_here', 'ndf_here']);
});

test('"the Halden Post ... The Post also reports": an outlet by the last word of its name after "the"; "Post reporters" is none', () => {
  const text = 'The Halden Post reported on Monday that talks failed. The Post also reports that Varnia funds the Front. Post reporters left.';
  const got = headReferences(text, [m(text, 'Halden Post', 'post', 'outlet')]);
  assert.deepEqual(got.filter((x) => x.key === 'post').map((x) => x.surface), ['Halden Post', 'The Post']);
});

test('"the Ember Directorate ... Ember officers": the body written back by its first word before the people it sends', () => {
  const t = 'The Ember Directorate arms the Front. Ember officers trained its fighters. An ember glowed.';
  const ms = leadWordReferences(t, [{ start: 4, end: 21, surface: 'Ember Directorate', type: 'organization', key: 'x:ember', source: 'titled' }]);
  assert.deepEqual(ms.filter((m) => m.surface === 'Ember').map((m) => m.key), ['x:ember']);
  // (not before the full name, and not a word that names something else)
  const before = 'Ember officers came first. The Ember Directorate arms the Front.';
  assert.equal(leadWordReferences(before, [{ start: 31, end: 48, surface: 'Ember Directorate', type: 'organization', key: 'x:ember', source: 'titled' }]).length, 1);
});

test('"about 200 Brigades fighters": a bare head after a number is the body', () => {
  const t = 'The Hollow Ridge Brigades fight. About 200 Brigades fighters were trained.';
  const ms = headReferences(t, [{ start: 4, end: 25, surface: 'Hollow Ridge Brigades', type: 'organization', key: 'x:hrb', source: 'titled' }]);
  assert.ok(ms.some((m) => m.surface === 'Brigades' && m.key === 'x:hrb' && m.start > 30), JSON.stringify(ms));
});
