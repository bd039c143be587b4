// One input item through the pipeline, never throwing: a record (or its
// rendered output), an error record, or a skip. Shared by the main thread
// (src/process.ts) and the worker threads (src/workers/page-worker.ts).
import { errorCode, errorLine } from './errors.js';
import type { InputItem, PageInput } from './page.js';
import { extractPage, type PipelineOptions } from './pipeline.js';
import { articleRecord, type ArticleRecord, type ErrorRecord, type Token } from './schema.js';
// The one place the pipeline side uses a writer, against the usual direction
// (README, Architecture): a worker renders its record to output text because a
// string crosses threads as one copy and a record as thousands of cloned objects.
import { formatter, type RenderSpec } from './write.js';
// The same for the corpus database: its rows need the record's JSON, search
// words and MinHash, made where the page ran for the same reason.
import { prepare } from './corpus/prepare.js';
import type { SegmenterName } from './segment.js';

/** How a worker turns records into text: an output format, or what the corpus database needs. */
export type RenderTarget = RenderSpec | { format: 'corpus'; segmenter: SegmenterName };

export type Outcome =
  | { kind: 'record'; name: string; record: ArticleRecord }
  /** A record already rendered for the output (see ProcessOptions.render), with its itemCounts. */
  | { kind: 'rendered'; name: string; output: string; counts: ItemCounts }
  | { kind: 'error'; name: string; message: string; record: ErrorRecord }
  | { kind: 'skip'; name: string; message: string }
  /** An input the corpus database holds unchanged: not processed (see InputOptions.unchanged). */
  | { kind: 'unchanged'; name: string };

/** The error record written in place of a failed page (mapper mode keeps lines aligned). */
function errorRecordFor(item: InputItem & { kind: 'error' } | null, name: string, err: unknown, page?: { path?: string; url?: string; line?: number }): ErrorRecord {
  const line = item?.line ?? page?.line;
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

/** Turns a record (its clean text, and the text's words when known) into its output text; made from a RenderSpec on whichever thread runs the page. */
export type Render = (r: ArticleRecord, text: string, tokens?: readonly Token[] | null) => string;

/** How many items of each kind a record holds: every list on the record but its warnings and comments. */
export type ItemCounts = Record<string, number>;

const NOT_ITEMS = new Set(['warnings', 'comments']);

export function itemCounts(r: ArticleRecord): ItemCounts {
  const out: ItemCounts = {};
  for (const key of Object.keys(articleRecord.shape)) {
    const v = (r as Record<string, unknown>)[key];
    if (Array.isArray(v) && !NOT_ITEMS.has(key)) out[key] = v.length;
  }
  return out;
}

export function renderer(spec: RenderTarget | undefined): Render | undefined {
  if (!spec) return undefined;
  if (spec.format === 'corpus') return (r, text, tokens) => prepare(r, spec.segmenter, text, tokens);
  return formatter(spec.format, spec.table).render;
}

/** Process one input item; never throws. With `render`, a record comes back as its output text. */
export function processItem(item: InputItem, options: PipelineOptions, render?: Render): Outcome {
  if (item.kind === 'unchanged') return { kind: 'unchanged', name: item.name };
  if (item.kind === 'skip') return { kind: 'skip', name: item.name, message: `zhfin: ${item.name}: ${item.reason}; skipped` };
  if (item.kind === 'error') {
    return { kind: 'error', name: item.error.input, message: errorLine(item.error, item.error.input), record: errorRecordFor(item, item.error.input, item.error) };
  }
  try {
    const { record, text, tokens } = extractPage(item.page, options);
    return render
      ? { kind: 'rendered', name: item.page.name, output: render(record, text, tokens), counts: itemCounts(record) }
      : { kind: 'record', name: item.page.name, record };
  } catch (err) {
    return { kind: 'error', name: item.page.name, message: errorLine(err, item.page.name), record: errorRecordFor(null, item.page.name, err, item.page) };
  }
}

/**
 * A page whose worker died under it (out of memory, or a bug): an `internal`
 * error naming it. It is not run again here: the main thread must not share
 * the fate of a page that can kill a thread.
 */
export function crashOutcome(page: PageInput, err: Error): Outcome {
  const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
  const why = new Error(oom ? 'its worker thread ran out of memory on it' : `its worker thread died on it: ${err.message}`);
  return { kind: 'error', name: page.name, message: errorLine(why, page.name), record: errorRecordFor(null, page.name, why, page) };
}
