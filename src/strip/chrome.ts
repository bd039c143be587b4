// Loads the chrome table (chrome.json) once and offers the tests built on it.
import { readFileSync } from 'node:fs';

interface ChromeTable {
  lineKeywords: string[];
  commentMarkers: string[];
  removeTags: string[];
  chromeClassOrId: string[];
}

export const chrome: ChromeTable = JSON.parse(
  readFileSync(new URL('../../../src/strip/chrome.json', import.meta.url), 'utf8'),
) as ChromeTable;

export function isChromeLine(line: string): boolean {
  return chrome.lineKeywords.some((k) => line.includes(k));
}

export function isCommentMarker(line: string): boolean {
  const l = line.trim();
  return l.length <= 12 && chrome.commentMarkers.some((k) => l.startsWith(k));
}

/** Publish time written in the page: 2021-06-22 06:03, 2021年06月22日 06:03:15, 2019-09-05. */
const TIME = /(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

export function findPublishTime(s: string): string | null {
  const m = TIME.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec] = m;
  const date = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  if (h === undefined) return date;
  return `${date}T${h.padStart(2, '0')}:${mi}:${(sec ?? '00').padStart(2, '0')}+08:00`;
}
