// resolve/name-key: transliteration-aware keys for names. Two spellings of one name
// ("Isma'il Haniya", "Ismail Haniyeh", "Ismail Нaniyeh") get one key; different names keep
// different keys. Latin words are reduced to a consonant frame with two vowel classes
// (front a/e/i/y, back o/u/w), after unifying common digraphs (kh/gh/q -> k, ph -> f, dh -> z...).
import { foldChar } from '../normalize/index.js';

/** Honorifics and ranks dropped from the front of a name before keying. */
export const DEFAULT_HONORIFICS: readonly string[] = [
  'ayatollah', 'grand ayatollah', 'ayatollah al uzma', 'hojjat ol eslam', 'hojjatoleslam', 'hojatoleslam', 'hojjat al islam',
  'imam', 'sheikh', 'shaykh', 'sheik', 'sayyed', 'sayyid', 'seyyed', 'seyed', 'sayed', 'syed', 'hajj', 'haj', 'hajji', 'mullah',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'engineer', 'eng', 'martyr', 'shahid', 'the martyr', 'the late',
  'general', 'major general', 'brigadier general', 'brig gen', 'maj gen', 'lieutenant general', 'lt gen', 'colonel', 'col',
  'captain', 'capt', 'admiral', 'rear admiral', 'vice admiral', 'commodore', 'sardar', 'commander',
  'president', 'prime minister', 'minister', 'foreign minister', 'speaker', 'supreme leader', 'king', 'emir', 'crown prince', 'prince', 'sultan',
];

/** Arabic articles and their sun-letter forms, dropped when they lead a word ("al-Nakhalah"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ed', 'as', 'es', 'ash', 'esh', 'az', 'ez', 'an', 'en', 'ar', 'er', 'at', 'et', 'ath', 'adh', 'ul', 'ol']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii']);

/** Persian/Arabic letter variants unified (yeh, kaf, teh marbuta, alef maksura). */
const ARABIC: Readonly<Record<string, string>> = { 'ی': 'ي', 'ى': 'ي', 'ئ': 'ي', 'ک': 'ك', 'ة': 'ه', 'ۀ': 'ه', 'ؤ': 'و', 'ـ': '' };

/** Folds look-alikes and diacritics, lower-cases, drops apostrophes and dots, splits on spaces and hyphens. */
export function nameWords(name: string): string[] {
  let s = '';
  for (const ch of name) {
    const f = foldChar(ch);
    s += ARABIC[f] ?? f;
  }
  return s
    .toLowerCase()
    .replace(/['".’`ʿʾ]/g, '')
    .split(/[\s\-_,()/]+/)
    .filter((w) => w.length > 0);
}

const honorificCache = new WeakMap<readonly string[], readonly string[][]>();
function honorificWords(list: readonly string[]): readonly string[][] {
  let hit = honorificCache.get(list);
  if (!hit) {
    hit = list.map(nameWords).filter((ws) => ws.length > 0).sort((a, b) => b.length - a.length);
    honorificCache.set(list, hit);
  }
  return hit;
}

/**
 * The words of a name without leading honorifics, articles and trailing "Jr."
 * @example coreWords('Ayatollah Sayyed Ali Khamenei') -> ['ali', 'khamenei']
 */
export function coreWords(name: string, honorifics: readonly string[] = DEFAULT_HONORIFICS): string[] {
  let ws = nameWords(name);
  const hon = honorificWords(honorifics);
  for (let changed = true; changed && ws.length > 1; ) {
    changed = false;
    for (const h of hon) {
      if (h.length < ws.length && h.every((w, i) => ws[i] === w)) {
        ws = ws.slice(h.length);
        changed = true;
        break;
      }
    }
  }
  while (ws.length > 1 && SUFFIXES.has(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  // Articles: "al Nakhalah", "al-Nakhalah" (split on the hyphen), "Izz ad-Din".
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (ARTICLES.has(ws[i]!) && i + 1 < ws.length) continue;
    out.push(ws[i]!);
  }
  return out;
}

const FRONT = 'a';
const BACK = 'o';
const isVowelClass = (c: string | undefined): boolean => c === FRONT || c === BACK;

/**
 * The phonetic frame of one Latin word: digraphs unified, vowels reduced to two classes,
 * doubled letters collapsed, a final h after a vowel dropped, h between vowels dropped.
 * Words in other scripts are returned as folded.
 * @example wordKey('Haniyeh') === wordKey('Haniya') === wordKey('Hanieh')
 */
export function wordKey(word: string): string {
  if (!/^[a-z0-9]+$/.test(word)) return word;
  let w = word;
  // Digraphs first (order matters: "kh" before "h" handling, "zh" before "z").
  w = w
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/zh/g, 'j')
    .replace(/dh/g, 'z')
    .replace(/th/g, 't')
    .replace(/sch/g, 'sh')
    .replace(/x/g, 'ks')
    .replace(/c(?!h)/g, 'k');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const prev = w[i - 1];
    const next = w[i + 1];
    let m: string;
    if ('aei'.includes(c)) m = FRONT;
    else if ('ou'.includes(c)) m = BACK;
    else if (c === 'y') m = i === 0 && next !== undefined && 'aeiou'.includes(next) ? 'y' : FRONT;
    else if (c === 'w') m = prev !== undefined && 'aeiou'.includes(prev) && (next === undefined || !'aeiou'.includes(next)) ? BACK : 'v';
    else m = c;
    out += m;
  }
  // h between vowels, or after a vowel at the end ("Khamenehi", "Haniyeh", "Nakhalah").
  out = out.replace(/([ao])h(?=[ao])/g, '$1').replace(/([ao])h$/g, '$1');
  // Collapse repeats (vowel runs of one class, doubled consonants).
  let collapsed = '';
  for (const ch of out) if (collapsed[collapsed.length - 1] !== ch) collapsed += ch;
  return collapsed;
}

/**
 * A transliteration-aware key for a whole name, the words' frames joined (so "Ali Mohammadi"
 * and "Alimohammadi", "Tehrani-Moghaddam" and "Tehrani Moghaddam" meet).
 * @example nameKey("Isma'il Haniya") === nameKey('Ismail Haniyeh')
 */
export function nameKey(name: string, honorifics: readonly string[] = DEFAULT_HONORIFICS): string {
  const words = coreWords(name, honorifics);
  let s = '';
  for (const w of words) {
    const k = wordKey(w);
    s += s[s.length - 1] === k[0] && !isVowelClass(k[0]) ? k.slice(1) : k;
  }
  return s;
}

/** Keys of every word of a name (after honorifics and articles): for surname and given-name rules. */
export function wordKeys(name: string, honorifics: readonly string[] = DEFAULT_HONORIFICS): string[] {
  return coreWords(name, honorifics).map(wordKey);
}

/** A surname's key blind to the letters transliterations swap: "Urquiza" / "Urquisa", "Syrtsev" / "Syrtsov". */
export const looseKey = (w: string): string => nameKey(w).replace(/z/g, 's').replace(/o/g, 'a');
