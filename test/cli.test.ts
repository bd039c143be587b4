// The command line, run in-process with fake streams: each option, each exit status.
import { test } from 'node:test';
import { Writable } from 'node:stream';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers/io.js';
import { ARTICLE, encode, fixture, htmlPage } from './helpers/fixtures.js';

const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
/** Standard error without the run summary. */
const errorLines = (s: string) => s.trim().split('\n').filter((l) => l && !SUMMARY.test(l));
const SUMMARY = /^zhfin: (\d+ inputs? read in|items:|failures by code:)/;

test('--help teaches with examples and exits 0; --version prints the version', async () => {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Examples:/);
  assert.match(help.stdout, /extract/);
  const extractHelp = await runCli(['extract', '--help']);
  assert.equal(extractHelp.code, 0);
  assert.match(extractHelp.stdout, /--format/);
  assert.match(extractHelp.stdout, /--no-strip/);
  const v = await runCli(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+$/);
});

test('a wrong command line exits 2 with a message saying what to do', async (t) => {
  const cases: [string, string[], RegExp][] = [
    ['no arguments', [], /Usage|usage/],
    ['unknown command', ['frobnicate'], /unknown command/],
    ['unknown option', ['extract', 'x', '--frob'], /unknown option/],
    ['bad format', ['extract', 'x', '--format', 'xml'], /Allowed choices are json, jsonl, csv/],
    ['--table without csv', ['extract', 'x', '--table', 'figures'], /goes with CSV output; add --format csv or name the output file \.csv/],
    ['--format against the output name', ['extract', 'x', '--format', 'json', '-o', 'x.csv'], /--format json does not match the output name x\.csv, which asks for csv; drop --format to write csv, or give the file a name that ends in \.json/],
    ['bad --max-size', ['extract', 'x', '--max-size', '-3'], /positive number/],
    ['no inputs', ['extract'], /missing required argument/],
  ];
  for (const [name, argv, message] of cases) {
    await t.test(name, async () => {
      const r = await runCli(argv);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }
});

test('a folder is walked recursively in sorted order; page files only; binaries without an ending skipped', async () => {
  const f = fixture({
    'b.txt': ARTICLE,
    'a.html': htmlPage('截至2020年6月末，借贷余额为12.5亿元。'),
    'sub/c.htm': htmlPage('出借人约3万人。'),
    'sub/README': ARTICLE, // no ending, text: read
    'sub/blob': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]), // no ending, binary: skipped with a notice
    'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0]), // not a page ending: not read
  });
  const r = await runCli(['extract', f.dir]);
  assert.equal(r.code, 0, r.stderr);
  const paths = jsonl(r.stdout).map((x) => x.source.path.slice(f.dir.length + 1));
  assert.deepEqual(paths, ['a.html', 'b.txt', 'sub/README', 'sub/c.htm']);
  assert.match(r.stderr, /sub\/blob: looks binary, not a page; skipped/);
  const quiet = await runCli(['extract', f.dir, '--quiet']);
  assert.equal(quiet.stderr, '');
});

test('links to files are read in a folder walk; links to folders are not followed', async () => {
  const { symlinkSync } = await import('node:fs');
  const f = fixture({ 'real/a.txt': ARTICLE, 'walk/b.txt': ARTICLE });
  symlinkSync(f.path('real/a.txt'), f.path('walk/a-link.txt'));
  symlinkSync(f.path('walk'), f.path('walk/loop'));
  const r = await runCli(['extract', f.path('walk')]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(jsonl(r.stdout).map((x) => x.source.path.split('/').pop()), ['a-link.txt', 'b.txt']);
});

test('glob patterns expand in sorted order', async () => {
  const f = fixture({ 'x/1.html': htmlPage('第一'), 'x/2.html': htmlPage('第二'), 'x/3.txt': ARTICLE });
  const r = await runCli(['extract', 'x/*.html'], { cwd: f.dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(jsonl(r.stdout).map((x) => x.source.path), ['x/1.html', 'x/2.html']);
  const none = await runCli(['extract', 'x/*.pdf'], { cwd: f.dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /x\/\*\.pdf: matches no file/);
  const deep = await runCli(['extract', '**/{1,3}.*'], { cwd: f.dir });
  assert.deepEqual(jsonl(deep.stdout).map((x) => x.source.path), ['x/1.html', 'x/3.txt']);
  // An absolute pattern names files the way an absolute path does.
  const abs = await runCli(['extract', f.path('x/?.html')]);
  assert.deepEqual(jsonl(abs.stdout).map((x) => x.source.path), [f.path('x/1.html'), f.path('x/2.html')]);
});

test('standard input: one page, or JSON Lines with url, title and publishedAt', async () => {
  const one = await runCli(['extract', '-'], { stdin: ARTICLE });
  assert.equal(one.code, 0, one.stderr);
  const rec = jsonl(one.stdout)[0];
  assert.equal(rec.publishedAt, '2020-07-10T08:30:00+08:00');
  assert.ok(rec.text.includes('12.5亿元'));

  const lines = [
    { url: 'https://example.cn/a', text: '7月4日，某平台宣布清退。', publishedAt: '2021-06-22' },
    { url: 'https://example.cn/b', html: htmlPage('借贷余额为12.5亿元。'), title: '给定的标题' },
  ].map((o) => JSON.stringify(o)).join('\n');
  const many = await runCli(['extract', '-', '--no-strip'], { stdin: lines });
  assert.equal(many.code, 0, many.stderr);
  const [a, b] = jsonl(many.stdout);
  assert.equal(a.source.url, 'https://example.cn/a');
  assert.equal(a.source.format, 'text');
  // publishedAt on the line is the reference date for a yearless date.
  assert.equal(a.dates.find((d: { text: string }) => d.text === '7月4日')?.value, '2020-07-04');
  assert.equal(b.source.url, 'https://example.cn/b');
  assert.equal(b.title, '给定的标题');
});

test('--format json writes one valid array, also when empty', async () => {
  const f = fixture({ 'a.txt': ARTICLE, 'b.txt': ARTICLE.replace('12.5', '13.5') });
  const r = await runCli(['extract', f.dir, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const arr = JSON.parse(r.stdout);
  assert.equal(arr.length, 2);
  const empty = await runCli(['extract', f.path('nope.txt'), '--format', 'json']);
  assert.deepEqual(JSON.parse(empty.stdout), []);
});

test('--format csv: UTF-8 BOM, RFC 4180 quoting, numbers as numbers, formula cells escaped, one row per item', async (t) => {
  const f = fixture({
    'a.txt': `=HYPERLINK("x")\n作者:甲 时间:2020-07-10 08:30\n截至2020年6月末，该平台借贷余额为12.5亿元，出借人约3万人，逾期率为5%。\n中国人民银行表示，"拍拍贷"未涉案。`,
  });
  for (const table of ['articles', 'figures', 'dates', 'entities']) {
    await t.test(table, async () => {
      const r = await runCli(['extract', f.dir, '--format', 'csv', '--table', table]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual([...r.stdoutBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a UTF-8 BOM');
      const rows = r.stdout.slice(1).split('\r\n').filter(Boolean);
      assert.ok(rows.length >= 2, 'a header and at least one row');
      if (table === 'articles') {
        assert.match(rows[0]!, /^id,source_path,/);
        assert.ok(rows[1]!.includes(`'=HYPERLINK(""x"")`), `formula escaped and quotes doubled: ${rows[1]}`);
      }
      if (table === 'figures') {
        assert.match(rows[0]!, /page_id,page_title,page_publishedAt,page_source,text,start,end,kind,value/);
        const money = rows.find((row) => row.includes('12.5亿元'))!;
        assert.ok(money.includes(',1250000000,'), `value is a bare number: ${money}`);
        assert.equal(rows.length - 1, jsonl((await runCli(['extract', f.dir])).stdout)[0].figures.length);
      }
      if (table === 'entities') assert.ok(rows.some((row) => row.includes(',agency,')));
    });
  }
});

test('--no-text, --no-strip, --context and --comments', async () => {
  const page = `${ARTICLE}\n网友评论\n网友甲:这个平台借了我5000元。`;
  const base = jsonl((await runCli(['extract', '-'], { stdin: page })).stdout)[0];
  assert.ok('text' in base);
  assert.ok(!base.text.includes('您的位置'), 'chrome stripped');
  assert.ok(!base.text.includes('5000元'), 'comments are not article text');
  assert.ok(!base.figures.some((x: { value: number }) => x.value === 5000), 'comments do not feed the extractors');
  assert.equal(base.comments, undefined);

  const noText = jsonl((await runCli(['extract', '-', '--no-text'], { stdin: page })).stdout)[0];
  assert.ok(!('text' in noText));
  assert.deepEqual(noText.figures, base.figures);

  const noStrip = jsonl((await runCli(['extract', '-', '--no-strip'], { stdin: page })).stdout)[0];
  assert.ok(noStrip.text.includes('您的位置'));

  const ctx = jsonl((await runCli(['extract', '-', '--context'], { stdin: page })).stdout)[0];
  const money = ctx.figures.find((x: { text: string }) => x.text.includes('12.5亿元'));
  assert.match(money.context, /借贷余额为12\.5亿元/);

  const withComments = jsonl((await runCli(['extract', '-', '--comments'], { stdin: page })).stdout)[0];
  assert.ok(withComments.comments.some((c: { text: string }) => c.text.includes('5000元')));
});

test('-o writes the file whole, through a temporary file in the same folder', async () => {
  const f = fixture({ 'in/a.txt': ARTICLE });
  const out = f.path('out.jsonl');
  const r = await runCli(['extract', f.path('in'), '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(jsonl(readFileSync(out, 'utf8')).length, 1);
  assert.deepEqual(readdirSync(f.dir).sort(), ['in', 'out.jsonl'], 'no temporary file left');
  const bad = await runCli(['extract', f.path('in'), '-o', join(f.dir, 'no/such/dir/out.jsonl')]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /cannot write .*out\.jsonl: ENOENT; check that its folder exists/);
});

test('bad inputs: one line each naming the input, the run goes on, exit 1', async (t) => {
  const goodHtml = htmlPage('截至2020年6月末，借贷余额为12.5亿元。');
  const cases: { name: string; files: Record<string, string | Buffer>; args?: string[]; message: RegExp }[] = [
    { name: 'binary file', files: { 'bad.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }, message: /bad\.html: looks like a binary file, not a page; skipped; pass HTML or text files only \[binary\]/ },
    { name: 'empty file', files: { 'bad.txt': '' }, message: /bad\.txt: is empty; skipped; check that the download or scrape finished \[empty\]/ },
    { name: 'not valid in any encoding', files: { 'bad.txt': Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 2 ? 0x80 : 0xff))) }, message: /bad\.txt: is not valid UTF-8, GB18030 or Big5.*\[undecodable\]/ },
    { name: 'over the size limit', files: { 'bad.html': goodHtml.repeat(200) }, args: ['--max-size', '0.05'], message: /bad\.html: is 0\.\d MB, over the 0 MB limit; skipped; raise the limit with --max-size MB.*\[too-large\]/ },
  ];
  for (const c of cases) {
    await t.test(c.name, async () => {
      const f = fixture({ 'a-good.txt': ARTICLE, ...c.files, 'z-good.html': goodHtml });
      const r = await runCli(['extract', f.dir, ...(c.args ?? [])]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, c.message);
      assert.equal(errorLines(r.stderr).length, 1, 'exactly one line');
      const recs = jsonl(r.stdout);
      assert.deepEqual(recs.map((x) => x.source.path.split('/').pop()), ['a-good.txt', 'z-good.html'], 'every other input written');
    });
  }
  await t.test('a missing input among good ones', async () => {
    const f = fixture({ 'a.txt': ARTICLE });
    const r = await runCli(['extract', f.path('a.txt'), f.path('missing.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing\.txt: no such file or folder; check the path \[not-found\]/);
    assert.equal(jsonl(r.stdout).length, 1);
  });
  await t.test('a bad JSON line keeps its place as an error record', async () => {
    const stdin = [JSON.stringify({ url: 'u1', text: '余额为12.5亿元。' }), '{not json', JSON.stringify({ url: 'u3', text: '出借人约3万人。' })].join('\n');
    const r = await runCli(['extract', '-'], { stdin });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /stdin:2: is not valid JSON/);
    const out = jsonl(r.stdout);
    assert.equal(out.length, 3);
    assert.equal(out[0].source.url, 'u1');
    assert.deepEqual(out[1].source, { line: 2 });
    assert.equal(out[1].error.code, 'bad-json-line');
    assert.equal(out[2].source.url, 'u3');
  });
});

test('nothing to read exits 2', async () => {
  const f = fixture({ 'empty/.keep': '' });
  const missing = await runCli(['extract', f.path('nope'), f.path('nope2')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no input found/);
  const emptyFolder = await runCli(['extract', f.path('empty')]);
  assert.equal(emptyFolder.code, 2);
  assert.match(emptyFolder.stderr, /is a folder with no pages in it/);
});

test('a truncated page still gives a record, with a warning; a page with no article gives empty text and no-article', async () => {
  const full = htmlPage('截至2020年6月末，该平台借贷余额为12.5亿元，出借人约3万人，监管部门正在推进清退工作。');
  const cut = full.slice(0, full.indexOf('</p>') + 4);
  const listPage = '<html><head><title>新闻列表</title></head><body><ul><li><a href="/1">新闻一</a></li><li><a href="/2">新闻二</a></li></ul></body></html>';
  const f = fixture({ 'cut.html': cut, 'list.html': listPage });
  const r = await runCli(['extract', f.dir]);
  assert.equal(r.code, 0, r.stderr);
  const [c, l] = jsonl(r.stdout);
  assert.ok(c.text.includes('12.5亿元'));
  assert.ok(c.warnings.some((w: { code: string }) => w.code === 'truncated'));
  assert.equal(l.text, '');
  assert.ok(l.warnings.some((w: { code: string }) => w.code === 'no-article'));
});

test('Ctrl-C: stops, what was written is valid, exit 130', async () => {
  const f = fixture({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE });
  const controller = new AbortController();
  // Abort as soon as the first record has been produced.
  const { Writable } = await import('node:stream');
  const chunks: string[] = [];
  const stdout = new Writable({ write(chunk, _e, cb) { chunks.push(String(chunk)); if (chunks.length === 2) controller.abort(); cb(); } });
  const { run } = await import('../src/cli.js');
  const { PassThrough } = await import('node:stream');
  const stdin = new PassThrough(); stdin.end();
  const code = await run(['extract', f.dir, '--format', 'json'], { stdin, stdout, stderr: new PassThrough(), env: {}, cwd: f.dir, signal: controller.signal });
  assert.equal(code, 130);
  const arr = JSON.parse(chunks.join(''));
  assert.ok(arr.length >= 1 && arr.length < 3, `stopped early with valid JSON (${arr.length} records)`);
});

test('progress shows on a terminal, never in CI, with --quiet or in a pipe', async () => {
  const f = fixture({ 'a.txt': ARTICLE });
  const tty = await runCli(['extract', f.dir], { tty: true });
  // The total is counted beside the run, so a one-page run may end before it is known.
  assert.match(tty.stderr, /zhfin: 1(?:\/1)? pages/);
  const noProgress = (s: string) => assert.doesNotMatch(s, /\r/);
  noProgress((await runCli(['extract', f.dir], { tty: true, env: { CI: 'true' } })).stderr);
  assert.equal((await runCli(['extract', f.dir, '--quiet'], { tty: true })).stderr, '');
  noProgress((await runCli(['extract', f.dir])).stderr);
});

test('the progress line counts done / total and says the time left', async () => {
  const { progress, progressLine, duration } = await import('../src/progress.js');
  const written: string[] = [];
  const tty = Object.assign(new Writable({ write(c, _e, cb) { written.push(String(c)); cb(); } }), { isTTY: true });
  const p = progress(tty, true);
  p.total(3);
  p.tick('a.html', false);
  assert.match(written.join(''), /zhfin: 1\/3 pages/, 'done / total once the total is known');
  assert.equal(progressLine(10, 40, 0, 5), 'zhfin: 10/40 pages, 2.0/s, about 15 s left');
  assert.equal(progressLine(10, null, 1, 5), 'zhfin: 10 pages, 1 failed, 2.0/s');
  assert.equal(progressLine(1, 40, 0, 5), 'zhfin: 1/40 pages, 0.2/s', 'no estimate from one page');
  assert.equal(duration(75), '1 min 15 s');
  assert.equal(duration(7260), '2 h 1 min');
});

test('the run ends with a summary on stderr: inputs, records, where, failures by code, items by kind; none with --quiet', async () => {
  const f = fixture({ 'a.txt': ARTICLE, 'b.txt': '', 'c.html': htmlPage('截至2020年6月末，借贷余额为12.5亿元。') });
  const out = join(f.dir, 'out.csv');
  const r = await runCli(['extract', f.dir, f.path('nope.txt'), '-o', out, '--table', 'figures']);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n').filter((l) => SUMMARY.test(l));
  assert.match(lines[0]!, new RegExp(`^zhfin: 4 inputs read in \\d+\\.\\d s: 2 records written to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} as CSV \\(figures table\\); 2 failed$`));
  const recs = jsonl((await runCli(['extract', f.path('a.txt'), f.path('c.html')])).stdout);
  const figures = recs.reduce((n: number, x: { figures: unknown[] }) => n + x.figures.length, 0);
  assert.match(lines[1]!, new RegExp(`^zhfin: items: \\d+ dates, ${figures} figures, \\d+ platforms, \\d+ agencies(, \\d+ events)?$`));
  assert.equal(lines[2], 'zhfin: failures by code: 1 empty, 1 not-found');
  const quiet = await runCli(['extract', f.path('a.txt'), '--quiet']);
  assert.equal(quiet.stderr, '');
  const stdout = await runCli(['extract', f.path('a.txt')]);
  assert.match(stdout.stderr, /1 record written to standard output as JSON Lines; 0 failed/);
});

test('the output name picks the format when --format is not given', async () => {
  const f = fixture({ 'a.txt': ARTICLE });
  const cases: [string, (s: string) => void][] = [
    ['x.csv', (s) => assert.match(s, /^\uFEFFid,source_path,/)],
    ['x.json', (s) => assert.equal(JSON.parse(s).length, 1)],
    ['x.jsonl', (s) => assert.equal(jsonl(s).length, 1)],
    ['x.ndjson', (s) => assert.equal(jsonl(s).length, 1)],
    ['x.out', (s) => assert.equal(jsonl(s).length, 1)],
  ];
  for (const [name, check] of cases) {
    const r = await runCli(['extract', f.path('a.txt'), '-o', join(f.dir, name)]);
    assert.equal(r.code, 0, r.stderr);
    check(readFileSync(join(f.dir, name), 'utf8'));
  }
  const figures = await runCli(['extract', f.path('a.txt'), '--table', 'figures', '-o', join(f.dir, 'f.CSV')]);
  assert.equal(figures.code, 0, figures.stderr);
  assert.match(readFileSync(join(f.dir, 'f.CSV'), 'utf8'), /^\uFEFFpage_id,/);
  const agree = await runCli(['extract', f.path('a.txt'), '--format', 'csv', '-o', join(f.dir, 'y.csv')]);
  assert.equal(agree.code, 0, agree.stderr);
});

test('output is deterministic: the same inputs give byte-identical output', async () => {
  const f = fixture({ 'a.txt': ARTICLE, 'b.html': htmlPage('余额为12.5亿元。'), 'c.html': encode(htmlPage('出借人约3万人。', '<meta charset="gbk">'), 'gbk') });
  for (const format of ['jsonl', 'json', 'csv']) {
    const one = await runCli(['extract', f.dir, '--format', format]);
    const two = await runCli(['extract', f.dir, '--format', format]);
    assert.ok(one.stdoutBytes.equals(two.stdoutBytes), format);
  }
});

test('zhfin schema prints the JSON Schema; --markdown the field reference', async () => {
  const r = await runCli(['schema']);
  assert.equal(r.code, 0);
  const schema = JSON.parse(r.stdout);
  assert.equal(schema.type, 'object');
  for (const k of ['id', 'source', 'title', 'publishedAt', 'text', 'dates', 'figures', 'platforms', 'agencies', 'warnings']) {
    assert.ok(k in schema.properties, k);
  }
  const md = await runCli(['schema', '--markdown']);
  assert.match(md.stdout, /\| `figures` \| object\[\] \|/);
});
