import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/claims/index.js';
import { claimsOf, find, mentionsIn, pipelineTriples, SEG, statement, triples } from './fixtures.js';
import { createPipeline } from '../../src/pipeline.js';
import { loadPacks } from '../../src/pack/index.js';
import { fromText } from '../../src/read/index.js';

test("narration: the document's own statement is claimed by the publisher", () => {
  const c = find(claimsOf('Maske telephoned Ferrant on March 9.'), 'maske contacts ferrant');
  assert.equal(c.claimant, 'rmwi');
  assert.deepEqual(c.chain, ['rmwi']);
});

test('reported speech: "X said that ..." is claimed by X', () => {
  const c = find(claimsOf('Marr said that Varnia funds the Crimson Banner Front.'), 'varnia funds cbf');
  assert.equal(c.claimant, 'marr');
  assert.deepEqual(c.chain, ['rmwi', 'marr']);
});

test('outlet credit: "..., Sentinel Daily reported" is claimed by the outlet', () => {
  const c = find(claimsOf('Varnia trains the fighters of the Front, Sentinel Daily reported.'), 'varnia trains cbf');
  assert.equal(c.claimant, 'sentinel_daily');
});

test('outlet credit: "sources told Sentinel Daily" is claimed by the outlet', () => {
  const c = find(claimsOf('The Lantern Force directs the Crimson Banner Front, sources told Sentinel Daily.'), 'lantern_force directs cbf');
  assert.equal(c.claimant, 'sentinel_daily');
});

test("inside a quote the quote's speaker is the claimant, with the cited outlet in the chain", () => {
  const text = 'The Beacon wrote: "Volt met with the commanders of the Front for eleven days."';
  const c = find(claimsOf(text, [statement(text, 'Volt met', 'beacon', { cited: 'kna' })]), 'volt meets cbf');
  assert.equal(c.claimant, 'beacon');
  assert.deepEqual(c.chain, ['rmwi', 'kna', 'beacon']);
});

test('a hedge is kept as written', () => {
  const c = find(claimsOf('Varnia allegedly funds the Crimson Banner Front.'), 'varnia funds cbf');
  assert.equal(c.hedge, 'allegedly');
});

test('the claim carries the document date and the sentence as evidence', () => {
  const text = 'Intro line here. Dravan praised the Front on Monday.';
  const c = find(claimsOf(text), 'dravan praises cbf');
  assert.equal(c.date, '2025-03-12');
  assert.equal(text.slice(c.evidence.start, c.evidence.end), 'Dravan praised the Front on Monday.');
});

test("a translator's [insertion] inside a quote is the publisher's claim, not the speaker's", () => {
  const text = 'Dravan said: "Blessings to Milos Ferrant [a commander who was killed by Ostrava in 2019] and to all who resist."';
  const st = statement(text, 'Blessings', 'dravan');
  const insertion = { start: text.indexOf('['), end: text.indexOf(']') + 1 };
  const claims = claimsOf(text, [{ ...st, quote: { ...st.quote, insertions: [insertion] } }]);
  assert.equal(find(claims, 'ostrava attacks ferrant').claimant, 'rmwi');
  assert.equal(find(claims, 'dravan praises ferrant').claimant, 'dravan');
});

test('"his country" and "we" in a minister\'s words: arming and directing are the acts of the state the role phrase names', () => {
  const text = 'Varnian Foreign Minister Kasimir Volt rejected the accusation that his country was arming the Ridge Guardians. "We have never sent a single rifle to the Marsh Brigades," he said. "We are proud of the Front."';
  const mentions = mentionsIn(text).map((m) => m.key === 'volt' && m.surface === 'Kasimir Volt'
    ? { ...m, role: { start: text.indexOf('Varnian'), end: text.indexOf(' Kasimir') } } : m);
  const stmts = [statement(text, 'We have', 'volt', { id: 0 }), statement(text, 'We are', 'volt', { id: 1 })];
  const got = triples(extractClaims(text, SEG, mentions, stmts, { publisher: 'rmwi', lexicons: {}, gradeOf: () => undefined }));
  assert.ok(got.includes('varnia arms marsh_brigades denied'), JSON.stringify(got));
  assert.ok(!got.includes('volt arms marsh_brigades denied'), JSON.stringify(got));
  assert.ok(got.includes('varnia arms ridge_guardians denied'), JSON.stringify(got));
  // (praise is the speaker's own)
  assert.ok(got.includes('volt praises cbf'), JSON.stringify(got));
});

test('"us" in the words of a group\'s officer is the group; "No officer of X gives us orders" denies', () => {
  const text = 'Milos Ferrant, the deputy chief of the Crimson Banner Front, spoke on Sunday. "No officer of the Lantern Force gives us orders," Ferrant said.';
  const got = triples(claimsOf(text, [statement(text, 'No officer', 'ferrant')]));
  assert.ok(got.includes('lantern_force directs cbf denied'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.endsWith('directs ferrant') || t.endsWith('directs ferrant denied')), JSON.stringify(got));
});

test('a host\'s "thank you for joining us" thanks nobody for anything', () => {
  const text = 'HOST: "Mr. Ferrant, thank you for joining us. Is it true?"';
  assert.deepEqual(triples(claimsOf(text, [statement(text, 'Mr. Ferrant', 'pell')])).filter((t) => t.includes('thanks')), []);
});

test('"He said that he had met X, ..., and he warned Y": a repeated subject pronoun keeps its person', () => {
  const text = 'Milos Ferrant spoke. He confirmed that he had met Aurel Dravan, the commander of the Lantern Force, in January, and he threatened Ostrava with further strikes.';
  const got = triples(claimsOf(text));
  assert.ok(got.includes('ferrant threatens ostrava'), JSON.stringify(got));
  assert.ok(!got.includes('dravan threatens ostrava'), JSON.stringify(got));
});

test('a spokesman\'s "we" is the group; "them" after "the Varnian people" is that people', () => {
  const text = 'The Front was silent. "We buy our rifles on the market," said Milos Ferrant, the Crimson Banner Front\'s spokesman, in an interview. "But yes, we are proud of our friendship with the Varnian people, and we thank them."';
  const mentions = mentionsIn(text);
  const stmts = [statement(text, 'We buy', 'ferrant', { id: 0 }), statement(text, 'But yes', 'ferrant', { id: 1 })];
  const got = triples(extractClaims(text, SEG, mentions, stmts, { publisher: 'rmwi', lexicons: {}, gradeOf: () => undefined }));
  assert.ok(got.includes('cbf thanks varnia'), JSON.stringify(got));
  assert.ok(!got.includes('ferrant thanks varnia'), JSON.stringify(got));
});

test('"Varnian Foreign Ministry spokeswoman X said her country ...": the demonym in the role names her country', () => {
  const text = 'Varnian Foreign Ministry spokeswoman Vera Lind said her country was not arming the Marsh Brigades. Varnia denied it.';
  const mentions = mentionsIn(text).map((m) => m.key === 'lind' ? { ...m, role: { start: 0, end: text.indexOf(' Vera') } } : m);
  const got = triples(extractClaims(text, SEG, mentions, [], { publisher: 'rmwi', lexicons: {}, gradeOf: () => undefined }));
  assert.ok(got.includes('varnia arms marsh_brigades denied'), JSON.stringify(got));
});

test('"The following statement was issued ... by the Ministry of X": the unquoted text up to the rule is the ministry\'s', async () => {
  const { createPipeline } = await import('../../src/pipeline.js');
  const { loadPacks } = await import('../../src/pack/index.js');
  const { fromText } = await import('../../src/read/index.js');
  const text = [
    'THE HALDEN OBSERVER', '', 'Full text: ministry statement', '',
    'The following statement was issued in Halden on 18 March by the Ministry of Foreign Affairs of the Republic of Varnia. It is reproduced as distributed.', '',
    'The Ministry condemns the attacks carried out by the Marsh Brigades on 17 March against the village of Greyport.', '',
    'Halden, 18 March 2025', '', '---', '',
    'The Ridge Guardians later attacked the Marsh Brigades near Greyport.', '',
  ].join('\n');
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const name = (k: string) => r.entities.find((e) => e.key === k)?.name ?? k;
  const inside = r.claims.find((c) => c.predicate === 'attacks' && name(c.object) === 'Greyport');
  assert.ok(inside, JSON.stringify(r.claims.map((c) => [name(c.subject), c.predicate, name(c.object), name(c.claimant)])));
  assert.match(name(inside.claimant), /Ministry of Foreign Affairs/);
  assert.equal(inside.chain[0], r.publisher);
  // (after the rule the document speaks again)
  const after = r.claims.find((c) => c.predicate === 'attacks' && name(c.object) === 'Marsh Brigades');
  assert.ok(after && !/Ministry/.test(name(after.claimant)), JSON.stringify(after));
});

test('"..., X told the crowd" is X\'s claim, not the crowd\'s; "..., two officials told the Ostrel Herald" is the outlet\'s', () => {
  const p = createPipeline({ packs: loadPacks([]) });
  const claimantOf = (text: string): string[] => {
    const d = p.process(fromText('t.txt', 't.txt', text, 'text/plain'));
    return d.claims.map((c) => d.entities.find((e) => e.key === c.claimant)?.name ?? c.claimant);
  };
  assert.deepEqual(claimantOf('"I thank the Azure Front," Commander Yusuf Darrak told the crowd.'), ['Yusuf Darrak']);
  assert.deepEqual(claimantOf('The Azure Front is armed by the Republic of Karvania, two officials told the Ostrel Herald.'), ['Ostrel Herald']);
  assert.ok(pipelineTriples('"I thank the Azure Front," Commander Yusuf Darrak told the crowd.').includes('Yusuf Darrak thanks Azure Front'));
});

test('"X said he had spoken by phone with Y" is X\'s own claim; "X said ..., and called on Y" tells X\'s act in the document\'s words', () => {
  const p = createPipeline({ packs: loadPacks([]) });
  const claimantOf = (text: string): string[] => {
    const d = p.process(fromText('t.txt', 't.txt', text, 'text/plain'));
    return d.claims.map((c) => `${c.predicate} <${d.entities.find((e) => e.key === c.claimant)?.name ?? c.claimant}>`);
  };
  assert.deepEqual(claimantOf('Pellucian Foreign Minister Marek Ostwald spoke. Ostwald said he had spoken by phone with Halvorian Defence Minister Theodor Malvik on Saturday evening.'), ['contacts <Marek Ostwald>']);
  assert.deepEqual(claimantOf('Foreign Minister Ansel Vorrin said the Republic of Ostravia was "encouraged" by the talks and called on the Marsh Brigades "to lay down their arms."'), ['calls_on <publisher (unknown)>']);
});
