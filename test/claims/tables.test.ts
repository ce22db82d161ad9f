// Plain-text tables: each row states who leads and who backs a group, and the columns are never
// read across as one sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backingOf, findTables } from '../../src/claims/tables.js';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

const TABLE = [
  'GROUPS AND THEIR BACKERS',
  '',
  '  Group                  Leader             Backer        Type of backing',
  '  ---------------------  -----------------  ------------  -------------------------',
  '  Marsh Brigades         Teodor Maske       Varnia        funding, weapons, training',
  '                                            Kelmar        political',
  '  Ridge Guardians        unknown            Varnia        funding, training',
  '',
  'The Marsh Brigades struck Halden in May, and Varnia praised the strike.',
].join('\n');

test('a table is read by its columns; a row with an empty first cell goes on with the group above', () => {
  const [t] = findTables(TABLE);
  assert.ok(t);
  const rows = t.rows.map((r) => [r.group?.text, r.leader?.text, r.backer?.text, r.backing?.text]);
  assert.deepEqual(rows, [
    ['Marsh Brigades', 'Teodor Maske', 'Varnia', 'funding, weapons, training'],
    ['Marsh Brigades', undefined, 'Kelmar', 'political'],
    ['Ridge Guardians', 'unknown', 'Varnia', 'funding, training'],
  ]);
  assert.deepEqual(backingOf('funding, weapons, training'), ['funds', 'arms', 'trains']);
  assert.deepEqual(backingOf('political'), ['supports']);
  assert.deepEqual(backingOf(undefined), ['supports']);
  // no dashed rule under a header: no table
  assert.deepEqual(findTables('Group    Leader\nMarsh Brigades    Teodor Maske\n'), []);
});

test('the rows give leads, funds, arms, trains and supports, claimed by the publisher, and no pair read across the columns', () => {
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', "The government of neighbouring Varnia and Kelmar's army deny everything. Marsh Brigades commander Teodor Maske spoke on Monday.\n\n" + TABLE + '\n', 'text/plain'));
  const name = new Map(r.mentions.map((m) => [m.key, m.surface]));
  const got = r.claims.map((c) => `${name.get(c.subject) ?? c.subject} ${c.predicate} ${name.get(c.object) ?? c.object}`);
  for (const t of ['Teodor Maske leads Marsh Brigades', 'Kelmar supports Marsh Brigades', 'Varnia funds Ridge Guardians', 'Varnia trains Ridge Guardians'])
    assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.ok(!got.some((g) => g.startsWith('Varnia arms Ridge')), JSON.stringify(got));
  assert.ok(!got.some((g) => g.startsWith('Varnia') && g.endsWith('Kelmar')), JSON.stringify(got));
  assert.ok(!r.mentions.some((m) => m.surface.includes('Maske') && m.surface.includes('Varnia')), 'no name runs across two cells');
  const row = r.claims.find((c) => c.predicate === 'funds');
  assert.ok(row);
  assert.ok(r.doc.text.slice(row.evidence.start, row.evidence.end).includes('Ridge Guardians'), 'the evidence is the row');
});
