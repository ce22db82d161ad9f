// mentions: actors named in a document (pack names, titled and role-introduced names, roles
// alone, short references), with raw offsets and entity keys.
export { buildMatcher, type Matcher, type Payload, type PatternKind } from './matcher.js';
export { findMentions, type FindOptions } from './find.js';
export { buildAutomaton, scan, isWordAt, type Automaton, type Hits } from './automaton.js';
export { acronymReferences, firmReferences, headReferences, leadWordReferences } from './head-references.js';
export { roleReferences } from './role-references.js';
export { capitalReferences, seatsShown } from './capital-references.js';
export { locatedGroups } from './located-groups.js';
export { surnameReferences } from './surname-references.js';
export { isForcesName } from './proper.js';
