// Head-noun anaphora within one document: a generic phrase written after a longer phrase that
// ends with it ("the Palestinian resistance organizations ... the resistance organizations")
// names what the longer phrase named, whatever a pack files the short phrase under.
import type { Mention } from '../types.js';

const fold = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** Each mention, with the key of the earlier longer phrase that it shortens where there is one. */
export function followShortenedPhrases(mentions: readonly Mention[]): Mention[] {
  const seen: { folded: string; key: string }[] = [];
  return mentions.map((m) => {
    const f = fold(m.surface);
    let out = m;
    // Only common-noun phrases of two words or more ("resistance organizations"), never names.
    if (!/^\p{Lu}/u.test(m.surface.replace(/^the\s+/i, '')) && f.includes(' ')) {
      const longer = new Set(seen.filter((p) => p.folded.endsWith(` ${f}`)).map((p) => p.key));
      if (longer.size === 1) {
        const key = [...longer][0]!;
        if (key !== m.key) out = { ...m, key };
      }
    }
    seen.push({ folded: f, key: out.key });
    return out;
  });
}
