// A fixed set of worker threads running pages. Each page goes to the worker
// with the fewest pages in hand; the caller keeps the order.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { PageInput } from '../page.js';
import type { Outcome } from '../run-page.js';
import type { Task, WorkerSetup } from './page-worker.js';

interface Slot {
  worker: Worker;
  inHand: Map<number, { page: PageInput; resolve: (o: Outcome) => void }>;
}

const WORKER_URL = new URL('./page-worker.js', import.meta.url);

/**
 * A worker's V8 heap cap. Left alone, each thread's heap grows far past what a
 * page needs before V8 collects (measured: two workers put the process near
 * 400 MB, against about 270 MB capped at 96 MB). A page too big for the cap
 * makes its worker run out of memory; the pool then re-runs it on the main
 * thread (see OnCrash), so the output stays what --jobs 1 gives.
 */
export const WORKER_HEAP_MB = 96;

/** What a page gets when its worker died under it (out of memory, or a bug). */
export type OnCrash = (page: PageInput, err: Error) => Outcome;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;
  private crashes = 0;

  constructor(
    size: number,
    private readonly setup: WorkerSetup,
    private readonly onCrash: OnCrash,
    private readonly heapMb = WORKER_HEAP_MB,
  ) {
    // V8's allocation-site pretenuring off, for the process (a V8 flag cannot
    // be set per thread), before the workers start. With a worker on each core,
    // in about every other 1,000-page run one worker fell into allocating a hot
    // site's objects straight into the old generation: it then promoted 290 MB
    // instead of 35 MB, spent 0.9 s instead of 0.3 s in scavenges and ran twice
    // as many full collections (traced with --trace-gc-nvp). With the flag off
    // this happened in none of 17 runs, and a lone thread (--jobs 1) never
    // showed it. The flag only changes where new objects are first placed, not
    // what any code computes; setting it again is harmless.
    setFlagsFromString('--no-allocation-site-pretenuring');
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: this.setup, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } }), inHand: new Map() };
    slot.worker.on('message', (m: { id: number; outcome: Outcome }) => {
      const t = slot.inHand.get(m.id);
      slot.inHand.delete(m.id);
      t?.resolve(m.outcome);
    });
    const fail = (err: Error) => {
      if (this.closed) return;
      // Pages it held become error outcomes; a fresh worker takes its place.
      for (const t of slot.inHand.values()) t.resolve(this.onCrash(t.page, err));
      slot.inHand.clear();
      const i = this.slots.indexOf(slot);
      if (i < 0) return; // 'error' and then 'exit' for the same death
      // Workers that cannot even start would die forever: after a few, run here.
      if (++this.crashes > 8 * this.slots.length) this.slots.splice(i, 1);
      else this.slots[i] = this.spawn();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => { if (code !== 0) fail(new Error(`worker exited with code ${code}`)); });
    return slot;
  }

  run(page: PageInput): Promise<Outcome> {
    if (!this.slots.length) return Promise.resolve(this.onCrash(page, new Error('no worker could start')));
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.inHand.size < best.inHand.size) best = s;
    const id = this.nextId++;
    return new Promise((resolve) => {
      best.inHand.set(id, { page, resolve });
      best.worker.postMessage({ id, page } satisfies Task);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
