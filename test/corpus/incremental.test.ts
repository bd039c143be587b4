// Re-runs: only what is new or changed is processed; a changed page's rows
// are replaced; other options or rules re-extract; nothing new writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/io.js';
import { fixture, htmlPage, tempDir } from '../helpers/fixtures.js';
import { count, exported, openDb } from './helpers.js';

const PAGES = {
  'a.html': htmlPage('2019年3月，甲平台借贷余额为3.2亿元，出借人约2万人。'),
  'b.html': htmlPage('2020年6月末，乙平台完成清退，兑付比例为65%。'),
  'c.html': htmlPage('2021年，丙公司营业收入为8.5亿元，同比增长12%。'),
};

function snapshot(db: string): string {
  const d = openDb(db);
  const rows = ['pages', 'articles', 'figures', 'dates', 'entities', 'mentions'].map((t) =>
    JSON.stringify(d.prepare(`SELECT * FROM "${t}"`).all().map((r) => ({ ...r, last_seen: null, run: null, ord: null, file_mtime: null }))));
  d.close();
  return rows.join('\n');
}

test('a re-run with nothing new processes nothing and changes no row; a touched file is confirmed by its hash', async () => {
  const f = fixture(PAGES);
  const db = join(tempDir(), 'c.sqlite');
  let r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.match(r.stderr, /3 new, 0 changed, 0 unchanged, 0 failed \(run 1\)/);
  const before = snapshot(db);
  const full = await exported(db, ['-f', 'jsonl']);
  r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.match(r.stderr, /0 new, 0 changed, 3 unchanged, 0 failed \(run 2\)/);
  // Touched: the size and mtime differ from what the database holds, the bytes do not.
  utimesSync(f.path('b.html'), new Date(), new Date(Date.now() + 5000));
  r = await runCli(['extract', f.dir, '--db', db, '-q', '-o', join(f.dir, 'out.jsonl')]);
  assert.match(r.stderr, /0 new, 0 changed, 3 unchanged, 0 failed \(run 3\)/);
  assert.equal(snapshot(db), before, 'no row rewritten');
  assert.ok((await exported(db, ['-f', 'jsonl'])).equals(full));
  // -o beside --db holds every input's record, unchanged ones from the database.
  const e = await runCli(['extract', f.dir, '-q']);
  assert.ok(readFileSync(join(f.dir, 'out.jsonl')).equals(e.stdoutBytes));
});

test('path + size + mtime decide before a file is read: same size and mtime means not read', async () => {
  const f = fixture(PAGES);
  const db = join(tempDir(), 'c.sqlite');
  await runCli(['extract', f.dir, '--db', db, '-q']);
  const st = statSync(f.path('c.html'));
  // Other bytes of the same length, and the old mtime put back: the file is taken as unchanged unread.
  writeFileSync(f.path('c.html'), readFileSync(f.path('c.html'), 'utf8').replace('丙公司', '丁公司'));
  utimesSync(f.path('c.html'), st.atime, st.mtime);
  let r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.match(r.stderr, /0 new, 0 changed, 3 unchanged/);
  utimesSync(f.path('c.html'), st.atime, new Date(st.mtimeMs + 2000));
  r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.match(r.stderr, /0 new, 1 changed, 2 unchanged/);
});

test('new and changed pages: a changed page\'s rows are replaced, the others stay; export equals a fresh extract', async () => {
  const f = fixture(PAGES);
  const db = join(tempDir(), 'c.sqlite');
  await runCli(['extract', f.dir, '--db', db, '-q']);
  const d0 = openDb(db);
  const aBefore = d0.prepare("SELECT article FROM pages WHERE input LIKE '%a.html'").pluck().get();
  d0.close();
  writeFileSync(f.path('b.html'), htmlPage('2022年1月，乙平台兑付比例提高到80%，涉及出借人5万人。'));
  writeFileSync(f.path('d.html'), htmlPage('2023年，丁平台被立案侦查，涉案金额12亿元。'));
  const r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.match(r.stderr, /1 new, 1 changed, 2 unchanged, 0 failed/);
  const d = openDb(db);
  assert.equal(count(d, 'pages'), 4);
  assert.equal(count(d, 'articles'), 4, 'the old article of b.html is gone');
  assert.equal(d.prepare("SELECT article FROM pages WHERE input LIKE '%a.html'").pluck().get(), aBefore, 'a.html was not rewritten');
  assert.equal(d.prepare("SELECT count(*) FROM figures WHERE text = '65%'").pluck().get(), 0, 'no row of the old b.html is left');
  assert.equal(d.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '兑付'").pluck().get(), 1);
  d.close();
  for (const out of [['-f', 'jsonl'], ['-f', 'csv', '--table', 'figures']]) {
    const e = await runCli(['extract', f.dir, ...out, '-q']);
    assert.ok(e.stdoutBytes.equals(await exported(db, out)), out.join(' '));
  }
});

test('other options (or another zhfin version or rules) re-extract; --reextract forces it', async () => {
  const f = fixture(PAGES);
  const db = join(tempDir(), 'c.sqlite');
  await runCli(['extract', f.dir, '--db', db, '-q']);
  let r = await runCli(['extract', f.dir, '--db', db, '-q', '--context']);
  assert.match(r.stderr, /0 new, 0 changed, 3 re-extracted .*, 0 unchanged, 0 failed/);
  const e = await runCli(['extract', f.dir, '--context', '-q']);
  assert.ok(e.stdoutBytes.equals(await exported(db, ['-f', 'jsonl'])));
  r = await runCli(['extract', f.dir, '--db', db, '-q', '--context', '--reextract']);
  assert.match(r.stderr, /3 re-extracted/);
  const d = openDb(db);
  assert.equal(count(d, 'articles'), 3);
  assert.equal(count(d, 'pages'), 3);
  d.close();
});

test('a WARC file: its records are pages; unchanged, the file is not read again', async () => {
  const body = (s: string) => Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${s}`);
  const rec = (i: number, s: string) => {
    const b = body(s);
    return Buffer.concat([Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/${i}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000000${i}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${b.length}\r\n\r\n`), b, Buffer.from('\r\n\r\n')]);
  };
  const f = fixture({ 'crawl.warc': Buffer.concat(Object.values(PAGES).map((p, i) => rec(i, p))) });
  const db = join(tempDir(), 'w.sqlite');
  let r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.match(r.stderr, /3 new/);
  const d = openDb(db);
  assert.deepEqual(d.prepare('SELECT warc_record_id FROM pages ORDER BY ord').pluck().all(), [0, 1, 2].map((i) => `<urn:uuid:00000000-0000-4000-8000-00000000000${i}>`));
  d.close();
  r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.match(r.stderr, /0 new, 0 changed, 3 unchanged/);
  const e = await runCli(['extract', f.dir, '-q']);
  assert.ok(e.stdoutBytes.equals(await exported(db, ['-f', 'jsonl'])));
  copyFileSync(f.path('crawl.warc'), f.path('copy.warc'));
  r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.match(r.stderr, /3 new, 0 changed, 3 unchanged/);
});
