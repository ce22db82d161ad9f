// Loads the built-in domain pack and any the user names with --pack, once per process.
import type { Pack } from '../pack/types.js';

let loaded: { key: string; packs: Pack[] } | null = null;
type Loader = (extra: readonly string[]) => Pack[];
let loader: Loader = () => [];

/** Sets how packs are loaded (the pack module registers itself here). */
export function setPackLoader(l: Loader): void {
  loader = l;
  loaded = null;
}

export function loadPacksFor(extra: readonly string[]): Pack[] {
  const key = extra.join('\0');
  if (!loaded || loaded.key !== key) loaded = { key, packs: loader(extra) };
  return loaded.packs;
}
