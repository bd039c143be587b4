// WARC and WARC.gz files (what Common Crawl and archiving crawlers write) as
// pages: `response` and `resource` records holding HTML or text. Records of
// other kinds (requests, metadata, images, redirects) are passed over without
// a word, since a crawl is mostly made of them. A broken record is reported
// and skipped: reading picks up again at the next record boundary, so one bad
// record costs one record, not the rest of the file.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { WARCRecord } from 'warcio';
import { InputError, sizeError } from './errors.js';
import type { InputItem } from './page.js';
import type { PageInput } from './page.js';

export const WARC_EXTENSIONS = ['.warc', '.warc.gz'];

export function isWarcName(name: string): boolean {
  const lower = name.toLowerCase();
  return WARC_EXTENSIONS.some((x) => lower.endsWith(x));
}

const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const v = part.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
    return v || undefined;
  }
  return undefined;
}

/** A WARC-Date as a UTC ISO string, or nothing when it is not a date. */
function warcDate(d: string | null | undefined): string | undefined {
  if (!d) return undefined;
  const t = Date.parse(d);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
}

function broken(shown: string, offset: number, problem: string): InputItem {
  return {
    kind: 'error',
    error: new InputError('bad-warc-record', `${shown} at byte ${offset}`, problem, 'skipped; the rest of the file is read'),
  };
}

type Verdict = { page: PageInput } | { error: InputItem } | { framing: string } | null;

/** What one record gives: a page, an error for this record alone, a broken frame, or nothing. */
async function readRecord(r: WARCRecord, shown: string, offset: number, maxBytes: number): Promise<Verdict> {
  const type = r.warcType;
  if (!type) return { framing: 'has no WARC-Type header (not the start of a record)' };
  const length = r.warcHeader('Content-Length');
  const declared = Number(length);
  if (!length || !/^\d+$/.test(length.trim())) return { framing: 'has no valid Content-Length' };
  if (type !== 'response' && type !== 'resource') return null;
  let contentType: string | null | undefined;
  if (type === 'response') {
    if (!r.httpHeaders) return { framing: 'is a response without HTTP headers (truncated?)' };
    const status = Number(r.httpHeaders.statusCode);
    if (status && (status < 200 || status > 299)) return null;
    contentType = r.httpHeaders.headers.get('content-type');
  } else {
    contentType = r.warcContentType;
  }
  if (contentType && !PAGE_TYPES.test(contentType)) return null;
  const url = r.warcTargetURI ?? undefined;
  const name = url ? `${url} (${shown} at byte ${offset})` : `${shown} at byte ${offset}`;
  const tooLarge = sizeError(name, declared, maxBytes);
  if (tooLarge) return { error: { kind: 'error', ...(url ? { url } : {}), error: tooLarge } };
  let content: Uint8Array;
  try {
    content = await r.readFully(true);
  } catch (e) {
    return { error: { kind: 'error', ...(url ? { url } : {}), error: new InputError('bad-warc-record', name, `cannot be decoded (${(e as Error).message})`, 'skipped; the rest of the file is read') } };
  }
  // The block ended before its Content-Length: the file (or its gzip member) is cut inside this record.
  if (((r as unknown as { _reader: { limit?: number } })._reader.limit ?? 0) > 0) return { framing: 'is cut short: the file ends inside it' };
  const charset = charsetOf(contentType);
  const fetchedAt = warcDate(r.warcDate);
  return {
    page: {
      name, path: shown, content, fromWarc: true,
      ...(url ? { url } : {}),
      ...(r.warcHeader('WARC-Record-ID') ? { warcRecordId: r.warcHeader('WARC-Record-ID')! } : {}),
      ...(charset ? { charset } : {}),
      ...(fetchedAt ? { fetchedAt } : {}),
      ...(contentType && /^text\/plain/i.test(contentType) ? { format: 'text' as const } : {}),
    },
  };
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const WARC_MAGIC = Buffer.from('WARC/1.');

/** The next place at or after `from` where a record can start, or -1. */
async function nextRecordStart(file: string, from: number, gz: boolean): Promise<number> {
  const magic = gz ? GZIP_MAGIC : WARC_MAGIC;
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let pos = from; ;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead < magic.length) return -1;
      const view = buf.subarray(0, bytesRead);
      for (let i = view.indexOf(magic); i >= 0; i = view.indexOf(magic, i + 1)) {
        // An uncompressed record header starts a line.
        if (gz || pos + i === 0 || (i > 0 ? view[i - 1] === 10 : true)) return pos + i;
      }
      pos += bytesRead - magic.length + 1;
    }
  } finally {
    await fh.close();
  }
}

async function isGzip(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    await fh.read(head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/**
 * The pages in one WARC file, streamed record by record. Memory holds one
 * record at a time (a record over maxBytes is refused before it is read).
 */
export async function* readWarc(file: string, shown: string, size: number, maxBytes: number): AsyncGenerator<InputItem> {
  // warcio loads only when a WARC file is met, to keep start-up short.
  const { WARCParser } = await import('warcio');
  const gz = await isGzip(file);
  let start = 0;
  while (start < size) {
    const parser = new WARCParser(createReadStream(file, { start }));
    let resumeAt = -1;
    let end = start; // where the last whole record ended
    let problem = '';
    let at = start;
    try {
      for await (const record of parser) {
        at = start + parser.offset;
        // warcio hands over what there is of a record the file cuts short.
        const cut = !gz && start + parser._warcHeadersLength + record.warcContentLength > size;
        const v = cut ? { framing: 'is cut short: the file ends inside it' } : await readRecord(record, shown, at, maxBytes);
        if (v && 'framing' in v) { problem = v.framing; break; }
        if (v && 'error' in v) yield v.error;
        else if (v) yield { kind: 'page', page: v.page };
        await record.skipFully();
        end = start + parser.offset + parser.recordLength;
      }
    } catch (e) {
      problem = `cannot be read (${(e as Error).message})`;
      at = Math.max(at, end);
    }
    if (!problem && end < size) {
      // The parser stopped before the end of the file without saying why
      // (a corrupt gzip member ends the stream quietly).
      if (!(await onlyWhiteSpace(file, end, size))) { problem = 'cannot be read (corrupt data)'; at = end; }
    }
    if (!problem) return;
    yield broken(shown, at, problem);
    resumeAt = await nextRecordStart(file, at + 1, gz);
    if (resumeAt < 0) return;
    start = resumeAt;
  }
}

async function onlyWhiteSpace(file: string, from: number, to: number): Promise<boolean> {
  if (to - from > 8) return false;
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(to - from);
    await fh.read(buf, 0, buf.length, from);
    return buf.every((b) => b === 10 || b === 13 || b === 32 || b === 0);
  } finally {
    await fh.close();
  }
}
