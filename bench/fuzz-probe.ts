// Hostile input, measured in one process (run by bench/run.ts; prints one JSON line).
//   node dist/bench/fuzz-probe.js pages DIR      every file in DIR through the pipeline, one at a time: per-page time
//   node dist/bench/fuzz-probe.js lines          a 1 MB hostile line of each kind, and 2x scaling (CPU time) of the pathological shapes
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, processPage } from '../src/pipeline.js';
import { processItem } from '../src/run-page.js';
import { HOSTILE, withRun } from '../test/helpers/hostile.js';

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** CPU time of this thread's process in ms: what a page costs, whatever else the machine runs. */
function cpu(f: () => unknown): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function pages(dir: string): void {
  const names = readdirSync(dir).sort();
  const ms: number[] = [];
  let slowest = { name: '', ms: 0, cpuMs: 0 }, costliest = { name: '', cpuMs: 0 }, records = 0, errors = 0, over1sCpu = 0;
  for (const name of names) {
    const content = new Uint8Array(readFileSync(join(dir, name)));
    let kind = '', t = 0;
    const c = cpu(() => { t = time(() => { kind = processItem({ kind: 'page', page: { name, path: name, content } }, DEFAULT_OPTIONS).kind; }); });
    if (kind === 'error') errors++; else records++;
    ms.push(t);
    if (c > 1000) over1sCpu++;
    if (t > slowest.ms) slowest = { name, ms: t, cpuMs: c };
    if (c > costliest.cpuMs) costliest = { name, cpuMs: c };
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  console.log(JSON.stringify({ pages: names.length, records, errors, p50: q(0.5), p99: q(0.99), max: slowest.ms, slowest: slowest.name, slowestCpuMs: slowest.cpuMs, costliest, over1s: ms.filter((t) => t > 1000).length, over1sCpu, totalMs: ms.reduce((a, b) => a + b, 0) }));
}

/** The best of three runs (noise on a shared machine only adds time). */
const best = (f: () => unknown) => Math.min(time(f), time(f), time(f));
const bestCpu = (f: () => unknown) => Math.min(cpu(f), cpu(f), cpu(f));
const run = (html: string) => () => processPage({ name: 'hostile.html', content: html }, DEFAULT_OPTIONS);

function lines(): void {
  run(withRun('预热。'))(); // load the segmenter and gazetteers first
  const MB = 1 << 20;
  const units: Record<string, string> = { digits: '1234567890', 亿: '亿', 年: '年', '1年': '1年', numerals: '一二三四五六七八九十百千万', '%': '%', '1%': '1%', '<a ': '<a ', entities: '&copy;&reg;', 'a&': 'a&' };
  const line: Record<string, number> = {}, lineCpu: Record<string, number> = {};
  for (const [what, unit] of Object.entries(units)) {
    // 1 MB of UTF-8 in the article paragraph.
    const page = run(withRun(unit.repeat(Math.ceil(MB / Buffer.byteLength(unit)))));
    line[what] = best(page);
    lineCpu[what] = bestCpu(page);
  }
  const shapes: Record<string, (n: number) => string> = {
    nesting: HOSTILE.unclosedDivs, closedNesting: HOSTILE.nestedClosedDivs, entities: HOSTILE.entityPairs, longLine: HOSTILE.longLine, percents: HOSTILE.percents,
  };
  // Below the text cap at 2n, so the ratio shows the work, not the cap.
  const sizes: Record<string, number> = { nesting: 50_000, closedNesting: 24_000, entities: 24_000, longLine: 9_000, percents: 20_000 };
  const scaling: Record<string, { n: number; ms: number; ms2: number; ratio: number }> = {};
  for (const [what, make] of Object.entries(shapes)) {
    const n = sizes[what]!;
    // CPU time: on a shared machine wall time mostly measures the neighbours.
    const ms = bestCpu(run(make(n))), ms2 = bestCpu(run(make(2 * n)));
    scaling[what] = { n, ms, ms2, ratio: ms2 / ms };
  }
  console.log(JSON.stringify({ line, lineCpu, scaling }));
}

if (process.argv[2] === 'pages') pages(process.argv[3]!);
else lines();
