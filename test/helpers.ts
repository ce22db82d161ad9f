// Shared by tests: where the repository, the examples and the development corpus are.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder up from this file with a package.json. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above the tests');
    dir = up;
  }
  return dir;
}

export const EXAMPLES = path.join(repoRoot(), 'examples', 'docs');
export const EXAMPLES_GOLD = path.join(repoRoot(), 'examples', 'gold');
export const CORPUS = path.join(repoRoot(), '..', 'shared', 'corpus');
export const GOLD = path.join(repoRoot(), '..', 'shared', 'eval', 'gold');
export const CLI = path.join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = 'dossier-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function readCorpus(name: string): string {
  return fs.readFileSync(path.join(CORPUS, name), 'utf8');
}

export const CORPUS_FILES = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];
