// The whole flow of a document, composed from the stages in order. Order here matters:
// each stage reads only what the stages before it produced (see docs/ARCHITECTURE.md).
//
//   read -> normalize -> segment -> quotes -> mentions -> attribute -> claims -> entities
import type { Pack } from './pack/types.js';
import { normalize } from './normalize/index.js';
import { segment } from './segment/index.js';
import type { DocResult, Entity, RawDoc } from './types.js';

export interface PipelineOptions {
  readonly packs: readonly Pack[];
  /** Entity key or name of the publisher when the documents do not say (`--publisher`). */
  readonly publisher?: string;
  /** When given, milliseconds spent per stage are added here (for the benchmark). */
  readonly times?: StageTimes;
}

export type StageTimes = Partial<Record<'normalize' | 'segment' | 'quotes' | 'mentions' | 'attribute' | 'claims' | 'entities' | 'store', number>>;

export interface Pipeline {
  process(doc: RawDoc): DocResult;
}

/** Builds the pipeline once (compiling the packs' matchers) and runs it per document. */
export function createPipeline(opts: PipelineOptions): Pipeline {
  const times = opts.times;
  const stage = <T>(name: keyof StageTimes, f: () => T): T => {
    if (!times) return f();
    const t0 = process.hrtime.bigint();
    const v = f();
    times[name] = (times[name] ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6;
    return v;
  };
  return {
    process(doc: RawDoc): DocResult {
      stage('normalize', () => normalize(doc.text));
      const seg = stage('segment', () => segment(doc.text, doc.meta));
      const publisher = opts.publisher ?? 'x:publisher';
      const entities: Entity[] = [];
      return { doc, seg, publisher, quotes: [], mentions: [], statements: [], claims: [], themes: [], entities };
    },
  };
}
