// A worker thread: takes pages, gives outcomes. The segmenter and gazetteers
// load lazily on the first page that needs them and then stay for the
// thread's life, so each worker pays for them once.
import { parentPort, workerData } from 'node:worker_threads';
import type { PageInput } from '../page.js';
import type { PipelineOptions } from '../pipeline.js';
import { processItem, renderer, type RenderTarget } from '../run-page.js';

export interface Task { id: number; page: PageInput }

/** What every page of a worker shares: the pipeline's options and, when the caller wants text, how to render. */
export interface WorkerSetup { options: PipelineOptions; render?: RenderTarget | undefined }

const setup = workerData as WorkerSetup;
const render = renderer(setup.render);

parentPort!.on('message', (task: Task) => {
  parentPort!.postMessage({ id: task.id, outcome: processItem({ kind: 'page', page: task.page }, setup.options, render) });
});
