// The embedded store: one SQLite file in WAL mode, FTS5 full-text search over document
// passages and statements, one transaction per document so an interrupted ingest leaves
// every committed document whole and no partial one.
import Database from 'better-sqlite3';
import type { DocResult, Grade, Medium, Polarity, Predicate, RunMemory } from '../types.js';
import { MIGRATIONS } from './migrations.js';
import type {
  ClaimFilter,
  ClaimRow,
  DocumentRow,
  EntityRow,
  PutOutcome,
  SearchHit,
  StatementFilter,
  StatementRow,
  Store,
} from './types.js';

type Row = Record<string, unknown>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => Number(v);

function docRow(r: Row): DocumentRow {
  return {
    id: num(r.id),
    name: str(r.name),
    origin: str(r.origin),
    mediaType: str(r.media_type),
    hash: str(r.hash),
    title: strOrNull(r.title),
    published: strOrNull(r.published),
    series: strOrNull(r.series),
    number: strOrNull(r.number),
    url: strOrNull(r.url),
    ingestedAt: str(r.ingested_at),
  };
}

/** Turns words typed by a user into an FTS5 query: each word a quoted term, all required. */
export function ftsQuery(words: string): string {
  const terms = words.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}

/** The WHERE conditions whose value is given, with their arguments in order. */
function conditions(parts: readonly (readonly [string | number | undefined, string])[]): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  for (const [value, sql] of parts) {
    if (value === undefined || value === '') continue;
    // "?1" repeats one value: written as plain "?" with the value repeated.
    const n = (sql.match(/\?1?/g) ?? []).length;
    where.push(sql.replace(/\?1/g, '?'));
    for (let i = 0; i < n; i++) args.push(value);
  }
  return { where, args };
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly stmts: Record<string, Database.Statement>;

  constructor(readonly file: string, opts: { readonly?: boolean } = {}) {
    this.db = new Database(file, { readonly: opts.readonly ?? false });
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    if (!opts.readonly) this.migrate();
    this.stmts = this.prepare();
  }

  /** Runs the migrations this file has not seen yet, each in its own transaction. */
  private migrate(): void {
    const version = Number(this.db.pragma('user_version', { simple: true }));
    if (version > MIGRATIONS.length) {
      throw new Error(`${this.file}: written by a newer Dossier (schema ${version}; this one knows ${MIGRATIONS.length})`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  private prepare(): Record<string, Database.Statement> {
    const p = (sql: string): Database.Statement => this.db.prepare(sql);
    return {
      hasHash: p('SELECT id FROM documents WHERE hash = ?'),
      insertDoc: p(`INSERT INTO documents (name, origin, media_type, hash, title, published, ref_date, series, number, url,
        publisher, raw, text, ingested_at) VALUES (@name, @origin, @mediaType, @hash, @title, @published, @refDate, @series,
        @number, @url, @publisher, @raw, @text, @ingestedAt)`),
      insertBlock: p('INSERT INTO blocks (doc_id, idx, kind, start, end) VALUES (?, ?, ?, ?, ?)'),
      insertBlockFts: p('INSERT INTO blocks_fts (rowid, text) VALUES (?, ?)'),
      insertFootnote: p('INSERT INTO footnotes (doc_id, n, start, end, outlet, country, date, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      getEntity: p('SELECT key, name, type, aliases FROM entities WHERE key = ?'),
      insertEntity: p('INSERT INTO entities (key, name, type, aliases) VALUES (?, ?, ?, ?)'),
      updateAliases: p('UPDATE entities SET aliases = ? WHERE key = ?'),
      insertMention: p('INSERT INTO mentions (doc_id, key, surface, source, n, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertStatement: p(`INSERT INTO statements (doc_id, quote_idx, start, end, text, speaker, date, medium, addressee, cited,
        occasion, parent_id, in_heading, insertions, themes) VALUES (@docId, @quoteIdx, @start, @end, @text, @speaker, @date,
        @medium, @addressee, @cited, @occasion, @parentId, @inHeading, @insertions, @themes)`),
      insertStatementFts: p('INSERT INTO statements_fts (rowid, text) VALUES (?, ?)'),
      insertSeat: p('INSERT INTO seats (doc_id, city, state) VALUES (?, ?, ?)'),
      insertClaim: p(`INSERT INTO claims (doc_id, subject, predicate, object, polarity, claimant, chain, hedge, ev_start, ev_end,
        date, reliability, credibility) VALUES (@docId, @subject, @predicate, @object, @polarity, @claimant, @chain, @hedge,
        @evStart, @evEnd, @date, @reliability, @credibility)`),
    };
  }

  hasHash(hash: string): boolean {
    return this.stmts.hasHash!.get(hash) !== undefined;
  }

  putDocument(result: DocResult): { outcome: PutOutcome; id: number } {
    const existing = this.stmts.hasHash!.get(result.doc.hash) as Row | undefined;
    if (existing) return { outcome: 'unchanged', id: num(existing.id) };
    const id = this.db.transaction(() => this.write(result))();
    return { outcome: 'new', id };
  }

  private write(r: DocResult): number {
    const { doc, seg } = r;
    const s = this.stmts;
    const title = seg.title ? doc.text.slice(seg.title.start, seg.title.end) : (doc.meta.title ?? null);
    const docId = num(
      s.insertDoc!.run({
        name: doc.name,
        origin: doc.origin,
        mediaType: doc.mediaType,
        hash: doc.hash,
        title,
        published: seg.published ?? null,
        refDate: seg.refDate ?? null,
        series: seg.series ?? null,
        number: seg.number ?? null,
        url: doc.meta.url ?? null,
        publisher: r.publisher,
        raw: doc.raw,
        text: doc.text,
        ingestedAt: new Date().toISOString(),
      }).lastInsertRowid,
    );
    for (const b of seg.blocks) {
      const bid = s.insertBlock!.run(docId, b.index, b.kind, b.start, b.end).lastInsertRowid;
      s.insertBlockFts!.run(bid, doc.text.slice(b.start, b.end));
    }
    for (const f of seg.footnotes) {
      s.insertFootnote!.run(docId, f.n, f.start, f.end, f.outlet || null, f.country ?? null, f.date ?? null, f.url ?? null);
    }
    for (const e of r.entities) {
      const old = s.getEntity!.get(e.key) as Row | undefined;
      if (!old) {
        s.insertEntity!.run(e.key, e.name, e.type, JSON.stringify([...new Set(e.aliases)]));
      } else {
        const known = JSON.parse(str(old.aliases)) as string[];
        const merged = [...new Set([...known, ...e.aliases, e.name])].filter((n) => n !== old.name);
        if (merged.length !== known.length) s.updateAliases!.run(JSON.stringify(merged), e.key);
      }
    }
    const spellings = new Map<string, { key: string; surface: string; source: string; n: number; start: number; end: number }>();
    for (const m of r.mentions) {
      const k = `${m.key}\u0000${m.surface}`;
      const seen = spellings.get(k);
      if (seen) seen.n++;
      else spellings.set(k, { key: m.key, surface: m.surface, source: m.source, n: 1, start: m.start, end: m.end });
    }
    for (const m of spellings.values()) s.insertMention!.run(docId, m.key, m.surface, m.source, m.n, m.start, m.end);
    const themesOf = new Map(r.themes.map((t) => [t.quote, t.tags.map((g) => g.theme)]));
    const idOfQuote = new Map<number, number>();
    for (const st of r.statements) {
      const q = st.quote;
      const text = doc.text.slice(q.start, q.end);
      const sid = num(
        s.insertStatement!.run({
          docId,
          quoteIdx: q.id,
          start: q.start,
          end: q.end,
          text,
          speaker: st.speaker,
          date: st.date ?? null,
          medium: st.medium ?? null,
          addressee: st.addressee ?? null,
          cited: st.cited ?? null,
          occasion: st.occasion ? doc.text.slice(st.occasion.start, st.occasion.end) : null,
          parentId: q.parent !== undefined ? (idOfQuote.get(q.parent) ?? null) : null,
          inHeading: q.inHeading ? 1 : 0,
          insertions: JSON.stringify(q.insertions.map((i) => [i.start, i.end])),
          themes: JSON.stringify([...new Set(themesOf.get(q.id) ?? [])]),
        }).lastInsertRowid,
      );
      idOfQuote.set(q.id, sid);
      s.insertStatementFts!.run(sid, text);
    }
    for (const seat of r.seats ?? []) s.insertSeat!.run(docId, seat.city, seat.state);
    for (const c of r.claims) {
      s.insertClaim!.run({
        docId,
        subject: c.subject,
        predicate: c.predicate,
        object: c.object,
        polarity: c.polarity,
        claimant: c.claimant,
        chain: JSON.stringify(c.chain),
        hedge: c.hedge ?? null,
        evStart: c.evidence.start,
        evEnd: c.evidence.end,
        date: c.date ?? null,
        reliability: c.grade?.reliability ?? 'F',
        credibility: c.grade?.credibility ?? 6,
      });
    }
    return docId;
  }

  getDocument(idOrName: number | string): (DocumentRow & { text: string }) | null {
    const r = (
      typeof idOrName === 'number' || /^\d+$/.test(idOrName)
        ? this.db.prepare('SELECT * FROM documents WHERE id = ?').get(Number(idOrName))
        : this.db.prepare('SELECT * FROM documents WHERE name = ? OR hash = ? ORDER BY id DESC LIMIT 1').get(idOrName, idOrName)
    ) as Row | undefined;
    return r ? { ...docRow(r), text: str(r.text) } : null;
  }

  *documents(): Iterable<DocumentRow> {
    for (const r of this.db.prepare('SELECT * FROM documents ORDER BY id').iterate()) yield docRow(r as Row);
  }

  /** Blocks of a document with their kinds, for `dossier show`. */
  blocks(docId: number): { idx: number; kind: string; start: number; end: number }[] {
    return (this.db.prepare('SELECT idx, kind, start, end FROM blocks WHERE doc_id = ? ORDER BY idx').all(docId) as Row[]).map(
      (r) => ({ idx: num(r.idx), kind: str(r.kind), start: num(r.start), end: num(r.end) }),
    );
  }

  footnotes(docId: number): { n: number; outlet: string | null; country: string | null; date: string | null; url: string | null }[] {
    return (this.db.prepare('SELECT n, outlet, country, date, url FROM footnotes WHERE doc_id = ? ORDER BY n').all(docId) as Row[]).map(
      (r) => ({ n: num(r.n), outlet: strOrNull(r.outlet), country: strOrNull(r.country), date: strOrNull(r.date), url: strOrNull(r.url) }),
    );
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = ftsQuery(query);
    if (!q) return [];
    const blocks = this.db
      .prepare(
        `SELECT b.doc_id, d.name, b.start, b.end, snippet(blocks_fts, 0, '«', '»', '…', 40) AS snip, bm25(blocks_fts) AS score
         FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.rowid JOIN documents d ON d.id = b.doc_id
         WHERE blocks_fts MATCH ? ORDER BY score LIMIT ?`,
      )
      .all(q, limit) as Row[];
    const stmts = this.db
      .prepare(
        `SELECT s.id, s.doc_id, d.name, s.start, s.end, snippet(statements_fts, 0, '«', '»', '…', 40) AS snip,
                bm25(statements_fts) AS score
         FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid JOIN documents d ON d.id = s.doc_id
         WHERE statements_fts MATCH ? ORDER BY score LIMIT ?`,
      )
      .all(q, limit) as Row[];
    const hits: SearchHit[] = [
      ...blocks.map((r) => ({
        kind: 'document' as const,
        docId: num(r.doc_id),
        docName: str(r.name),
        snippet: str(r.snip),
        span: { start: num(r.start), end: num(r.end) },
        score: num(r.score),
      })),
      ...stmts.map((r) => ({
        kind: 'statement' as const,
        docId: num(r.doc_id),
        docName: str(r.name),
        snippet: str(r.snip),
        span: { start: num(r.start), end: num(r.end) },
        statementId: num(r.id),
        score: num(r.score),
      })),
    ];
    return hits.sort((a, b) => a.score - b.score).slice(0, limit);
  }

  *statements(f: StatementFilter = {}): Iterable<StatementRow> {
    const q = f.query ? ftsQuery(f.query) : '';
    const { where, args } = conditions([
      [f.speaker, 's.speaker = ?'],
      [f.from, 's.date >= ?'],
      // "2023-10" and "2023-10-31" both fall before "2023-10-31~".
      [f.to && `${f.to}~`, 's.date <= ?'],
      [f.medium, 's.medium = ?'],
      [f.docId, 's.doc_id = ?'],
      [q || undefined, 's.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)'],
    ]);
    const sql = `SELECT s.*, d.name AS doc_name, sp.name AS speaker_name, ci.name AS cited_name
      FROM statements s JOIN documents d ON d.id = s.doc_id
      LEFT JOIN entities sp ON sp.key = s.speaker LEFT JOIN entities ci ON ci.key = s.cited
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.date IS NULL, s.date, s.doc_id, s.start
      ${f.limit ? `LIMIT ${Math.max(0, Math.floor(f.limit))}` : ''}`;
    for (const r of this.db.prepare(sql).iterate(...args)) {
      const x = r as Row;
      yield {
        id: num(x.id),
        docId: num(x.doc_id),
        docName: str(x.doc_name),
        span: { start: num(x.start), end: num(x.end) },
        text: str(x.text),
        speaker: strOrNull(x.speaker),
        speakerName: strOrNull(x.speaker_name),
        date: strOrNull(x.date),
        medium: strOrNull(x.medium) as Medium | null,
        addressee: strOrNull(x.addressee),
        cited: strOrNull(x.cited),
        citedName: strOrNull(x.cited_name),
        occasion: strOrNull(x.occasion),
        parent: x.parent_id === null ? null : num(x.parent_id),
        inHeading: num(x.in_heading) === 1,
        themes: JSON.parse(str(x.themes)) as string[],
      };
    }
  }

  *claims(f: ClaimFilter = {}): Iterable<ClaimRow> {
    const { where, args } = conditions([
      [f.subject, 'c.subject = ?'],
      [f.object, 'c.object = ?'],
      [f.predicate, 'c.predicate = ?'],
      [f.actor, '(c.subject = ?1 OR c.object = ?1 OR c.claimant = ?1)'],
      [f.docId, 'c.doc_id = ?'],
    ]);
    const sql = `SELECT c.*, d.name AS doc_name, substr(d.text, c.ev_start + 1, c.ev_end - c.ev_start) AS ev_text,
        se.name AS s_name, oe.name AS o_name, ce.name AS c_name
      FROM claims c JOIN documents d ON d.id = c.doc_id
      LEFT JOIN entities se ON se.key = c.subject LEFT JOIN entities oe ON oe.key = c.object
      LEFT JOIN entities ce ON ce.key = c.claimant
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.subject, c.predicate, c.object, c.doc_id, c.ev_start
      ${f.limit ? `LIMIT ${Math.max(0, Math.floor(f.limit))}` : ''}`;
    for (const r of this.db.prepare(sql).iterate(...args)) {
      const x = r as Row;
      yield {
        id: num(x.id),
        docId: num(x.doc_id),
        docName: str(x.doc_name),
        subject: str(x.subject),
        subjectName: str(x.s_name ?? x.subject),
        predicate: str(x.predicate) as Predicate,
        object: str(x.object),
        objectName: str(x.o_name ?? x.object),
        polarity: str(x.polarity) as Polarity,
        claimant: str(x.claimant),
        claimantName: str(x.c_name ?? x.claimant),
        chain: JSON.parse(str(x.chain)) as string[],
        hedge: strOrNull(x.hedge),
        evidence: { start: num(x.ev_start), end: num(x.ev_end) },
        evidenceText: str(x.ev_text),
        date: strOrNull(x.date),
        grade: { reliability: str(x.reliability) as Grade['reliability'], credibility: num(x.credibility) as Grade['credibility'] },
      };
    }
  }

  private entityRow(r: Row): EntityRow {
    return {
      key: str(r.key),
      name: str(r.name),
      type: str(r.type) as EntityRow['type'],
      aliases: JSON.parse(str(r.aliases)) as string[],
      statements: num(r.n_statements ?? 0),
      claimsMade: num(r.n_made ?? 0),
      claimsAbout: num(r.n_about ?? 0),
    };
  }

  private static readonly ENTITY_SQL = `SELECT e.*,
      (SELECT count(*) FROM statements s WHERE s.speaker = e.key) AS n_statements,
      (SELECT count(*) FROM claims c WHERE c.claimant = e.key) AS n_made,
      (SELECT count(*) FROM claims c WHERE c.subject = e.key OR c.object = e.key) AS n_about
    FROM entities e`;

  *entities(): Iterable<EntityRow> {
    for (const r of this.db.prepare(`${SqliteStore.ENTITY_SQL} ORDER BY e.name`).iterate()) yield this.entityRow(r as Row);
  }

  entity(key: string): EntityRow | null {
    const r = this.db.prepare(`${SqliteStore.ENTITY_SQL} WHERE e.key = ?`).get(key) as Row | undefined;
    return r ? this.entityRow(r) : null;
  }

  /** Every spelling an entity was written in across the stored documents. */
  mentionSurfaces(key: string): string[] {
    const rows = this.db.prepare('SELECT surface, sum(n) AS n FROM mentions WHERE key = ? GROUP BY surface ORDER BY n DESC').all(key) as Row[];
    return rows.map((r) => str(r.surface));
  }

  /** Names of the documents that mention, quote or make claims about an entity. */
  documentsOf(key: string): string[] {
    const rows = this.db
      .prepare(
        `SELECT name FROM documents WHERE id IN (SELECT doc_id FROM mentions WHERE key = @k
           UNION SELECT doc_id FROM statements WHERE speaker = @k
           UNION SELECT doc_id FROM claims WHERE subject = @k OR object = @k OR claimant = @k) ORDER BY id`,
      )
      .all({ k: key }) as Row[];
    return rows.map((r) => str(r.name));
  }

  /** Every stored entity with its names, so later mentions resolve to it (actors in no loaded pack). */
  *knownNames(): Iterable<{ key: string; names: string[]; type: EntityRow['type'] }> {
    for (const r of this.db.prepare('SELECT key, name, type, aliases FROM entities').iterate()) {
      const x = r as Row;
      yield { key: str(x.key), names: [str(x.name), ...(JSON.parse(str(x.aliases)) as string[])], type: str(x.type) as EntityRow['type'] };
    }
  }

  setGrade(claimId: number, grade: Grade): void {
    const info = this.db.prepare('UPDATE claims SET reliability = ?, credibility = ? WHERE id = ?').run(grade.reliability, grade.credibility, claimId);
    if (info.changes === 0) throw new Error(`no claim with id ${claimId}`);
  }

  counts(): { documents: number; statements: number; claims: number; entities: number } {
    const c = (t: string): number => num((this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as Row).n);
    return { documents: c('documents'), statements: c('statements'), claims: c('claims'), entities: c('entities') };
  }

  runMemory(): RunMemory {
    const seats = (this.db.prepare('SELECT DISTINCT city, state FROM seats ORDER BY city, state').all() as Row[]).map((r) => ({ city: str(r.city), state: str(r.state) }));
    const publishers = (this.db.prepare(`SELECT d.publisher AS key, coalesce(e.name, d.publisher) AS name, count(*) AS n FROM documents d
      LEFT JOIN entities e ON e.key = d.publisher WHERE d.publisher IS NOT NULL GROUP BY d.publisher ORDER BY n DESC, key`).all() as Row[])
      .map((r) => ({ key: str(r.key), name: str(r.name), n: num(r.n) }));
    return { seats, publishers };
  }

  close(): void {
    this.db.close();
  }
}

/** Opens (creating and migrating when needed) the store at `file`. */
export function openStore(file: string, opts: { readonly?: boolean } = {}): SqliteStore {
  return new SqliteStore(file, opts);
}
