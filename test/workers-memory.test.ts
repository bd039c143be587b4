// What the worker pool does to keep the process small (src/workers/pool.ts,
// page-worker.ts): files' bytes move to the workers, and young generations
// stop growing while workers run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { movableBytes, ownContent, type InputItem, type PageInput } from '../src/page.js';
import { processItems } from '../src/process.js';
import { DEFAULT_OPTIONS } from '../src/pipeline.js';

const html = (i: number) => Buffer.from(`<html><head><title>第${i}号</title></head><body><div class="content"><p>2024年3月，第${i}号平台贷款余额为${i}.5亿元，同比增长${i % 30}%。</p></div></body></html>`);

test('movableBytes: only bytes marked by ownContent, and only a whole buffer', () => {
  const whole = ownContent(new Uint8Array(html(1)));
  assert.equal(movableBytes({ name: 'a', content: whole }), whole.buffer);
  assert.equal(movableBytes({ name: 'b', content: new Uint8Array(html(2)) }), null, 'a caller\'s bytes');
  const big = new Uint8Array(64);
  assert.equal(movableBytes({ name: 'c', content: ownContent(big.subarray(8, 32)) }), null, 'part of a buffer');
  assert.equal(movableBytes({ name: 'd', content: '<p>text</p>' }), null);
});

test('--jobs 2: a file\'s bytes move to the worker, a caller\'s bytes are left as they were', async () => {
  const pages: PageInput[] = [];
  for (let i = 0; i < 6; i++) {
    const bytes = new Uint8Array(html(i));
    pages.push({ name: `p${i}.html`, content: i % 2 ? ownContent(bytes) : bytes });
  }
  async function* items(): AsyncGenerator<InputItem> { for (const page of pages) yield { kind: 'page', page }; }
  const kinds: string[] = [];
  for await (const o of processItems(items(), { ...DEFAULT_OPTIONS, jobs: 2 })) kinds.push(o.kind);
  assert.deepEqual(kinds, Array(6).fill('record'));
  pages.forEach((p, i) => {
    const n = (p.content as Uint8Array).byteLength;
    if (i % 2) assert.equal(n, 0, `${p.name}: moved, so no longer here`);
    else assert.equal(n, html(i).byteLength, `${p.name}: a caller's bytes are copied`);
  });
});

test('while workers run, the main thread\'s young generation does not grow', () => {
  const pool = new URL('../src/workers/pool.js', import.meta.url).href;
  const runPage = new URL('../src/run-page.js', import.meta.url).href;
  const pipeline = new URL('../src/pipeline.js', import.meta.url).href;
  // Objects that survive a minor collection or two, as outputs waiting for their turn do.
  const script = `
    import v8 from 'node:v8';
    const { WorkerPool } = await import(${JSON.stringify(pool)});
    const { crashOutcome } = await import(${JSON.stringify(runPage)});
    const { DEFAULT_OPTIONS } = await import(${JSON.stringify(pipeline)});
    const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    const churn = () => { let keep = []; for (let i = 0; i < 3e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 100000) keep = []; } };
    const p = new WorkerPool(1, { options: DEFAULT_OPTIONS }, crashOutcome);
    await p.run({ name: 'a.html', content: '<p>2024年3月，贷款余额为8.5亿元。</p>' });
    const before = young();
    churn();
    const during = young();
    await p.close();
    churn();
    console.log(JSON.stringify({ before, during, after: young() }));`;
  // A file, not -e: workers inherit the -e and would run the script again, starting workers of their own.
  const file = join(mkdtempSync(join(tmpdir(), 'zhfin-young-')), 'young.mjs');
  writeFileSync(file, script);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const { before, during, after } = JSON.parse(r.stdout) as { before: number; during: number; after: number };
  assert.equal(during, before, `it grew from ${before} to ${during} bytes`);
  assert.ok(after > during, 'once the pool is closed it grows again as V8 would');
});
