// One page through every stage: decode -> strip -> normalize -> extract -> record.
import { createHash } from 'node:crypto';
import { decode } from './decode.js';
import { InputError, sizeError } from './errors.js';
import { normalizePage, normalizeText, detectScript, looksTraditional } from './normalize.js';
import type { Page, PageInput, Stripped } from './page.js';
import { runExtractors } from './extract.js';
import { warning, type ArticleRecord, type WarningItem } from './schema.js';
import { DEFAULT_SEGMENTER, type SegmenterName } from './segment.js';
import { sentenceAround } from './sentences.js';
import { keepAll, strip } from './strip.js';

export interface PipelineOptions {
  /** Remove page chrome (false: the input is already the article). */
  strip: boolean;
  /** Put the clean text on the record. */
  text: boolean;
  /** Add each figure's clause as `context`. */
  context: boolean;
  /** Keep reader comments on the record. */
  comments: boolean;
  segmenter: SegmenterName;
  /** Inputs larger than this many bytes are refused. */
  maxBytes: number;
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

/** Decode, strip and normalize: the clean page, before extraction. */
export function cleanPage(input: PageInput, options: PipelineOptions): Page {
  const bytes = byteLength(input.content);
  const tooLarge = sizeError(input.name, bytes, options.maxBytes);
  if (tooLarge) throw tooLarge;
  if (bytes === 0) throw new InputError('empty', input.name, 'is empty', 'skipped; check that the download or scrape finished');
  const decoded = decode(input.content, input.name, input.charset);
  if (!decoded.text.trim()) throw new InputError('empty', input.name, 'holds only white space', 'skipped; check that the download or scrape finished');
  const format = input.format ?? sniffFormat(decoded.text);
  const warnings: WarningItem[] = [];

  let stripped: Stripped;
  let script: Page['script'];
  if (format === 'text') {
    // Text dumps are normalized first so chrome keywords match traditional pages too.
    const norm = normalizePage(decoded.text);
    script = norm.script;
    stripped = options.strip ? strip(norm.text, 'text') : keepAll(norm.text, 'text');
  } else {
    // A traditional page is converted before stripping, so that the chrome and
    // byline keywords (simplified) match it; a simplified page is stripped first
    // and only its article text is converted.
    const traditional = looksTraditional(decoded.text);
    const norm = traditional ? normalizePage(decoded.text) : null;
    const html = norm ? norm.text : decoded.text;
    stripped = options.strip ? strip(html, 'html') : keepAll(html, 'html');
    const before = stripped.paragraphs.join('\n');
    stripped.paragraphs = stripped.paragraphs.map(normalizeText);
    script = norm ? norm.script : detectScript(before, stripped.paragraphs.join('\n'));
    stripped.title = stripped.title === null ? null : normalizeText(stripped.title);
    stripped.author = stripped.author === null ? null : normalizeText(stripped.author);
    stripped.comments = stripped.comments.map(normalizeText);
    if (!/<\/html\s*>/i.test(decoded.text.slice(-2048)) && /<html[\s>]/i.test(decoded.text.slice(0, 4096))) {
      warnings.push(warning('truncated', 'the HTML ends before </html>'));
    }
  }
  if (decoded.evidence === 'detected' && decoded.encoding !== 'utf-8') {
    warnings.push(warning('encoding-guessed', `read as ${decoded.encoding}`));
  }
  const paragraphs = stripped.paragraphs.filter((p) => p.trim()).map((p) => p.replace(/[ \t]+/g, ' ').trim());
  return {
    input, bytes, encoding: decoded.encoding, format: input.fromWarc ? 'warc' : format, raw: decoded.text, script,
    title: input.title ?? stripped.title,
    publishedAt: input.publishedAt ?? stripped.publishedAt,
    author: stripped.author, siteName: stripped.siteName,
    paragraphs, text: paragraphs.join('\n'),
    comments: stripped.comments,
    warnings: [...stripped.warnings, ...warnings],
  };
}

export function recordId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** One page in, one record out. Throws InputError when the input cannot give a record. */
export function processPage(input: PageInput, options: PipelineOptions = DEFAULT_OPTIONS): ArticleRecord {
  const page = cleanPage(input, options);
  const reference = page.publishedAt ?? input.fetchedAt ?? null;
  const results = runExtractors(page.text, page.paragraphs, page.title, reference, { segmenter: options.segmenter });
  if (options.context) {
    for (const f of results.figures) f.context = sentenceAround(page.text, f.start, f.end);
  }
  const record: ArticleRecord = {
    id: recordId(page.text),
    source: {
      ...(input.path !== undefined ? { path: input.path } : {}),
      ...(input.url !== undefined ? { url: input.url } : {}),
      bytes: page.bytes, encoding: page.encoding, format: page.format, script: page.script,
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
  return record;
}
