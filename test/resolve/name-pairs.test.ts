// Measures name merging: a table of pairs (same actor spelled differently, different actors
// with similar names) plus every pair of spellings in the corpus gold files, scored as
// precision and recall of "these two names get one key". Prints the figures; asserts floors.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBuiltinPack, packageRoot } from '../../src/pack/index.js';
import { Resolver } from '../../src/resolve/index.js';

const resolver = new Resolver([loadBuiltinPack()]);
const DATE = '2023-10-15';

/** Same actor, different spellings (pack actors and fictional actors in no pack). */
const SAME: readonly (readonly string[])[] = [
  ["Isma'il Haniya", 'Ismail Haniyeh', 'Ismail Hanieh', 'Ismail Haniyya', 'Haniyah', 'Ismail Нaniyeh'],
  ['Qassem Soleimani', 'Qasem Suleimani', 'Qasem Soleymani', 'Ghasem Soleimani', 'Qassim Soleimani', 'Sulaimani'],
  ['Ebrahim Raisi', 'Ibrahim Raeisi', "Ebrahim Ra'isi", 'Raeesi', 'Sayyed Ebrahim Raisi'],
  ['Ziyad Nakhalah', 'Ziad al-Nakhalah', 'Ziad Nakhaleh', 'Nakhala'],
  ['Ali Khamenei', "Ali Khamene'i", 'Ayatollah Sayyed Ali Khamenei', 'Ali Hosseini Khamenei', 'Khamenehei'],
  ['Esmail Qaani', "Ismail Qa'ani", 'Esmail Ghaani', 'Esmaeil Qaani'],
  ['Hassan Nasrallah', 'Hasan Nasrallah', 'Sayyed Hassan Nasrallah', 'Nasrallah'],
  ['Naim Qassem', "Na'im Qasim", 'Naim Kassem'],
  ['Mohammad Bagher Ghalibaf', 'Mohammad Baqer Qalibaf', 'Ghalibaf'],
  ['Hossein Amir-Abdollahian', 'Hossein Amir Abdollahian', 'Amir-Abdullahian'],
  ['Abdul-Malik al-Houthi', 'Abdulmalik al-Houthi', 'Abd al-Malik al-Houthi'],
  ['Khaled Mashal', "Khalid Mish'al", 'Khaled Meshaal'],
  ['Mohammed Deif', 'Muhammad al-Deif', 'Mohammad Dayf'],
  // Fictional actors in no pack: keys derived from the name.
  ['Petar Lenko', 'Peter Lenko', 'General Petar Lenko'],
  ['Tomas Brel', 'Thomas Brell', 'Brigadier-General Tomas Brel'],
  ['Idris Kall', 'Idriss Kal', "Idris Ka'll"],
  ['Yusuf Dorani', 'Youssef Dourani', 'Yousef Durani'],
  ['Hamid Zarvandi', 'Hamed Zarvandi', 'Hamid Zarvandy'],
  ['Abu Sayaf al-Karmi', 'Abu Sayyaf al-Karmi', 'Abu Sayaf Karmi'],
];

/** Different actors with similar names. */
const DIFFERENT: readonly (readonly [string, string])[] = [
  ['Mohammad Bagheri', 'Mohammad Bagher Ghalibaf'],
  ['Mohammad Bagheri', 'Ali Bagheri Kani'],
  ['Mohammad Bagher Ghalibaf', 'Ali Bagheri Kani'],
  ['Ali Khamenei', 'Mojtaba Khamenei'],
  ['Hassan Nasrallah', 'Hassan Rouhani'],
  ['Qassem Soleimani', 'Naim Qassem'],
  ['Qassem Soleimani', 'Gholamreza Soleimani'],
  ['Yahya Sinwar', 'Mohammed Sinwar'],
  ['Bashar al-Assad', 'Hafez al-Assad'],
  ['Hossein Salami', 'Hossein Amir-Abdollahian'],
  ['Mohammad Khatami', 'Mohammad Bagheri'],
  ['Mohammed Deif', 'Mohammed Sinwar'],
  ['Ismail Haniyeh', 'Esmail Qaani'],
  ['Ahmad Vahidi', 'Ahmad Jannati'],
  ['Ali Larijani', 'Ali Shamkhani'],
  ['Abu Obeida', 'Abu Hamza'],
  ['Hassan Darvi', 'Hossein Darvi'],
  ['Idris Kall', 'Idris Kallas'],
  ['Petar Lenko', 'Pavel Lenko'],
  ['Tomas Brel', 'Tomas Brelik'],
  ['Yusuf Dorani', 'Yunus Dorani'],
  ['Amira Saleh', 'Amir Saleh'],
  ['Karim Haddad', 'Karima Haddad'],
  ['Omar Fares', 'Amer Fares'],
];

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly same: boolean;
  readonly date: string;
  readonly from: string;
}

function goldPairs(): Pair[] {
  const dir = join(packageRoot(), '..', 'shared', 'eval', 'gold');
  if (!existsSync(dir)) return [];
  const pairs: Pair[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      published?: string;
      entities: Record<string, { type: string; names: string[] }>;
    };
    const people = Object.entries(gold.entities).filter(([, e]) => e.type === 'person');
    const date = gold.published ?? DATE;
    for (const [id, e] of people) {
      for (let i = 0; i < e.names.length; i++)
        for (let j = i + 1; j < e.names.length; j++) pairs.push({ a: e.names[i]!, b: e.names[j]!, same: true, date, from: `${f} ${id}` });
    }
    // Different people of one document: each person's names against the others'.
    for (let x = 0; x < people.length; x++)
      for (let y = x + 1; y < people.length; y++)
        for (const a of people[x]![1].names)
          for (const b of people[y]![1].names) pairs.push({ a, b, same: false, date, from: `${f} ${people[x]![0]}/${people[y]![0]}` });
  }
  return pairs;
}

function tablePairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const group of SAME)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.push({ a: group[i]!, b: group[j]!, same: true, date: DATE, from: 'table' });
  for (const [a, b] of DIFFERENT) pairs.push({ a, b, same: false, date: DATE, from: 'table' });
  // Every name of one SAME group against every name of another.
  for (let x = 0; x < SAME.length; x++)
    for (let y = x + 1; y < SAME.length; y++) pairs.push({ a: SAME[x]![0]!, b: SAME[y]![0]!, same: false, date: DATE, from: 'table' });
  return pairs;
}

function score(pairs: readonly Pair[]): { precision: number; recall: number; misses: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const p of pairs) {
    const ka = resolver.resolve(p.a, { date: p.date }).key;
    const kb = resolver.resolve(p.b, { date: p.date }).key;
    const merged = ka === kb;
    if (merged && p.same) tp++;
    else if (merged) {
      fp++;
      misses.push(`false merge: "${p.a}" ~ "${p.b}" (${ka}) [${p.from}]`);
    } else if (p.same) {
      fn++;
      misses.push(`missed: "${p.a}" (${ka}) / "${p.b}" (${kb}) [${p.from}]`);
    }
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, misses };
}

const report = (label: string, pairs: readonly Pair[], s: ReturnType<typeof score>): void => {
  const n = pairs.filter((p) => p.same).length;
  console.log(`${label}: ${pairs.length} pairs (${n} same): merge precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}`);
  for (const m of s.misses.slice(0, 15)) console.log(`  ${m}`);
};

test('name pairs from the table merge with precision and recall >= 0.98', () => {
  const pairs = tablePairs();
  const s = score(pairs);
  report('table', pairs, s);
  assert.ok(s.precision >= 0.98, `precision ${s.precision}`);
  assert.ok(s.recall >= 0.98, `recall ${s.recall}`);
});

test('every spelling of a person in the gold files merges, and different people do not', (t) => {
  const pairs = goldPairs();
  if (pairs.length === 0) return t.skip('no gold files beside the repository');
  const s = score(pairs);
  report('gold persons', pairs, s);
  assert.ok(s.precision >= 0.98, `precision ${s.precision}`);
  assert.ok(s.recall >= 0.98, `recall ${s.recall}`);
});
