// Preloaded into a measured process (node --import): on exit, append the
// process's peak resident set size in KB and the CPU time it used in µs
// (worker threads included) to a file.
import { appendFileSync } from 'node:fs';

const out = process.env.ZHFIN_BENCH_RSS_FILE;
if (out) process.on('exit', () => {
  const u = process.resourceUsage();
  appendFileSync(out, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
});
