// The corpus database's own cost, apart from extraction: extract a folder's
// pages in this process, then time what --db adds to each page in the
// worker (prepare: record JSON, search words, MinHash) and on the main thread
// (the writer: parsing that, rows, the search index, commits), CPU and wall.
//   npm run build && node dist/bench/db-writer.js DIR [--rounds R]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from '../src/corpus/prepare.js';
import { CorpusWriter } from '../src/corpus/writer.js';
import type { InputItem } from '../src/page.js';
import { DEFAULT_OPTIONS, extractPage } from '../src/pipeline.js';

const dir = process.argv[2];
if (!dir) { console.error('usage: node dist/bench/db-writer.js DIR [--rounds R]'); process.exit(2); }
const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 3;

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const c = process.cpuUsage(), t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t, cpuMs: cpuMs(process.cpuUsage(c)) };
}

const names = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
const extracted = timed(() => names.map((f) => {
  const path = join(dir, f);
  return { path, ...extractPage({ name: path, path, content: readFileSync(path) }, DEFAULT_OPTIONS) };
}));
const rows: { prepareMs: number; writeMs: number; writeCpuMs: number }[] = [];
for (let r = 0; r < rounds; r++) {
  const prepared = timed(() => extracted.value.map((p) => prepare(p.record, DEFAULT_OPTIONS.segmenter, p.text, p.tokens)));
  const tmp = mkdtempSync(join(tmpdir(), 'zhfin-dbw-'));
  const writer = new CorpusWriter({ path: join(tmp, 'w.sqlite'), shown: 'w.sqlite', pipeline: DEFAULT_OPTIONS, reextract: false, lockWaitMs: 0, wantRecords: false });
  // The writer learns each input from its screen, as in a run; the bytes only feed the page hash.
  const items = async function* (): AsyncGenerator<InputItem> {
    for (const p of extracted.value) yield { kind: 'page', page: { name: p.path, path: p.path, content: new Uint8Array(0) } };
  };
  for await (const _ of writer.screen(items())) { /* queued */ }
  const written = timed(() => {
    extracted.value.forEach((p, i) => writer.take({ kind: 'rendered', name: p.path, output: prepared.value[i]!, counts: {} }));
    writer.finish(false);
  });
  rmSync(tmp, { recursive: true, force: true });
  rows.push({ prepareMs: prepared.ms, writeMs: written.ms, writeCpuMs: written.cpuMs });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const n = names.length;
const per = (ms: number) => (ms / n).toFixed(2);
console.log(`${n} pages; extraction ${per(extracted.cpuMs)} ms CPU a page (one round, cold start included)`);
console.log(`prepare (in the worker with --jobs): ${per(median(rows.map((r) => r.prepareMs)))} ms a page`);
console.log(`writer (main thread): ${per(median(rows.map((r) => r.writeMs)))} ms a page, ${per(median(rows.map((r) => r.writeCpuMs)))} ms CPU (median of ${rounds})`);
