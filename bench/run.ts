// `npm run bench`: zhfin's throughput, scaling and memory on a synthetic corpus
// of Chinese news pages, against @mozilla/readability + jsdom on the same
// pages. A measurement, not a test: it prints a table and the targets.
//
//   npm run bench                         1,000 and 10,000 pages, a 1 GB WARC
//   npm run bench -- --pages 1000 --warc-mb 0     a quick run
//
// Beside --jobs J it runs J separate --jobs 1 processes on 1/J of the pages
// each: what the machine gives J processes at that moment, the ceiling for
// --jobs J (on a shared machine, other work lowers both alike).
//
// Options: --pages N[,N...]  --jobs J[,J...]  --readability-pages N (0: skip)
//          --warc-mb MB (0: skip)  --seed S  --corpus DIR  --json FILE
//          --repeat R (each row R times, taking turns; the median is reported)
//          --fuzz-pages N (hostile pages mutated from samples/; 0: skip)  --only-hostile (skip the rest)
//          --db-pages N (the corpus database rows on N pages; 0: skip)  --only-db (skip the rest)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, existsSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, availableParallelism, tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, ensureWarc } from './corpus.js';
import { writeFuzzPages } from '../test/helpers/fuzz.js';
import { benchDb, type DbBench } from './db-run.js';
import { SEGMENTERS } from '../src/segment.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/zhfin.js');
const DIST = join(ROOT, 'dist/bench');

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : dflt;
}
const list = (s: string) => s.split(',').map(Number).filter((n) => Number.isFinite(n) && n > 0);

const SIZES = list(arg('pages', '1000,10000')).sort((a, b) => a - b);
const JOBS = list(arg('jobs', '1,2'));
const READ_MAX = Number(arg('readability-pages', '1000'));
const WARC_MB = Number(arg('warc-mb', '1024'));
const SEED = Number(arg('seed', '1'));
const CORPUS = resolve(arg('corpus', join(ROOT, 'bench/corpus')));
const JSON_OUT = arg('json', '');
const REPEAT = Math.max(1, Math.floor(Number(arg('repeat', '1'))) || 1);
const FUZZ_PAGES = Number(arg('fuzz-pages', '10000'));
const ONLY_HOSTILE = process.argv.includes('--only-hostile');
const ONLY_DB = process.argv.includes('--only-db');
const DB_PAGES = Number(arg('db-pages', String(SIZES[SIZES.length - 1] ?? 0)));
const TMP = mkdtempSync(join(tmpdir(), 'zhfin-bench-'));

interface Run { ms: number; cpuMs: number; peakMB: number; stdout: string; code: number | null }

/** Run node with the RSS probe preloaded; wall time from spawn to exit, start-up included. */
function node(args: string[], quietOut = true, quietErr = false): Promise<Run> {
  const rssFile = join(TMP, `rss-${Math.random().toString(36).slice(2)}`);
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', join(DIST, 'rss-probe.js'), ...args], {
      env: { ...process.env, ZHFIN_BENCH_RSS_FILE: rssFile, CI: '1' },
      stdio: ['ignore', 'pipe', quietErr ? 'ignore' : 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => { if (!quietOut || stdout.length < 1e6) stdout += d.toString(); });
    child.on('error', rej);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      const rows = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number)) : [[0, 0]];
      rmSync(rssFile, { force: true });
      res({ ms, cpuMs: Math.max(...rows.map((r) => r[1]!)) / 1000, peakMB: Math.max(...rows.map((r) => r[0]!)) / 1024, stdout, code });
    });
  });
}

const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
const f1 = (n: number) => n.toFixed(1);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const results: Record<string, unknown> = {};

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  console.log(`zhfin bench — ${availableParallelism()} cores (${cpu}), node ${process.version}, load average ${loadavg().map(f1).join(' ')}`);
  console.log(`corpus: ${CORPUS} (seed ${SEED}); sizes ${SIZES.join(', ')}; jobs ${JOBS.join(', ')}${REPEAT > 1 ? `; each row ${REPEAT} times, median shown` : ''}\n`);
  results.machine = { cores: availableParallelism(), cpu, node: process.version, loadavgStart: loadavg() };

  if (ONLY_HOSTILE) { await hostile(); finish(); return; }
  if (ONLY_DB) { const d = await corpusDb(); if (d) { console.log('\ntargets'); dbTargets(d); } finish(); return; }
  // ---- segmenters: load cost and speed, each in a fresh process ----
  const small = ensureCorpus(CORPUS, SIZES[0]!, SEED);
  // ---- the htmlparser2 fork (src/strip/fast-parse.ts): what it gains on these pages ----
  const parse = JSON.parse((await node([join(DIST, 'parse-probe.js'), ...small.files], false)).stdout) as { pages: number; libraryMs: number; forkMs: number; gain: number };
  console.log(`parsing ${parse.pages} pages: htmlparser2 ${(parse.libraryMs / 1000).toFixed(2)} s, the fork in src/strip/fast-parse.ts ${(parse.forkMs / 1000).toFixed(2)} s: ${parse.gain.toFixed(2)}× (fastest of 5 rounds each)\n`);
  results.parseFork = parse;
  const textFile = join(TMP, 'texts.txt');
  const sample = await node([BIN, 'extract', ...small.files.slice(0, 200), '-q', '-j', '1', '--segmenter', 'jieba-rs'], false); // all of it: a line cut at 1 MB is not JSON
  writeFileSync(textFile, sample.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { text?: string }).text ?? '').join('\n\n'));
  console.log(row(['segmenter', 'load s', 'load MB', 'tag MB/s', 'peak MB', 'one page s'], [9, 7, 8, 9, 8, 11]) + '   (one page: zhfin extract page.html --segmenter X, start-up included)');
  const segs: Record<string, unknown> = {};
  for (const s of SEGMENTERS) {
    const probe = await node([join(DIST, 'segmenter-probe.js'), s, textFile], false);
    const p = JSON.parse(probe.stdout) as { loadMs: number; loadMB: number; tagMs: number; chars: number; peakMB: number };
    const single: number[] = [];
    for (let i = 0; i < 3; i++) single.push((await node([BIN, 'extract', small.files[0]!, '--segmenter', s])).ms);
    single.sort((a, b) => a - b);
    const tagMBs = (p.chars * 3 / 1048576) / (p.tagMs / 1000);
    console.log(row([s, (p.loadMs / 1000).toFixed(2), f1(p.loadMB), f1(tagMBs), f1(p.peakMB), (single[1]! / 1000).toFixed(2)], [9, 7, 8, 9, 8, 11]));
    segs[s] = { ...p, singlePageMs: single[1] };
  }
  results.segmenters = segs;
  console.log('(single page: median of 3 runs; whether the segmenter loads depends on the extractors asking for tokens)\n');

  // ---- zhfin over N pages at each --jobs, and readability on the same pages ----
  const W = ROW_WIDTHS;
  console.log(row(['run', 'pages', 'MB', 'wall s', 'pages/s', 'MB/s', 'cpu s', 'peak RSS MB', 'same output'], W));
  const runs: Record<string, unknown>[] = [];
  for (const n of SIZES) {
    const c = ensureCorpus(CORPUS, n, SEED);
    const mb = c.bytes / 1048576;
    const J = Math.max(...JOBS);
    // Each row is a measurement; with --repeat R every row is measured R times,
    // the rows taking turns, and the median of each is reported (the largest
    // peak RSS): a shared machine's speed drifts over minutes, and taking turns
    // spreads the drift over every row alike.
    type Measure = { ms: number; cpuMs: number; peakMB: number; digest?: string; chars?: number };
    const rows: { label: string; tool: string; jobs?: number; measure: () => Promise<Measure>; got: Measure[] }[] = [];
    for (const j of JOBS) {
      rows.push({ label: `zhfin --jobs ${j}`, tool: 'zhfin', jobs: j, got: [], measure: async () => {
        const out = join(TMP, `out-${n}-${j}.jsonl`);
        const r = await node([BIN, 'extract', c.dir, '-q', '-j', String(j), '-o', out]);
        const body = readFileSync(out);
        rmSync(out, { force: true });
        return { ...r, digest: `${body.length}:${createHash('sha1').update(body).digest('hex')}` };
      } });
    }
    if (J > 1) {
      // The ceiling for --jobs J on this machine right now: J separate
      // --jobs 1 processes, each on its share of the pages, at the same time.
      rows.push({ label: `${J} × --jobs 1, 1/${J} each`, tool: 'separate-processes', got: [], measure: async () => {
        const t0 = performance.now();
        const share = Math.ceil(c.files.length / J);
        const parts = await Promise.all(Array.from({ length: J }, (_, k) =>
          node([BIN, 'extract', ...c.files.slice(k * share, (k + 1) * share), '-q', '-j', '1', '-o', join(TMP, `part-${k}.jsonl`)])));
        return { ms: performance.now() - t0, cpuMs: parts.reduce((a, r) => a + r.cpuMs, 0), peakMB: parts.reduce((a, r) => a + r.peakMB, 0) };
      } });
    }
    if (READ_MAX > 0 && n <= READ_MAX) {
      // A fresh process every 60 pages, one after another (one core, like --jobs 1).
      rows.push({ label: 'readability+jsdom (main)', tool: 'readability+jsdom', got: [], measure: async () => {
        let ms = 0, cpuMs = 0, peakMB = 0, chars = 0;
        for (let i = 0; i < c.files.length; i += 60) {
          const r = await node([join(DIST, 'readability-run.js'), ...c.files.slice(i, i + 60)], false);
          ms += r.ms; cpuMs += r.cpuMs; peakMB = Math.max(peakMB, r.peakMB); chars += Number(r.stdout.trim()) || 0;
        }
        return { ms, cpuMs, peakMB, chars };
      } });
    }
    for (let round = 0; round < REPEAT; round++) for (const r of rows) r.got.push(await r.measure());
    const first = rows[0]?.got[0]?.digest;
    for (const r of rows) {
      const ms = median(r.got.map((g) => g.ms)), cpuMs = median(r.got.map((g) => g.cpuMs)), peakMB = Math.max(...r.got.map((g) => g.peakMB));
      const digests = r.got.map((g) => g.digest).filter((d) => d !== undefined);
      const same = r.tool !== 'zhfin' ? '-' : digests.every((d) => d === first) ? 'yes' : 'NO';
      console.log(row([r.label, n, f1(mb), (ms / 1000).toFixed(2), f1(n / (ms / 1000)), f1(mb / (ms / 1000)), f1(cpuMs / 1000), f1(peakMB), same], W));
      runs.push({ tool: r.tool, ...(r.jobs !== undefined ? { jobs: r.jobs } : { processes: J }), pages: n, mb, ms, cpuMs, peakMB,
        ...(r.tool === 'zhfin' ? { sameOutputAsFirst: same === 'yes' } : {}),
        ...(r.tool === 'readability+jsdom' ? { textChars: median(r.got.map((g) => g.chars ?? 0)) } : {}), each: r.got.map(({ ms: m, cpuMs: cp, peakMB: pk }) => ({ ms: m, cpuMs: cp, peakMB: pk })) });
    }
  }
  results.runs = runs;

  // ---- a WARC file: memory must not grow with its size ----
  if (WARC_MB > 0) {
    const big = ensureCorpus(CORPUS, SIZES[SIZES.length - 1]!, SEED);
    const w = ensureWarc(CORPUS, big.files, WARC_MB, false);
    const j = Math.max(...JOBS);
    const out = join(TMP, 'warc.jsonl');
    const r = await node([BIN, 'extract', w.file, '-q', '-j', String(j), '-o', out]);
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
    rmSync(out, { force: true });
    console.log(row([`WARC ${WARC_MB} MB --jobs ${j}`, w.pages, f1(w.bytes / 1048576), (r.ms / 1000).toFixed(2), f1(w.pages / (r.ms / 1000)), f1(w.bytes / 1048576 / (r.ms / 1000)), f1(r.cpuMs / 1000), f1(r.peakMB), `${lines} rec`], W));
    runs.push({ tool: 'zhfin', input: 'warc', jobs: j, pages: w.pages, records: lines, mb: w.bytes / 1048576, ms: r.ms, cpuMs: r.cpuMs, peakMB: r.peakMB });
  }

  const dbRow = await corpusDb(false);

  // ---- the targets ----
  const get = (tool: string, n: number, j?: number) => runs.find((r) => r.tool === tool && r.pages === n && r.input === undefined && (j === undefined || r.jobs === j)) as { ms: number; cpuMs: number; peakMB: number } | undefined;
  console.log('\ntargets');
  const line = (what: string, value: string, ok: boolean | null) => console.log(`  ${ok === null ? '-   ' : ok ? 'MET ' : 'MISS'}  ${what}: ${value}`);
  for (const n of SIZES) {
    const z = get('zhfin', n, 1), rd = get('readability+jsdom', n);
    if (z && rd) line(`zhfin --jobs 1 vs readability+jsdom, ${n} pages (≥ 10×)`, `${f1(rd.ms / z.ms)}× by wall time, ${f1(rd.cpuMs / z.cpuMs)}× by CPU time`, rd.ms / z.ms >= 10);
    const z2 = get('zhfin', n, 2), sep = get('separate-processes', n);
    const ceiling = z && sep ? `; ${(z.ms / sep.ms).toFixed(2)}× for 2 separate processes on half the pages each, the machine's ceiling right now` : '';
    if (z && z2) line(`--jobs 2 vs --jobs 1, ${n} pages (≥ 1.7×)`, `${(z.ms / z2.ms).toFixed(2)}×${ceiling}`, z.ms / z2.ms >= 1.7);
  }
  if (SIZES.length > 1) {
    const [a, b] = [SIZES[0]!, SIZES[SIZES.length - 1]!];
    for (const j of JOBS) {
      const za = get('zhfin', a, j), zb = get('zhfin', b, j);
      const limit = (b / a) * 1.1;
      if (za && zb) line(`${b} pages vs ${a} pages at --jobs ${j} (≤ ${f1(limit)}×)`, `${f1(zb.ms / za.ms)}×`, zb.ms / za.ms <= limit);
    }
  }
  for (const r of runs) if (r.tool === 'zhfin') line(`peak RSS, ${r.input === 'warc' ? `${WARC_MB} MB WARC` : `${String(r.pages)} pages`} --jobs ${String(r.jobs)} (≤ 400 MB)`, `${f1(r.peakMB as number)} MB`, (r.peakMB as number) <= 400);
  if (dbRow) dbTargets(dbRow);
  await hostile();
  finish();
}

const ROW_WIDTHS = [26, 6, 7, 8, 8, 6, 7, 12, 12];

/** The corpus database rows (issue 15) on --db-pages pages, at the largest --jobs. */
async function corpusDb(header = true): Promise<DbBench | null> {
  if (DB_PAGES <= 0) return null;
  const W = ROW_WIDTHS;
  if (header) console.log(row(['run', 'pages', 'MB', 'wall s', 'pages/s', 'MB/s', 'cpu s', 'peak RSS MB', 'same output'], W));
  const c = ensureCorpus(CORPUS, DB_PAGES, SEED);
  const j = Math.max(...JOBS);
  const d = await benchDb(c.files, j, TMP, BIN, node, REPEAT);
  console.log(row([`-o out.jsonl --jobs ${j}`, d.pages, '', (d.jsonlMs / 1000).toFixed(2), f1(d.pages / (d.jsonlMs / 1000)), '', f1(d.jsonlCpuMs / 1000), '', ''], W));
  console.log(row([`--db --jobs ${j}`, d.pages, '', (d.dbMs / 1000).toFixed(2), f1(d.pages / (d.dbMs / 1000)), '', f1(d.dbCpuMs / 1000), f1(d.peakMB), `${f1(d.bytesPerPage / 1024)} KB/pg`], W));
  console.log(row([`--db re-run, ${d.newPages} new`, d.pages + d.newPages, '', (d.rerunMs / 1000).toFixed(2), '', '', '', f1(d.rerunPeakMB), ''], W));
  results.corpusDb = d;
  return d;
}

function dbTargets(d: DbBench): void {
  const line = (what: string, value: string, ok: boolean | null) => console.log(`  ${ok === null ? '-   ' : ok ? 'MET ' : 'MISS'}  ${what}: ${value}`);
  line(`--db vs -o out.jsonl, ${d.pages} pages (≤ 15% more)`, `${(d.overhead * 100).toFixed(1)}% by wall time, ${(d.cpuOverhead * 100).toFixed(1)}% by CPU time`, d.overhead <= 0.15);
  line(`--db re-run with ${d.newPages} new pages vs the full run (≤ 5%)`, `${(d.rerunShare * 100).toFixed(1)}%`, d.rerunShare <= 0.05);
  line(`peak RSS, --db ${d.pages} pages (≤ 400 MB)`, `${f1(d.peakMB)} MB`, d.peakMB <= 400);
  line('database size per page', `${f1(d.bytesPerPage / 1024)} KB`, null);
}

function finish(): void {
  results.loadavgEnd = loadavg();
  console.log(`\nload average at the end ${loadavg().map(f1).join(' ')} (other work on the machine slows every row alike)`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
  rmSync(TMP, { recursive: true, force: true });
}

/** Hostile input (issue 16): fuzzed pages, 1 MB hostile lines, and how pathological shapes scale. */
async function hostile(): Promise<void> {
  const line = (what: string, value: string, ok: boolean | null) => console.log(`  ${ok === null ? '-   ' : ok ? 'MET ' : 'MISS'}  ${what}: ${value}`);
  console.log('\nhostile input');
  if (FUZZ_PAGES > 0) {
    const dir = join(TMP, 'fuzz');
    writeFuzzPages(dir, SEED, FUZZ_PAGES, true);
    const one = JSON.parse((await node([join(DIST, 'fuzz-probe.js'), 'pages', dir], false)).stdout) as { pages: number; records: number; errors: number; p50: number; p99: number; max: number; slowest: string; slowestCpuMs: number; costliest: { name: string; cpuMs: number }; over1s: number; over1sCpu: number };
    const out = join(TMP, 'fuzz.jsonl');
    const two = await node([BIN, 'extract', dir, '-q', '-j', '2', '-o', out], true, true); // its error lines are the probe's errors
    const written = existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter(Boolean).length : 0;
    rmSync(out, { force: true });
    console.log(`  ${FUZZ_PAGES} fuzzed pages (seed ${SEED}): ${one.records} records, ${one.errors} errors; per page p50 ${one.p50.toFixed(1)} ms, p99 ${one.p99.toFixed(0)} ms, slowest ${one.slowest} ${one.max.toFixed(0)} ms`);
    line('no fuzzed page over 1 s (one process, one page at a time)', `${one.over1s} over by wall time, ${one.over1sCpu} by CPU time; slowest ${one.max.toFixed(0)} ms (${one.slowest}, ${one.slowestCpuMs.toFixed(0)} ms CPU); costliest in CPU ${one.costliest.cpuMs.toFixed(0)} ms (${one.costliest.name})`, one.over1s === 0);
    line('fuzzed pages at --jobs 2: no crash (exit 0 or 1)', `exit ${two.code}, ${written} records written in ${(two.ms / 1000).toFixed(1)} s`, two.code === 0 || two.code === 1);
    line('peak RSS, fuzzed pages --jobs 2 (≤ 400 MB)', `${f1(two.peakMB)} MB`, two.peakMB <= 400);
    results.fuzz = { ...one, jobs2: { code: two.code, written, ms: two.ms, peakMB: two.peakMB } };
  }
  const h = JSON.parse((await node([join(DIST, 'fuzz-probe.js'), 'lines'], false)).stdout) as { line: Record<string, number>; lineCpu: Record<string, number>; scaling: Record<string, { n: number; ms: number; ms2: number; ratio: number }> };
  for (const [what, ms] of Object.entries(h.line)) line(`a 1 MB line of ${what} in an article (< 1 s)`, `${(ms / 1000).toFixed(2)} s (${(h.lineCpu[what]! / 1000).toFixed(2)} s CPU)`, ms < 1000);
  for (const [what, r] of Object.entries(h.scaling)) line(`${what}: 2× the page, n = ${r.n} (≤ 2.2× the CPU time)`, `${r.ratio.toFixed(2)}× (${r.ms.toFixed(0)} → ${r.ms2.toFixed(0)} ms CPU)`, r.ratio <= 2.2);
  results.hostile = h;
}

await main();
