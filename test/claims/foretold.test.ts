// A speaker who foretells an actor's end threatens it: "the regime is waning", "topple the
// Front", "the collapse of Ostrava". The quote's speaker is the subject, not an actor who
// reported the quote or is named as the instrument.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, find, statement, triples } from './fixtures.js';

test('"X is waning" and "X is reaching its end" in a quote: the speaker threatens X', () => {
  for (const words of ['the Crimson Banner Front is waning', 'the life of the Crimson Banner Front is reaching its end']) {
    const text = `Dravan told a rally in Halden: "Today ${words}, and Ostrava knows it."`;
    const c = find(claimsOf(text, [statement(text, 'Today', 'dravan')]), 'dravan threatens cbf');
    assert.equal(c.claimant, 'dravan');
  }
});

test('"topple X", "the collapse of X" in a quote: the speaker threatens X, even with no other actor in the sentence', () => {
  const text = 'Volt spoke at length. "Our weapons will deliver a blow and topple the Crimson Banner Front. We will see the collapse of Ostrava."';
  const got = triples(claimsOf(text, [statement(text, 'Our weapons', 'volt')]));
  assert.ok(got.includes('volt threatens cbf'), JSON.stringify(got));
  assert.ok(got.includes('volt threatens ostrava'), JSON.stringify(got));
});

test('the end of an actor\'s deed, a negated verb, or narration outside quotes foretells nothing', () => {
  const quoted = 'Volt said: "This is the end of Ostrava\'s aggression. No one can topple Varnia."';
  assert.deepEqual(triples(claimsOf(quoted, [statement(quoted, 'This is', 'volt')])).filter((t) => t.includes('threatens')), []);
  const narrated = 'Analysts in Halden predicted the collapse of Ostrava within a year.';
  assert.deepEqual(triples(claimsOf(narrated)).filter((t) => t.includes('threatens')), []);
});

test('a reporting verb before the quote opens is not the one who threatens', () => {
  const text = 'Varnia hosted the rally, and Dravan wrote: "God willing, the Crimson Banner Front will be eradicated."';
  const got = triples(claimsOf(text, [statement(text, 'God willing', 'dravan')]));
  assert.ok(got.includes('dravan threatens cbf'), JSON.stringify(got));
  assert.ok(!got.includes('varnia threatens cbf'), JSON.stringify(got));
});

test('narration: "X – who has been calling for Y\'s destruction", "X leads the cause of eliminating Y": X threatens Y', () => {
  const a = triples(claimsOf("Aurel Dravan – who for years has been calling for Ostrava's destruction – spoke in Halden."));
  assert.ok(a.includes('dravan threatens ostrava'), JSON.stringify(a));
  const b = triples(claimsOf('Varnia has been leading the cause of eliminating the Crimson Banner Front since 2016.'));
  assert.ok(b.includes('varnia threatens cbf'), JSON.stringify(b));
});

test("narration without an aim foretells nothing: \"Ostrava's destruction of the depot\", \"the report described Ostrava's demise\"", () => {
  assert.ok(!triples(claimsOf("Varnia condemned Ostrava's destruction of the Mirel depot.")).some((t) => t.includes('threatens')));
  assert.ok(!triples(claimsOf("The Beacon described Ostrava's decline and demise.")).some((t) => t.includes('threatens')));
});
