// Loads the chrome table (chrome.json) once and offers the tests built on it:
// is this element chrome by tag/class/id, is this line chrome by keyword.
import { readFileSync } from 'node:fs';
import { charSet, countNonSpace } from './chars.js';
import { Keywords } from './keywords.js';

interface ChromeTable {
  removeTags: string[];
  chromeTags: string[];
  blockTags: string[];
  chromeClassIdWords: string[];
  chromeClassIdSubstrings: string[];
  commentClassIdSubstrings: string[];
  positiveClassIdSubstrings: string[];
  lineKeywords: string[];
  disclaimers: string[];
  listHeadings: string[];
  commentMarkers: string[];
  conclusionOpeners: string[];
  entryFooterWords: string[];
  repostNotes: string[];
  captionOpeners: string[];
  creditOpeners: string[];
  creditEnds: string[];
  creditLabels: string[];
  labelLines: string[];
}

export const chrome: ChromeTable = JSON.parse(
  readFileSync(new URL('../../../src/strip/chrome.json', import.meta.url), 'utf8'),
) as ChromeTable;

export const REMOVE_TAGS = new Set(chrome.removeTags);
export const CHROME_TAGS = new Set(chrome.chromeTags);
export const BLOCK_TAGS = new Set(chrome.blockTags);
const CHROME_WORDS = new Set(chrome.chromeClassIdWords);
const DISCLAIMERS = new Keywords(chrome.disclaimers);
const LINE_KEYWORDS = new Keywords(chrome.lineKeywords);
const LIST_HEADINGS = new Keywords(chrome.listHeadings);
const COMMENT_MARKERS = new Keywords(chrome.commentMarkers);
const REPOST_NOTES = new Keywords(chrome.repostNotes);
const CONCLUSION_OPENERS = new Keywords(chrome.conclusionOpeners);
const ENTRY_FOOTER_WORDS = new Keywords(chrome.entryFooterWords);

/** How an element's class and id mark it: chrome, a comment thread, or nothing. */
export type ClassIdKind = 'chrome' | 'comment' | null;

// Pages repeat a few class names on hundreds of elements, and sites repeat them
// across pages: each distinct class/id string is judged once.
const kindCache = new Map<string, ClassIdKind>();

export function classIdKind(classId: string): ClassIdKind {
  if (!classId) return null;
  let kind = kindCache.get(classId);
  if (kind === undefined) {
    if (kindCache.size >= 20000) kindCache.clear(); // bounded over a long crawl of many sites
    kindCache.set(classId, (kind = judgeClassId(classId)));
  }
  return kind;
}

function judgeClassId(classId: string): ClassIdKind {
  // `commentary` is an opinion column (评论文章), not a comment thread.
  const s = classId.toLowerCase().replace(/commentary/g, '');
  if (chrome.commentClassIdSubstrings.some((k) => s.includes(k))) {
    // "comment-content" is still a comment; a positive word only rescues chrome.
    return 'comment';
  }
  const positive = chrome.positiveClassIdSubstrings.some((k) => s.includes(k));
  if (positive) return null;
  if (chrome.chromeClassIdSubstrings.some((k) => s.includes(k))) return 'chrome';
  for (const w of classIdWords(classId)) if (CHROME_WORDS.has(w)) return 'chrome';
  return null;
}

/** Words of a class/id: split at - _ space and camelCase, trailing digits dropped. */
export function classIdWords(classId: string): string[] {
  return classId
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_]+/)
    .map((w) => w.replace(/\d+$/, ''))
    .filter(Boolean);
}

const BREADCRUMB_SEP = /\s*(?:>|»|›|＞|→|\/\/)\s*/g;
const SEPARATOR_CHARS = charSet('>»›＞→/');

/** Three parts need two separators: most lines have none, and the split is not run on them. */
function hasTwoSeparators(line: string): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (SEPARATOR_CHARS[line.charCodeAt(i)] && ++n >= 2) return true;
  return false;
}

/** A short line that is page chrome by keyword, or a breadcrumb trail. */
export function isChromeLine(line: string): boolean {
  const l = line.trim();
  if (DISCLAIMERS.occursIn(l)) return true;
  if (l.length > 120) return false;
  const hit = LINE_KEYWORDS.firstIn(l);
  // `正如上一篇文章所说，……。` is a sentence that happens to hold a keyword.
  if (hit && (l.length <= 40 || l.startsWith(hit) || !/[。！？]/.test(l))) return true;
  return isBreadcrumb(l);
}

/** `主页 > 产品咨询 > 行业动态 > 标题`: two or more separators between short items. */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 100 || !hasTwoSeparators(line)) return false;
  const parts = line.split(BREADCRUMB_SEP);
  if (parts.length < 3) return false;
  return parts.slice(0, -1).every((p) => p.length <= 12);
}

const LIST_MARKS = /^[》>»→▶►■●◆◇★☆◎·【\[]+|[：:》>»】\]]+$/g;

/** A heading that opens a related/hot list (`相关推荐`) or a comment thread. */
export function isListHeading(line: string): boolean {
  if (countNonSpace(line) > 18) return false; // most blocks: no string made
  // `》》》相关阅读`, `■ 延伸阅读：`: arrows and marks around the heading.
  const l = line.replace(/\s+/g, '').replace(LIST_MARKS, '');
  return l.length <= 12 && LIST_HEADINGS.starts(l);
}

export function isCommentMarker(line: string): boolean {
  if (countNonSpace(line) > 16) return false;
  const l = line.replace(/\s+/g, '');
  return l.length <= 16 && COMMENT_MARKERS.occursIn(l) && !/[。！？]/.test(l);
}

/** `(原标题:...)` and similar re-post notes standing alone on a line. */
export function isRepostNote(line: string): boolean {
  const t = line.trim();
  return t.length <= 120 && REPOST_NOTES.starts(t.replace(/^[(（【\[]/, ''));
}

export function startsWithConclusion(line: string): boolean {
  return CONCLUSION_OPENERS.starts(line);
}

/** Words that, with a timestamp, close one entry of a multi-entry page (see chrome.json). */
export function hasEntryFooterWord(line: string): boolean {
  return line.length <= 100 && ENTRY_FOOTER_WORDS.occursIn(line);
}
