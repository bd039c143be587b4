// Opening the corpus database: the driver (better-sqlite3, an optional native
// dependency), the pragmas that make it safe under kill -9 (WAL), the tables,
// the run lock, and the fingerprint that says which rows are stale.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { PipelineOptions } from '../pipeline.js';
import { SCHEMA_VERSION } from '../schema.js';
import { ftsSql, FTS_TABLE } from './fts.js';
import { MINHASH_SCHEME } from './minhash.js';
import { corpusTables, createTableSql, datasetteMetadata, DB_LAYOUT_VERSION, type Table } from './tables.js';

/** A database problem, said for a person: the CLI prints it and exits 2. */
export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

// The parts of better-sqlite3 zhfin uses (its own types are not a dependency).
export interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
  iterate(...params: unknown[]): IterableIterator<Record<string, unknown>>;
  pluck(on?: boolean): Statement;
  raw(on?: boolean): Statement;
}
export interface Db {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(sql: string, o?: { simple?: boolean }): unknown;
  close(): void;
  readonly inTransaction: boolean;
}
type Driver = new (path: string, o?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number }) => Db;

const ROOT = new URL('../../../', import.meta.url);
const require = createRequire(import.meta.url);

export const INSTALL_HINT = 'run `npm install better-sqlite3@^12` in the folder zhfin is installed in (it compiles from source in about 2 minutes and needs a C++ compiler and python3)';

export function loadDriver(): Driver {
  try {
    return require('better-sqlite3') as Driver;
  } catch (e) {
    throw new CorpusError(`--db needs the better-sqlite3 package, which is not installed or did not build (${(e as Error).message.split('\n')[0]}); ${INSTALL_HINT}`);
  }
}

export function zhfinVersion(): string {
  return (JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string }).version;
}

/** Hash of every rule and gazetteer file the extractors and the stripper read. */
export function rulesHash(): string {
  const h = createHash('sha256');
  const extractors = readdirSync(new URL('extractors/', ROOT), { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => `extractors/${d.name}/data`).sort();
  for (const dir of [...extractors, 'src/strip']) {
    const abs = new URL(`${dir}/`, ROOT);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).filter((x) => x.endsWith('.json')).sort()) {
      h.update(`${dir}/${f}\0`).update(readFileSync(new URL(f, abs))).update('\0');
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** What made a page's rows: a page made by another fingerprint is re-extracted. */
export function fingerprint(version: string, rules: string, o: PipelineOptions): string {
  const opts = { strip: o.strip, text: o.text, context: o.context, comments: o.comments, segmenter: o.segmenter };
  return createHash('sha256').update(JSON.stringify([SCHEMA_VERSION, version, rules, MINHASH_SCHEME, opts])).digest('hex').slice(0, 16);
}

function sqliteProblem(shown: string, e: unknown): CorpusError {
  const code = (e as { code?: string }).code ?? '';
  const msg = (e as Error).message;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new CorpusError(`${shown} is not a SQLite database (${msg}); name a new file or a database zhfin made`);
  if (code === 'SQLITE_FULL') return new CorpusError(`${shown}: the disk is full (${msg}); the batch being written was rolled back and the pages before it stay; free space and run again`);
  // better-sqlite3 refuses a missing folder itself, with no SQLite code.
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || /directory does not exist/.test(msg)) return new CorpusError(`cannot write ${shown} (${msg}); check that its folder exists and that it and the file are writable`);
  if (code.startsWith('SQLITE_BUSY')) return new CorpusError(`${shown} is locked by another program (${msg}); wait for it to finish, or raise --lock-wait`);
  return new CorpusError(`${shown}: ${msg}${code ? ` [${code}]` : ''}`);
}

export { sqliteProblem };

export interface Opened {
  db: Db;
  tables: Table[];
  /** The run lock (a side file held open with an exclusive lock); undefined when reading. */
  lock?: Db;
}

/** Add columns a newer schema has and the database lacks (a new field on an item). */
function addMissingColumns(db: Db, t: Table): void {
  const have = new Set((db.prepare(`PRAGMA table_info("${t.name}")`).all()).map((r) => String(r.name)));
  for (const c of t.columns) if (!have.has(c.name)) db.exec(`ALTER TABLE "${t.name}" ADD COLUMN "${c.name}" ${c.type}`);
}

function checkLayout(db: Db, shown: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as unknown as string[];
  if (!tables.length) return;
  if (!tables.includes('meta')) throw new CorpusError(`${shown} is a SQLite database zhfin did not make (no meta table); name a new file`);
  const v = db.prepare("SELECT value FROM meta WHERE key = 'layout'").pluck().get() as unknown as string | undefined;
  if (v !== undefined && Number(v) !== DB_LAYOUT_VERSION) {
    throw new CorpusError(`${shown} has database layout ${v} and this zhfin writes layout ${DB_LAYOUT_VERSION}; export it with the zhfin that made it, or start a new database`);
  }
}

/** Open for writing: lock, pragmas, tables, and the Datasette metadata beside it. */
export function openForWrite(path: string, shown: string, lockWaitMs: number): Opened {
  const Database = loadDriver();
  let lock: Db | undefined;
  let db: Db | undefined;
  try {
    // The lock is a side file held with an exclusive lock for the whole run:
    // the operating system drops it when the process dies, even by kill -9.
    lock = new Database(`${path}.lock`, { timeout: lockWaitMs });
    try {
      lock.exec('BEGIN EXCLUSIVE');
    } catch (e) {
      if (String((e as { code?: string }).code).startsWith('SQLITE_BUSY')) {
        throw new CorpusError(`${shown} is being written by another zhfin (waited ${Math.round(lockWaitMs / 1000)} s for it); let that run finish, or wait longer with --lock-wait SECONDS`);
      }
      throw e;
    }
    db = new Database(path, { timeout: lockWaitMs });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    checkLayout(db, shown);
    const tables = corpusTables();
    db.exec('BEGIN IMMEDIATE');
    for (const t of tables) {
      for (const sql of createTableSql(t)) db.exec(sql);
      addMissingColumns(db, t);
    }
    for (const sql of ftsSql()) db.exec(sql);
    db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('layout', ?)").run(String(DB_LAYOUT_VERSION));
    db.exec('COMMIT');
    writeDatasetteMetadata(path, tables);
    return { db, tables, lock };
  } catch (e) {
    try { if (db?.inTransaction) db.exec('ROLLBACK'); } catch { /* closing anyway */ }
    db?.close();
    lock?.close();
    if (e instanceof CorpusError) throw e;
    throw sqliteProblem(shown, e);
  }
}

/** Open to read (export): no lock needed, WAL lets a run go on meanwhile. */
export function openForRead(path: string, shown: string): Opened {
  const Database = loadDriver();
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 });
    checkLayout(db, shown);
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles'").get()) throw new CorpusError(`${shown} holds no zhfin corpus yet; make one with zhfin extract INPUTS --db ${shown}`);
    return { db, tables: corpusTables() };
  } catch (e) {
    if (e instanceof CorpusError) throw e;
    if ((e as { code?: string }).code === 'SQLITE_CANTOPEN') throw new CorpusError(`cannot open ${shown}: no such database; check the path`);
    throw sqliteProblem(shown, e);
  }
}

/** corpus.sqlite -> corpus.metadata.json, written whole or not at all. */
export function metadataPath(path: string): string {
  return join(dirname(path), `${basename(path).replace(/\.[^.]*$/, '')}.metadata.json`);
}

function writeDatasetteMetadata(path: string, tables: Table[]): void {
  const name = basename(path).replace(/\.[^.]*$/, '');
  const file = metadataPath(path);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(datasetteMetadata(name, tables, { table: 'articles', fts: FTS_TABLE, pk: 'article' }), null, 2)}\n`);
  renameSync(tmp, file);
}
