import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citedIn } from '../../src/attribute/occasion.js';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

test('the outlet a speaker told or was carried by is named past its kind: "told the Varnian weekly Grey Harbour"', () => {
  assert.equal(citedIn('he told the Varnian weekly Grey Harbour in January')?.name, 'Grey Harbour');
  assert.equal(citedIn('in a statement carried by the state-run Ostrava Press Agency (OPA)')?.name, 'Ostrava Press Agency');
  assert.equal(citedIn('according to the daily Beacon')?.name, 'Beacon');
});

test('the full stop after an outlet is no part of its name; an abbreviation keeps its own', () => {
  assert.equal(citedIn('she told Kestrel Press.')?.name, 'Kestrel Press');
  assert.equal(citedIn('he told the U.S.')?.name, 'U.S.');
});

test('"she told Kestrel Press." is an interview with that outlet: the full stop is no part of its name', async () => {
  const { mediumIn } = await import('../../src/attribute/occasion.js');
  const { DEFAULT_LEXICON } = await import('../../src/attribute/lexicon.js');
  assert.equal(mediumIn(' she told Kestrel Press.', DEFAULT_LEXICON, (x) => x === 'Kestrel Press'), 'interview');
});

test('"told Lumen 24" (a name with a number) and "told the Institute" are interviews; "told Ferrant" and "told the Council" are not', async () => {
  const { mediumIn } = await import('../../src/attribute/occasion.js');
  const { DEFAULT_LEXICON } = await import('../../src/attribute/lexicon.js');
  assert.equal(mediumIn(' Foreign Minister Sefer Danagul told Lumen 24 in February:', DEFAULT_LEXICON, () => false), 'interview');
  assert.equal(mediumIn(' Two former officers told the Institute that the payments were', DEFAULT_LEXICON, () => false), 'interview');
  assert.equal(mediumIn(' Maske told Ferrant:', DEFAULT_LEXICON, () => false), undefined);
  assert.notEqual(mediumIn(' He told the Council that', DEFAULT_LEXICON, () => false), 'interview');
});

test('"Speaking later to the Zhadruni television channel Vostrel 24, X called ..." cites that channel and is an interview', async () => {
  const { mediumIn } = await import('../../src/attribute/occasion.js');
  const { DEFAULT_LEXICON } = await import('../../src/attribute/lexicon.js');
  const s = 'Speaking later to the Zhadruni television channel Vostrel 24, Foreign Minister Edran Taluvek called the accusations';
  assert.equal(citedIn(s, (x) => x === 'Vostrel 24')?.name, 'Vostrel 24');
  assert.equal(mediumIn(s, DEFAULT_LEXICON, () => false), 'interview');
});

test('"..., she told Pandrel Press" in a Pandrel Press story cites no outlet: the interview is the document\'s own', () => {
  const text = 'OSTRAVA CITY, March 3 (Pandrel Press) - The minister spoke.\n\nSpokeswoman Nadira Ostevik dismissed the report. "No officer has ever met him," she told Pandrel Press. "The Ledger has printed rumours before."\n';
  const d = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  assert.equal(d.entities.find((e) => e.key === d.publisher)?.name, 'Pandrel Press');
  assert.deepEqual(d.statements.map((s) => s.cited), [undefined, undefined]);
});
