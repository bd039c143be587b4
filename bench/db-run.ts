// Bench rows for the corpus database (`npm run bench`, after the runs):
// extract --db against -o out.jsonl on the same pages, a re-run with 1% new
// pages against the full run, the database's size per page and peak RSS.
import { mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

interface Run { ms: number; cpuMs: number; peakMB: number; code: number | null }

export interface DbBench {
  pages: number; jobs: number; rounds: number;
  jsonlMs: number; dbMs: number; overhead: number;
  jsonlCpuMs: number; dbCpuMs: number; cpuOverhead: number;
  rerunMs: number; rerunShare: number; newPages: number;
  bytesPerPage: number; peakMB: number; rerunPeakMB: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * The first 99% of the files in a folder of links, --db over it; then the
 * last 1% linked in and --db again. -o out.jsonl on the same 99% for the
 * comparison, in turns with the --db run (`rounds` times each, medians), so
 * that other work on the machine weighs on both alike. Links are read like
 * the files (their size and mtime too).
 */
export async function benchDb(files: string[], jobs: number, tmp: string, bin: string, node: (args: string[]) => Promise<Run>, rounds = 1): Promise<DbBench> {
  const dir = join(tmp, 'db-pages');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const first = Math.floor(files.length * 0.99);
  const link = (f: string) => symlinkSync(f, join(dir, basename(f)));
  files.slice(0, first).forEach(link);
  const db = join(tmp, 'bench.sqlite');
  const out = join(tmp, 'db-out.jsonl');
  const dropDb = () => { for (const f of [db, `${db}-wal`, `${db}-shm`, `${db}.lock`]) rmSync(f, { force: true }); };
  const check = (r: Run, what: string) => { if (r.code !== 0) throw new Error(`${what} exited ${r.code}`); return r; };
  const jsonl: Run[] = [], full: Run[] = [];
  for (let i = 0; i < rounds; i++) {
    jsonl.push(check(await node([bin, 'extract', dir, '-q', '-j', String(jobs), '-o', out]), '-o out.jsonl'));
    dropDb();
    full.push(check(await node([bin, 'extract', dir, '-q', '-j', String(jobs), '--db', db]), '--db'));
  }
  const bytes = statSync(db).size;
  files.slice(first).forEach(link);
  const rerun = check(await node([bin, 'extract', dir, '-q', '-j', String(jobs), '--db', db]), '--db re-run');
  rmSync(dir, { recursive: true, force: true });
  dropDb();
  rmSync(out, { force: true });
  const jsonlMs = median(jsonl.map((r) => r.ms)), dbMs = median(full.map((r) => r.ms));
  const jsonlCpuMs = median(jsonl.map((r) => r.cpuMs)), dbCpuMs = median(full.map((r) => r.cpuMs));
  return {
    pages: first, jobs, rounds, jsonlMs, dbMs, overhead: dbMs / jsonlMs - 1,
    jsonlCpuMs, dbCpuMs, cpuOverhead: dbCpuMs / jsonlCpuMs - 1,
    rerunMs: rerun.ms, rerunShare: rerun.ms / dbMs, newPages: files.length - first,
    bytesPerPage: bytes / first, peakMB: Math.max(...full.map((r) => r.peakMB)), rerunPeakMB: rerun.peakMB,
  };
}
