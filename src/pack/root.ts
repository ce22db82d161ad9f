// pack/root: finds the package root (the directory holding package.json) from this module's
// location, so the shipped pack is found both from src/ (tsx) and from dist/src/ (after tsc).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest directory at or above this module that holds a package.json. */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(from.startsWith('file:') ? fileURLToPath(from) : from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
}

/** The directory of the pack that ships with Dossier. */
export function builtinPackDir(): string {
  return join(packageRoot(), 'packs', 'iran');
}

/** The pack JSON Schema file. */
export function packSchemaPath(): string {
  return join(packageRoot(), 'packs', 'pack.schema.json');
}
