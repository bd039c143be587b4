// Where the shared measuring instruments live (../shared beside the repo), and
// a skip reason when they are absent, so tests say why they did not run.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test/...). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED = resolve(ROOT, '../shared');

export function sharedOrSkip(...parts: string[]): { path: string; skip: string | false } {
  const path = resolve(SHARED, ...parts);
  return { path, skip: existsSync(path) ? false : `needs ${path} (the shared/ folder beside the repository); not present here` };
}
