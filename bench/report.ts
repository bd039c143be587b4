// `node dist/bench/report.js`: how long `zhfin report` takes on N synthetic
// records, how big the page is, and how long headless Chromium takes to open
// it until the tables and chart are drawn. A measurement, not a test.
//
//   node dist/bench/report.js                      10,000 and 100,000 records
//   node dist/bench/report.js --pages 1000 --loads 5
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { browserSkip, launch } from '../test/helpers/browser.js';
import { writeSyntheticRecords } from './report-records.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : dflt;
};
const SIZES = arg('pages', '10000,100000').split(',').map(Number).filter((n) => n > 0);
const LOADS = Math.max(1, Number(arg('loads', '3')));
const TMP = mkdtempSync(join(tmpdir(), 'zhfin-report-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Run `zhfin report` in its own process: wall time and peak RSS (from the bench's probe). */
function report(input: string, output: string): Promise<{ ms: number; peakMB: number }> {
  const rssFile = join(TMP, 'rss');
  rmSync(rssFile, { force: true });
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', join(ROOT, 'dist/bench/rss-probe.js'), join(ROOT, 'bin/zhfin.js'), 'report', input, '-o', output], {
      env: { ...process.env, ZHFIN_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', rej);
    child.on('exit', (code) => {
      if (code !== 0) return rej(new Error(`zhfin report exited ${code}`));
      const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').split(' ')[0]) : 0;
      res({ ms: performance.now() - t0, peakMB: kb / 1024 });
    });
  });
}

async function main(): Promise<void> {
  console.log(`zhfin report bench — ${availableParallelism()} cores, node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const skip = browserSkip();
  if (skip) console.log(`browser: ${skip}; page load times are left out`);
  const browser = skip ? null : await launch();
  console.log('records   jsonl MB   report s   peak MB   html KB   rows (events/figures/platforms/agencies)   load ms (median of loads)   search ms');
  try {
    for (const n of SIZES) {
      const input = join(TMP, `records-${n}.jsonl`), output = join(TMP, `report-${n}.html`);
      writeSyntheticRecords(input, n);
      const built = await report(input, output);
      const html = readFileSync(output, 'utf8');
      const data = JSON.parse(/id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, unknown[]>;
      const rows = ['events', 'figures', 'platforms', 'agencies'].map((k) => data[k]!.length).join('/');
      let loads: number[] = [], search = NaN;
      if (browser) {
        for (let i = 0; i < LOADS; i++) {
          const page = await browser.context.newPage();
          const t0 = performance.now();
          await page.goto(pathToFileURL(output).href);
          await page.waitForSelector('body[data-ready="true"][data-chart="ready"]', { timeout: 60000 });
          loads.push(performance.now() - t0);
          if (i === 0) {
            // A search over every shipped sentence: from the keystroke's pause to the redrawn table.
            search = await page.evaluate(() => new Promise<number>((done) => {
              const status = document.getElementById('status')!;
              const before = status.textContent;
              const q = document.getElementById('f-q') as HTMLInputElement;
              const t = performance.now();
              new MutationObserver(() => { if (status.textContent !== before) done(performance.now() - t - 120); })
                .observe(status, { childList: true, characterData: true, subtree: true });
              q.value = '立案';
              q.dispatchEvent(new Event('input', { bubbles: true }));
            }));
          }
          await page.close();
        }
      }
      console.log([
        String(n).padEnd(8), (statSync(input).size / 1048576).toFixed(0).padStart(9), (built.ms / 1000).toFixed(1).padStart(10),
        built.peakMB.toFixed(0).padStart(9), (statSync(output).size / 1024).toFixed(0).padStart(9), rows.padStart(42),
        (loads.length ? `${median(loads).toFixed(0)} (${loads.map((x) => x.toFixed(0)).join(', ')})` : '-').padStart(27),
        (Number.isNaN(search) ? '-' : search.toFixed(0)).padStart(11),
      ].join(' '));
    }
  } finally {
    await browser?.close();
    rmSync(TMP, { recursive: true, force: true });
  }
  console.log(`load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')} (a shared machine: times are under that load)`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
