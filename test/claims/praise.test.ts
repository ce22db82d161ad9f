// Praise in quoted speech: a phrase of admiration tied to an actor is the speaker's praise of
// that actor ("the courageous deeds of X", "X's victorious campaign", "the brave X").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, find, pipelineTriples, statement, triples } from './fixtures.js';

test('"the courageous deeds of X", "X\'s victorious campaign", "the success and victory of X": the speaker praises X', () => {
  for (const words of ['the courageous deeds of the Marsh Brigades', "the Marsh Brigades' victorious campaign", 'the recent success and victory of the Marsh Brigades', 'the brave Marsh Brigades']) {
    const text = `Dravan spoke in Halden. "We saw ${words} this week, and Ostrava trembled."`;
    const c = find(claimsOf(text, [statement(text, 'We saw', 'dravan')]), 'dravan praises marsh_brigades');
    assert.equal(c.claimant, 'dravan', words);
  }
});

test('a foretold victory, a victory over X, and narration outside quotes are not praise', () => {
  for (const words of ['the final victory of the Marsh Brigades', 'our victory over the Marsh Brigades']) {
    const text = `Dravan spoke in Halden. "We await ${words}, and Ostrava knows it."`;
    const got = triples(claimsOf(text, [statement(text, 'We await', 'dravan')]));
    assert.ok(!got.includes('dravan praises marsh_brigades'), `${words}: ${JSON.stringify(got)}`);
  }
  assert.ok(!triples(claimsOf('Ostrava watched the courageous deeds of the Marsh Brigades.')).some((t) => t.includes('praises')));
});

test('a name inside a quoted phrase is not the subject of the verb after it', () => {
  const text = 'Ferrant extended "the blessings of his people to the Marsh Brigades" and welcomed "the victories of the Crimson Banner Front."';
  const got = triples(claimsOf(text));
  assert.ok(got.includes('ferrant praises cbf'), JSON.stringify(got));
  assert.ok(!got.includes('marsh_brigades praises cbf'), JSON.stringify(got));
});

test('"Blessings to X [gloss] and Y ..., and blessings to the martyrs and the dear martyr Z [gloss]": the speaker praises X, Y and Z', () => {
  const text = 'Dravan wrote: "Blessings to the Imam Volt [the founder] and the Imam Maske who guided the nations, and blessings to the martyrs of the resistance and the dear martyr Milos Ferrant [a Lantern Force commander who fell]."';
  const got = triples(claimsOf(text, [statement(text, 'Blessings', 'dravan')]));
  for (const o of ['volt', 'maske', 'ferrant']) assert.ok(got.includes(`dravan praises ${o}`), `${o}: ${JSON.stringify(got)}`);
  assert.ok(!got.some((t) => t.includes('praises lantern_force')), JSON.stringify(got));
  assert.ok(!got.includes('maske praises ferrant'), JSON.stringify(got));
});

test('"praised the attack in a short post": the praise is of the attack just told of, past where it was said', () => {
  const got = triples(claimsOf('The Lantern Force attacked the depot at Mirel on Monday. Two days later, Dravan praised the attack in a short post.'));
  assert.ok(got.includes('dravan praises lantern_force'), JSON.stringify(got));
});

test('"the Halden attack" is the attack told at Halden, whoever struck last elsewhere', () => {
  const t = triples(claimsOf('The Marsh Brigades struck Halden on Monday. Ostrava shelled Mirel on Tuesday. Aurel Dravan has praised the Halden attack as the work of heroes.'));
  assert.ok(t.includes('dravan praises marsh_brigades'), JSON.stringify(t));
  assert.ok(!t.includes('dravan praises ostrava'), JSON.stringify(t));
  // a group named in the phrase is its own attack
  assert.ok(triples(claimsOf('The Marsh Brigades struck Halden on Monday. Aurel Dravan has praised the Ridge Guardians attack.')).includes('dravan praises ridge_guardians'));
});

test('"Thank you, X, and thank you to Y": the speaker thanks both; the name said to is no subject', () => {
  const text = 'Dravan spoke in Halden. "Thank you, Varnia, and thank you to Lidia Marr."';
  const got = triples(claimsOf(text, [statement(text, 'Thank you', 'dravan')]));
  for (const t of ['dravan thanks varnia', 'dravan thanks marr']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.ok(!got.includes('varnia thanks marr'), JSON.stringify(got));
});

test('"Glory to X" in a speaker\'s words is the speaker\'s praise of X (pack cue)', () => {
  const got = pipelineTriples('Marsh Brigades leader Aurel Dravan spoke in Halden on Monday. Dravan said: "Glory to the Ridge Guardians."');
  assert.ok(got.includes('Aurel Dravan praises Ridge Guardians'), JSON.stringify(got));
});

test('"I thank our brothers in Zarvenia and in the Northern Shield Movement": thanks to each body the kin are in', () => {
  const got = pipelineTriples("Zarvenia's government is silent. The Northern Shield Movement fights on. Commander Kader Mehrzane said: “I thank our brothers in Zarvenia and in the Northern Shield Movement.”");
  for (const t of ['Kader Mehrzane thanks Zarvenia', 'Kader Mehrzane thanks Northern Shield Movement']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
});

test('a leader backing or thanking his own group ("who stood with us" in his words) says nothing of who backs it', () => {
  const got = pipelineTriples('The Hollow Ridge Brigades (HRB) fight. The Azure Front and the Ember Directorate help. Yusuf Darrak leads the HRB. “I thank our brothers in the Azure Front and in the Ember Directorate, who stood with us when the bombs fell,” Darrak told the crowd.');
  assert.ok(!got.includes('Yusuf Darrak supports Hollow Ridge Brigades'), JSON.stringify(got));
  assert.ok(got.includes('Yusuf Darrak thanks Azure Front'), JSON.stringify(got));
});
