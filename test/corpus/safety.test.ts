// What cron needs: kill -9 at any moment leaves a sound database holding
// whole pages, and the next run finishes the job; a second zhfin on the same
// database waits for the lock or exits 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ensureCorpus } from '../../bench/corpus.js';
import { tempDir } from '../helpers/fixtures.js';
import { BIN, count, exported, openDb } from './helpers.js';

const PAGES = 120;

function zhfin(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
}

function done(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  return new Promise((res) => child.on('exit', (code, signal) => res({ code, signal, stderr })));
}

/** Pages the database holds so far (a reader never waits for the writer in WAL mode). */
function pagesIn(db: string): number {
  try {
    const d = openDb(db);
    try { return count(d, 'pages'); } finally { d.close(); }
  } catch { return 0; }
}

async function until(cond: () => boolean, ms = 120_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('kill -9 mid-run: integrity_check passes, only whole pages are there, a re-run gives the rows of one clean run', { timeout: 600_000 }, async () => {
  const corpus = ensureCorpus(join(tempDir(), 'corpus'), PAGES, 7);
  const dir = tempDir();
  const clean = join(dir, 'clean.sqlite'), killed = join(dir, 'killed.sqlite');
  const c = await done(zhfin(['extract', corpus.dir, '--db', clean, '-q', '-j', '2']));
  assert.equal(c.code, 0, c.stderr);

  const child = zhfin(['extract', corpus.dir, '--db', killed, '-q', '-j', '2']);
  const ended = done(child);
  await until(() => pagesIn(killed) > 0 || child.exitCode !== null);
  // Into the next batch, so the kill lands while a transaction is open.
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGKILL');
  const k = await ended;
  assert.equal(k.signal, 'SIGKILL', 'the run was still going when killed');

  const d = openDb(killed);
  assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(d.prepare('PRAGMA foreign_key_check').all(), []);
  const held = count(d, 'pages');
  assert.ok(held > 0 && held < PAGES, `some pages, not all (${held})`);
  // Whole pages: each article has exactly the item rows its record lists.
  for (const a of d.prepare('SELECT article, record FROM articles').all()) {
    const rec = JSON.parse(String(a.record));
    assert.equal(d.prepare('SELECT count(*) FROM figures WHERE article = ?').pluck().get(a.article), rec.figures.length);
    assert.equal(d.prepare('SELECT count(*) FROM entities WHERE article = ?').pluck().get(a.article), rec.platforms.length + rec.agencies.length);
  }
  assert.equal(count(d, 'articles'), held);
  assert.equal(d.prepare('SELECT finished FROM runs').pluck().get(), null, 'the killed run is not marked finished');
  d.close();

  const again = await done(zhfin(['extract', corpus.dir, '--db', killed, '-q', '-j', '2']));
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, new RegExp(`${PAGES - held} new, 0 changed, ${held} unchanged, 0 failed`));
  const d2 = openDb(killed), d1 = openDb(clean);
  for (const t of ['pages', 'articles', 'figures', 'dates', 'entities', 'mentions', 'lsh']) assert.equal(count(d2, t), count(d1, t), t);
  d1.close(); d2.close();
  for (const out of [['-f', 'jsonl'], ['-f', 'csv', '--table', 'entities']]) {
    assert.ok((await exported(killed, out)).equals(await exported(clean, out)), out.join(' '));
  }
});

test('two zhfin on one database: the second waits for the lock, or exits 2 saying why', { timeout: 600_000 }, async () => {
  const corpus = ensureCorpus(join(tempDir(), 'corpus'), 40, 8);
  const db = join(tempDir(), 'two.sqlite');
  // Two runs started together: one writes everything, the other waits and finds it all done.
  const [a, b] = await Promise.all([
    done(zhfin(['extract', corpus.dir, '--db', db, '-q', '-j', '1', '--lock-wait', '300'])),
    done(zhfin(['extract', corpus.dir, '--db', db, '-q', '-j', '1', '--lock-wait', '300'])),
  ]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  const counts = [a, b].map((r) => r.stderr.match(/(\d+) new, 0 changed, (\d+) unchanged/)!.slice(1).map(Number));
  assert.deepEqual(counts.map(([n]) => n).sort((x, y) => x! - y!), [0, 40], 'one run made every page, the other none');
  assert.deepEqual(counts.map(([, u]) => u).sort((x, y) => x! - y!), [0, 40]);
  const s = spawnSync('sqlite3', [db, 'PRAGMA integrity_check'], { encoding: 'utf8' });
  if (s.status === 0) assert.equal(s.stdout.trim(), 'ok');
  let d = openDb(db);
  assert.equal(count(d, 'pages'), 40);
  assert.equal(count(d, 'articles'), 40);
  d.close();

  // A run that holds the lock (here: this test holds it, as a run does) and one that will not wait.
  const holder = openDb(`${db}.lock`, false);
  holder.exec('BEGIN EXCLUSIVE');
  const impatient = await done(zhfin(['extract', corpus.dir, '--db', db, '-q', '--lock-wait', '0.2']));
  assert.equal(impatient.code, 2);
  assert.match(impatient.stderr, /two\.sqlite is being written by another zhfin .*--lock-wait SECONDS/);
  const patient = done(zhfin(['extract', corpus.dir, '--db', db, '-q', '--lock-wait', '300']));
  await new Promise((r) => setTimeout(r, 1000));
  holder.exec('COMMIT');
  holder.close();
  const p = await patient;
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stderr, /0 new, 0 changed, 40 unchanged/);
  d = openDb(db);
  assert.equal(count(d, 'runs'), 3, 'the impatient one wrote nothing');
  d.close();
});
