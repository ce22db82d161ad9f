#!/usr/bin/env node
// Sanity checks for a held-out set's gold files: quote anchors and entity keys.
// Usage: node scripts/check-gold.mjs examples/heldout-h [--show]
import fs from 'node:fs';
import path from 'node:path';
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: node scripts/check-gold.mjs SET_DIR [--show]\n\nChecks that every gold quote of SET_DIR/gold anchors once in SET_DIR/docs, sits between quote marks,\nand names entities the file defines. --show prints each quote span. Exits 1 on any problem.');
  process.exit(0);
}
const here = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? '.';
const show = process.argv.includes('--show');
const OPEN = new Set(['"', '“', '‘', '«', "'"]), CLOSE = new Set(['"', '”', '’', '»', "'"]);
let problems = 0;
const bad = (m) => { problems++; console.log('PROBLEM ' + m); };
for (const f of fs.readdirSync(path.join(here, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
  const g = JSON.parse(fs.readFileSync(path.join(here, 'gold', f), 'utf8'));
  let text = fs.readFileSync(path.join(here, 'docs', g.doc), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const E = g.entities;
  g.quotes.forEach((q, i) => {
    const w = `${f} quote ${i}`;
    const hits = [];
    for (let k = text.indexOf(q.from); k !== -1; k = text.indexOf(q.from, k + 1)) hits.push(k);
    if (hits.length !== 1) return bad(`${w}: from occurs ${hits.length} times`);
    const e = text.indexOf(q.to, hits[0]);
    if (e === -1) return bad(`${w}: to not found after from`);
    const end = e + q.to.length;
    if (!E[q.speaker]) bad(`${w}: speaker ${q.speaker} not in entities`);
    if (q.cited && !E[q.cited]) bad(`${w}: cited ${q.cited} not in entities`);
    const before = text[hits[0] - 1], after = text[end];
    if (!OPEN.has(before)) bad(`${w}: char before span is ${JSON.stringify(before)}`);
    if (!CLOSE.has(after)) bad(`${w}: char after span is ${JSON.stringify(after)}`);
    if (show) console.log(`${w} [${q.speaker}${q.optional ? ', optional' : ''}] ${JSON.stringify(text.slice(hits[0], end))}`);
  });
  g.relations.forEach((r, i) => {
    for (const k of ['s', 'o', 'claimant']) if (!E[r[k]]) bad(`${f} relation ${i}: ${k} ${r[k]} not in entities`);
  });
  const keys = g.relations.map((r) => `${r.s}|${r.p}|${r.o}|${r.polarity}`);
  const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (dup.length) bad(`${f}: duplicate relation keys ${dup}`);
  console.log(`${f}: ${g.quotes.length} quotes (${g.quotes.filter((q) => q.optional).length} optional), ${g.relations.length} relations`);
}
console.log(problems ? `${problems} problems` : 'OK');
process.exit(problems ? 1 : 0);
