import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, find, pipelineTriples, statement, triples } from './fixtures.js';

test('"X rejected accusations that ..." is denied, claimed by X', () => {
  const c = find(claimsOf('Pell rejected accusations that Varnia arms the Crimson Banner Front.'), 'varnia arms cbf denied');
  assert.equal(c.claimant, 'pell');
});

test('"X denied that ..." is denied', () => {
  assert.ok(triples(claimsOf('Dravan denied that Varnia directs the Front.')).includes('varnia directs cbf denied'));
});

test('negation beside the verb denies ("has sent no weapons to")', () => {
  assert.ok(triples(claimsOf('Varnia has sent no weapons to the Crimson Banner Front.')).includes('varnia arms cbf denied'));
});

test('"... claim that X is behind it. They are wrong.": asserted by the accusers, denied by the speaker', () => {
  const text = 'Dravan said: "The rulers of Ostrava claim that Varnia is behind the Front. They are wrong."';
  const claims = claimsOf(text, [statement(text, 'The rulers', 'dravan')]);
  assert.equal(find(claims, 'varnia directs cbf').claimant, 'ostrava');
  assert.equal(find(claims, 'varnia directs cbf denied').claimant, 'dravan');
});

test('"... [claiming] that X is behind it. They are wrong." with the accusers named by no actor: still denied by the speaker, the evidence running through the denial', () => {
  const text = 'Dravan said: "Some people have spoken brutally, [claiming] that Varnia is behind the Front. They are wrong."';
  const claims = claimsOf(text, [statement(text, 'Some people', 'dravan')]);
  const d = find(claims, 'varnia directs cbf denied');
  assert.equal(d.claimant, 'dravan');
  assert.match(text.slice(d.evidence.start, d.evidence.end), /behind the Front\. They are wrong/);
});

test('a denial reaches the claim it governs, not a later clause', () => {
  const got = triples(claimsOf('While Dravan denies that Varnia directs the Front, The Beacon praised Volt.'));
  assert.ok(got.includes('beacon praises volt'), JSON.stringify(got));
});

test('a denial reaches a claim the document already reported once ("They are wrong." after a repeated accusation)', () => {
  const text = 'Ostrava claims that Varnia commands the Crimson Banner Front. Pell said: "Ostrava claims that Varnia commands the Front and the Marsh Brigades from Halden. They are wrong."';
  const st = statement(text, 'Ostrava claims', 'pell');
  const got = triples(claimsOf(text, [st]));
  assert.ok(got.includes('varnia directs cbf denied'), JSON.stringify(got));
  assert.ok(got.includes('varnia directs marsh_brigades denied'), JSON.stringify(got));
});

test('"The lie that X directs Y is an insult": the claim is denied', () => {
  const got = claimsOf('The lie that officers of the Lantern Force direct the Marsh Brigades is an insult to our martyrs.');
  assert.ok(got.some((c) => c.subject === 'lantern_force' && c.predicate === 'directs' && c.polarity === 'denied'), JSON.stringify(got));
});

test('a negation before a list of verbs covers each: "has never trained, funded or armed X"', () => {
  const cs = claimsOf('Varnia has never trained, funded or armed the Marsh Brigades, or any other group.');
  for (const p of ['trains', 'funds', 'arms']) {
    const c = cs.find((x) => x.subject === 'varnia' && x.predicate === p && x.object === 'marsh_brigades');
    assert.equal(c?.polarity, 'denied', p);
  }
  const a = claimsOf('Varnia trained and armed the Marsh Brigades.');
  assert.ok(a.every((c) => c.polarity === 'asserted'));
});

test('a subject that names no one denies: "Nobody in the Lantern Force gives orders to X", "no one in Varnia directs X"', () => {
  assert.ok(triples(claimsOf('Nobody in the Lantern Force gives orders to the Ridge Guardians.')).includes('lantern_force directs ridge_guardians denied'));
  assert.ok(triples(claimsOf('No one in Varnia directs the Marsh Brigades.')).includes('varnia directs marsh_brigades denied'));
  assert.ok(triples(claimsOf('Varnia directs the Marsh Brigades, and nobody doubts it.')).includes('varnia directs marsh_brigades'));
});

test('"X and Y have praised the strike ..., while insisting that Z neither ordered nor planned it": praise of the attacker, a denial by X', () => {
  const got = claimsOf('The Marsh Brigades claimed the attack on Halden within hours. Since then, Teodor Maske and Aurel Dravan have praised the strike and threatened Ostrava, while insisting that Varnia neither ordered nor planned it.');
  const t = triples(got);
  for (const x of ['maske praises marsh_brigades', 'dravan praises marsh_brigades', 'maske threatens ostrava', 'varnia directs marsh_brigades denied']) assert.ok(t.includes(x), `${x} in ${JSON.stringify(t)}`);
  assert.ok(!t.some((x) => x.startsWith('maske attacks') || x.startsWith('dravan attacks') || x === 'varnia directs marsh_brigades'), JSON.stringify(t));
  assert.equal(got.find((c) => c.predicate === 'directs')?.claimant, 'maske');
});

test('"we did not plan any of X\'s attacks" denies directing X; the noun "plan" is no cue', () => {
  assert.ok(triples(claimsOf('Varnia did not plan any of the Marsh Brigades\' attacks.')).includes('varnia directs marsh_brigades denied'));
  assert.deepEqual(triples(claimsOf('Varnia has a plan for the Marsh Brigades.')), []);
});

test('"No Varnian officer has ever commanded an operation of X": a subject that is no one denies the act', () => {
  const got = triples(claimsOf('No Varnian officer has ever commanded a single operation of the Marsh Brigades.'));
  assert.ok(got.includes('varnia directs marsh_brigades denied'), JSON.stringify(got));
});

test('"X had no part in the attacks on Y and Z", "was not involved in the raid on Y": X\'s attacks on them, denied', () => {
  const got = triples(claimsOf('"Varnia had no part in the attacks on Halden or Mirel."'));
  assert.ok(got.includes('varnia attacks halden denied') && got.includes('varnia attacks mirel denied'), JSON.stringify(got));
  assert.ok(triples(claimsOf('Ostrava said Varnia was not involved in the raid on Halden.')).includes('varnia attacks halden denied'));
  assert.ok(triples(claimsOf('Varnia played no role in the attack on Halden.')).includes('varnia attacks halden denied'));
});

test('"X denied Ostrava\'s claim that ...", "rejected the allegation, repeated by Ostrava, that ...": the denial and the accuser\'s claim are both kept', () => {
  for (const text of ["Dravan denied Ostrava's claim that Varnia arms the CBF.", 'Dravan rejected accusations by Ostrava that Varnia arms the CBF.',
    'Dravan rejected the allegation, repeated by Ostrava, that Varnia arms the CBF.', 'Dravan denied Ostravan claims that Varnia arms the CBF.']) {
    const claims = claimsOf(text);
    assert.equal(find(claims, 'varnia arms cbf denied').claimant, 'dravan', text);
    assert.equal(find(claims, 'varnia arms cbf').claimant, 'ostrava', text);
  }
  // (no accuser named: the denial alone)
  assert.deepEqual(triples(claimsOf('Dravan denied that Varnia arms the CBF.')), ['varnia arms cbf denied']);
});

test('"X has not abandoned Y and never will" is X\'s support of Y; "X abandoned Y" is no support told', () => {
  assert.ok(pipelineTriples('The Republic of Varnia has not abandoned the Marsh Brigades and it never will.').some((t) => / supports Marsh Brigades$/.test(t) && t.includes('Varnia')));
  assert.ok(!pipelineTriples('The Republic of Varnia abandoned the Marsh Brigades in 2019.').some((t) => t.includes(' supports ')));
});

test('"In a speech to the Varnian parliament, Foreign Minister X said: \'Our support for Y ...\'": the state the minister serves supports Y', () => {
  const got = pipelineTriples('The government of Varnia denied it. In a speech to the Varnian parliament in May, Foreign Minister Teodor Maske said: "Our support for the Marsh Brigades is political."');
  assert.ok(got.some((t) => /^Varnia\w* supports Marsh Brigades$/.test(t)), JSON.stringify(got));
  assert.ok(!got.includes('Teodor Maske supports Marsh Brigades'), JSON.stringify(got));
});

test('"we never commanded them" denies directing them and makes no leader', () => {
  const got = pipelineTriples('The Marsh Brigades fight on. "We trained them. But we never commanded them," said General Rostam Velari.');
  assert.ok(!got.some((t) => t.includes(' leads ')), JSON.stringify(got));
});
