// What a run did, said on standard error at its end: so a person (or a log)
// knows how many pages became records, what failed and why, what was found,
// how long it took and where the output is.
import type { ItemCounts } from './run-page.js';

export class RunSummary {
  private readonly started = Date.now();
  private records = 0;
  private skipped = 0;
  private readonly failures = new Map<string, number>();
  private readonly items = new Map<string, number>();

  record(counts: ItemCounts): void {
    this.records++;
    for (const [kind, n] of Object.entries(counts)) this.items.set(kind, (this.items.get(kind) ?? 0) + n);
  }

  failure(code: string): void {
    this.failures.set(code, (this.failures.get(code) ?? 0) + 1);
  }

  skip(): void {
    this.skipped++;
  }

  /** The summary lines, each starting `zhfin: `; `where` says where the output went. */
  lines(where: string, now = Date.now()): string[] {
    const failed = [...this.failures.values()].reduce((a, b) => a + b, 0);
    const seconds = (now - this.started) / 1000;
    const read = this.records + failed;
    const out = [
      `zhfin: ${plural(read, 'input')} read in ${seconds.toFixed(1)} s: ${plural(this.records, 'record')} written ${where}` +
        `; ${failed} failed${this.skipped ? `; ${this.skipped} skipped (not pages)` : ''}`,
    ];
    if (this.items.size) out.push(`zhfin: items: ${[...this.items].map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
    if (failed) out.push(`zhfin: failures by code: ${[...this.failures].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `${n} ${code}`).join(', ')}`);
    return out;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
