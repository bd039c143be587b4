// Many pages through the pipeline, in input order. The CLI and the library's
// streaming API both use this; it is where parallel workers plug in.
import { errorCode, errorLine } from './errors.js';
import type { InputItem } from './inputs.js';
import { processPage, type PipelineOptions } from './pipeline.js';
import type { ArticleRecord, ErrorRecord } from './schema.js';

export type Outcome =
  | { kind: 'record'; name: string; record: ArticleRecord }
  | { kind: 'error'; name: string; message: string; record: ErrorRecord }
  | { kind: 'skip'; name: string; message: string };

/** The error record written in place of a failed page (mapper mode keeps lines aligned). */
function errorRecordFor(item: InputItem & { kind: 'error' } | null, name: string, err: unknown, page?: { path?: string; url?: string }): ErrorRecord {
  const line = item?.line;
  const url = item?.url ?? page?.url;
  const path = page?.path;
  return {
    source: {
      ...(path !== undefined ? { path } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(path === undefined && url === undefined && line === undefined ? { path: name } : {}),
    },
    error: { code: errorCode(err), message: errorLine(err, name).replace(/^zhfin: /, '') },
  };
}

/** Process one input item; never throws. */
export function processItem(item: InputItem, options: PipelineOptions): Outcome {
  if (item.kind === 'skip') return { kind: 'skip', name: item.name, message: `zhfin: ${item.name}: ${item.reason}; skipped` };
  if (item.kind === 'error') {
    return { kind: 'error', name: item.error.input, message: errorLine(item.error, item.error.input), record: errorRecordFor(item, item.error.input, item.error) };
  }
  try {
    return { kind: 'record', name: item.page.name, record: processPage(item.page, options) };
  } catch (err) {
    return { kind: 'error', name: item.page.name, message: errorLine(err, item.page.name), record: errorRecordFor(null, item.page.name, err, item.page) };
  }
}

export interface ProcessOptions extends PipelineOptions {
  /** Stop taking new inputs once this is aborted (Ctrl-C). */
  signal?: AbortSignal;
}

export async function* processItems(items: AsyncIterable<InputItem>, options: ProcessOptions): AsyncGenerator<Outcome> {
  for await (const item of items) {
    if (options.signal?.aborted) return;
    yield processItem(item, options);
  }
}
