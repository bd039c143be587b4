// A fixed set of worker threads running pages. Each page goes to the worker
// with the fewest pages in hand; the caller keeps the order.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { memoryBytes, movableBytes, type PageInput } from '../page.js';
import type { Outcome } from '../run-page.js';
import type { Task, WorkerSetup } from './page-worker.js';
import { returnFreedNativeMemory } from '../segment.js';

interface Slot {
  worker: Worker;
  inHand: Map<number, { page: PageInput; resolve: (o: Outcome) => void }>;
}

const WORKER_URL = new URL('./page-worker.js', import.meta.url);

/**
 * A worker's V8 heap cap. Left alone, each thread's heap grows far past what a
 * page needs before V8 collects (measured: two workers put the process near
 * 400 MB, against about 270 MB capped at 96 MB). The pipeline's caps (text,
 * tags, nesting, items) keep a page of up to BIG_PAGE_BYTES within it: a 10 MB
 * page of `1%1%...` peaks near 73 MB.
 */
export const WORKER_HEAP_MB = 96;
/**
 * A worker's semi-space; its young generation is three of them. V8 would let
 * it grow to 16 MB; 12 MB took 10 MB off the peak RSS of 10,000 fuzzed pages
 * at --jobs 2 (2 runs each: 369 and 386 MB against 388 and 390) with no CPU
 * time added on 1,000 bench pages (3 runs each) and 2% on the fuzzed ones;
 * 4 MB cost 24% more CPU in scavenges.
 */
export const WORKER_SEMI_SPACE_MB = 12;
/** A page larger than this runs alone on a worker of its own, with a heap that grows with the page. */
export const BIG_PAGE_BYTES = 8 * 1024 * 1024;
/** Heap added per MB of such a page: its decoded text and what is read from it. */
export const HEAP_MB_PER_PAGE_MB = 8;

/**
 * A file's bytes move to the worker, not copied (src/inputs.ts reads each
 * into a buffer of its own): this thread has no use for them once sent (a
 * crashed page's error needs only its name), and a copy would stay here until
 * collected. Bytes a caller of the library hands in are copied, as before.
 */
function moved(page: PageInput): ArrayBuffer[] {
  const bytes = movableBytes(page);
  return bytes ? [bytes] : [];
}

const limits = (heapMb: number) => ({ maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 3 * WORKER_SEMI_SPACE_MB });

/**
 * What a page gets when its worker died under it (out of memory, or a bug):
 * an error outcome, made on the main thread, which never runs the page itself,
 * so one page cannot take the run down with it.
 */
export type OnCrash = (page: PageInput, err: Error) => Outcome;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;
  private crashes = 0;
  private readonly alone = new Set<Worker>();

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
    // Workers start with their young generation at its full size; each then
    // stops young generations from growing (page-worker.ts), this thread's included.
    setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
    returnFreedNativeMemory();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(heapMb = this.heapMb): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: this.setup, resourceLimits: limits(heapMb) }), inHand: new Map() };
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
    const bytes = memoryBytes(page);
    if (bytes > BIG_PAGE_BYTES) return this.runAlone(page, this.heapMb + Math.ceil(bytes / 1048576) * HEAP_MB_PER_PAGE_MB);
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.inHand.size < best.inHand.size) best = s;
    const id = this.nextId++;
    return new Promise((resolve) => {
      best.inHand.set(id, { page, resolve });
      best.worker.postMessage({ id, page } satisfies Task, moved(page));
    });
  }

  /** One page on a worker of its own, ended once the page is done. */
  private runAlone(page: PageInput, heapMb: number): Promise<Outcome> {
    return new Promise((resolve) => {
      const worker = new Worker(WORKER_URL, { workerData: this.setup, resourceLimits: limits(heapMb) });
      this.alone.add(worker);
      let done = false;
      const finish = (o: Outcome) => {
        if (done) return;
        done = true;
        this.alone.delete(worker);
        void worker.terminate();
        resolve(o);
      };
      worker.on('message', (m: { outcome: Outcome }) => finish(m.outcome));
      worker.on('error', (err) => finish(this.onCrash(page, err)));
      worker.on('exit', (code) => finish(this.onCrash(page, new Error(`worker exited with code ${code}`))));
      worker.postMessage({ id: 0, page } satisfies Task, moved(page));
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    // V8's defaults again, for a caller that goes on without workers.
    setFlagsFromString('--min-semi-space-size=0');
    setFlagsFromString('--semi-space-growth-factor=2');
    await Promise.all([...this.slots.map((s) => s.worker), ...this.alone].map((w) => w.terminate()));
  }
}
