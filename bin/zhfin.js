#!/usr/bin/env node
// The zhfin executable: wires the real process to run(), which does the work.
const controller = new AbortController();
let interrupts = 0;
// First Ctrl-C or SIGTERM: finish the page in hand and close the output
// cleanly (exit 130 / 143). A second: stop now (a temporary -o file is removed on exit).
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(sig, () => {
    if (++interrupts > 1) process.exit(code);
    controller.abort(sig);
  });
}
// Loaded after the handlers are in place, so a signal during start-up is handled too.
const { run } = await import('../dist/src/cli.js');
// `zhfin ... | head`: the reader left; end quietly.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); });

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
// A pipe on standard input that is still open must not keep the process alive.
process.stdin.destroy();
// Interrupted: the output is already complete and closed (stdout to a pipe or a
// file is written synchronously on Linux); a read or a worker still pending
// must not hold the exit.
if (code === 130 || code === 143) process.exit(code);
