// The corpus database writer: takes the pipeline's outcomes in input order on
// the main thread and writes each page's rows. Pages go in by transactions
// of a few dozen (or a second's worth), so a kill at any moment leaves whole
// pages only; a changed page's old rows are replaced inside the same
// transaction. Inputs it already holds unchanged are passed over: a file by
// path + size + mtime before it is read, a page by its SHA-256 after.
import { createHash } from 'node:crypto';
import type { InputItem } from '../page.js';
import type { PipelineOptions } from '../pipeline.js';
import type { Outcome, RenderTarget } from '../run-page.js';
import type { ArticleRecord } from '../schema.js';
import { recordFromRow } from './export.js';
import { DuplicateFinder } from './duplicates.js';
import { toBlob } from './minhash.js';
import { fingerprint, openForWrite, rulesHash, sqliteProblem, zhfinVersion, type Db, type Statement } from './open.js';
import { prepare, unprepare, withoutText, type Prepared } from './prepare.js';
import { articleCells, entitiesOf, rowMaker, sentenceOf, type RowKeys } from './rows.js';
import { itemLists, type Table } from './tables.js';

export interface CorpusOptions {
  /** Absolute path of the database file. */
  path: string;
  /** The path as the user gave it, for messages. */
  shown: string;
  pipeline: PipelineOptions;
  /** Re-extract every input met, whatever the database holds. */
  reextract: boolean;
  /** How long to wait for another run's lock. */
  lockWaitMs: number;
  /** Give back the stored records of unchanged inputs (for -o beside --db). */
  wantRecords: boolean;
}

export interface Summary { run: number; new: number; changed: number; reextracted: number; unchanged: number; failed: number }

/** What the writer knows of an input beyond its outcome, queued in input order. */
interface Pending {
  key: string;
  path?: string | undefined;
  url?: string | undefined;
  line?: number | undefined;
  warcRecordId?: string | undefined;
  sha256?: string;
  wholeFile?: boolean;
  /** Its row in pages, when screen() looked it up already. */
  row?: Record<string, unknown> | null;
}

/** Pages per transaction, and the longest a transaction stays open. */
const BATCH_PAGES = 64;
const BATCH_MS = 1000;

export class CorpusWriter {
  readonly renderTarget: RenderTarget;
  private readonly db: Db;
  private readonly lock: Db | undefined;
  private readonly tables: Map<string, Table>;
  private readonly lists = itemLists();
  private readonly madeBy: string;
  private readonly rules: string;
  private readonly version: string;
  private readonly run: number;
  private readonly now = new Date().toISOString();
  private ord = 0;
  private readonly queue: Pending[] = [];
  private readonly fileStats = new Map<string, { size: number; mtime: number }>();
  private lastPath: string | undefined;
  private batch = 0;
  private batchStart = 0;
  private readonly counts = { new: 0, changed: 0, reextracted: 0, unchanged: 0, failed: 0 };
  private readonly st: Record<string, Statement> = {};
  private readonly items = new Map<string, { insert: Statement; row: ReturnType<typeof rowMaker> }>();
  private entityRow!: ReturnType<typeof rowMaker>;
  private mentionRow!: ReturnType<typeof rowMaker>;
  private readonly written = new Set<string>();
  private readonly duplicates: DuplicateFinder;

  constructor(private readonly o: CorpusOptions) {
    const opened = openForWrite(o.path, o.shown, o.lockWaitMs);
    this.db = opened.db;
    this.lock = opened.lock;
    this.tables = new Map(opened.tables.map((t) => [t.name, t]));
    this.version = zhfinVersion();
    this.rules = rulesHash();
    this.madeBy = fingerprint(this.version, this.rules, o.pipeline);
    this.renderTarget = { format: 'corpus', segmenter: o.pipeline.segmenter };
    try {
      this.prepareStatements();
      this.duplicates = new DuplicateFinder(this.db, this.lists);
      this.run = Number(this.db.prepare('INSERT INTO runs(started, zhfin_version, made_by) VALUES (?, ?, ?)').run(this.now, this.version, this.madeBy).lastInsertRowid);
    } catch (e) {
      this.close();
      throw sqliteProblem(o.shown, e);
    }
  }

  private prepareStatements(): void {
    const articles = this.tables.get('articles')!;
    const cols = articles.columns.filter((c) => c.name !== 'article').map((c) => `"${c.name}"`);
    const q = (n: number) => Array(n).fill('?').join(', ');
    const pageCols = ['input', 'path', 'url', 'line', 'warc_record_id', 'bytes', 'sha256', 'file_size', 'file_mtime', 'encoding', 'first_seen', 'last_seen', 'run', 'ord', 'status', 'error_code', 'error_message', 'article', 'made_by'];
    Object.assign(this.st, {
      insertArticle: this.db.prepare(`INSERT INTO articles(${cols.join(', ')}) VALUES (${q(cols.length)})`),
      deleteArticle: this.db.prepare('DELETE FROM articles WHERE article = ?'),
      getPage: this.db.prepare('SELECT page, sha256, made_by, article FROM pages WHERE input = ?'),
      upsertPage: this.db.prepare(`INSERT INTO pages(${pageCols.join(', ')}) VALUES (${q(pageCols.length)})
        ON CONFLICT(input) DO UPDATE SET ${pageCols.filter((c) => c !== 'input' && c !== 'first_seen').map((c) => `${c} = excluded.${c}`).join(', ')}`),
      touchPage: this.db.prepare('UPDATE pages SET last_seen = ?, run = ?, ord = ?, file_size = coalesce(?, file_size), file_mtime = coalesce(?, file_mtime) WHERE page = ?'),
      pagesOfFile: this.db.prepare('SELECT page FROM pages WHERE path = ? ORDER BY run, ord, page').pluck(),
      storedOf: this.db.prepare('SELECT a.record, a.text FROM pages p JOIN articles a ON a.article = p.article WHERE p.page = ?'),
      getFile: this.db.prepare('SELECT size, mtime, made_by FROM files WHERE path = ?'),
      putFile: this.db.prepare('INSERT OR REPLACE INTO files(path, size, mtime, made_by, run) VALUES (?, ?, ?, ?, ?)'),
      entity: this.db.prepare(this.insertSql(this.tables.get('entities')!)),
      mention: this.db.prepare(this.insertSql(this.tables.get('mentions')!)),
    });
    for (const l of this.lists) {
      if (l.shape !== 'spanned') continue;
      const t = this.tables.get(l.field)!;
      this.items.set(l.field, { insert: this.db.prepare(this.insertSql(t)), row: rowMaker(t) });
    }
    // The entity's own row number is SQLite's to give: its cell is left NULL.
    this.entityRow = rowMaker(this.tables.get('entities')!);
    this.mentionRow = rowMaker(this.tables.get('mentions')!);
  }

  private insertSql(t: Table): string {
    const cols = t.columns.map((c) => `"${c.name}"`);
    return `INSERT INTO "${t.name}"(${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  }


  /** For expandInputs: is this file held unchanged (path + size + mtime, same fingerprint)? */
  readonly unchanged = (name: string, size: number, mtimeMs: number): boolean => {
    // Whole milliseconds: what touch, cp -p and rsync -t can put back.
    const mtime = Math.floor(mtimeMs);
    this.fileStats.set(name, { size, mtime });
    if (this.o.reextract) return false;
    const f = this.st.getFile!.get(name);
    // Within a millisecond: a time put back through utimes() comes back a hair off.
    return !!f && f.size === size && Math.abs(Number(f.mtime) - mtime) <= 1 && f.made_by === this.madeBy;
  };

  /** Between the inputs and the pipeline: a page whose bytes the database holds already is not processed. */
  async *screen(items: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
    for await (const item of items) {
      if (item.kind === 'page') {
        const p = item.page;
        const sha256 = createHash('sha256').update(p.content).digest('hex');
        const row = this.st.getPage!.get(p.name);
        this.queue.push({ key: p.name, path: p.path, url: p.url, line: p.line, warcRecordId: p.warcRecordId, sha256, row: row ?? null });
        yield !this.o.reextract && row && row.sha256 === sha256 && row.made_by === this.madeBy ? { kind: 'unchanged', name: p.name } : item;
      } else {
        if (item.kind === 'unchanged') this.queue.push({ key: item.name, path: item.name, wholeFile: true });
        else if (item.kind === 'error') this.queue.push({ key: item.error.input, url: item.url, line: item.line });
        else this.queue.push({ key: item.name });
        yield item;
      }
    }
  }

  /** Write one outcome (the next in input order); gives back the records it stands for, with their clean text. */
  take(o: Outcome): { record: ArticleRecord; text: string }[] {
    const info = this.queue.shift();
    if (!info) throw new Error('corpus writer: an outcome came without its input');
    if (o.kind === 'skip') return [];
    try {
      if (!this.db.inTransaction) { this.db.exec('BEGIN IMMEDIATE'); this.batch = 0; this.batchStart = Date.now(); }
      let out: { record: ArticleRecord; text: string }[] = [];
      if (o.kind === 'unchanged') out = this.touch(info);
      else if (o.kind === 'error') this.writePage(info, null, o.record.error, o.record.source);
      else {
        const p = unprepare(o.kind === 'rendered' ? o.output : prepare(o.record, this.o.pipeline.segmenter, o.record.text ?? ''));
        this.writePage(info, p);
        out = [{ record: p.record, text: p.text }];
      }
      this.fileDone(info.path);
      if (++this.batch >= BATCH_PAGES || Date.now() - this.batchStart > BATCH_MS) this.db.exec('COMMIT');
      return out;
    } catch (e) {
      this.abort();
      throw sqliteProblem(this.o.shown, e);
    }
  }

  /** A file is whole once the next input comes from elsewhere: remember its size and mtime then. */
  private fileDone(path: string | undefined, final = false): void {
    if (path === this.lastPath && !final) return;
    const done = this.lastPath;
    this.lastPath = path;
    const s = done === undefined ? undefined : this.fileStats.get(done);
    if (done !== undefined && s) this.st.putFile!.run(done, s.size, s.mtime, this.madeBy, this.run);
  }

  private touch(info: Pending): { record: ArticleRecord; text: string }[] {
    const s = info.path === undefined ? undefined : this.fileStats.get(info.path);
    const pages = info.wholeFile
      ? (this.st.pagesOfFile!.all(info.path) as unknown as number[])
      : [Number(this.st.getPage!.get(info.key)!.page)];
    const out: { record: ArticleRecord; text: string }[] = [];
    for (const page of pages) {
      this.st.touchPage!.run(this.now, this.run, this.ord++, s?.size ?? null, s?.mtime ?? null, page);
      this.counts.unchanged++;
      if (!this.o.wantRecords) continue;
      const r = this.st.storedOf!.get(page);
      if (r) out.push({ record: recordFromRow(String(r.record), r.text as string | null), text: (r.text as string | null) ?? '' });
    }
    return out;
  }

  private writePage(info: Pending, p: Prepared | null, error?: { code: string; message: string }, errSource?: { path?: string; url?: string; line?: number }): void {
    // Looked up afresh unless screen() did: JSON Lines may hold one URL twice.
    const existing = info.row !== undefined && !this.written.has(info.key) ? info.row : this.st.getPage!.get(info.key);
    this.written.add(info.key);
    if (existing?.article != null) {
      this.st.deleteArticle!.run(existing.article);
      this.duplicates.forget(Number(existing.article));
    }
    const article = p ? this.writeArticle(p) : null;
    const s = info.path === undefined ? undefined : this.fileStats.get(info.path);
    const src = p?.record.source;
    this.st.upsertPage!.run(
      info.key, errSource ? errSource.path ?? null : info.path ?? null, (errSource ? errSource.url : info.url) ?? null,
      (errSource ? errSource.line : info.line) ?? null, info.warcRecordId ?? null,
      src?.bytes ?? null, info.sha256 ?? null, s?.size ?? null, s?.mtime ?? null, src?.encoding ?? null,
      this.now, this.now, this.run, this.ord++, p ? 'ok' : 'failed', error?.code ?? null, error?.message ?? null, article, this.madeBy,
    );
    if (!p) this.counts.failed++;
    else if (!existing) this.counts.new++;
    else if (existing.sha256 === info.sha256) this.counts.reextracted++;
    else this.counts.changed++;
  }

  private writeArticle(p: Prepared): number {
    const t = this.tables.get('articles')!;
    const r = p.record;
    const cells = articleCells(t, r);
    cells.set('text', p.text);
    cells.set('record', withoutText(p.json, r.text));
    cells.set('title_words', p.titleWords);
    cells.set('text_words', p.textWords);
    cells.set('minhash', p.minhash ? toBlob(p.minhash) : null);
    const article = Number(this.st.insertArticle!.run(...t.columns.filter((c) => c.name !== 'article').map((c) => cells.get(c.name) ?? null)).lastInsertRowid);
    const rec = r as unknown as Record<string, Record<string, unknown>[] | undefined>;
    const keys: RowKeys = { article, ord: 0, sentence: null };
    for (const l of this.lists) {
      const table = this.items.get(l.field);
      if (!table) continue;
      const list = rec[l.field] ?? [];
      for (let i = 0; i < list.length; i++) {
        keys.ord = i;
        keys.sentence = sentenceOf(p.text, list[i]!);
        table.insert.run(...table.row(keys, list[i]!));
      }
    }
    for (const e of entitiesOf(r, this.lists.filter((l) => l.shape === 'entity'))) {
      const entity = Number(this.st.entity!.run(...this.entityRow({ article, ord: e.ord, sentence: null, type: e.type }, e.item)).lastInsertRowid);
      const m: RowKeys = { article, ord: 0, sentence: null, entity };
      for (let i = 0; i < e.spans.length; i++) {
        m.ord = i;
        m.sentence = sentenceOf(p.text, e.spans[i]!);
        this.st.mention!.run(...this.mentionRow(m, e.spans[i]!));
      }
    }
    if (p.minhash) this.duplicates.mark(article, p.minhash, r);
    return article;
  }

  /** Commit what is written, note the run, release the lock. Interrupted: the last file may be partial, so it is not marked read. */
  finish(interrupted: boolean): Summary {
    try {
      if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
      if (!interrupted) this.fileDone(undefined, true);
      this.db.prepare('UPDATE runs SET finished = ?, new = ?, changed = ?, unchanged = ?, failed = ? WHERE run = ?')
        .run(interrupted ? null : new Date().toISOString(), this.counts.new, this.counts.changed + this.counts.reextracted, this.counts.unchanged, this.counts.failed, this.run);
      const meta = this.db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)');
      for (const [k, v] of [['zhfin_version', this.version], ['rules_hash', this.rules], ['made_by', this.madeBy], ['last_run', String(this.run)]]) meta.run(k, v);
      this.db.exec('COMMIT');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (e) {
      this.abort();
      throw sqliteProblem(this.o.shown, e);
    }
    this.close();
    return { run: this.run, ...this.counts };
  }

  /** Roll back the open batch (whole pages committed before it stay) and let go. */
  abort(): void {
    try { if (this.db.inTransaction) this.db.exec('ROLLBACK'); } catch { /* closing anyway */ }
    this.close();
  }

  private closed = false;
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    try { this.db.close(); } catch { /* already closed */ }
    try { this.lock?.close(); } catch { /* already closed */ }
  }
}

/** The one line the run ends with on stderr. */
export function summaryLine(shown: string, s: Summary): string {
  const parts = [`${s.new} new`, `${s.changed} changed`, ...(s.reextracted ? [`${s.reextracted} re-extracted (new zhfin version, rules or options)`] : []), `${s.unchanged} unchanged`, `${s.failed} failed`];
  return `zhfin: ${shown}: ${parts.join(', ')} (run ${s.run})`;
}
