// read: files and folders into RawDocs. Text exactly as on disk (UTF-8, BOM removed), a
// content hash, the origin, and for HTML the main text and metadata. A file that cannot be
// used is reported by name with the reason; the caller goes on with the rest.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MediaType, RawDoc } from '../types.js';
import { ReadError } from './errors.js';
import { htmlMainText } from './html.js';

export { ReadError } from './errors.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS: Readonly<Record<string, MediaType>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'text/html',
};

/** Every readable file under the given paths (folders recursively, hidden entries skipped), sorted. */
export function listFiles(paths: readonly string[]): { files: string[]; missing: ReadError[] } {
  const files: string[] = [];
  const missing: ReadError[] = [];
  const visit = (p: string, explicit: boolean): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      missing.push(new ReadError(p, 'no such file or folder'));
      return;
    }
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) if (!e.startsWith('.')) visit(path.join(p, e), false);
    } else if (st.isFile() && (explicit || path.extname(p).toLowerCase() in EXTENSIONS)) {
      files.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return { files, missing };
}

export function mediaTypeOf(file: string, raw: string): MediaType {
  const ext = path.extname(file).toLowerCase();
  if (ext in EXTENSIONS) return EXTENSIONS[ext]!;
  return /^\s*(<!doctype html|<html)/i.test(raw) ? 'text/html' : 'text/plain';
}

/** Decodes bytes as strict UTF-8 without a BOM, or throws a ReadError saying why not. */
export function decode(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length === 0) throw new ReadError(file, 'empty file');
  if (bytes.length > maxBytes) throw new ReadError(file, `too large (${bytes.length} bytes; the limit is ${maxBytes}, set --max-bytes to raise it)`);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new ReadError(file, 'binary file (contains NUL bytes); Dossier reads text, Markdown and HTML');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError(file, 'not valid UTF-8; convert it first (for example: iconv -f windows-1256 -t utf-8)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ReadError(file, 'no text (only white space)');
  return text;
}

/** Builds a RawDoc from decoded text. */
export function fromText(name: string, origin: string, raw: string, mediaType: MediaType): RawDoc {
  const hash = createHash('sha256').update(raw).digest('hex');
  if (mediaType === 'text/html') {
    const main = htmlMainText(raw);
    if (!main.text.trim()) throw new ReadError(origin, 'HTML page has no main text');
    const meta = {
      ...(main.title ? { title: main.title } : {}),
      ...(main.date ? { date: main.date } : {}),
      ...(main.url ? { url: main.url } : {}),
      ...(main.site ? { site: main.site } : {}),
    };
    return { name, origin, mediaType, raw, text: main.text, hash, meta };
  }
  return { name, origin, mediaType, raw, text: raw, hash, meta: {} };
}

/** Reads one file into a RawDoc, or throws a ReadError naming the file and the problem. */
export function readDoc(file: string, maxBytes = DEFAULT_MAX_BYTES): RawDoc {
  let bytes: Uint8Array;
  let modified: string;
  try {
    const st = fs.statSync(file);
    modified = st.mtime.toISOString().slice(0, 10);
    if (st.size > maxBytes) throw new ReadError(file, `too large (${st.size} bytes; the limit is ${maxBytes}, set --max-bytes to raise it)`);
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const raw = decode(file, bytes, maxBytes);
  const doc = fromText(path.basename(file), path.resolve(file), raw, mediaTypeOf(file, raw));
  // When the file was last written: the year a dateline without one ("RENHOLLOW, May 3") falls in.
  return { ...doc, meta: { ...doc.meta, modified } };
}
