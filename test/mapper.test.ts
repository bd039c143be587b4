// The mapper contract (Hadoop Streaming, Spark RDD.pipe): JSON Lines in on
// standard input, JSON Lines out, one line out per line in, in order, written
// as it goes, and memory that does not grow with the length of the stream.
// These spawn the real executable, as an engine would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/shared.js';

const BIN = join(ROOT, 'bin/zhfin.js');

function start(args: string[] = []): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, 'extract', '-', '-q', ...args], { stdio: 'pipe', env: { ...process.env, CI: '1' } });
}

/** Output lines as they arrive, with a way to wait for the n-th. */
function lineReader(child: ChildProcessWithoutNullStreams) {
  const out: string[] = [];
  let rest = '';
  const waiters: { n: number; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    const parts = (rest + d).split('\n');
    rest = parts.pop()!;
    out.push(...parts);
    for (const w of waiters.splice(0)) if (out.length >= w.n) w.resolve(); else waiters.push(w);
  });
  return {
    out,
    waitFor: (n: number, ms: number) => new Promise<void>((resolve, reject) => {
      if (out.length >= n) { resolve(); return; }
      const timer = setTimeout(() => reject(new Error(`only ${out.length} of ${n} lines came out within ${ms} ms`)), ms);
      waiters.push({ n, resolve: () => { clearTimeout(timer); resolve(); } });
    }),
  };
}

function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((res) => child.on('close', (code) => res(code)));
}

/** Input line i: mostly pages, with failures of every kind at known places. */
function inputLine(i: number, pad = ''): { line: string; fails: boolean } {
  if (i % 97 === 13) return { line: '{"url": "broken json', fails: true };
  if (i % 89 === 7) return { line: JSON.stringify({ url: `u${i}` }), fails: true }; // no html/text
  if (i % 83 === 5) return { line: JSON.stringify({ url: `u${i}`, text: '   ' }), fails: true }; // fails in the pipeline
  if (i % 79 === 3) return { line: '', fails: true };
  const body = i % 2
    ? { html: `<html><head><title>第${i}号公告</title></head><body><p>${2015 + (i % 8)}年${1 + (i % 12)}月，某平台贷款余额为${i}.5亿元，银保监会表示关注。</p></body></html>` }
    : { text: `第${i}号：截至${2016 + (i % 7)}年末，借款人数${i}人，逾期率约为${i % 30}%。` };
  return { line: JSON.stringify({ url: `u${i}`, ...body, ...(pad ? { pad } : {}) }), fails: false };
}

/** Check that output line i answers input line i. */
function checkAligned(out: string[], n: number): void {
  assert.equal(out.length, n, 'one line out per line in');
  for (let i = 0; i < n; i++) {
    const rec = JSON.parse(out[i]!) as { source: { url?: string; line?: number }; error?: { code: string; message: string }; id?: string };
    const { fails } = inputLine(i);
    if (fails) {
      assert.ok(rec.error, `line ${i + 1} should be an error record: ${out[i]}`);
      assert.equal(rec.source.line, i + 1, `error record of line ${i + 1} names its line`);
      assert.equal(Object.keys(rec).sort().join(','), 'error,source');
    } else {
      assert.equal(rec.error, undefined, `line ${i + 1}: ${out[i]}`);
      assert.equal(rec.source.url, `u${i}`, `output line ${i + 1} is the record of input line ${i + 1}`);
    }
  }
}

test('mapper: a long stream fed in odd-sized chunks gives one aligned line out per line in', async () => {
  const n = 1500;
  const child = start(['--no-text']);
  const reader = lineReader(child);
  const done = exited(child);
  const all = Buffer.from(Array.from({ length: n }, (_, i) => inputLine(i).line).join('\n') + '\n');
  // Chunks that cut lines (and multi-byte characters) anywhere.
  let at = 0, k = 0;
  while (at < all.length) {
    const size = 1 + ((k++ * 7919) % 4093);
    if (!child.stdin.write(all.subarray(at, at + size))) await new Promise((r) => child.stdin.once('drain', r));
    at += size;
  }
  child.stdin.end();
  assert.equal(await done, 1, 'exit status 1: some lines failed and were reported');
  checkAligned(reader.out, n);
});

test('mapper: output is written as it goes, not when the input ends', async () => {
  const child = start();
  const reader = lineReader(child);
  const done = exited(child);
  // Send a few lines and keep standard input open: their records must come out.
  for (let round = 0; round < 3; round++) {
    const from = round * 5;
    child.stdin.write(Array.from({ length: 5 }, (_, i) => inputLine(from + i).line).join('\n') + '\n');
    await reader.waitFor(from + 5, 20_000);
  }
  child.stdin.end();
  await done;
  checkAligned(reader.out, 15);
});

function rssMB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

test('mapper: memory stays flat however long the stream', { skip: existsSync('/proc/self/status') ? false : 'needs /proc to read the process RSS' }, async () => {
  // Each line carries 40 KB the tool must read and then drop. After a warm-up
  // (workers started, heaps grown to their working size) 5,000 more lines push
  // about 200 MB through, far more than the growth allowed, so a tool that
  // kept the lines it read or queued input without bound would fail.
  const warm = 3000, n = 8000;
  const pad = 'x'.repeat(40 * 1024);
  const allowedGrowthMB = 60;
  assert.ok(((n - warm) * pad.length) / 1048576 > 3 * allowedGrowthMB, 'the stream must dwarf the allowed growth');
  const child = start(['--no-text']);
  const reader = lineReader(child);
  const done = exited(child);
  let baseline = 0, peak = 0;
  for (let i = 0; i < n; i++) {
    if (!child.stdin.write(inputLine(i, pad).line + '\n')) await new Promise((r) => child.stdin.once('drain', r));
    if (i === warm) { await reader.waitFor(warm - 100, 120_000); baseline = rssMB(child.pid!) ?? 0; }
    if (i > warm && i % 250 === 0) peak = Math.max(peak, rssMB(child.pid!) ?? 0);
  }
  child.stdin.end();
  peak = Math.max(peak, rssMB(child.pid!) ?? 0);
  await done;
  checkAligned(reader.out, n);
  assert.ok(baseline > 0 && peak > 0, 'RSS was read');
  assert.ok(peak - baseline < allowedGrowthMB, `RSS grew from ${baseline.toFixed(0)} MB to ${peak.toFixed(0)} MB over ${n - warm} lines`);
});
