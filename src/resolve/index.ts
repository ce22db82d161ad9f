// resolve: names to entity keys across spellings, transliterations and look-alike letters.
export { nameKey, wordKey, wordKeys, coreWords, nameWords, DEFAULT_HONORIFICS } from './name-key.js';
export { Resolver, type Resolution, type ResolveContext } from './resolver.js';
export { roleActiveAt, roleMatches, rolesAt } from './roles.js';
