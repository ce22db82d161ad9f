// Attribution rules, one behaviour per test, on fictional text (Varnia, Ostrava, Sentinel Daily).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attribute } from '../../src/attribute/index.js';
import { foldName } from '../../src/normalize/index.js';
import { findQuotes } from '../../src/quotes/index.js';
import { segment } from '../../src/segment/index.js';
import type { Statement } from '../../src/types.js';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

/** Keys a name by its folded last word for personal names, else the folded name. */
const key = (name: string): string => {
  const w = name.split(/\s+/);
  return foldName(w.length >= 2 && w.every((x) => /^\p{Lu}/u.test(x)) ? w[w.length - 1]! : name);
};

/** Runs the stages; a fixture without a title gets one, so its first line stays body text. */
function run(body: string, published = '2024-05-04'): { s: Statement[]; span: (s: Statement) => string } {
  const text = /^May 4, 2024/.test(body) ? body : `May 4, 2024\n\nReport On The Valley\n\n${body}`;
  const seg = segment(text);
  const s = attribute(text, seg, findQuotes(text, seg), [], { published, publisher: 'publisher', resolve: key });
  return { s, span: (x) => text.slice(x.quote.start, x.quote.end) };
}

test('"X said:" names the speaker before the verb', () => {
  const { s } = run('Supreme Guide Arvid Tolan said: "The valley will be free."\n');
  assert.equal(s[0]!.speaker, 'tolan');
});

test('a wire quote "...," said X names the speaker after the verb', () => {
  const { s } = run('"We will not sign this agreement," said Petar Lenko, the Varnian envoy.\n');
  assert.equal(s[0]!.speaker, 'lenko');
});

test('a wire quote "...," X said names the speaker before the verb', () => {
  const { s } = run('"Talks are over," the Varnian envoy Petar Lenko said on Friday.\n');
  assert.equal(s[0]!.speaker, 'lenko');
});

test('a quote split around "he said" keeps one speaker for both parts', () => {
  const { s } = run('Petar Lenko spoke to reporters in Halden. "We came in peace," he said, "and we leave in peace."\n');
  assert.deepEqual(s.map((x) => x.speaker), ['lenko', 'lenko']);
});

test('a title or role before a capitalised name finds a speaker in no list', () => {
  const { s } = run('The Varnian envoy to Ostrava, Petar Lenko, stated: "Our patience has limits."\n');
  assert.equal(s[0]!.speaker, 'lenko');
});

test('a pronoun resolves to the most recent person', () => {
  const { s } = run('Supreme Guide Arvid Tolan met the cadets on Monday. He added that "the valley is ours."\n');
  assert.equal(s[0]!.speaker, 'tolan');
});

test('a heading "Title Name: ..." and a lead-in "the main points of his speech:" govern the quotes below', () => {
  const text = 'May 4, 2024\n\nSupreme Guide Arvid Tolan: "The Valley Is Ours"\n\nOn May 2, 2024, Supreme Guide Arvid Tolan addressed the cadets. The following are the main points of his speech:\n\n"The valley is ours and will remain ours.\n\n"No one will take it from us."\n';
  const { s } = run(text);
  const body = s.filter((x) => !x.quote.inHeading);
  assert.equal(body.length, 1);
  assert.equal(body[0]!.speaker, 'tolan');
  assert.equal(body[0]!.date, '2024-05-02');
});

test('a letter heading "A To B:" makes the writer speak and the addressee the addressee', () => {
  const text = 'May 4, 2024\n\nAdvisor Mira Halek To Representative Petar Lenko: "Hold The Line"\n\nIn a letter sent on May 1, 2024, Halek wrote:\n\n"Hold the line until the spring comes."\n';
  const { s } = run(text);
  const body = s.find((x) => !x.quote.inHeading)!;
  assert.equal(body.speaker, 'halek');
  assert.equal(body.addressee, 'lenko');
  assert.equal(body.medium, 'letter');
});

test('a reply "B responded to A:" is B speaking to A on the same occasion', () => {
  const text = 'On May 1, 2024, Supreme Guide Arvid Tolan met with envoy Petar Lenko and said: "We trust you."\n\nPetar Lenko responded to Tolan:\n\n"I thank the Guide for his trust."\n';
  const { s } = run(text);
  assert.equal(s[1]!.speaker, 'lenko');
  assert.equal(s[1]!.addressee, 'tolan');
  assert.equal(s[1]!.date, '2024-05-01');
  assert.equal(s[1]!.medium, 'meeting');
});

test('a "thanked ..., saying:" quote belongs to the subject of the sentence', () => {
  const { s } = run('Petar Lenko thanked Varnia for its support, saying: "Without you we would have fallen."\n');
  assert.equal(s[0]!.speaker, 'lenko');
});

test('an outlet speaks its editorial and the person it quotes speaks the nested quote', () => {
  const text = 'In a May 2, 2024 editorial, the daily Sentinel Daily wrote:\n\n"Our readers know the truth. As Petar Lenko admitted, \'the border cannot be held.\' That is the lesson."\n';
  const { s } = run(text);
  assert.equal(s[0]!.speaker, key('Sentinel Daily'));
  assert.equal(s[0]!.medium, 'article');
  assert.equal(s[1]!.speaker, 'lenko');
});

test('a collective speaks: "the participants chanted"', () => {
  const { s } = run('At the rally in Halden, the participants chanted: "Death to the occupiers!"\n');
  assert.equal(s[0]!.speaker, foldName('participants'));
  assert.equal(s[0]!.medium, 'chant');
});

test('"On May 2" resolves against the document date', () => {
  const { s } = run('On May 2, Petar Lenko said: "The talks failed."\n');
  assert.equal(s[0]!.date, '2024-05-02');
});

test('a weekday after the speech verb resolves to the last such day', () => {
  const { s } = run('"The talks failed," Petar Lenko said Saturday.\n');
  assert.equal(s[0]!.date, '2024-05-04');
});

test('a statement with no date of its own gets the month of publication', () => {
  const { s } = run('Regime spokesmen said that "the valley will never be divided" in their view.\n');
  assert.equal(s[0]!.date, '2024-05');
});

test('a footnote after the passage gives its outlet and date', () => {
  const text = 'Petar Lenko said: "The talks failed."[3]\n\n[3] Varnia Press Agency (Varnia), May 1, 2024.\n';
  const { s } = run(text);
  assert.equal(s[0]!.cited, key('Varnia Press Agency'));
  assert.equal(s[0]!.date, '2024-05-01');
});

test('"tweeted" makes a post, "in a phone call" a call, "in a speech" a speech', () => {
  assert.equal(run('Petar Lenko tweeted: "The border is closed."\n').s[0]!.medium, 'post');
  assert.equal(run('In a phone call with Tolan, Petar Lenko said: "The border is closed."\n').s[0]!.medium, 'call');
  assert.equal(run('In a speech in Halden, Petar Lenko said: "The border is closed."\n').s[0]!.medium, 'speech');
});

test('"told Sentinel Daily" cites the outlet', () => {
  const { s } = run('Petar Lenko told Sentinel Daily that "the border is closed for good."\n');
  assert.equal(s[0]!.speaker, 'lenko');
  assert.equal(s[0]!.cited, key('Sentinel Daily'));
  assert.equal(s[0]!.medium, 'interview');
});

test('a "(Source: ...)" credit in the section cites its outlet when its date is the statement\'s', () => {
  const text = 'May 4, 2024\n\nEnvoy Lenko: "The Border Is Closed"\n\nOn May 1, 2024, envoy Petar Lenko said: "The border is closed."[2]\n\nEnvoy Petar Lenko (Source: Sentinel Daily, Ostrava, May 1, 2024)\n\n[2], May 1, 2024.\n';
  const { s } = run(text);
  const body = s.find((x) => !x.quote.inHeading)!;
  assert.equal(body.cited, key('Sentinel Daily'));
});

test('a transcript turn "Name: text" is spoken by the named person', () => {
  const { s, span } = run('Vera Lind: Is the border open?\n\nPetar Lenko: It is closed until spring.\n\nVera Lind: And then?\n\nPetar Lenko: Then we talk.\n');
  const it = s.find((x) => span(x).startsWith('It is closed'))!;
  assert.equal(it.speaker, 'lenko');
  assert.equal(it.medium, 'interview');
});

test('a wire dateline is not the speaker of the lead paragraph\'s "she said"', () => {
  const { s } = run('HALDEN, May 3 (Sentinel Wire) - Defense Minister Lidia Marr said on Monday that the posts had fallen. "We lost them in an hour," she said.\n');
  assert.equal(s[0]!.speaker, 'marr');
});

test('a participle after a description speaks for the sentence subject ("issued a statement saluting")', () => {
  const { s } = run('Commander Sorin Halek issued a statement saluting "the brave men of the Front."\n');
  assert.equal(s[0]!.speaker, 'halek');
});

test('"X told Y:" makes X the speaker, not the addressee after the verb', () => {
  const { s } = run('On May 1, President Teodor Maske told Ferrant: "Your victory belongs to the region."\n');
  assert.equal(s[0]!.speaker, 'maske');
});

test('"rejected the accusations as" is a speech cue', () => {
  const { s } = run('The Varnian envoy to Ostrava, Petar Lenko, rejected the accusations as "a fairy tale written for foreign audiences."\n');
  assert.equal(s[0]!.speaker, 'lenko');
});

test('a parenthetical participle clause before the verb is skipped to the appositive name', () => {
  const { s } = run('Varnia\'s Supreme Guide, Aurel Dravan, speaking to a gathering in Halden on Sunday, praised the fighters as "the guardians of the valley."\n');
  assert.equal(s[0]!.speaker, 'dravan');
});

test('"took orders" is not a speech verb with "took" as its speaker', () => {
  const { s } = run('A spokesman for the Front, Rasim Tovar, said the group bought its weapons "on the open market" and took orders "from no one in Halden."\n');
  assert.deepEqual(s.map((x) => x.speaker), ['tovar', 'tovar']);
});

test('"the following day" is dated a day after the narration\'s last date', () => {
  const { s } = run('On May 1, 2024, fighters stormed the posts.\n\nSpeaking at a graduation the following day, Arvid Tolan called the raid "a lesson."\n');
  assert.equal(s[0]!.date, '2024-05-02');
});

test('the occasion is the phrase that names it ("Speaking at a graduation ...")', () => {
  const text = 'May 4, 2024\n\nReport On The Valley\n\nSpeaking at a cadet graduation in Halden, Arvid Tolan said: "The valley is ours."\n';
  const seg = segment(text);
  const st = attribute(text, seg, findQuotes(text, seg), [], { published: '2024-05-04', publisher: 'publisher', resolve: key });
  assert.equal(text.slice(st[0]!.occasion!.start, st[0]!.occasion!.end), 'Speaking at a cadet graduation in Halden');
});

test('an undated quote in a dated news story is of the story\'s day; in a report, of its month', () => {
  const wire = 'Ministers trade accusations\n\nHALDEN, May 4, 2024 (Sentinel Wire) - Talks failed.\n\n"We will not wait," Defence Minister Lidia Marr told reporters.\n';
  const wseg = segment(wire);
  const ws = attribute(wire, wseg, findQuotes(wire, wseg), [], { published: '2024-05-04', publisher: 'publisher', resolve: key });
  assert.equal(ws[0]!.date, '2024-05-04');
  const { s } = run('Defence Minister Lidia Marr said: "We will not wait."\n');
  assert.equal(s[0]!.date, '2024-05');
});

test('a base form after a preposition is no speech verb: "acknowledged on state television that ..."', () => {
  const { s } = run('Corps commander Lucan Dessavi acknowledged on state television that the drones came from his corps, "the means to strike deep."\n');
  assert.equal(s[0]!.speaker, key('Lucan Dessavi'));
});

test('"It read:" / "The letter read:" after "a letter from X" or "X sent a letter" is X\'s', () => {
  const pipeline = createPipeline({ packs: loadPacks([]) });
  const speakerOf = (body: string): string | undefined => {
    const r = pipeline.process(fromText('a.txt', 'a.txt', `May 4, 2024\n\nReport On The Valley\n\n${body}\n`, 'text/plain'));
    const e = r.entities.find((x) => x.key === r.statements[0]?.speaker);
    return e?.name;
  };
  assert.equal(speakerOf('The Harbor News Agency published a letter from Front leader Ilyas Torvane to Arvid Tolan. It read: "To His Eminence Arvid Tolan, we thank you."'), 'Ilyas Torvane');
  assert.equal(speakerOf('Brigades commander Anton Greval sent a letter to Guide Arvid Tolan, which the Brigades published. The letter read: "To His Eminence, we await your signal."'), 'Anton Greval');
});

test('\'"...," government spokeswoman Lira Marr told reporters\' names the speaker after the quote, and "told parliament" is a speech', () => {
  const { s } = run('The government called on both sides to stop. "The valley will not be a battlefield," government spokeswoman Lira Marr told parliament in Halden.\n');
  assert.equal(s[0]!.speaker, key('Lira Marr'));
  assert.equal(s[0]!.medium, 'speech');
});

test('"said in April", "told Sentinel TV in March" date the act; "in August 2022" elsewhere in narration does not', () => {
  const { s } = run('Ferrant himself said in April that the Front "takes no orders from anyone."\n');
  assert.equal(s[0]!.date, '2024-04');
  const other = run('He hinted at a victory already in August 2022. Kayhan states: "The significance is great."\n');
  assert.equal(other.s[0]!.date, '2024-05');
});

test('"As the Grand Guide taught us, \'...\'" inside a quote is the Guide\'s, a title the document put before his name', () => {
  const pipeline = createPipeline({ packs: loadPacks([]) });
  const body = 'Kestrian Grand Guide Ardashan Velmor praised the fighters on Monday.\n\nOn May 3, Sefa Marudin wrote in a post: \u201cBelvorn should understand. As the Grand Guide taught us, \u2018the occupier sleeps behind his wall, but we do not sleep.\u2019 Our thanks go to the Command.\u201d';
  const r = pipeline.process(fromText('a.txt', 'a.txt', `May 4, 2026\n\nReport On The Valley\n\n${body}\n`, 'text/plain'));
  const inner = r.statements.find((s) => s.quote.parent !== undefined);
  assert.ok(inner, 'the nested quote is found');
  assert.equal(r.entities.find((e) => e.key === inner.speaker)?.name, 'Ardashan Velmor');
});

test('\'"...," NAME, the spokesman of X, wrote\' names the one before the apposition', () => {
  const { s } = run('The militia answered at once. "We thank the ministry for its words," Abu Kareem, the spokesman of the Dune Brigades, wrote on the militia channel.\n');
  assert.equal(s[0]!.speaker, 'kareem');
});

test('a noun is no speech verb: "the Courier\'s report", "in a written reply"; "what the agency described as" is the agency\'s', () => {
  const a = run('The agency carried a statement by Ministry spokeswoman Aylin Serrat, who called the Courier\'s report "a fabrication from start to finish."\n');
  assert.equal(a.s[0]!.speaker, 'serrat');
  const b = run('Asked to comment, the Varnian foreign ministry said in a written reply that Varnia "has never supplied a single weapon."\n');
  assert.equal(b.s[0]!.speaker, foldName('Varnian foreign ministry'));
  const c = run('Sentinel Daily reported that the two met for what the agency described as "brotherly consultations."\n');
  assert.notEqual(c.s[0]!.speaker, foldName('what the agency'));
});

test('"Channel One\'s evening bulletin ... referred to X as "..."": the channel speaks, without its "\'s"', () => {
  const { s } = run('Channel One\'s evening bulletin referred throughout to the troops as "occupation gangs."\n');
  assert.equal(s[0]!.speaker, key('Channel One'));
});

test('a name beside a role set off by commas speaks, whichever comes first', () => {
  const a = run('The militia answered. "We thank the ministry," Abu Kareem, the spokesman of the Dune Brigades, wrote on Tuesday night. "Our reply has begun."\n');
  assert.equal(a.s[1]!.speaker, 'kareem');
  const b = run('State television broadcast remarks by the commander of the Guard, General Davud Sarrkan, who praised the strike as "a lesson the occupier will remember."\n');
  assert.equal(b.s[0]!.speaker, 'sarrkan');
});

test('a communiqué signed under its text is spoken by the signer, on the day it is signed', () => {
  const { s } = run('The translation follows.\n\n"We struck the post on the ridge.\n\n"We thank our friends."\n\nMarsh Brigades\nMilitary wing of the Front\nJune 14, 2024\n');
  assert.equal(s[0]!.speaker, key('Marsh Brigades'));
  assert.equal(s[0]!.date, '2024-06-14');
});

test('a quote that closes a reported sentence is not signed by the section heading under it', () => {
  const { s } = run('In its post, the Front said its fighters had hit the depot "in answer to the shelling of Harlow." The group\'s spokesman, Kerim Sadovay, wrote in the same post that the movement \'answers to nobody\' and called on farmers to "stand with your sons."\n\nLEDGER REPORT\n\nThe Ledger reported on Thursday that officers had met.\n');
  assert.notEqual(s[2]!.speakerSpan && s[2]!.speakerSpan.start > s[2]!.quote.end, true, 'a heading below the paragraph signs nothing');
  assert.equal(s[2]!.speaker, 'sadovay');
});

test('"The Front\'s spokesman, Kerim Sadovay, denied the report, calling it "..."": the name, not the role', () => {
  const { s } = run('The Front\'s spokesman, Kerim Sadovay, denied the report in a post the next morning, calling it "a fairy tale."\n');
  assert.equal(s[0]!.speaker, 'sadovay');
});

test('a press review: "Headline:" is a label, the item\'s paper speaks its headline and what no one else in the item is said to say, on the item\'s day', () => {
  const { s } = run('1. Harbour Gazette (hardline daily), 3 May\nHeadline: “The Valley Stands Alone”\nThe Gazette’s editorial says the valley “owes nothing to anyone.” Columnist Vera Lind adds that the Front has “filled its arsenals.”\n\n2. Morning Ledger (reformist daily), 3 May\nHeadline: “Who Pays For The War?”\nThe paper questions the cost of “a dozen smaller groups whose names we learn too late.”\n');
  assert.equal(s[0]!.speaker, key('Harbour Gazette'));
  assert.equal(s[3]!.speaker, key('Morning Ledger'));
  assert.equal(s[4]!.speaker, key('Morning Ledger'), 'not the columnist of the item before');
  assert.equal(s[4]!.date, '2024-05-03');
  assert.equal(s[4]!.cited, key('Morning Ledger'));
});

test('"the Post reports": a paper named Post is no social-media post; "X is quoted rejecting the charge:" names X', () => {
  const a = run('Citing security sources, the Harbour Post reports that the drones were “assembled in workshops near the border.”\n');
  assert.notEqual(a.s[0]!.medium, 'post');
  const b = run("In the same issue, spokesperson Corin Asheby is quoted rejecting the charge: 'Varnia has never given a single weapon to the Front.'\n");
  assert.equal(b.s[0]!.speaker, 'asheby');
});

/** The whole pipeline on a body: each statement's speaker name, date, medium and cited outlet name. */
function full(body: string): { speaker?: string; date?: string; medium?: string; cited?: string }[] {
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('a.txt', 'a.txt', `May 4, 2024\n\nReport On The Valley\n\n${body}\n`, 'text/plain'));
  const name = (k?: string | null) => (k ? r.entities.find((e) => e.key === k)?.name : undefined);
  return r.statements.map((s) => ({ speaker: name(s.speaker), date: s.date, medium: s.medium, cited: name(s.cited) }));
}

test('a footnote mark between two sentences ends the first: \'..."[9] The Brigades said ... and warned that \'...\'\'', () => {
  const s = full('Varnian aircraft struck three sites near Tarn, the Varnian Ministry of Defence said, describing the targets as "sites used to store rockets."[9] The Marsh Brigades said on Telegram that four of its members were killed and warned that \'the response will be heard in Halden itself.\'[10]\n\n[9] Sentinel Daily, May 2, 2024.\n[10] Sentinel Daily, May 3, 2024.');
  assert.equal(s[0]!.speaker, 'Varnian Ministry of Defence', '", the ministry said, describing ..." names the ministry');
  assert.equal(s[1]!.speaker, 'Marsh Brigades');
});

test('"X, a Telegram channel affiliated with Y ... The channel said": X speaks', () => {
  const s = full('The leaders met, according to Ridge Media Hub, a Telegram channel that is affiliated with the Marsh Brigades. The channel said the participants "agreed to unify the response."');
  assert.equal(s[0]!.speaker, 'Ridge Media Hub');
});

test('a footnote naming the speaker\'s own channel or release cites no outlet; a release is a statement', () => {
  const s = full('The Marsh Brigades said that the strike was "a response to the shelling."[1] Prime Minister Vera Lind called on both sides to "stop using the valley as a battlefield."[2]\n\n[1] Marsh Brigades Telegram channel, May 2, 2024.\n[2] Varnian Prime Minister\'s Office, May 3, 2024.');
  assert.equal(s[0]!.cited, undefined, JSON.stringify(s));
  assert.equal(s[0]!.date, '2024-05-02');
  assert.equal(s[1]!.cited, undefined);
  assert.equal(s[1]!.date, '2024-05-03');
  assert.equal(s[1]!.medium, 'statement');
});

test('"issued a statement on Friday condemning \'...\'": the day is no speaker', () => {
  const { s } = run('The Varnian embassy in Halden issued a statement on Friday condemning "a coordinated campaign of slander by the press."\n');
  assert.notEqual(s[0]!.speaker, 'friday');
});

test('"X said in a video, and I quote: ..." inside a turn: the one quoted speaks, not the one quoting', () => {
  const { s, span } = run('SENATOR ANNA VELD: Minister, on 13 March the commander, Tamir Oskel, said in a video, and I quote: "Every convoy is a target." What is your answer?\n');
  const inner = s.find((x) => span(x).startsWith('Every convoy'));
  assert.equal(inner?.speaker, 'oskel', JSON.stringify(s.map((x) => [span(x).slice(0, 20), x.speaker])));
});

test('"Transcript excerpt, remarks by commander X:" over a passage: X speaks, not the transcript', () => {
  const { s } = run('Transcript excerpt, remarks by Brigades commander Tamir Oskel:\n\n«To the government: every convoy that crosses the river is a target.»\n');
  assert.equal(s[0]?.speaker, 'oskel');
});

test('"X rejected the Calderan charge that ..." before a passage: X speaks, "charge" after a nation\'s adjective is a noun', () => {
  const { s } = run('On August 10, commander Barsel Iyoran rejected the Calderan charge that the drones were supplied by them. "The drones that fell on Hollin were not made here."\n');
  assert.equal(s[0]?.speaker, 'iyoran');
});

test('"X, who leads the Y, one of the factions of Z, spoke to ...": X speaks, past the relative clause and the apposition', () => {
  const text = 'August 12, 2025\n\nDispatch\n\nAurel Bekhan, who leads the Qessen Guardians Movement, one of the factions of the Bulwark Front, spoke to the radio station Voice of the Bulwark on August 11. "We call on our brothers to prepare."\n';
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const bekhan = r.mentions.find((m) => m.surface === 'Aurel Bekhan');
  assert.ok(bekhan);
  assert.equal(r.statements[0]?.speaker, bekhan.key);
});

test('"spoke to the radio station X" is an interview; "spoke to reporters" is not', async () => {
  const { mediumIn } = await import('../../src/attribute/occasion.js');
  const { DEFAULT_LEXICON } = await import('../../src/attribute/lexicon.js');
  assert.equal(mediumIn(' Bekhan spoke to the radio station Voice of the Bulwark on August 11.', DEFAULT_LEXICON, () => false), 'interview');
  assert.notEqual(mediumIn(' Bekhan spoke to reporters on August 11.', DEFAULT_LEXICON, () => false), 'interview');
});

test('"Caldreth, 18 March 2025" signing a statement above a "---" rule does not date the article below it', () => {
  const text = 'THE MARCHES WATCH\nMarch 19, 2025\n\nFull text: the ministry statement\n\nThe Ministry condemns the strikes. "We will not remain silent," the Minister said in the statement.\n\nCaldreth, 18 March 2025\n\n---\n\nPavrok dismisses the warning\n\nBy Watch staff\n\nOstreva on Wednesday brushed aside the statement. Speaking to reporters, Foreign Minister Margit Lennol called it theatre.\n\n"Talvessa arms the Front," Lennol said.\n';
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const s = r.statements.find((x) => text.slice(x.quote.start, x.quote.end).startsWith('Talvessa arms'));
  assert.notEqual(s?.date, '2025-03-18', JSON.stringify(s));
});

test('"Its spokesman, Olek Varg, told NNA on Saturday:" in a report of Friday 14 March: Varg speaks, on the Saturday before', () => {
  const text = 'Bulletin\n\nMarch 14, 2025\n\nThe army also responded. Its spokesman, Olek Varg, told NNA on Saturday: "Their threats frighten nobody. We hit them every day."\n';
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const varg = r.mentions.find((m) => m.surface === 'Olek Varg');
  assert.equal(r.statements[0]?.speaker, varg?.key);
  assert.equal(r.statements[0]?.date, '2025-03-08');
});

test('"... aired an address by the group\'s leader, X. Below we reproduce three passages": the bare passages below are X\'s speech, of that day, on that channel', () => {
  const text = [
    'MARSH MEDIA OBSERVATORY', 'Annotated Speech Series | No. 4 | 10 Mar. 2025', '',
    'Introductory note. On the evening of Friday 7 Mar. 2025, Reeds TV, the satellite channel of the Marsh Brigades, aired a 34-minute address by the group\'s leader, Idris Hadran. Below we reproduce three passages in our own translation.', '',
    'PASSAGE 1', '',
    '“In the name of the martyrs, I greet our fighters on every front. We will strike their barracks.”', '',
    'Commentary. The Supreme Guide of Varnia was not named. Speaking to Radio Selva on Saturday, the Levies\' leader, Sheikh Amadou Kellan, said: \'We are not part of anyone\'s war.\'', '',
    'PASSAGE 2', '',
    '«We call on the Levies to take their place beside their brothers.»', '',
  ].join('\n');
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const hadran = r.mentions.find((m) => m.surface === 'Idris Hadran')?.key;
  const reeds = r.entities.find((e) => e.name === 'Reeds TV')?.key;
  const st = (start: string) => r.statements.find((s) => text.slice(s.quote.start, s.quote.end).startsWith(start));
  for (const q of ['In the name', 'We call on']) {
    assert.equal(st(q)?.speaker, hadran, q);
    assert.equal(st(q)?.date, '2025-03-07', q);
    assert.equal(st(q)?.medium, 'speech', q);
    assert.equal(st(q)?.cited, reeds, q);
  }
  assert.notEqual(st('We are not part')?.speaker, hadran);
});

test('"The memo opens with an account of deliveries:" in a piece on a memo "signed by General X": X wrote the passage', () => {
  const text = 'THE REVIEW\nSeptember 24, 2025\n\nThe memo runs to four pages. It is allegedly signed by General Arkady Syrtov, who heads the Directorate.\n\nThe memo opens with an account of deliveries:\n\n"Section 12 has delivered forty launchers to the Front since January."\n';
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const syrtov = r.mentions.find((m) => m.surface === 'Arkady Syrtov');
  assert.equal(r.statements[0]?.speaker, syrtov?.key, JSON.stringify(r.statements.map((s) => s.speaker)));
});

test('"The presenter, X, began with the accusation: "..."": the one who opens the talk speaks, not what she turns to', () => {
  const { s } = run('The presenter, Lidia Sarkova, began with the Lunesian accusation: "General, is that true?"\n');
  assert.equal(s[0]!.speaker, 'sarkova');
  const t = run('Later, Lidia Sarkova turned to the Supreme Guide: "We will win."\n');
  assert.equal(t.s[0]!.speaker, 'sarkova');
});

test('"X, an analyst in Y who has tracked the group for a decade, told the Review that ..., "..."": X speaks, not "a decade"', () => {
  const d = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', 'Analysts disagree. Petra Lindqvist, an independent analyst in Darrow who has tracked the group for a decade, told the Review that the money has grown, "probably at a level of four million a month."\n', 'text/plain'));
  assert.equal(d.entities.find((e) => e.key === d.statements[0]?.speaker)?.name, 'Petra Lindqvist');
});

test('"the group said:" is the group named before it, not a new speaker called "group"', () => {
  const d = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', 'The Hollow Ridge Brigades (HRB) fight on. The HRB rejected the allegations. In a statement on 20 May, the group said: "The Brigades receive no money."\n', 'text/plain'));
  assert.equal(d.entities.find((e) => e.key === d.statements[0]?.speaker)?.name, 'Hollow Ridge Brigades');
});

test('\'"...," said Dr X of the Y Institute. "..."\': the person speaks both, not the institute after "of"', () => {
  const d = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', 'Analysts agree. "Ilmarsk gets a lot," said Dr Nkechi Adeyemi-Hart of the Saltmarsh Institute for Peace Studies. "Neither has a reason to stop."\n', 'text/plain'));
  const names = d.statements.map((s) => d.entities.find((e) => e.key === s.speaker)?.name);
  assert.deepEqual(names, ['Nkechi Adeyemi-Hart', 'Nkechi Adeyemi-Hart']);
});

test('"The memo reports a meeting with X:", "Two paragraphs deal with finance, including Y:": the memo\'s signer speaks the quote, not the name before the colon', () => {
  const text = 'The memo is allegedly signed by General Arkady Syrtsov, who heads the Directorate.\n\nContacts. The memo reports a meeting with the commander, Esteban Iriarte:\n\n"On 28 August I met Comandante Iriarte in Dorogan."\n\nMoney. Two paragraphs deal with finance, including the role of the sultanate of Mirhaz:\n\n"Our partners in Mirhaz continue to pay."\n';
  const d = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  assert.deepEqual(d.statements.map((s) => d.entities.find((e) => e.key === s.speaker)?.name), ['Arkady Syrtsov', 'Arkady Syrtsov']);
});

test('"The Herald quoted X as saying that ..." is X\'s, not the Herald\'s', () => {
  const d = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', 'The Herald quoted General Omid Saljani as saying that the Front "will win."\n', 'text/plain'));
  assert.equal(d.entities.find((e) => e.key === d.statements[0]?.speaker)?.name, 'Omid Saljani');
});

test('"the Ysmari Foreign Ministry, in a statement issued on Wednesday, denied ... "...," the statement claimed": the ministry speaks', () => {
  const text = 'Officials in Ysmar were quiet. Nadra Kessivi thanked them. Meanwhile, the Ysmari Foreign Ministry, in a statement issued on Wednesday, denied the charge. "Ysmar has not delivered a single weapon," the statement claimed.\n';
  const d = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  assert.equal(d.entities.find((e) => e.key === d.statements[0]?.speaker)?.name, 'Ysmari Foreign Ministry');
});

test('a roundup\'s item datelines ("OLTREM, May 4 (TPA) – ...") date the quotes of their items', () => {
  const text = 'TOLLARD PRESS AGENCY (TPA)\nMay 6, 2024\n\nROUNDUP: Reactions\n\nDrones struck a depot on Saturday.\n\nOLTREM, May 4 (TPA) – Defence Minister Teodor Malvik called the strike "a measured answer to months of rocket fire".\n\nVESSEN, May 5 (TPA) – Foreign Minister Ilse Varnamo said: "Dalmoria is not a battlefield."\n';
  const d = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', text, 'text/plain'));
  assert.deepEqual(d.statements.map((s) => s.date), ['2024-05-04', '2024-05-05']);
});
