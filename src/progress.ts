// A one-line progress display on standard error, only for a person at a
// terminal: never in a pipe, a log file or CI.
import type { Writable } from 'node:stream';

export interface Progress {
  /** False when nothing will be shown (not a terminal, CI, --quiet): no need to work out a total. */
  readonly enabled: boolean;
  /** How many inputs there are, once known: the line then shows done / total and the time left. */
  total(n: number): void;
  tick(name: string, failed: boolean): void;
  done(): void;
}

const SILENT: Progress = { enabled: false, total: () => undefined, tick: () => undefined, done: () => undefined };

/** 75 s -> "1 min 15 s". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function progressLine(done: number, total: number | null, failed: number, seconds: number): string {
  const rate = done / Math.max(seconds, 0.001);
  const count = total !== null ? `${done}/${total} pages` : `${done} pages`;
  // Time left only once a few pages give a rate worth extrapolating.
  const left = total !== null && done >= 3 && total > done ? `, about ${duration((total - done) / rate)} left` : '';
  return `zhfin: ${count}${failed ? `, ${failed} failed` : ''}, ${rate.toFixed(1)}/s${left}`;
}

export function progress(stderr: Writable & { isTTY?: boolean; columns?: number }, enabled: boolean): Progress {
  if (!enabled || !stderr.isTTY) return SILENT;
  const started = Date.now();
  let pages = 0, failed = 0, last = 0, shown = false;
  let total: number | null = null;
  return {
    enabled: true,
    total(n) { total = Math.max(n, pages); },
    tick(name, bad) {
      pages++;
      if (bad) failed++;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const line = `${progressLine(pages, total, failed, (now - started) / 1000)}  ${name}`;
      stderr.write(`\r\x1b[K${line.slice(0, (stderr.columns ?? 80) - 1)}`);
      shown = true;
    },
    done() {
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
