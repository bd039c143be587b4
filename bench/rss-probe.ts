// Preloaded into a measured process (node --import): on exit, append the
// process's peak resident set size (worker threads included) to a file.
import { appendFileSync } from 'node:fs';

const out = process.env.ZHFIN_BENCH_RSS_FILE;
if (out) process.on('exit', () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
