// Ordered processing on worker threads: the same output as one thread, in
// input order, with a bounded window of pages in flight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { InputError } from '../src/errors.js';
import type { InputItem } from '../src/page.js';
import { DEFAULT_OPTIONS } from '../src/pipeline.js';
import { PAGES_PER_WORKER, processItems } from '../src/process.js';
import { crashOutcome, processItem, type Outcome } from '../src/run-page.js';
import { WorkerPool } from '../src/workers/pool.js';
import { runCli } from './helpers/io.js';

/** A page whose cost varies a lot with i, so workers finish out of order. */
function page(i: number): InputItem {
  const paras = Array.from({ length: 1 + (i % 5) * 40 }, (_, k) => `<p>${2015 + (k % 8)}年${1 + (k % 12)}月，第${i}号平台贷款余额为${i + k}.5亿元，同比增长${k % 30}%。</p>`).join('');
  return { kind: 'page', page: { name: `p${i}.html`, path: `p${i}.html`, content: Buffer.from(`<html><head><title>第${i}号</title></head><body><div class="content">${paras}</div></body></html>`) } };
}

function mixed(n: number): InputItem[] {
  const items: InputItem[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 11 === 4) items.push({ kind: 'error', error: new InputError('unreadable', `e${i}`, 'cannot be read', 'check it') });
    else if (i % 13 === 6) items.push({ kind: 'skip', name: `s${i}`, reason: 'looks binary, not a page' });
    else if (i % 17 === 8) items.push({ kind: 'page', page: { name: `empty${i}`, path: `empty${i}`, content: new Uint8Array(0) } });
    else items.push(page(i));
  }
  return items;
}

async function* source(items: InputItem[], onPull?: () => void): AsyncGenerator<InputItem> {
  for (const it of items) { onPull?.(); yield it; }
}

async function collect(items: AsyncIterable<InputItem>, jobs: number): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for await (const o of processItems(items, { ...DEFAULT_OPTIONS, jobs })) out.push(o);
  return out;
}

test('--jobs 2 gives the same outcomes in the same order as --jobs 1, errors and skips in place', async () => {
  const items = mixed(60);
  const one = await collect(source(items), 1);
  const two = await collect(source(items), 2);
  assert.equal(one.length, items.length);
  assert.deepEqual(one.map((o) => o.kind), items.map((it) => (it.kind === 'page' && it.page.content.length === 0 ? 'error' : it.kind === 'page' ? 'record' : it.kind)));
  assert.equal(JSON.stringify(two), JSON.stringify(one));
});

test('at most a bounded window of inputs is read ahead of the consumer, and work does overlap', async () => {
  const jobs = 2;
  const items = Array.from({ length: 80 }, (_, i) => page(i));
  let pulled = 0, consumed = 0, maxAhead = 0;
  const it = processItems(source(items, () => { pulled++; maxAhead = Math.max(maxAhead, pulled - consumed); }), { ...DEFAULT_OPTIONS, jobs });
  for await (const o of it) {
    assert.equal(o.kind, 'record');
    consumed++;
    await new Promise((r) => setTimeout(r, 5)); // a slow writer
  }
  assert.equal(consumed, items.length);
  // The window, plus the one being handed on; never the whole input.
  assert.ok(maxAhead <= jobs * PAGES_PER_WORKER + 1, `read ${maxAhead} inputs ahead`);
  assert.ok(maxAhead > 1, 'pages were in flight together');
});

test('a consumer that stops early ends the run (workers closed, no hang)', async () => {
  const items = Array.from({ length: 40 }, (_, i) => page(i));
  let n = 0;
  for await (const _ of processItems(source(items), { ...DEFAULT_OPTIONS, jobs: 2 })) if (++n === 3) break;
  assert.equal(n, 3);
});

test('an aborted signal stops taking inputs', async () => {
  const ac = new AbortController();
  const items = Array.from({ length: 40 }, (_, i) => page(i));
  let n = 0;
  for await (const _ of processItems(source(items), { ...DEFAULT_OPTIONS, jobs: 2, signal: ac.signal })) if (++n === 2) ac.abort();
  assert.ok(n < items.length, `stopped after ${n}`);
});

test('a page whose worker dies (here: out of memory) becomes an internal error naming it, and the pool goes on', async () => {
  const item = page(3) as InputItem & { kind: 'page' };
  // A 1 MB heap cap: no worker survives its first page.
  const pool = new WorkerPool(1, { options: DEFAULT_OPTIONS }, crashOutcome, 1);
  try {
    const o = await pool.run(item.page);
    assert.equal(o.kind, 'error');
    assert.equal(o.kind === 'error' && o.record.error.code, 'internal');
    assert.match(o.kind === 'error' ? o.message : '', new RegExp(`${item.page.name}.*worker thread`));
    const again = await pool.run(item.page);
    assert.equal(again.kind, 'error', 'a fresh worker took the dead one\'s place and ran the next page');
  } finally {
    await pool.close();
  }
});

test('CLI: -j 2 writes byte-identical output to -j 1 over a folder with UTF-8, GBK and broken pages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhfin-jobs-'));
  mkdirSync(join(dir, 'sub'));
  for (let i = 0; i < 30; i++) {
    const it = page(i) as InputItem & { kind: 'page' };
    const html = Buffer.from(it.page.content as Uint8Array).toString('utf8');
    const file = join(dir, i % 4 === 0 ? 'sub' : '.', `p${String(i).padStart(2, '0')}.html`);
    writeFileSync(file, i % 3 === 0 ? iconv.encode(html.replace('<head>', '<head><meta charset="gbk">'), 'gbk') : html);
  }
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  const one = await runCli(['extract', dir, '-j', '1', '-q']);
  const two = await runCli(['extract', dir, '-j', '2', '-q']);
  assert.equal(one.code, 1, one.stderr); // the empty page fails
  assert.equal(one.stdout.trim().split('\n').length, 30);
  assert.equal(two.code, one.code);
  assert.ok(two.stdoutBytes.equals(one.stdoutBytes), 'byte-identical output');
  assert.equal(two.stderr, one.stderr);
  // Workers render the records themselves: every format and table must still come out the same.
  for (const extra of [['--format', 'json'], ['--format', 'csv'], ['--format', 'csv', '--table', 'figures']]) {
    const a = await runCli(['extract', dir, '-j', '1', '-q', ...extra]);
    const b = await runCli(['extract', dir, '-j', '2', '-q', ...extra]);
    assert.ok(a.stdoutBytes.length > 100, extra.join(' '));
    assert.ok(b.stdoutBytes.equals(a.stdoutBytes), `byte-identical output with ${extra.join(' ')}`);
  }
  // Without the text on the record, a worker still gives every row its sentence.
  const rows = parse((await runCli(['extract', dir, '-j', '2', '-q', '--table', 'figures', '--format', 'csv', '--no-text'])).stdout, { bom: true }) as string[][];
  assert.equal(rows[0]!.at(-1), 'sentence');
  assert.ok(rows.length > 30 && rows.slice(1).every((row) => row.at(-1)!.includes(row[4]!)), 'each row\'s sentence holds its figure');
});

test('with a render spec, pages come back as their output text, the same from a worker as from this thread', async () => {
  const items = Array.from({ length: 6 }, (_, i) => page(i));
  const spec = { format: 'jsonl', table: 'articles' } as const;
  const here: string[] = [], there: string[] = [];
  for await (const o of processItems(source(items), { ...DEFAULT_OPTIONS, jobs: 1, render: spec })) if (o.kind === 'rendered') here.push(o.output);
  for await (const o of processItems(source(items), { ...DEFAULT_OPTIONS, jobs: 2, render: spec })) if (o.kind === 'rendered') there.push(o.output);
  assert.equal(here.length, 6);
  assert.deepEqual(there, here);
  const direct = processItem(items[0]!, DEFAULT_OPTIONS);
  assert.equal(direct.kind, 'record');
  if (direct.kind === 'record') assert.equal(here[0], `${JSON.stringify(direct.record)}\n`);
});

test('CLI: --jobs must be a whole number of 1 or more', async () => {
  for (const bad of ['0', '-1', '1.5', 'many']) {
    const r = await runCli(['extract', 'x.html', '--jobs', bad]);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, /whole number/);
  }
});

test('a small input runs on this thread even with jobs > 1; a big one starts workers; the outcomes are the same', async (t) => {
  const run = async (items: AsyncIterable<InputItem>, jobs: number) => {
    const started: number[] = [];
    const out: Outcome[] = [];
    for await (const o of processItems(items, { ...DEFAULT_OPTIONS, jobs, minPagesForWorkers: 10, onWorkers: (n) => started.push(n) })) out.push(o);
    return { out, started };
  };
  await t.test('fewer pages than the minimum: no threads', async () => {
    const items = mixed(12).slice(0, 11); // 9 pages, an error and a skip
    const two = await run(source(items), 2);
    assert.deepEqual(two.started, []);
    assert.equal(JSON.stringify(two.out), JSON.stringify(await collect(source(items), 1)));
  });
  await t.test('the minimum reached: workers, same outcomes', async () => {
    const items = mixed(25);
    const two = await run(source(items), 2);
    assert.deepEqual(two.started, [2]);
    assert.equal(JSON.stringify(two.out), JSON.stringify(await collect(source(items), 1)));
  });
  await t.test('an input that stalls (slow standard input) starts workers and loses nothing', async () => {
    const items = mixed(8);
    async function* slow(): AsyncGenerator<InputItem> {
      for (const [i, it] of items.entries()) {
        if (i === 3) await new Promise((r) => setTimeout(r, 700));
        yield it;
      }
    }
    const two = await run(slow(), 2);
    assert.deepEqual(two.started, [2]);
    assert.equal(JSON.stringify(two.out), JSON.stringify(await collect(source(items), 1)));
  });
});
