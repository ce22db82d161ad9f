// Whole fictional documents in other styles (think-tank analysis, wire story on sanctions and
// arms transfers, a ministry's denial) run through the full pipeline with the example pack:
// the relations an analyst would record, and none that the text does not state.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText, readDoc } from '../../src/read/index.js';
import type { DocResult } from '../../src/types.js';
import { repoRoot } from '../helpers.js';

const FIXTURES = path.join(repoRoot(), 'test', 'claims', 'fixtures');
const pipeline = createPipeline({ packs: loadPacks([path.join(repoRoot(), 'examples', 'pack')]) });
const results = new Map<string, DocResult>();
const run = (name: string): DocResult => {
  let r = results.get(name);
  if (!r) results.set(name, (r = pipeline.process(readDoc(path.join(FIXTURES, name)))));
  return r;
};
/** "s p o polarity [claimant]" for every claim of a fixture. */
const tuples = (name: string): string[] => run(name).claims.map((c) => `${c.subject} ${c.predicate} ${c.object} ${c.polarity} [${c.claimant}]`);
const has = (name: string, t: string): void => {
  const all = tuples(name);
  assert.ok(all.some((x) => x.startsWith(t)), `${name}: no '${t}' in\n  ${all.join('\n  ')}`);
};
const hasNo = (name: string, t: string): void => {
  const all = tuples(name);
  assert.ok(!all.some((x) => x.startsWith(t)), `${name}: unexpected '${t}'`);
};

const TANK = 'think-tank-analysis.txt';
const WIRE = 'wire-sanctions.txt';
const DENIAL = 'denial-statement.txt';

test('analysis: a unit of a state trains the fighters of a group (collective read by its head)', () => has(TANK, 'vgc trains cbf asserted'));
test('analysis: "directs the Front\'s larger operations" gives directs', () => has(TANK, 'lantern_force directs cbf asserted'));
test('analysis: "funds X through charities" gives funds', () => has(TANK, 'varnia funds ridge_guardians asserted'));
test('analysis: "we found no evidence that X command them" is neither asserted nor denied', () => {
  hasNo(TANK, 'varnia directs ridge_guardians');
});
test('analysis: pack role at the date with the title written: dravan leads varnia', () => has(TANK, 'dravan leads varnia asserted'));
test('analysis: "warned Halden" is a threat against the state the capital stands for', () => has(TANK, 'marr threatens varnia asserted'));

test('wire: "X said Varnia supplied weapons to the Front" is X\'s claim', () => has(WIRE, 'varnia arms cbf asserted [marr]'));
test('wire: a claim credited to unnamed officials who told an outlet is the outlet\'s', () => has(WIRE, 'vgc arms marsh_brigades asserted [kna]'));
test('wire: a quoted denial is the envoy\'s', () => has(WIRE, 'varnia arms cbf denied [lenko]'));
test('wire: the speaker after a closing quote is not part of the object list', () => hasNo(WIRE, 'varnia arms lenko'));
test('wire: "PERSON, the Secretary-General of ORG" gives leads', () => has(WIRE, 'ferrant leads cbf asserted'));
test('wire: "met X in Halden" gives meets with the person, not the place', () => {
  has(WIRE, 'ferrant meets lenko asserted');
  hasNo(WIRE, 'ferrant meets varnia');
});

test('denial: "rejects the allegations that Varnia directs the Front" is denied', () => has(DENIAL, 'varnia directs cbf denied'));
test('denial: "denies that X trained fighters of Y" is denied', () => has(DENIAL, 'lantern_force trains marsh_brigades denied'));
test('denial: the asserted support in the same statement stays asserted', () => has(DENIAL, 'varnia supports cbf asserted'));
test('denial: no denied claim is also asserted by the same claimant', () => {
  const claims = run(DENIAL).claims;
  for (const d of claims.filter((c) => c.polarity === 'denied')) {
    assert.ok(!claims.some((c) => c.polarity === 'asserted' && c.subject === d.subject && c.predicate === d.predicate && c.object === d.object && c.claimant === d.claimant));
  }
});
test('every claim\'s evidence holds the names of its subject and object or a role/pronoun for them', () => {
  for (const name of [TANK, WIRE, DENIAL]) {
    const r = run(name);
    for (const c of r.claims) {
      assert.ok(c.evidence.end > c.evidence.start, `${name}: empty evidence`);
      const ev = r.doc.text.slice(c.evidence.start, c.evidence.end);
      assert.ok(ev.trim().length > 10, `${name}: evidence too short: ${ev}`);
    }
  }
});

test('a state\'s foreign minister leads the foreign ministry the document names for that state, not another state\'s', () => {
  const p = createPipeline({ packs: loadPacks([]) });
  const r = p.process(fromText('t.txt', 't.txt', 'Title\n\nVarnian Foreign Minister Aurel Dravan spoke. The Varnian foreign ministry said nothing. Officials in Varnia and in Ostrava agreed. The Ostravan foreign ministry objected.\n', 'text/plain'));
  const name = (k: string): string => r.entities.find((e) => e.key === k)?.name ?? k;
  const leads = r.claims.filter((c) => c.predicate === 'leads').map((c) => `${name(c.subject)} > ${name(c.object)}`);
  assert.ok(leads.includes('Aurel Dravan > Varnian foreign ministry'), JSON.stringify(leads));
  assert.ok(!leads.some((x) => x.includes('Ostravan')), JSON.stringify(leads));
});
