// A worker thread: takes pages, gives outcomes. The segmenter and gazetteers
// load lazily on the first page that needs them and then stay for the
// thread's life, so each worker pays for them once.
import { parentPort, workerData } from 'node:worker_threads';
import type { PageInput } from '../page.js';
import type { PipelineOptions } from '../pipeline.js';
import { processItem } from '../process.js';

export interface Task { id: number; page: PageInput }

const options = workerData as PipelineOptions;

parentPort!.on('message', (task: Task) => {
  parentPort!.postMessage({ id: task.id, outcome: processItem({ kind: 'page', page: task.page }, options) });
});
