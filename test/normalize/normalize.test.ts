import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldName, normalize, rawSpan } from '../../src/normalize/index.js';

test('look-alike Cyrillic and Greek letters fold to the Latin letters they imitate', () => {
  // "Наniyeh" with a Cyrillic Н and а; "Ηamas" with a Greek Eta.
  assert.equal(normalize('\u041d\u0430niyeh').text, 'Haniyeh');
  assert.equal(normalize('\u0397amas').text, 'Hamas');
});

test('typographic quotes, dashes and spaces are unified', () => {
  assert.equal(normalize('\u201cYes\u201d \u2013 it\u2019s\u00a0so').text, '"Yes" - it\'s so');
});

test('diacritics are removed and case is kept; lower folds case at the same length', () => {
  const n = normalize('Isma\u02bfīl Ḥaniyya');
  assert.equal(n.text, "Isma'il Haniyya");
  assert.equal(n.lower, "isma'il haniyya");
  assert.equal(n.lower.length, n.text.length);
});

test('zero-width characters vanish and offsets still map back', () => {
  const raw = 'Ha\u200bmas said';
  const n = normalize(raw);
  assert.equal(n.text, 'Hamas said');
  const at = n.text.indexOf('said');
  const span = rawSpan(n, at, at + 4);
  assert.equal(raw.slice(span.start, span.end), 'said');
});

test('foldName makes spellings with apostrophes, hyphens and look-alikes equal', () => {
  assert.equal(foldName("Isma'il Haniya"), foldName('Ismail \u041dаniya'));
  assert.equal(foldName('Al-Nakhalah'), foldName('al Nakhalah'));
});

test('property: every folded character maps to a raw offset that produces it, in order', () => {
  const alphabet = fc.constantFrom(
    ...'aZ .,"\'-\n'.split(''),
    '\u201c', '\u201d', '\u2019', '\u2013', '\u00a0', '\u200b', 'é', 'ñ', 'İ', 'ß', 'ﬁ',
    '\u041d', '\u0430', '\u03bf', '\u0645', '😀', '\u0301',
  );
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (raw) => {
      const n = normalize(raw);
      assert.equal(n.toRaw.length, n.text.length + 1);
      assert.equal(n.toRaw[n.text.length], raw.length);
      for (let i = 0; i < n.text.length; i++) {
        const r = n.toRaw[i]!;
        assert.ok(r >= 0 && r < raw.length);
        if (i > 0) assert.ok(r >= n.toRaw[i - 1]!, 'offsets never go backwards');
        // The raw character at r, folded alone, contains the folded character.
        const cp = String.fromCodePoint(raw.codePointAt(r)!);
        assert.ok(normalize(cp).text.includes(n.text[i]!), `folded ${JSON.stringify(n.text[i])} from ${JSON.stringify(cp)}`);
      }
    }),
    { numRuns: 500 },
  );
});

test('property: a folded substring maps back to the raw substring that folds to it', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), fc.nat(), (raw, a, b) => {
      const n = normalize(raw);
      if (!n.text.length) return;
      const s = a % n.text.length;
      const e = s + 1 + (b % (n.text.length - s));
      const span = rawSpan(n, s, e);
      assert.ok(normalize(raw.slice(span.start, span.end)).text.includes(n.text.slice(s, e)));
    }),
    { numRuns: 500 },
  );
});
