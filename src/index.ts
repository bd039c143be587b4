// The library API. The CLI is built on exactly these functions, so a script
// gets what `zhfin extract` writes.
import type { PageInput } from './page.js';
import { DEFAULT_OPTIONS, processPage, type PipelineOptions } from './pipeline.js';
import { processItems, type Outcome } from './process.js';
import type { InputItem } from './page.js';
import type { ArticleRecord, ErrorRecord } from './schema.js';

/** A page as a script has it: HTML, text or raw bytes, plus what it knows about it. */
export interface PageLike {
  html?: string;
  text?: string;
  bytes?: Uint8Array;
  url?: string;
  path?: string;
  title?: string;
  publishedAt?: string;
  /** Charset from an HTTP header, when the bytes came from one. */
  charset?: string;
}

export type ExtractOptions = Partial<PipelineOptions>;

function toInput(p: PageLike): PageInput {
  const content = p.bytes ?? p.html ?? p.text;
  if (content === undefined) throw new TypeError('a page needs html, text or bytes');
  return {
    name: p.path ?? p.url ?? 'page',
    content,
    ...(p.bytes === undefined ? { format: p.html !== undefined ? 'html' as const : 'text' as const } : {}),
    ...(p.path !== undefined ? { path: p.path } : {}),
    ...(p.url !== undefined ? { url: p.url } : {}),
    ...(p.title !== undefined ? { title: p.title } : {}),
    ...(p.publishedAt !== undefined ? { publishedAt: p.publishedAt } : {}),
    ...(p.charset !== undefined ? { charset: p.charset } : {}),
  };
}

/** Extract one page. Throws an InputError (with a code) when it cannot give a record. */
export function extract(page: PageLike, options: ExtractOptions = {}): ArticleRecord {
  return processPage(toInput(page), { ...DEFAULT_OPTIONS, ...options });
}

/** Extract many pages, in order; a page that fails gives an error record instead. */
export async function* extractAll(
  pages: Iterable<PageLike> | AsyncIterable<PageLike>,
  options: ExtractOptions = {},
): AsyncGenerator<ArticleRecord | ErrorRecord> {
  async function* items(): AsyncGenerator<InputItem> {
    for await (const p of pages) yield { kind: 'page', page: toInput(p) };
  }
  for await (const o of processItems(items(), { ...DEFAULT_OPTIONS, ...options }) as AsyncGenerator<Outcome>) {
    if (o.kind === 'record' || o.kind === 'error') yield o.record;
  }
}

export { recordJsonSchema, recordMarkdown } from './schema.js';
export type * from './schema.js';
export { InputError } from './errors.js';
export { formatter, type OutputFormat, type CsvTable } from './write.js';
export { DEFAULT_OPTIONS, type PipelineOptions } from './pipeline.js';
