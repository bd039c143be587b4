// Turning command-line inputs (files, folders, globs, `-`) into a stream of
// pages, in a stable order. Problems with one input become items in the same
// stream, so they are reported in order and the run goes on.

import { readFileSync, statSync } from 'node:fs';
import { readdir, stat, open } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { glob as tinyglob } from 'tinyglobby';
import type { Readable } from 'node:stream';
import { InputError, sizeError } from './errors.js';
import { looksBinary, sniffUtf16 } from './decode.js';
import { ownContent, type InputItem, type PageInput } from './page.js';
import { isWarcName, readWarc } from './warc.js';

export interface InputOptions {
  maxBytes: number;
  stdin: Readable;
  cwd: string;
  /**
   * Asked with each file's name, size and modification time before it is
   * read (a WARC file as a whole); true means the caller holds it unchanged
   * (the corpus database), so it is not read again.
   */
  unchanged?: (name: string, size: number, mtimeMs: number) => boolean;
}

/** File endings read as pages when a folder is walked. */
export const PAGE_EXTENSIONS = ['.html', '.htm', '.shtml', '.xhtml', '.txt'];

const GLOB_CHARS = /[*?[{]/;

export async function* expandInputs(args: string[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === '-') {
      yield* readStdin(options.stdin, options.maxBytes);
      continue;
    }
    const abs = resolve(options.cwd, arg);
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) {
      let any = false;
      for await (const item of walkFolder(abs, arg, options)) { any = true; yield item; }
      if (!any) yield { kind: 'error', error: new InputError('not-found', arg, 'is a folder with no pages in it', `zhfin reads ${PAGE_EXTENSIONS.join(' ')} .warc .warc.gz files and files without an ending`) };
    } else if (st?.isFile()) {
      yield* readFileInput(abs, arg, options);
    } else if (GLOB_CHARS.test(arg)) {
      const matches = await glob(arg, options.cwd);
      if (!matches.length) yield { kind: 'error', error: new InputError('not-found', arg, 'matches no file', 'check the pattern; quote it so the shell does not expand it first') };
      for (const m of matches) yield* readFileInput(resolve(options.cwd, m), m, options);
    } else {
      yield { kind: 'error', error: new InputError('not-found', arg, 'no such file or folder', 'check the path') };
    }
  }
}

/** A file a folder walk reads, or a folder it cannot read. */
type Listed =
  | { kind: 'file'; abs: string; name: string; noEnding: boolean }
  | { kind: 'unreadable'; name: string; code: string };

/** The files a folder walk reads, in its order, without reading them. */
async function* listFolder(dir: string, shown: string): AsyncGenerator<Listed> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { kind: 'unreadable', name: shown, code: String((e as NodeJS.ErrnoException).code ?? e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = join(dir, e.name);
    const name = shown.endsWith(sep) || shown.endsWith('/') ? shown + e.name : `${shown}/${e.name}`;
    if (e.isDirectory()) { yield* listFolder(abs, name); continue; }
    // A link to a file is read like the file (corpora are often built from links);
    // links to folders are not followed, so a loop cannot trap the walk.
    const isFile = e.isFile() || (e.isSymbolicLink() && (await stat(abs).catch(() => null))?.isFile());
    if (!isFile) continue;
    const lower = e.name.toLowerCase();
    if (PAGE_EXTENSIONS.some((x) => lower.endsWith(x)) || isWarcName(lower)) yield { kind: 'file', abs, name, noEnding: false };
    // No ending (dot files have one): read when it looks like text.
    else if (!e.name.includes('.')) yield { kind: 'file', abs, name, noEnding: true };
  }
}

async function* walkFolder(dir: string, shown: string, options: InputOptions): AsyncGenerator<InputItem> {
  for await (const f of listFolder(dir, shown)) {
    if (f.kind === 'unreadable') {
      yield { kind: 'error', error: new InputError('unreadable', f.name, `cannot be read (${f.code})`, 'check its permissions') };
    } else if (!f.noEnding) {
      yield* readFileInput(f.abs, f.name, options);
    } else if (await sniffBinary(f.abs)) {
      yield { kind: 'skip', name: f.name, reason: 'looks binary, not a page' };
    } else {
      yield* readFileInput(f.abs, f.name, options);
    }
  }
}

/**
 * How many items expandInputs will give (pages, failures and skips), from
 * file names alone; null when that cannot be known ahead: standard input, a
 * WARC file (its records are only counted by reading it).
 */
export async function countPages(args: string[], cwd: string): Promise<number | null> {
  let n = 0;
  for (const arg of args) {
    if (arg === '-') return null;
    const abs = resolve(cwd, arg);
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) {
      let here = 0;
      for await (const f of listFolder(abs, arg)) {
        if (f.kind === 'file' && isWarcName(f.name)) return null;
        here++;
      }
      n += Math.max(here, 1);
    } else if (st?.isFile() || !GLOB_CHARS.test(arg)) {
      if (isWarcName(arg)) return null;
      n++;
    } else {
      const matches = await glob(arg, cwd);
      if (matches.some(isWarcName)) return null;
      n += Math.max(matches.length, 1);
    }
  }
  return n;
}

async function sniffBinary(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    // UTF-16 text has NUL bytes too, with a BOM or without: the decoder reads both.
    if (head[0] === 0xff && head[1] === 0xfe || head[0] === 0xfe && head[1] === 0xff || sniffUtf16(head)) return false;
    return looksBinary(head);
  } finally {
    await fh.close();
  }
}

/** A file as pages: a WARC file gives one per record (the size limit is per record), any other file one. */
async function* readFileInput(abs: string, name: string, options: InputOptions): AsyncGenerator<InputItem> {
  const { maxBytes } = options;
  if (!isWarcName(name)) { yield await readPage(abs, name, options); return; }
  try {
    const st = await stat(abs);
    if (options.unchanged?.(name, st.size, st.mtimeMs)) { yield { kind: 'unchanged', name }; return; }
    yield* readWarc(abs, name, st.size, maxBytes);
  } catch (e) {
    yield { kind: 'error', error: new InputError('unreadable', name, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check that it exists and is readable') };
  }
}

// A page is read synchronously: stat and readFile through the thread pool cost
// five round trips of the event loop per file, and with --jobs 1 the pipeline
// idles through each of them; reading 100 KB from the page cache takes microseconds.
async function readPage(abs: string, name: string, options: InputOptions): Promise<InputItem> {
  const { maxBytes } = options;
  try {
    const st = statSync(abs);
    if (options.unchanged?.(name, st.size, st.mtimeMs)) return { kind: 'unchanged', name };
    const tooLarge = sizeError(name, st.size, maxBytes);
    if (tooLarge) {
      return { kind: 'error', error: tooLarge };
    }
    const content = ownContent(new Uint8Array(readFileSync(abs)));
    return { kind: 'page', page: { name, path: name, content } };
  } catch (e) {
    return { kind: 'error', error: new InputError('unreadable', name, `cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`, 'check that it exists and is readable') };
  }
}

/**
 * The inputs that are the output file itself (by device and inode, so any
 * path to it counts), or match it as a glob: writing there would replace a page.
 */
export async function inputsAtOutput(args: string[], output: string, cwd: string): Promise<string[]> {
  const out = await stat(output).catch(() => null);
  if (!out) return [];
  const same = async (p: string) => { const st = await stat(resolve(cwd, p)).catch(() => null); return !!st?.isFile() && st.dev === out.dev && st.ino === out.ino; };
  const hits: string[] = [];
  for (const arg of args) {
    if (arg === '-') continue;
    const named = await stat(resolve(cwd, arg)).catch(() => null);
    const files = named ? [arg] : GLOB_CHARS.test(arg) ? await glob(arg, cwd) : [];
    for (const f of files) if (await same(f)) { hits.push(arg); break; }
  }
  return hits;
}

// ---- globs ---------------------------------------------------------------

/**
 * Files a glob matches (tinyglobby: *, **, ?, [..], {a,b}), sorted so runs are
 * repeatable. An absolute pattern gives absolute paths, as a named file does.
 */
async function glob(pattern: string, cwd: string): Promise<string[]> {
  const absolute = isAbsolute(pattern);
  const found = await tinyglob(pattern.split(sep).join('/'), { cwd, absolute, onlyFiles: true, expandDirectories: false });
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---- standard input ---------------------------------------------------------

/** Lines of a stream as Buffers, without holding more than one line. */
export async function* lines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let data = rest.length ? Buffer.concat([rest, buf]) : buf;
    let nl: number;
    while ((nl = data.indexOf(10)) >= 0) {
      yield data.subarray(0, nl);
      data = data.subarray(nl + 1);
    }
    rest = Buffer.from(data);
  }
  if (rest.length) yield rest;
}

interface JsonLine {
  url?: unknown;
  html?: unknown;
  text?: unknown;
  title?: unknown;
  publishedAt?: unknown;
}

/** One JSON Lines line as a page, or why it cannot be one. */
export function pageFromJsonLine(raw: string, lineNo: number): InputItem {
  const name = `stdin:${lineNo}`;
  let obj: JsonLine;
  if (!raw.trim()) {
    return { kind: 'error', line: lineNo, error: new InputError('bad-json-line', name, 'is blank', 'each line must be one JSON object: {"url": ..., "html": ...} or {"url": ..., "text": ...}') };
  }
  try {
    obj = JSON.parse(raw) as JsonLine;
  } catch {
    return { kind: 'error', line: lineNo, error: new InputError('bad-json-line', name, 'is not valid JSON', 'each line must be one JSON object: {"url": ..., "html": ...} or {"url": ..., "text": ...}') };
  }
  const url = typeof obj?.url === 'string' ? obj.url : undefined;
  const shown = url ?? name;
  const body = typeof obj?.html === 'string' ? obj.html : typeof obj?.text === 'string' ? obj.text : null;
  if (body === null) {
    return { kind: 'error', line: lineNo, ...(url ? { url } : {}), error: new InputError('bad-json-line', shown, 'has no "html" or "text" string', 'give the page as {"url": ..., "html": ...} or {"url": ..., "text": ...}') };
  }
  const page: PageInput = {
    name: shown, content: body, format: typeof obj.html === 'string' ? 'html' : 'text', line: lineNo,
    ...(url !== undefined ? { url } : {}),
    ...(typeof obj.title === 'string' ? { title: obj.title } : {}),
    ...(typeof obj.publishedAt === 'string' ? { publishedAt: obj.publishedAt } : {}),
  };
  return { kind: 'page', page };
}

function looksLikeJsonLine(first: Buffer): boolean {
  const s = first.toString('utf8').trim();
  if (!s.startsWith('{')) return false;
  // A broken first line must not turn a mapper's whole partition into one page.
  if (s.startsWith('{"')) return true;
  try {
    const o = JSON.parse(s) as JsonLine;
    return typeof o === 'object' && o !== null && ('html' in o || 'text' in o || 'url' in o);
  } catch {
    return false;
  }
}

/** Standard input: JSON Lines (one page a line, streamed), or else one whole page. */
async function* readStdin(stdin: Readable, maxBytes: number): AsyncGenerator<InputItem> {
  const it = lines(stdin)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) {
    yield { kind: 'error', error: new InputError('empty', 'stdin', 'is empty', 'pipe a page or JSON Lines into zhfin, or name files to read') };
    return;
  }
  // JSON Lines when the first line is one, or the second is (a broken first
  // line must cost one error line, not turn the whole stream into one page).
  const second = looksLikeJsonLine(first.value) ? null : await it.next();
  const taken = second && !second.done ? [first.value, second.value] : [first.value];
  if (!second || (!second.done && looksLikeJsonLine(second.value))) {
    let lineNo = 1;
    for (const line of taken) yield pageFromJsonLine(line.toString('utf8'), lineNo++);
    // A blank line gets an error record too: one line out per line in.
    for (let r = await it.next(); !r.done; r = await it.next(), lineNo++) yield pageFromJsonLine(r.value.toString('utf8'), lineNo);
    return;
  }
  // One page: gather it all (bytes, so the decoder sees the real encoding).
  const chunks: Buffer[] = [];
  let size = -1;
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield* taken;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  for await (const line of rest()) {
    if (chunks.length) chunks.push(Buffer.from([10]));
    chunks.push(line);
    size += line.length + 1;
    const tooLarge = sizeError('stdin', size, maxBytes, 'raise the limit with --max-size MB, or send JSON Lines with one page a line');
    if (tooLarge) {
      yield { kind: 'error', error: tooLarge };
      return;
    }
  }
  yield { kind: 'page', page: { name: 'stdin', content: new Uint8Array(Buffer.concat(chunks)) } };
}

