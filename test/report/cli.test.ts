// `zhfin report` on the command line: inputs it takes, inputs it refuses, and
// a page that is one self-contained file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/io.js';
import { fixtureRecords } from './fixture.js';

const JSONL = `${fixtureRecords().map((r) => JSON.stringify(r)).join('\n')}\n`;

function dataOf(html: string): { events: unknown[]; totals: { pages: number }; pages: { href: string }[] } {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, 'no data island');
  return JSON.parse(m[1]!);
}

test('a JSON Lines file gives one self-contained page: no external script, style, font or image', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhfin-report-cli-'));
  try {
    writeFileSync(join(dir, 'r.jsonl'), JSONL);
    mkdirSync(join(dir, 'out'));
    const r = await runCli(['report', 'r.jsonl', '-o', 'out/report.html', '--title', '测试报告'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    assert.match(html, /<title>测试报告<\/title>/);
    assert.doesNotMatch(html, /<(script|img|iframe)[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/i);
    assert.doesNotMatch(html, /sourceMappingURL/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    // The data's own `</script>` (in a title and a sentence) cannot end the element: three scripts open, three close.
    assert.equal(html.match(/<script/g)!.length, 3);
    assert.equal(html.match(/<\/script>/g)!.length, 3);
    const data = dataOf(html);
    assert.equal(data.totals.pages, 5);
    assert.equal(data.events.length, 6);
    // A page known by its path links from where the report is; a URL stays as it is.
    const hrefs = data.pages.map((p) => p.href);
    assert.ok(hrefs.includes('../pages/hezhongbao.html'), hrefs.join(' '));
    assert.ok(hrefs.includes('https://news.example.cn/a/1'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('standard input works; --max-events and --per-name cap the rows shipped', async () => {
  const r = await runCli(['report', '-', '--max-events', '2', '--max-entities', '1', '--per-name', '1'], { stdin: JSONL });
  assert.equal(r.code, 0, r.stderr);
  const n = dataOf(r.stdout).events.length;
  assert.ok(n >= 2 && n <= 4, `${n} rows: the sample of 2, and one row each for the top platform and agency`);
});

test('a JSON array (extract --format json) gives the same page data as JSON Lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhfin-report-cli-'));
  try {
    writeFileSync(join(dir, 'r.json'), JSON.stringify(fixtureRecords(), null, 2));
    writeFileSync(join(dir, 'r.jsonl'), JSONL);
    const a = await runCli(['report', 'r.json'], { cwd: dir });
    const b = await runCli(['report', 'r.jsonl'], { cwd: dir });
    assert.equal(a.code, 0, a.stderr);
    const strip = (d: Record<string, unknown>) => ({ ...d, source: '' });
    assert.deepEqual(strip(dataOf(a.stdout) as never), strip(dataOf(b.stdout) as never));
    assert.equal(dataOf(a.stdout).events.length, 6);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lines that are not records are skipped with a notice; nothing usable is an error', async () => {
  const some = await runCli(['report', '-'], { stdin: `${JSONL}not json\n{"source":{"line":3},"error":{"code":"empty","message":"x"}}\n` });
  assert.equal(some.code, 1);
  assert.match(some.stderr, /stdin:6: not JSON; line skipped/);
  assert.equal(dataOf(some.stdout).totals.pages, 5);
  const none = await runCli(['report', '-'], { stdin: 'a\nb\n' });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no line is a JSON record; pass JSON Lines written by zhfin extract/);
});

test('a missing input or a corpus database this build cannot read: exit 2 with what to do', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhfin-report-cli-'));
  try {
    const missing = await runCli(['report', 'nope.jsonl'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.jsonl: not found; pass a JSON Lines file/);
    writeFileSync(join(dir, 'c.sqlite'), Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(84)]));
    const db = await runCli(['report', 'c.sqlite'], { cwd: dir });
    assert.equal(db.code, 2);
    // Without better-sqlite3 the message says how to install it; with it, that this is no corpus database.
    assert.match(db.stderr, /c\.sqlite: (reading a corpus database needs the better-sqlite3 package; run `npm install|cannot be read as a SQLite database|better-sqlite3 is installed but does not work here)/);
    assert.equal(db.stderr.trim().split('\n').length, 1, 'one line');
    const help = await runCli(['report', '--help']);
    assert.match(help.stdout, /zhfin report records\.jsonl -o report\.html/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
