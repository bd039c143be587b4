// A one-line progress display on standard error, only for a person at a
// terminal: never in a pipe, a log file or CI.
import type { Writable } from 'node:stream';

export interface Progress {
  tick(name: string, failed: boolean): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

export function progress(stderr: Writable & { isTTY?: boolean; columns?: number }, enabled: boolean): Progress {
  if (!enabled || !stderr.isTTY) return SILENT;
  const started = Date.now();
  let pages = 0, failed = 0, last = 0, shown = false;
  return {
    tick(name, bad) {
      pages++;
      if (bad) failed++;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const rate = pages / Math.max((now - started) / 1000, 0.001);
      const line = `zhfin: ${pages} pages${failed ? `, ${failed} failed` : ''}, ${rate.toFixed(1)}/s  ${name}`;
      stderr.write(`\r\x1b[K${line.slice(0, (stderr.columns ?? 80) - 1)}`);
      shown = true;
    },
    done() {
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
