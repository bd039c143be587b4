// The strip stage: keep the article (title, body paragraphs, publish time,
// author) and drop the page chrome. HTML works on the DOM, text dumps on lines;
// both return the same shape.
import type { Stripped } from './page.js';
import { htmlBlocks, stripHtml } from './strip/html.js';
import { stripTextDump } from './strip/text.js';

export function strip(raw: string, format: 'html' | 'text'): Stripped {
  return format === 'html' ? stripHtml(raw) : stripTextDump(raw);
}

/**
 * For --no-strip: the input is already the article; keep every block of text
 * (HTML: every text block of the DOM, scripts and styles aside; text: every
 * non-empty line).
 */
export function keepAll(raw: string, format: 'html' | 'text'): Stripped {
  const paragraphs = format === 'html' ? htmlBlocks(raw) : raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return { title: null, publishedAt: null, author: null, siteName: null, paragraphs, comments: [], warnings: [] };
}
