// The per-page object that travels through every stage (decode -> strip ->
// normalize -> extract), collecting what each stage learned and any warnings,
// in the spirit of vfile.
import type { InputError } from './errors.js';
import type { Script, WarningItem } from './schema.js';

/** One page as an input source hands it over, before anything is decoded. */
export interface PageInput {
  /** Name used in messages: the path, URL or `stdin:LINE`. */
  name: string;
  path?: string;
  url?: string;
  /** Raw bytes, or text when the source already holds text (a JSON Lines `html` / `text` field). */
  content: Uint8Array | string;
  /** What the content is, when the source knows (a JSON Lines `text` field is text). */
  format?: 'html' | 'text';
  /** Charset from an HTTP header (WARC), the strongest evidence after a BOM. */
  charset?: string;
  /** Title and publish time supplied with the input (JSON Lines). */
  title?: string;
  publishedAt?: string;
  /** A fallback reference date (the WARC-Date). */
  fetchedAt?: string;
  /** Its line in a JSON Lines stream, so a failure there still gives a line (mapper mode). */
  line?: number;
  /** The page came from a WARC file. */
  fromWarc?: boolean;
  /** Its WARC-Record-ID, for the corpus database. */
  warcRecordId?: string;
}

/** Bytes a page's content holds in memory (a string: two a code unit): what the in-flight window and the workers' big-page rule count. */
export function memoryBytes(page: PageInput): number {
  return typeof page.content === 'string' ? page.content.length * 2 : page.content.byteLength;
}

/** Contents zhfin's own inputs read into a buffer of their own: nothing else holds them. */
const ownContents = new WeakSet<Uint8Array>();

/** Marks bytes read into a buffer that nothing else holds, which the worker pool may then move to a worker. */
export function ownContent(content: Uint8Array): Uint8Array {
  ownContents.add(content);
  return content;
}

/** The page's bytes, when they may move to another thread: marked by ownContent, and their buffer's whole. */
export function movableBytes(page: PageInput): ArrayBuffer | null {
  const c = page.content;
  if (typeof c === 'string' || !ownContents.has(c) || !(c.buffer instanceof ArrayBuffer)) return null;
  return c.byteOffset === 0 && c.byteLength === c.buffer.byteLength ? c.buffer : null;
}

/** What an input source yields: a page to run, an input that failed, or one passed over. */
export type InputItem =
  | { kind: 'page'; page: PageInput }
  | { kind: 'error'; error: InputError; line?: number; url?: string }
  /** Passed over on purpose (a binary file met in a folder walk): said on stderr, not a failure. */
  | { kind: 'skip'; name: string; reason: string }
  /** A file the caller already holds, unchanged since (see InputOptions.unchanged): not read. */
  | { kind: 'unchanged'; name: string };

/**
 * The one object that travels through the stages. decodePage makes it from a
 * PageInput (bytes, encoding, format, raw text); strip fills the article
 * fields; normalize converts them to simplified and sets `script` and `text`;
 * extract reads it. Each stage adds to `warnings`.
 */
export interface Page {
  input: PageInput;
  bytes: number;
  encoding: string;
  /** What the page was read as (a WARC record's page is html or text too). */
  format: 'html' | 'text';
  /** The decoded page before stripping. */
  raw: string;
  script: Script;
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  siteName: string | null;
  paragraphs: string[];
  /** Paragraphs joined with \n: the clean text every offset points into. */
  text: string;
  comments: string[];
  warnings: WarningItem[];
}

/** What the strip stage fills in, for HTML and text dumps alike. */
export type Stripped = Pick<Page, 'title' | 'publishedAt' | 'author' | 'siteName' | 'paragraphs' | 'comments' | 'warnings'>;
