// Passages a document reproduces as another's text without quote marks: "The following
// statement was issued ... by the Ministry of X. It is reproduced as distributed." What follows,
// up to a rule ("---") or the end, is the ministry's: its claims are the ministry's, carried by
// the publisher.
import type { Mention } from '../types.js';

export interface Reproduced {
  readonly start: number;
  readonly end: number;
  /** Who issued the text (an entity key). */
  readonly author: string;
}

/** "The following statement (communiqué, declaration, letter, press release) was issued ... by". */
const LEAD = /\b[Tt]he following (?:full )?(?:text of (?:a|the) )?(?:statement|communiqu[eé]|declaration|letter|press release|announcement)\b[^.\n]{0,160}?\b(?:issued|released|published|distributed|sent|signed) [^.\n]{0,80}?\bby (?:the )?/g;
/** A line that closes the reproduced text: "---", "***", "* * *". */
const RULE = /\n[ \t]*(?:-{3,}|\*{3,}|(?:\* ){2}\*)[ \t]*(?:\n|$)/;

/** The reproduced passages of `text`, each with the mention of who issued it. */
export function reproducedPassages(text: string, mentions: readonly Mention[]): Reproduced[] {
  const out: Reproduced[] = [];
  for (const m of text.matchAll(LEAD)) {
    const at = m.index + m[0].length;
    const author = mentions.find((x) => x.start === at && (x.type === 'organization' || x.type === 'state' || x.type === 'person' || x.type === 'group'));
    if (!author) continue;
    // (from the paragraph after the lead's to the next rule, or the end)
    const para = text.indexOf('\n\n', at);
    if (para < 0) continue;
    const rule = RULE.exec(text.slice(para));
    out.push({ start: para, end: rule ? para + rule.index : text.length, author: author.key });
  }
  return out;
}
