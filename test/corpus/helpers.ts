// Shared by the corpus tests: open a database the tests made, read it back.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runCli } from '../helpers/io.js';
import { ROOT } from '../helpers/shared.js';

const require = createRequire(import.meta.url);

export interface TestDb {
  prepare(sql: string): { get(...p: unknown[]): Record<string, unknown>; all(...p: unknown[]): Record<string, unknown>[]; pluck(): { get(...p: unknown[]): unknown; all(...p: unknown[]): unknown[] } };
  pragma(sql: string, o?: { simple: boolean }): unknown;
  exec(sql: string): void;
  close(): void;
}

export function openDb(path: string, readonly = true): TestDb {
  const Database = require('better-sqlite3') as new (p: string, o?: object) => TestDb;
  return new Database(path, { readonly, fileMustExist: true });
}

export const BIN = join(ROOT, 'bin/zhfin.js');
export const SAMPLES = join(ROOT, 'samples');

/** Each format and table: the arguments extract and export share. */
export const OUTPUTS: string[][] = [
  ['-f', 'jsonl'], ['-f', 'json'],
  ...['articles', 'figures', 'dates', 'entities'].map((t) => ['-f', 'csv', '--table', t]),
];

/** `zhfin export DB ARGS` to standard output, as bytes. */
export async function exported(db: string, args: string[]): Promise<Buffer> {
  const r = await runCli(['export', db, ...args]);
  if (r.code !== 0) throw new Error(`export failed: ${r.stderr}`);
  return r.stdoutBytes;
}

export function count(db: TestDb, table: string): number {
  return Number(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
}
