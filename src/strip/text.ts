// Text dumps (a page saved as its visible text): chrome is recognised line by line.
import type { Stripped } from '../page.js';
import { findPublishTime, isChromeLine, isCommentMarker } from './chrome.js';

const HEADER = /(?:作者|来源|编辑|发布时间|时间)\s*[:：]/;
const AUTHOR = /作者\s*[:：]\s*([^\s时来编]+?)(?=时间|来源|编辑|\s|$)/;

export function stripTextDump(raw: string): Stripped {
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  let title: string | null = null;
  let publishedAt: string | null = null;
  let author: string | null = null;
  const paragraphs: string[] = [];
  const comments: string[] = [];
  let inComments = false;
  for (const line of lines) {
    if (!line) continue;
    if (isCommentMarker(line)) { inComments = true; continue; }
    if (inComments) { comments.push(line); continue; }
    if (HEADER.test(line) && line.length < 120 && findPublishTime(line)) {
      publishedAt ??= findPublishTime(line);
      author ??= AUTHOR.exec(line)?.[1] ?? null;
      continue;
    }
    if (isChromeLine(line)) continue;
    if (paragraphs.length === 0 && title === null && line.length <= 40 && !/[。！？]$/.test(line)) {
      title = line;
      continue;
    }
    paragraphs.push(line);
  }
  const warnings = paragraphs.length === 0
    ? [{ code: 'no-article', message: 'no article text found on this page' }]
    : [];
  return { title, publishedAt, author, siteName: null, paragraphs, comments, warnings };
}
