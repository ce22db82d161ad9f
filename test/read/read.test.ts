import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { listFiles, readDoc, ReadError } from '../../src/read/index.js';
import { EXAMPLES, tempDir } from '../helpers.js';

const dir = tempDir();
const write = (name: string, data: string | Uint8Array): string => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
};

test('plain text keeps its raw text exactly, without the BOM, with a content hash and origin', () => {
  const p = write('a.txt', '\ufeffThe envoy said: "No."\r\n');
  const d = readDoc(p);
  assert.equal(d.text, 'The envoy said: "No."\r\n');
  assert.equal(d.raw, d.text);
  assert.match(d.hash, /^[0-9a-f]{64}$/);
  assert.equal(d.origin, path.resolve(p));
  assert.equal(d.mediaType, 'text/plain');
});

test('a binary file is refused by name with the reason', () => {
  const p = write('b.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  assert.throws(() => readDoc(p), (e: unknown) => e instanceof ReadError && e.file === p && /binary/.test(e.reason));
});

test('invalid UTF-8 is refused with what to do', () => {
  const p = write('c.txt', new Uint8Array([0x48, 0x61, 0xe9, 0x6c, 0x6c, 0x6f]));
  assert.throws(() => readDoc(p), /not valid UTF-8/);
});

test('an empty file and a file of only white space are refused', () => {
  assert.throws(() => readDoc(write('d.txt', '')), /empty file/);
  assert.throws(() => readDoc(write('e.txt', ' \n\t\n')), /no text/);
});

test('a file over the size limit is refused', () => {
  assert.throws(() => readDoc(write('f.txt', 'x'.repeat(2000)), 1000), /too large/);
});

test('folders are read recursively, hidden entries and unknown extensions skipped', () => {
  const root = path.join(dir, 'tree');
  write('tree/one.txt', 'one');
  write('tree/sub/two.md', 'two');
  write('tree/sub/three.html', '<p>three</p>');
  write('tree/.hidden/four.txt', 'four');
  write('tree/image.png', 'png');
  const { files, missing } = listFiles([root, path.join(dir, 'nope')]);
  assert.deepEqual(files.map((f) => path.relative(root, f)), ['one.txt', 'sub/three.html', 'sub/two.md']);
  assert.equal(missing.length, 1);
});

test('a saved web page gives its main text without boilerplate, with title, date and URL', () => {
  const d = readDoc(path.join(EXAMPLES, 'saved-page.html'));
  assert.equal(d.mediaType, 'text/html');
  assert.equal(d.meta.title, 'Marsh Brigades chief says Varnia armed and paid his fighters');
  assert.equal(d.meta.date, '2025-03-14');
  assert.match(d.meta.url ?? '', /^https:\/\/www\.meridianpost\.example\//);
  assert.match(d.text, /Anton Greval/);
  assert.doesNotMatch(d.text, /Most read|cookie|function\s*\(/i);
  assert.ok(d.raw.startsWith('<!') || d.raw.startsWith('<html'));
});

test('offsets into the text of a web page are offsets into the file as on disk', () => {
  const d = readDoc(path.join(EXAMPLES, 'saved-page.html'));
  assert.equal(d.text.length, d.raw.length);
  const phrase = 'We are not ashamed of our friends';
  const at = d.text.indexOf(phrase);
  assert.ok(at > 0);
  assert.equal(d.raw.slice(at, at + phrase.length), phrase);
});

test('entities are decoded in place and markup is blanked', () => {
  const p = write('ent.html', '<html><body><article><p>Tom &amp; Jerry said &ldquo;hi&rdquo;</p><p>Second</p></article></body></html>');
  const d = readDoc(p);
  assert.equal(d.text.length, d.raw.length);
  assert.match(d.text, /Tom & {4} Jerry said “ {6}hi”/);
  assert.equal(d.text.trim().split(/\n\s*\n/).length, 2);
});

test('an article keeps its own header and title; the site header and the article footer go', () => {
  const p = write(
    'hdr.html',
    '<html><body><header><nav><a>Home</a></nav><div>Site Name</div></header><article><header><h1>Envoy denies arms shipments</h1></header>' +
      '<p>The envoy said: &ldquo;We sent nothing.&rdquo;</p><footer>Tags: envoy</footer></article></body></html>',
  );
  const lines = readDoc(p).text.split('\n').map((l) => l.trim()).filter(Boolean);
  assert.equal(lines[0], '# Envoy denies arms shipments');
  assert.ok(!lines.some((l) => /Site Name|Home|Tags/.test(l)));
});
