// Bench rows for the corpus database (`npm run bench`, after the runs):
// extract --db against -o out.jsonl on the same pages, a re-run with 1% new
// pages against the full run, the database's size per page and peak RSS.
import { mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

interface Run { ms: number; cpuMs: number; peakMB: number; code: number | null }

export interface DbBench {
  pages: number; jobs: number;
  jsonlMs: number; dbMs: number; overhead: number;
  rerunMs: number; rerunShare: number; newPages: number;
  bytesPerPage: number; peakMB: number; rerunPeakMB: number;
}

/**
 * The first 99% of the files in a folder of links, --db over it; then the
 * last 1% linked in and --db again. -o out.jsonl on the same 99% for the
 * comparison. Links are read like the files (their size and mtime too).
 */
export async function benchDb(files: string[], jobs: number, tmp: string, bin: string, node: (args: string[]) => Promise<Run>): Promise<DbBench> {
  const dir = join(tmp, 'db-pages');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const first = Math.floor(files.length * 0.99);
  const link = (f: string) => symlinkSync(f, join(dir, basename(f)));
  files.slice(0, first).forEach(link);
  const db = join(tmp, 'bench.sqlite');
  const out = join(tmp, 'db-out.jsonl');
  const check = (r: Run, what: string) => { if (r.code !== 0) throw new Error(`${what} exited ${r.code}`); return r; };
  const jsonl = check(await node([bin, 'extract', dir, '-q', '-j', String(jobs), '-o', out]), '-o out.jsonl');
  const full = check(await node([bin, 'extract', dir, '-q', '-j', String(jobs), '--db', db]), '--db');
  const bytes = statSync(db).size;
  files.slice(first).forEach(link);
  const rerun = check(await node([bin, 'extract', dir, '-q', '-j', String(jobs), '--db', db]), '--db re-run');
  rmSync(dir, { recursive: true, force: true });
  for (const f of [db, out, `${db}.lock`]) rmSync(f, { force: true });
  return {
    pages: first, jobs, jsonlMs: jsonl.ms, dbMs: full.ms, overhead: full.ms / jsonl.ms - 1,
    rerunMs: rerun.ms, rerunShare: rerun.ms / full.ms, newPages: files.length - first,
    bytesPerPage: bytes / first, peakMB: full.peakMB, rerunPeakMB: rerun.peakMB,
  };
}
