// pack: domain packs (actors, aliases, roles, outlets, lexicons) as validated data.
export type { Pack, PackActor, PackLexicons, PackManifest, PackMembership, PackRole } from './types.js';
export { loadPack, loadBuiltinPack, loadPacks, validatePackDir, mergeLexicons, PackError } from './load.js';
export { describePacks, formatPackSummaries, type PackSummary } from './describe.js';
export { packageRoot, builtinPackDir } from './root.js';
