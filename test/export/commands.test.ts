// The output commands, registered on a bare commander program over a real store: export and
// report write their files, import-stix reads a bundle into another store.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Command } from 'commander';
import { registerOutputCommands } from '../../src/cli/output-commands.js';
import { openStore } from '../../src/store/sqlite-store.js';
import { fixtureStore, QUOTES } from './fixture.js';

function programFor(file: string): Command {
  const program = new Command().exitOverride();
  registerOutputCommands(program, {
    store: (readonly = false) => openStore(file, { readonly }),
    resolveActor: (name) => {
      const s = openStore(file, { readonly: true });
      try {
        const e = [...s.entities()].find((x) => x.name === name || x.aliases.includes(name));
        if (!e) throw new Error(`no actor named ${name}`);
        return e.key;
      } finally {
        s.close();
      }
    },
  });
  return program;
}

test('`export graphml -o` and `export csv -o` write their files', async () => {
  const { store, file, dir } = fixtureStore();
  store.close();
  await programFor(file).parseAsync(['export', 'graphml', '-o', path.join(dir, 'g.graphml')], { from: 'user' });
  assert.match(fs.readFileSync(path.join(dir, 'g.graphml'), 'utf8'), /<graphml /);
  await programFor(file).parseAsync(['export', 'csv', '-o', path.join(dir, 'csv')], { from: 'user' });
  assert.deepEqual(fs.readdirSync(path.join(dir, 'csv')).sort(), ['actors.csv', 'claims.csv', 'statements.csv']);
});

test('`report NAME --format html -o` writes the report about the named actor', async () => {
  const { store, file, dir } = fixtureStore();
  store.close();
  const out = path.join(dir, 'r.html');
  await programFor(file).parseAsync(['report', 'Lio Marrant', '--format', 'html', '-o', out], { from: 'user' });
  const html = fs.readFileSync(out, 'utf8');
  assert.ok(html.includes('<h1>Dossier report · Lio Marrant</h1>'));
  assert.ok(html.includes(QUOTES.marrant1));
});

test('`import-stix` reads an exported bundle into another store', async () => {
  const { store, file, dir } = fixtureStore();
  store.close();
  const bundle = path.join(dir, 'b.json');
  await programFor(file).parseAsync(['export', 'stix', '-o', bundle], { from: 'user' });
  const other = path.join(dir, 'other.db');
  openStore(other).close();
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    await programFor(other).parseAsync(['import-stix', bundle], { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  const s = openStore(other, { readonly: true });
  assert.equal(s.counts().claims, 5);
  s.close();
});
