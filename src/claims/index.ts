// claims: who claims that one actor funds, arms, trains, directs, supports, praises,
// threatens... another, with polarity, chain of attribution, hedge, evidence and grade;
// contradictions between claims; analyst themes on statements. See extract.ts for the rules.
export { extractClaims, type ClaimContext } from './extract.js';
export { attributionAt, type Attribution } from './claimant.js';
export { findContradictions, linkOf, linkText, type Contradiction, type ContradictionOptions, type Link, type LinkStep } from './contradictions.js';
export { corroboration, defaultGrade, formatGrade, parseGrade, tupleKey, UNKNOWN_GRADE } from './grade.js';
export { tagThemes } from './themes.js';
export { mergeCues, type ClaimCues } from './cues.js';
export { splitSentences } from './sentences.js';
