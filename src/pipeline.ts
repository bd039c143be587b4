// One page through every stage: decode -> strip -> normalize -> extract -> record.
import { createHash } from 'node:crypto';
import { decode } from './decode.js';
import { InputError, sizeError } from './errors.js';
import { normalizePage, normalizeText, detectScript, looksTraditional } from './normalize.js';
import type { Page, PageInput } from './page.js';
import { runExtractors } from './extract.js';
import { warning, type ArticleRecord, type Token, type WarningItem } from './schema.js';
import { DEFAULT_SEGMENTER, type SegmenterName } from './segment.js';
import { sentenceAround } from './sentences.js';
import { keepAll, strip } from './strip.js';

export interface PipelineOptions {
  /** Remove page chrome (false: the input is already the article). */
  strip: boolean;
  /** Put the clean text on the record. */
  text: boolean;
  /** Add each figure's sentence as `context`. */
  context: boolean;
  /** Keep reader comments on the record. */
  comments: boolean;
  segmenter: SegmenterName;
  /** Inputs larger than this many bytes are refused. */
  maxBytes: number;
}

/**
 * Clean text per page, at most, in UTF-16 units: some 50 long articles, and
 * what keeps a hostile page (10 MB of `1%1%...`) from holding millions of
 * figures and tokens at once. Past it the text is cut, with a warning.
 */
export const MAX_TEXT_CHARS = 100_000;
/** Items of one kind (figures, dates, ...) per page, at most. */
export const MAX_ITEMS = 5_000;

/** Paragraphs up to MAX_TEXT_CHARS of text joined by \n; the one that crosses it is cut (never inside a surrogate pair). */
function capText(paragraphs: string[], warnings: WarningItem[]): string[] {
  let room = MAX_TEXT_CHARS;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.length <= room) { room -= p.length + 1; continue; }
    let end = Math.max(0, room);
    if (end > 0 && /[\uD800-\uDBFF]/.test(p[end - 1]!)) end--;
    const kept = paragraphs.slice(0, i);
    if (end > 0) kept.push(p.slice(0, end));
    const cut = warning('truncated', `the article text is over ${MAX_TEXT_CHARS.toLocaleString('en')} characters; the first ${MAX_TEXT_CHARS.toLocaleString('en')} are kept`);
    if (!warnings.some((w) => w.message === cut.message)) warnings.push(cut);
    return kept;
  }
  return paragraphs;
}

export const DEFAULT_OPTIONS: PipelineOptions = {
  strip: true, text: true, context: false, comments: false, segmenter: DEFAULT_SEGMENTER, maxBytes: 50 * 1024 * 1024,
};

const HTML_SNIFF = /<(?:!doctype\s+html|html|head|body|meta|div|p|title|article|table)[\s>]/i;

export function sniffFormat(text: string): 'html' | 'text' {
  return HTML_SNIFF.test(text.slice(0, 4096)) ? 'html' : 'text';
}

function byteLength(c: Uint8Array | string): number {
  return typeof c === 'string' ? Buffer.byteLength(c) : c.length;
}

/** Decode: the Page made from one input, its bytes read as text, nothing taken out yet. */
export function decodePage(input: PageInput, maxBytes: number): Page {
  const bytes = byteLength(input.content);
  const tooLarge = sizeError(input.name, bytes, maxBytes);
  if (tooLarge) throw tooLarge;
  if (bytes === 0) throw new InputError('empty', input.name, 'is empty', 'skipped; check that the download or scrape finished');
  const decoded = decode(input.content, input.name, input.charset);
  if (!decoded.text.trim()) throw new InputError('empty', input.name, 'holds only white space', 'skipped; check that the download or scrape finished');
  const warnings: WarningItem[] = [];
  if (decoded.repaired) {
    warnings.push(warning('encoding-repaired', `${decoded.repaired} characters`));
  } else if (decoded.evidence === 'detected' && decoded.encoding !== 'utf-8') {
    const why = decoded.overruled ? `the declared charset ${decoded.overruled} does not fit the bytes` : 'no charset declared';
    warnings.push(warning('encoding-guessed', `${why}; read as ${decoded.encoding}`));
  }
  return {
    input, bytes, encoding: decoded.encoding, format: input.format ?? sniffFormat(decoded.text), raw: decoded.text,
    script: 'none', title: null, publishedAt: null, author: null, siteName: null,
    paragraphs: [], text: '', comments: [], warnings,
  };
}

/**
 * Strip and normalize: the article's fields, in simplified script. The chrome
 * and byline keywords are written in simplified, so a text dump is normalized
 * whole before its lines are judged, and so is a page that looks traditional;
 * a simplified HTML page is stripped first and only its article converted
 * (the same text for far less work).
 */
function stripAndNormalize(page: Page, keepEverything: boolean): void {
  const early = page.format === 'text' || looksTraditional(page.raw) ? normalizePage(page.raw) : null;
  const source = early ? early.text : page.raw;
  const s = keepEverything ? keepAll(source, page.format) : strip(source, page.format);
  if (page.format === 'html') {
    // Cut before normalizing too, so a hostile page's megabytes are not converted only to be dropped.
    s.paragraphs = capText(s.paragraphs, s.warnings);
    const before = s.paragraphs.join('\n');
    s.paragraphs = s.paragraphs.map(normalizeText);
    page.script = early ? early.script : detectScript(before, s.paragraphs.join('\n'));
    s.title = s.title === null ? null : normalizeText(s.title);
    s.author = s.author === null ? null : normalizeText(s.author);
    s.comments = s.comments.map(normalizeText);
    if (!/<\/html\s*>/i.test(page.raw.slice(-2048)) && /<html[\s>]/i.test(page.raw.slice(0, 4096))) {
      s.warnings.push(warning('truncated', 'the HTML ends before </html>'));
    }
  } else {
    page.script = early!.script;
  }
  page.title = page.input.title ?? s.title;
  page.publishedAt = page.input.publishedAt ?? s.publishedAt;
  page.author = s.author;
  page.siteName = s.siteName;
  page.paragraphs = capText(s.paragraphs.filter((p) => p.trim()).map((p) => p.replace(/[ \t]+/g, ' ').trim()), s.warnings);
  page.text = page.paragraphs.join('\n');
  page.comments = s.comments;
  page.warnings = [...s.warnings, ...page.warnings];
  // Text handed over already decoded can only be checked for the marks a wrong charset leaves.
  const wrong = !page.text && typeof page.input.content === 'string' ? misdecoded(page.input.content) : null;
  if (wrong) page.warnings.push(warning('mis-decoded', `no article text, and it holds ${wrong}`));
}

/**
 * Why text handed over already decoded looks decoded with the wrong charset
 * (a GBK page read as UTF-8 turns into U+FFFD; read as Latin-1, into Ã and
 * friends), or null when it does not.
 */
export function misdecoded(text: string): string | null {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const chinese = count(/[\u4e00-\u9fff]/g);
  const replacement = count(/\uFFFD/g);
  if (replacement >= 8 && replacement > chinese) return `${replacement} replacement characters (U+FFFD) against ${chinese} Chinese ones`;
  const latin = count(/[\u00c0-\u00ff]/g);
  if (latin >= 20 && latin > chinese * 10) return `${latin} accented Latin letters against ${chinese} Chinese characters`;
  return null;
}

/** Decode, strip and normalize: the clean page, before extraction. */
export function cleanPage(input: PageInput, options: PipelineOptions): Page {
  const page = decodePage(input, options.maxBytes);
  stripAndNormalize(page, !options.strip);
  return page;
}

export function recordId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** One page in, one record out. Throws InputError when the input cannot give a record. */
export function processPage(input: PageInput, options: PipelineOptions = DEFAULT_OPTIONS): ArticleRecord {
  return extractPage(input, options).record;
}

/**
 * The record and its clean text, which the writers need for sentences even
 * when the record leaves it off (--no-text), and the text's words when the
 * extractors segmented it (the corpus search index reuses them).
 */
export function extractPage(input: PageInput, options: PipelineOptions = DEFAULT_OPTIONS): { record: ArticleRecord; text: string; tokens: Token[] | null } {
  const page = cleanPage(input, options);
  const reference = page.publishedAt ?? input.fetchedAt ?? null;
  const { results, tokens } = runExtractors(page, reference, { segmenter: options.segmenter });
  for (const [kind, items] of Object.entries(results) as [string, unknown[]][]) {
    if (items.length <= MAX_ITEMS) continue;
    items.length = MAX_ITEMS;
    page.warnings.push(warning('too-many-items', `over ${MAX_ITEMS.toLocaleString('en')} ${kind}; the first ${MAX_ITEMS.toLocaleString('en')} are kept`));
  }
  if (options.context) {
    for (const f of results.figures) f.context = sentenceAround(page.text, f.start, f.end);
  }
  const record: ArticleRecord = {
    id: recordId(page.text),
    source: {
      ...(input.path !== undefined ? { path: input.path } : {}),
      ...(input.url !== undefined ? { url: input.url } : {}),
      bytes: page.bytes, encoding: page.encoding, format: input.fromWarc ? 'warc' : page.format, script: page.script,
    },
    title: page.title,
    publishedAt: page.publishedAt,
    author: page.author,
    siteName: page.siteName,
    ...(options.text ? { text: page.text } : {}),
    ...results,
    ...(options.comments ? { comments: page.comments.map((text) => ({ text })) } : {}),
    warnings: page.warnings,
  };
  return { record, text: page.text, tokens };
}
