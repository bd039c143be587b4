// A worker thread: takes pages, gives outcomes. The segmenter and gazetteers
// load lazily on the first page that needs them and then stay for the
// thread's life, so each worker pays for them once.
import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { PageInput } from '../page.js';
import type { PipelineOptions } from '../pipeline.js';
import { processItem, renderer, type RenderTarget } from '../run-page.js';

export interface Task { id: number; page: PageInput }

/** What every page of a worker shares: the pipeline's options and, when the caller wants text, how to render. */
export interface WorkerSetup { options: PipelineOptions; render?: RenderTarget | undefined }

// Young generations stop growing, in every thread of the process, while
// workers run (the pool sets V8's defaults again when it closes). This worker
// started with its own at full size (pool.ts). The main thread only reads
// input and writes output, but all of that which survives a minor collection
// (outputs waiting for their turn) counts towards growing its young
// generation, which reached 16 + 16 MB over a long run, as large as a
// worker's: 30 MB of the process's peak RSS, and page buffers held longer.
// Set here, not in the pool: V8 puts the flag back to 2 whenever it sets up
// a thread's heap, and this thread's is set up by now.
setFlagsFromString('--semi-space-growth-factor=1');

const setup = workerData as WorkerSetup;
const render = renderer(setup.render);

parentPort!.on('message', (task: Task) => {
  parentPort!.postMessage({ id: task.id, outcome: processItem({ kind: 'page', page: task.page }, setup.options, render) });
});
