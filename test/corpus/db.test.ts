// The corpus database on real files: every table filled, search, export
// byte-equal to extract, the sqlite3 shell, clear errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/io.js';
import { fixture, htmlPage, tempDir } from '../helpers/fixtures.js';
import { sharedOrSkip } from '../helpers/shared.js';
import { corpusTables } from '../../src/corpus/tables.js';
import { count, exported, openDb, OUTPUTS, SAMPLES } from './helpers.js';

const seeds = sharedOrSkip('seeds');

test('extract --db fills every table for the samples and seeds, with descriptions from the schema', { skip: seeds.skip }, async () => {
  const dir = tempDir();
  const db = join(dir, 'corpus.sqlite');
  const r = await runCli(['extract', SAMPLES, seeds.path, '--db', db, '-q']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '', 'with --db alone nothing goes to standard output');
  assert.match(r.stderr, /corpus\.sqlite: 10 new, 0 changed, 0 unchanged, 0 failed \(run 1\)/);
  const d = openDb(db);
  for (const t of corpusTables()) {
    if (t.name === 'lsh' || t.name === 'files') continue;
    assert.ok(count(d, t.name) > 0, `${t.name} has rows`);
    const cols = d.prepare(`PRAGMA table_info("${t.name}")`).all().map((c) => c.name);
    assert.deepEqual(cols, t.columns.map((c) => c.name));
  }
  assert.equal(count(d, 'pages'), 10);
  assert.equal(count(d, 'articles'), 10);
  // Every item row carries its sentence, and the sentence holds the item.
  for (const row of d.prepare('SELECT text, sentence FROM figures UNION ALL SELECT text, sentence FROM dates UNION ALL SELECT text, sentence FROM mentions').all()) {
    assert.ok(String(row.sentence).includes(String(row.text)), `${row.text} in ${row.sentence}`);
  }
  // Foreign keys are declared and hold.
  assert.deepEqual(d.prepare('PRAGMA foreign_key_check').all(), []);
  assert.ok(d.prepare("SELECT sql FROM sqlite_master WHERE name = 'figures'").pluck().get()!.toString().includes('REFERENCES articles(article)'));
  // Datasette metadata beside it, from the same descriptions.
  const meta = JSON.parse(readFileSync(join(dir, 'corpus.metadata.json'), 'utf8'));
  const figures = meta.databases.corpus.tables.figures;
  assert.match(figures.columns.value, /base units/);
  assert.equal(meta.databases.corpus.tables.articles.fts_table, 'articles_fts');
  assert.equal(d.prepare("SELECT value FROM meta WHERE key = 'zhfin_version'").pluck().get(), JSON.parse(readFileSync(join(SAMPLES, '../package.json'), 'utf8')).version);
  d.close();
});

test('export writes byte for byte what extract writes, for every format and table', async () => {
  const f = fixture({ 'x.html': htmlPage('2019年，某平台借贷余额为3.2亿元，“引号”与=公式。') });
  const dir = tempDir();
  const db = join(dir, 'c.sqlite');
  const inputs = [SAMPLES, f.dir];
  for (const opts of [[], ['--context', '--comments'], ['--no-text']]) {
    const dbo = `${db}${opts.join('')}`;
    const r = await runCli(['extract', ...inputs, ...opts, '--db', dbo, '-q']);
    assert.equal(r.code, 0, r.stderr);
    for (const out of OUTPUTS) {
      const e = await runCli(['extract', ...inputs, ...opts, ...out, '-q']);
      assert.ok(e.stdoutBytes.length > 0);
      assert.ok(e.stdoutBytes.equals(await exported(dbo, out)), `export ${out.join(' ')} ${opts.join(' ')} equals extract`);
    }
  }
});

test('JSON Lines in: export keeps the error record of a failed line in its place, as extract does', async () => {
  const lines = [
    JSON.stringify({ url: 'https://a.example/1', html: htmlPage('2020年6月，某平台清退完毕。') }),
    '{"url": "https://a.example/2", "html": broken',
    JSON.stringify({ url: 'https://a.example/3', text: '2021年，某公司营收增长20%。' }),
  ].join('\n') + '\n';
  const db = join(tempDir(), 'l.sqlite');
  const r = await runCli(['extract', '-', '--db', db, '-q'], { stdin: lines });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /2 new, 0 changed, 0 unchanged, 1 failed/);
  const e = await runCli(['extract', '-', '-q'], { stdin: lines });
  assert.equal(e.stdout.split('\n').length, 4);
  assert.ok(e.stdoutBytes.equals(await exported(db, ['-f', 'jsonl'])));
});

test('Chinese search: two- and four-character words and their parts, the way sqlite-utils and Datasette query it', async () => {
  const f = fixture({
    'a.html': htmlPage('2019年3月，某网贷平台因涉嫌非法吸收公众存款被公安机关立案侦查。'),
    'b.html': htmlPage('2020年，多家机构宣布退出网贷行业，清退工作持续推进。').replace('平台清退进展', '行业动态'),
  });
  const db = join(tempDir(), 's.sqlite');
  assert.equal((await runCli(['extract', f.dir, '--db', db, '-q'])).code, 0);
  const d = openDb(db);
  const find = (q: string) => d.prepare('SELECT a.source_path FROM articles a JOIN articles_fts ON articles_fts.rowid = a.article WHERE articles_fts MATCH ? ORDER BY a.article').pluck().all(q).map((p) => String(p).replace(/.*\//, ''));
  assert.deepEqual(find('立案侦查'), ['a.html']);
  assert.deepEqual(find('立案'), ['a.html']);
  assert.deepEqual(find('侦查'), ['a.html']);
  assert.deepEqual(find('退出'), ['b.html']);
  assert.deepEqual(find('清退'), ['a.html', 'b.html'], 'the title 平台清退进展 of a.html, the text of b.html');
  assert.deepEqual(find('网贷 立案'), ['a.html']);
  // sqlite-utils finds the index by content="articles" on a virtual table.
  const sql = String(d.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").pluck().get());
  assert.match(sql, /VIRTUAL TABLE.*USING fts5.*content="articles"/s);
  d.close();
});

test('the sqlite3 shell opens the database and finds a word', (t) => {
  if (spawnSync('sqlite3', ['-version']).status !== 0) { t.skip('the sqlite3 shell is not installed here (apt-get install sqlite3)'); return; }
  const dir = tempDir();
  const db = join(dir, 'shell.sqlite');
  const r = spawnSync(process.execPath, [join(SAMPLES, '../bin/zhfin.js'), 'extract', SAMPLES, '--db', db, '-q'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const s = spawnSync('sqlite3', [db, 'PRAGMA integrity_check; SELECT count(*) > 0 FROM articles_fts WHERE articles_fts MATCH \'清退\';'], { encoding: 'utf8' });
  assert.equal(s.status, 0, s.stderr);
  assert.deepEqual(s.stdout.trim().split('\n'), ['ok', '1']);
});

test('sqlite-utils finds the search index and searches it', (t) => {
  if (spawnSync('sqlite-utils', ['--version']).status !== 0) { t.skip('sqlite-utils is not installed here (apt-get install sqlite-utils, or pip install sqlite-utils)'); return; }
  const db = join(tempDir(), 'su.sqlite');
  const r = spawnSync(process.execPath, [join(SAMPLES, '../bin/zhfin.js'), 'extract', SAMPLES, '--db', db, '-q'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const s = spawnSync('sqlite-utils', ['search', db, 'articles', '清退', '-c', 'title'], { encoding: 'utf8' });
  assert.equal(s.status, 0, s.stderr);
  const rows = JSON.parse(s.stdout) as { title: string }[];
  assert.ok(rows.length > 0, 'found the pages with 清退');
});

test('database problems are one clear line and exit 2: not a database, a missing folder, a missing database to export', async () => {
  const dir = tempDir();
  const junk = join(dir, 'junk.sqlite');
  writeFileSync(junk, 'this is not a database, just some text that is long enough to have a header'.repeat(20));
  let r = await runCli(['extract', SAMPLES, '--db', junk, '-q']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /junk\.sqlite is not a SQLite database .*name a new file/);
  assert.equal(readFileSync(junk, 'utf8').slice(0, 12), 'this is not ', 'left as it was');
  r = await runCli(['extract', SAMPLES, '--db', join(dir, 'no/such/folder/c.sqlite'), '-q']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot write .*c\.sqlite.*check that its folder exists/);
  r = await runCli(['export', join(dir, 'absent.sqlite')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot open .*absent\.sqlite: no such database; check the path/);
  assert.ok(!existsSync(join(dir, 'absent.sqlite')));
  r = await runCli(['export', join(dir, 'absent.sqlite'), '--table', 'figures']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--table figures goes with --format csv/);
});

test('the run summary says the records went into the database, and with -o where the file went too', async () => {
  const dir = tempDir();
  const db = join(dir, 'corpus.sqlite');
  const alone = await runCli(['extract', SAMPLES, '--db', db]);
  assert.match(alone.stderr, /5 records written into .*corpus\.sqlite; 0 failed/);
  const both = await runCli(['extract', SAMPLES, '--db', db, '--reextract', '-o', join(dir, 'out.csv')]);
  assert.match(both.stderr, /5 records written to .*out\.csv as CSV \(articles table\) and into .*corpus\.sqlite; 0 failed/);
});
