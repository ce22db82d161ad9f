// Tests for the pack loader: the shipped pack loads, and broken packs give errors that name
// the file and the entry.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { describePacks, loadBuiltinPack, loadPack, loadPacks, PackError, validatePackDir } from '../../src/pack/index.js';

function packDir(actors: unknown[], lexicons: unknown = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pack-'));
  writeFileSync(join(dir, 'pack.json'), JSON.stringify({ name: 'fiction', version: '1.0.0', files: { actors: ['actors.json'], lexicons: ['lexicons.json'] } }));
  writeFileSync(join(dir, 'actors.json'), JSON.stringify({ actors }));
  writeFileSync(join(dir, 'lexicons.json'), JSON.stringify(lexicons));
  return dir;
}

const varnia = { id: 'varnia', type: 'state', name: 'Varnia', aliases: ['Republic of Varnia'] };

test('the shipped pack loads with at least 150 actors', () => {
  const pack = loadBuiltinPack();
  assert.equal(pack.name, 'iran');
  assert.ok(pack.actors.length >= 150, `${pack.actors.length} actors`);
});

test('the shipped pack validates without errors', () => {
  const r = validatePackDir(loadBuiltinPack().source!);
  assert.deepEqual(r.errors, []);
});

test('every outlet in the shipped pack has a grade and a country', () => {
  const missing = loadBuiltinPack().actors.filter((a) => a.type === 'outlet' && (!a.grade || (!a.country && a.id !== 'quran')));
  assert.deepEqual(missing.map((a) => a.id), []);
});

test('a bad role date names the file, the entry index and id, and the path', () => {
  const dir = packDir([varnia, { id: 'lenko', type: 'person', name: 'Petar Lenko', roles: [{ title: 'envoy', of: 'varnia', start: '2021-13' }] }]);
  const r = validatePackDir(dir);
  assert.equal(r.ok, false);
  assert.match(r.errors[0]!, /actors\.json: actors\[1\] \(id "lenko"\): \/roles\/0\/start must match pattern/);
});

test('a role in an unknown organisation is an integrity error', () => {
  const dir = packDir([{ id: 'lenko', type: 'person', name: 'Petar Lenko', roles: [{ title: 'envoy', of: 'ostrava' }] }]);
  assert.match(validatePackDir(dir).errors.join('\n'), /actors\[0\] \(id "lenko"\): \/roles\/0\/of refers to unknown id "ostrava"/);
});

test('an unknown owner and memberOf are integrity errors', () => {
  const dir = packDir([{ id: 'varnia_post', type: 'outlet', name: 'Varnia Post', owner: 'nobody', memberOf: [{ of: 'nothing' }] }]);
  const errors = validatePackDir(dir).errors.join('\n');
  assert.match(errors, /\/owner refers to unknown id "nobody"/);
  assert.match(errors, /\/memberOf\/0\/of refers to unknown id "nothing"/);
});

test('a duplicate id is an error naming both entries', () => {
  const dir = packDir([varnia, { ...varnia, aliases: [] }]);
  assert.match(validatePackDir(dir).errors.join('\n'), /actors\[1\] \(id "varnia"\): duplicate id, first defined at .*actors\[0\]/);
});

test('one alias claimed by two actors is an error', () => {
  const dir = packDir([varnia, { id: 'ostrava', type: 'place', name: 'Ostrava', aliases: ['Republic of  Varnia'] }]);
  assert.match(validatePackDir(dir).errors.join('\n'), /alias "Republic of  Varnia" is already claimed by id "varnia"/);
});

test('an unknown field is reported with its name', () => {
  const dir = packDir([{ ...varnia, colour: 'blue' }]);
  assert.match(validatePackDir(dir).errors.join('\n'), /actors\[0\] \(id "varnia"\): must NOT have additional properties \("colour"\)/);
});

test('an unknown medium in the lexicons is reported', () => {
  const dir = packDir([varnia], { media: { telepathy: ['thought'] } });
  assert.match(validatePackDir(dir).errors.join('\n'), /lexicons\.json: .*telepathy|lexicons\.json: .*property name/);
});

test('loadPack throws a PackError that lists every problem', () => {
  const dir = packDir([{ id: 'Bad Id', type: 'person', name: 'X' }]);
  assert.throws(() => loadPack(dir), (e: unknown) => e instanceof PackError && e.errors.length > 0);
});

test('an extra pack may refer to ids of the builtin pack', () => {
  const dir = packDir([{ id: 'lenko', type: 'person', name: 'Petar Lenko', roles: [{ title: 'envoy', of: 'iran', start: '2020' }] }]);
  const packs = loadPacks([dir]);
  assert.equal(packs.length, 2);
  assert.equal(packs[1]!.actors[0]!.id, 'lenko');
});

test('describePacks counts actors by type', () => {
  const [s] = describePacks([loadBuiltinPack()]);
  assert.ok((s!.byType.person ?? 0) > 50);
  assert.ok((s!.byType.outlet ?? 0) > 20);
});
