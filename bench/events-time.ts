// What the events extractor adds to a page's time, on the seeds and the CWCED
// pages of ../shared: rounds of processPage over every page, taking turns with
// events on and off (off: its extract() gives []), and, in the "on" rounds, the
// time spent inside it, measured around the call. The second figure is the one
// to trust on a busy machine: turns only cancel out load that lasts.
//
//   npm run build && node dist/bench/events-time.js [ROUNDS]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { processPage } from '../src/pipeline.js';
import { extractors } from '../extractors/index.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIRS = ['../shared/seeds', '../shared/bench/html/cwced/pages'].map((d) => join(ROOT, d));
if (!DIRS.every(existsSync)) {
  console.error(`events-time: needs ${DIRS.join(' and ')}; put the shared folder beside the checkout`);
  process.exit(2);
}
const pages = DIRS.flatMap((d) => readdirSync(d).sort().map((f) => ({ name: f, path: join(d, f), content: readFileSync(join(d, f)) })));
const real = extractors.events.extract;
let inside = 0;
const timed: typeof real = (ctx) => {
  const t0 = process.hrtime.bigint();
  try { return real(ctx); } finally { inside += Number(process.hrtime.bigint() - t0) / 1e6; }
};
const run = () => { const t0 = process.hrtime.bigint(); for (const p of pages) processPage(p); return Number(process.hrtime.bigint() - t0) / 1e6; };

const rounds = Number(process.argv[2] ?? 10);
extractors.events.extract = timed;
run(); run(); // warm: segmenter, gazetteers, JIT
const on: number[] = [], off: number[] = [], share: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const mode of r % 2 ? ['off', 'on'] : ['on', 'off']) {
    extractors.events.extract = mode === 'on' ? timed : () => [];
    inside = 0;
    const ms = run();
    if (mode === 'on') { on.push(ms); share.push(inside / (ms - inside)); } else off.push(ms);
  }
}
extractors.events.extract = real;
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`${pages.length} pages, ${rounds} rounds each way, load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`taking turns: median ${median(on).toFixed(0)} ms with events, ${median(off).toFixed(0)} ms without: ${pct(median(on) / median(off) - 1)}`);
console.log(`inside the events extractor: median ${pct(median(share))} of the rest of a page's time (rounds: ${share.map(pct).join(' ')})`);
