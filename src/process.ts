// Many pages through the pipeline, in input order. The CLI and the library's
// streaming API both use this; it is where parallel workers plug in.
import type { InputItem, PageInput } from './page.js';
import type { PipelineOptions } from './pipeline.js';
import { crashOutcome, processItem, renderer, type Outcome, type Render, type RenderTarget } from './run-page.js';
import { lookAhead, resume, sizeOf } from './look-ahead.js';
import { WorkerPool } from './workers/pool.js';

export type { Outcome } from './run-page.js';

export interface ProcessOptions extends PipelineOptions {
  /** Stop taking new inputs once this is aborted (Ctrl-C). */
  signal?: AbortSignal;
  /** Worker threads; 1 (the default) runs pages on this thread. */
  jobs?: number;
  /**
   * Read up to this many pages ahead first, and run them all on this thread
   * when the input ends within them: starting workers costs more than they
   * save on a small input (see MIN_PAGES_FOR_WORKERS). 0 (the default): no look-ahead.
   */
  minPagesForWorkers?: number;
  /** Told how many worker threads were started, when they are. */
  onWorkers?: (threads: number) => void;
  /**
   * Give records as their output text, rendered where the page ran. With
   * workers this is what keeps the main thread free: a string crosses threads
   * as one copy, a record as thousands of small objects cloned and rebuilt.
   */
  render?: RenderTarget;
}

/** Pages in flight per worker, and bytes in flight in all: the bounded window. */
export const PAGES_PER_WORKER = 4;
export const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** How long a lone first page waits for a second before workers are started anyway. */
const LONE_PAGE_MS = 50;

/**
 * Fewer pages than this run on this thread when the CLI picks the number of
 * workers: below it, starting threads (each loads the segmenter and
 * gazetteers and compiles the hot code again) costs more than the second core
 * gives back. Measured in docs/scale.md ("When workers start").
 */
export const MIN_PAGES_FOR_WORKERS = 130;

function pipelineOnly(o: ProcessOptions): PipelineOptions {
  const { signal: _s, jobs: _j, render: _r, minPagesForWorkers: _m, onWorkers: _w, ...rest } = o;
  return rest;
}

/**
 * Runs pages on workers, started only once a second page shows up (or the
 * first has waited LONE_PAGE_MS), so `zhfin extract page.html` never pays
 * for starting threads.
 */
class Dispatcher {
  private pool: WorkerPool | null = null;
  private held: { page: PageInput; resolve: (o: Promise<Outcome> | Outcome) => void } | null = null;
  private timer: NodeJS.Timeout | null = null;

  private readonly render: Render | undefined;

  constructor(
    private readonly jobs: number,
    private readonly options: PipelineOptions,
    private readonly spec?: RenderTarget,
    private readonly onWorkers?: (threads: number) => void,
  ) {
    this.render = renderer(spec);
  }

  private here(page: PageInput): Outcome {
    return processItem({ kind: 'page', page }, this.options, this.render);
  }

  run(item: InputItem): Promise<Outcome> {
    if (item.kind !== 'page' || this.jobs <= 1) return Promise.resolve(processItem(item, this.options, this.render));
    const page = item.page;
    if (this.pool) return this.pool.run(page);
    if (!this.held) {
      return new Promise((resolve) => {
        this.held = { page, resolve };
        this.timer = setTimeout(() => this.startPool(), LONE_PAGE_MS);
      });
    }
    return this.startPool().run(page);
  }

  /** No more input: a page still held alone runs here, without threads. */
  inputEnded(): void {
    if (!this.held) return;
    if (this.timer) clearTimeout(this.timer);
    const { page, resolve } = this.held;
    this.held = null;
    resolve(this.here(page));
  }

  private startPool(): WorkerPool {
    if (this.timer) clearTimeout(this.timer);
    if (!this.pool) {
      this.pool = new WorkerPool(this.jobs, { options: this.options, render: this.spec }, crashOutcome);
      this.onWorkers?.(this.jobs);
    }
    if (this.held) {
      const { page, resolve } = this.held;
      this.held = null;
      resolve(this.pool.run(page));
    }
    return this.pool;
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.pool?.close();
  }
}

/**
 * Outcomes in input order. At most a bounded window of pages is in flight,
 * and a new input is read only while the window has room, so a slow reader
 * of the output slows the reading of input instead of queueing work. Each
 * outcome is handed on as soon as it and those before it are done.
 */
export async function* processItems(items: AsyncIterable<InputItem>, options: ProcessOptions): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const { signal } = options;
  const pipeline = pipelineOnly(options);
  const here = async function* (these: AsyncIterable<InputItem> | Iterable<InputItem>): AsyncGenerator<Outcome> {
    const render = renderer(options.render);
    for await (const item of these) {
      if (signal?.aborted) return;
      yield processItem(item, pipeline, render);
      // A turn of the event loop: files read synchronously and written to a
      // file or /dev/null never wait on it, and signals (Ctrl-C) arrive only there.
      if (signal) await new Promise(setImmediate);
    }
  };
  if (jobs === 1) { yield* here(items); return; }
  const source = items[Symbol.asyncIterator]();
  let input: AsyncIterator<InputItem> = source;
  if (options.minPagesForWorkers) {
    const look = await lookAhead(source, options.minPagesForWorkers, MAX_BYTES_IN_FLIGHT);
    if (look.ended) { yield* here(look.ahead); return; }
    input = resume(look, source);
  }
  const dispatcher = new Dispatcher(jobs, pipeline, options.render, options.onWorkers);
  const window: { outcome: Promise<Outcome>; settled: boolean; bytes: number }[] = [];
  const maxPages = jobs * PAGES_PER_WORKER;
  let bytes = 0;
  let next: Promise<IteratorResult<InputItem>> | null = null;
  let ended = false;
  try {
    for (;;) {
      if (signal?.aborted) return;
      if (!ended && !next && window.length < maxPages && (bytes < MAX_BYTES_IN_FLIGHT || !window.length)) next = input.next();
      const head = window[0];
      if (head?.settled || (head && !next)) {
        window.shift();
        bytes -= head.bytes;
        yield await head.outcome;
        continue;
      }
      if (!next) return; // input ended and nothing left in flight
      // Wait for whichever comes first: the next input, or the oldest page's outcome.
      const r = head ? await Promise.race([next, head.outcome.then(() => null)]) : await next;
      if (r === null) continue;
      next = null;
      if (r.done) { ended = true; dispatcher.inputEnded(); continue; }
      const entry = { outcome: dispatcher.run(r.value), settled: false, bytes: sizeOf(r.value) };
      void entry.outcome.then(() => { entry.settled = true; });
      bytes += entry.bytes;
      window.push(entry);
    }
  } finally {
    await dispatcher.close();
    // Not awaited: a read still pending on standard input must not hold up the exit.
    if (!ended) { void input.return?.(); if (input !== source) void source.return?.(); }
  }
}
