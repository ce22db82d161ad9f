// themes: analyst themes on statements (praise_of_attack, threat_of_destruction,
// denial_of_involvement...), each tag with the words that triggered it. Triggers come from
// the pack's `themes` lexicon merged over the defaults in cues.ts.
import type { PackLexicons } from '../pack/types.js';
import type { Statement, ThemeTag } from '../types.js';
import { compileCues } from './lexicon.js';
import { tokenize } from './tokens.js';

/**
 * One entry per statement (by quote id): its themes, each with its first trigger span.
 * @example tagThemes(text, statements, pack.lexicons)[0].tags[0] // { theme: 'threat_of_destruction', trigger: {...} }
 */
export function tagThemes(
  text: string,
  statements: readonly Statement[],
  lexicons: PackLexicons,
): { quote: number; tags: ThemeTag[] }[] {
  const { themes } = compileCues(lexicons);
  return statements.map((s) => {
    const tokens = tokenize(text, s.quote.start, s.quote.end);
    const tags: ThemeTag[] = [];
    const seen = new Set<string>();
    for (const h of themes.findAll(tokens)) {
      for (const theme of h.values) {
        if (seen.has(theme)) continue;
        seen.add(theme);
        tags.push({ theme, trigger: { start: tokens[h.from]!.start, end: tokens[h.to - 1]!.end } });
      }
    }
    return { quote: s.quote.id, tags };
  });
}
