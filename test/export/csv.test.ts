// CSV export: three files, RFC 4180 quoting, and a parse of each file gives back the stored values.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { csvField, exportCsv } from '../../src/export/csv.js';
import { tempDir } from '../helpers.js';
import { ACTORS, fixtureStore, QUOTES } from './fixture.js';

/** An RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === '') (quoted = true), i++;
    else if (ch === ',') row.push(field), (field = ''), i++;
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else (field += ch), i++;
  }
  assert.equal(field + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

function records(file: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  for (const r of rows) assert.equal(r.length, head!.length, `${path.basename(file)}: a row has ${r.length} fields`);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

test('fields with commas, quotes or line breaks are quoted with quotes doubled; others are left bare', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(7), '7');
});

test('statements.csv parses back to the exact quotes with their speakers and spans', async () => {
  const { store } = fixtureStore();
  const dir = tempDir();
  await exportCsv(store, dir);
  const rows = records(path.join(dir, 'statements.csv'));
  assert.deepEqual(rows.map((r) => r.text).sort(), Object.values(QUOTES).sort());
  const r = rows.find((x) => x.text === QUOTES.reyvik2)!;
  assert.equal(r.speaker, 'Tomas Reyvik');
  assert.equal(r.document, 'kestrel-thanks.txt');
  assert.equal(Number(r.end) - Number(r.start), QUOTES.reyvik2.length);
  store.close();
});

test('actors.csv lists every actor with type, aliases and counts', async () => {
  const { store } = fixtureStore();
  const dir = tempDir();
  const summary = await exportCsv(store, dir);
  const rows = records(path.join(dir, 'actors.csv'));
  assert.equal(rows.length, ACTORS.length);
  assert.equal(summary.actors, ACTORS.length);
  const kb = rows.find((r) => r.key === 'kestrel')!;
  assert.deepEqual([kb.name, kb.type, kb.aliases, kb.claims_about], ['Kestrel Brigades', 'group', 'Kataib Kestrel; KB', '4']);
  store.close();
});

test('claims.csv gives each claim with polarity, claimant, grade and evidence', async () => {
  const { store } = fixtureStore();
  const dir = tempDir();
  await exportCsv(store, dir);
  const rows = records(path.join(dir, 'claims.csv'));
  assert.equal(rows.length, 5);
  const denied = rows.find((r) => r.polarity === 'denied')!;
  assert.deepEqual(
    [denied.subject, denied.predicate, denied.object, denied.claimant, denied.grade, denied.evidence],
    ['Varnia', 'funds', 'Kestrel Brigades', 'Lio Marrant', 'A4', QUOTES.marrant1],
  );
  store.close();
});
