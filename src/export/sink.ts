// Writing exports to a stream piece by piece, waiting when the stream asks us to (backpressure),
// so an export of a million rows holds only the row being written in memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes `chunk` and waits for 'drain' when the stream's buffer is full. */
export async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Ends a stream and resolves once everything is flushed (for files the export opens itself). */
export async function finish(out: Writable): Promise<void> {
  out.end();
  if (!out.writableFinished) await once(out, 'finish');
}
