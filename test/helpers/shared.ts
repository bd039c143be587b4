// Where the shared measuring instruments live (../shared beside the repo), and
// a skip reason when they are absent, so tests say why they did not run.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test/...). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED = resolve(ROOT, '../shared');

export function sharedOrSkip(...parts: string[]): { path: string; skip: string | false } {
  const path = resolve(SHARED, ...parts);
  return { path, skip: existsSync(path) ? false : `needs ${path} (the shared/ folder beside the repository); not present here` };
}

/**
 * Standard output of one of the shared tools (`node TOOL ARGS`), taken through
 * a file, not a pipe: a tool that ends with process.exit() drops what a pipe
 * has not taken yet, and under load that cut suite.mjs's input short (the
 * last 5 to 43 of 313 lines, with exit status 0).
 */
export function toolOutput(args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhfin-tool-'));
  const file = join(dir, 'stdout');
  const fd = openSync(file, 'w');
  try {
    execFileSync(process.execPath, args, { stdio: ['ignore', fd, 'inherit'] });
  } finally {
    closeSync(fd);
  }
  const out = readFileSync(file, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return out;
}
