// The corpus database as a report's source: the page it gives equals the page
// from JSON Lines of the same pages, counted in SQL instead of record by record.
// Runs where this build has `zhfin extract --db` and better-sqlite3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/io.js';
import { ROOT, SHARED } from '../helpers/shared.js';

async function skipReason(): Promise<string | false> {
  try {
    createRequire(import.meta.url).resolve('better-sqlite3');
  } catch {
    return 'needs better-sqlite3 (the corpus database, issue 15); not installed here';
  }
  const help = await runCli(['extract', '--help']);
  return /--db\b/.test(help.stdout) ? false : 'needs zhfin extract --db (the corpus database, issue 15); not in this build';
}

const dataOf = (html: string) => {
  const d = JSON.parse(/id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>;
  return { ...d, source: '', generated: '' };
};

test('a report from the corpus database equals the report from JSON Lines of the same pages', { skip: await skipReason() }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhfin-report-db-'));
  try {
    const inputs = [join(ROOT, 'samples'), ...(existsSync(join(SHARED, 'seeds')) ? [join(SHARED, 'seeds')] : [])];
    const db = join(dir, 'corpus.sqlite'), jsonl = join(dir, 'records.jsonl');
    const made = await runCli(['extract', ...inputs, '--db', db, '-o', jsonl, '-q']);
    assert.equal(made.code, 0, made.stderr);
    for (const max of ['5000', '3']) {
      const a = await runCli(['report', db, '--max-events', max, '--max-figures', max]);
      const b = await runCli(['report', jsonl, '--max-events', max, '--max-figures', max]);
      assert.equal(a.code, 0, a.stderr);
      assert.equal(b.code, 0, b.stderr);
      assert.deepEqual(dataOf(a.stdout), dataOf(b.stdout));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
