// HTML pages: parse once, read the head metadata, walk the DOM into blocks,
// find the article as the best-scoring run of blocks, then read the headline,
// date line and byline from the blocks right around it (never from a related
// list, a comment or the footer).
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { Stripped } from '../page.js';
import { walk, type Block, type TimeTag } from './blocks.js';
import { authorIn, bareName, leadReporter, trailerAuthor } from './byline.js';
import { cleanTitle, plausibleAuthor, readHeadMeta } from './metadata.js';
import { isEntryFooter, looksLikeArticle, roleOf, strictRoles, windowOver, type Window } from './score.js';
import { findPublishTime, findTime } from './time.js';
import { isCommentMarker } from './chrome.js';

/** How far from the article the headline, date line and byline may sit, in blocks. */
const LOOK_BEFORE = 25;
const LOOK_AFTER = 8;
// htmlparser2 in HTML mode: several times faster than the spec parser (parse5)
// and as forgiving; the article finder does not need browser-exact trees.
// Its open-element stack is an array it unshifts onto, so thousands of
// unclosed tags (hostile or broken pages) make it quadratic: those pages go to
// parse5, which stays linear.
const PARSER = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** Opening tags minus closing tags: how deep sloppy markup may nest. One linear pass. */
function unclosedTags(html: string): number {
  let open = 0, close = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length - 1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if (c === 47) close++; // '/'
    else if ((c | 32) >= 97 && (c | 32) <= 122) open++;
  }
  return open - close;
}
const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'table']);

function parse(html: string) {
  return unclosedTags(html) > 5000 ? cheerio.load(html) : cheerio.load(html, PARSER);
}

/** Every text block of a page in reading order, nothing judged (for --no-strip). */
export function htmlBlocks(html: string): string[] {
  return walk(parse(html).root()[0]!).blocks.map((b) => b.text);
}

export function stripHtml(html: string): Stripped {
  const $ = parse(html);
  const { blocks, times, head: tags } = walk($.root()[0]!);
  const head = readHeadMeta(tags);

  // Strict first (class/id chrome trusted); when that leaves far less article
  // than the loose attempt, the class marks were wrong for this page.
  const looseRoles = blocks.map((b) => roleOf(b, { classChrome: false }));
  const loose = windowOver(blocks, looseRoles);
  let w = windowOver(blocks, strictRoles(blocks, looseRoles));
  if (loose.sum > 2 * w.sum) w = loose;

  w = firstEntry(blocks, w);

  const warnings: Stripped['warnings'] = [];
  const article = looksLikeArticle(blocks, w);
  const title = findTitle(blocks, w, head.title, head.documentTitle);
  const span = article ? extendInContainer(blocks, w) : w;
  let start = span.start;
  // The headline itself may open the run; it is the title, not a paragraph.
  while (start < span.end && (blocks[start]!.heading === 1 || (title && sameText(blocks[start]!.text, title)))) start++;

  const author = head.author ?? authorNear(blocks, w);
  // A bare name under the headline is the byline, not the first paragraph.
  const byline = author ? null : nameUnderTitle(blocks, start, title);

  const paragraphs: string[] = [];
  if (article) {
    for (let i = start; i < span.end; i++) {
      if (w.roles[i] === 'prose' && i !== byline?.index) paragraphs.push(blocks[i]!.text);
    }
  } else {
    warnings.push({ code: 'no-article', message: 'no article text found on this page (a list page, a login wall or an empty shell?)' });
  }
  const comments = blocks
    .filter((b, i) => w.roles[i] === 'comment' && b.chars >= 4 && b.linkChars < b.chars / 2 &&
      // A commenter's name and time is not a comment.
      !(findTime(b.text) && !/[。！？，,]/.test(b.text)) && !isCommentMarker(b.text))
    .map((b) => b.text);

  return {
    title,
    publishedAt: head.publishedAt ?? timeTagNear(times, w) ?? timeNear(blocks, w),
    author: author ?? byline?.name ?? null,
    siteName: head.siteName,
    paragraphs, comments, warnings,
  };
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

function findTitle(blocks: Block[], w: Window, metaTitle: string | null, documentTitle: string | null): string | null {
  if (metaTitle) return metaTitle;
  const doc = (documentTitle ?? '').replace(/\s+/g, '');
  const from = Math.max(0, w.start - LOOK_BEFORE);
  // Nearest block before the article that the <title> contains (or a heading), like readability.
  let heading: string | null = null;
  for (let i = Math.min(w.start, blocks.length - 1); i >= from; i--) {
    const b = blocks[i]!;
    if (b.chars < 4 || b.chars > 80 || w.roles[i] === 'comment') continue;
    const t = b.text.replace(/\s+/g, '');
    if (doc && doc.includes(t) && b.chars >= 6 && b.linkChars === 0) return b.text;
    if (heading === null && b.heading >= 1 && b.heading <= 3 && b.linkChars === 0 && b.chars >= 6 && w.roles[i] !== 'chrome') heading = b.text;
  }
  if (heading) return heading;
  return documentTitle ? cleanTitle(documentTitle) : null;
}

function timeTagNear(times: TimeTag[], w: Window): string | null {
  const near = times.filter((t) => !t.comment && t.block >= w.start - LOOK_BEFORE && t.block <= w.start + 3);
  for (const t of near.reverse()) {
    const v = findPublishTime(t.value);
    if (v) return v;
  }
  return null;
}

/** The date line under the headline, else a posted-at line just after the article. */
function timeNear(blocks: Block[], w: Window): string | null {
  // Link text is allowed next to the article (`<a>site.com</a> 2005-07-18 13:03`), not further out.
  const usable = (i: number, near: boolean) => {
    const b = blocks[i]!;
    if (w.roles[i] === 'comment' || b.chars > 160) return false;
    return b.linkChars <= b.chars / 2 || (near && b.chars - b.linkChars >= 8);
  };
  // Before the article, nearest first; a labeled time, a time of day or a date line
  // of its own wins over a date inside a sentence.
  let fallback: string | null = null;
  for (let i = w.start - 1; i >= Math.max(0, w.start - LOOK_BEFORE); i--) {
    if (!usable(i, w.start - i <= 6)) continue;
    const t = findTime(blocks[i]!.text);
    if (!t) continue;
    if (t.labeled || t.hasTime || w.roles[i] === 'stamp') return t.value;
    fallback ??= t.value;
  }
  if (fallback) return fallback;
  for (let i = w.start; i < Math.min(w.end, w.start + 3); i++) {
    const t = usable(i, true) && blocks[i]!.chars <= 60 ? findTime(blocks[i]!.text) : null;
    if (t) return t.value;
  }
  for (let i = w.end; i < Math.min(blocks.length, w.end + LOOK_AFTER); i++) {
    if (w.roles[i] === 'barrier' || w.roles[i] === 'comment') break;
    // After the article, a footer's or a list's date is not the article's.
    const t = usable(i, i - w.end < 3) && w.roles[i] !== 'chrome' ? findTime(blocks[i]!.text) : null;
    if (t) return t.value;
  }
  return null;
}

function authorNear(blocks: Block[], w: Window): string | null {
  const at = (i: number, max: number) => {
    const b = blocks[i];
    const role = w.roles[i];
    if (!b || b.chars > max || role === 'comment' || role === 'chrome') return null;
    // A line of its own that is only `（袁源）` signs the article too.
    return plausibleAuthor(authorIn(b.text) ?? (/^[(（][^()（）]+[)）]$/.test(b.text) ? trailerAuthor(b.text) : null));
  };
  for (let i = w.start - 1; i >= Math.max(0, w.start - LOOK_BEFORE); i--) {
    const a = at(i, 100);
    if (a) return a;
  }
  for (let i = w.start; i < Math.min(w.end, w.start + 2); i++) {
    const a = at(i, 40) ?? plausibleAuthor(leadReporter(blocks[i]!.text));
    if (a) return a;
  }
  // A header line or entry footer inside the run (`本贴由X于…发表`).
  for (let i = w.start; i < w.end; i++) {
    if (w.roles[i] !== 'stamp') continue;
    const a = plausibleAuthor(authorIn(blocks[i]!.text));
    if (a) return a;
  }
  let last = w.end - 1;
  while (last > w.start && w.roles[last] !== 'prose') last--;
  if (last >= w.start) {
    const a = plausibleAuthor(trailerAuthor(blocks[last]!.text));
    if (a) return a;
  }
  for (let i = w.end - 1; i >= Math.max(w.start, w.end - 3); i--) {
    const a = at(i, 40);
    if (a) return a;
  }
  for (let i = w.end; i < Math.min(blocks.length, w.end + LOOK_AFTER); i++) {
    if (w.roles[i] === 'barrier') break;
    const a = at(i, 120);
    if (a) return a;
  }
  return null;
}

/** A headline-like line, then a line that is only a name, near the article's start: the name and its block. */
function nameUnderTitle(blocks: Block[], start: number, title: string | null): { name: string; index: number } | null {
  const t = (title ?? '').replace(/\s+/g, '');
  for (let i = Math.max(1, start - 2); i <= Math.min(start + 2, blocks.length - 1); i++) {
    const prev = blocks[i - 1]!;
    const p = prev.text.replace(/\s+/g, '');
    const headline = p === t || (t.includes(p) && p.length >= 4) || (prev.heading > 0) ||
      (prev.chars <= 40 && prev.linkChars === 0 && !/[。！？]$/.test(p));
    const name = bareName(blocks[i]!.text);
    if (headline && name) return { name, index: i };
  }
  return null;
}

/** Where a block sits: its element, or for a lone paragraph the element around it. */
function ancestors(el: Element | null | undefined): Element[] {
  const out: Element[] = [];
  for (let n: Element | null = el ?? null; n; n = (n.parent as Element | null) ?? null) {
    if (n.type !== 'tag') break;
    out.push(n);
  }
  return out;
}

/**
 * The window can stop short of an article that has weak stretches (a data
 * table, a run of short lines). The article's container is the lowest common
 * ancestor of its strong paragraphs; plain text blocks next to the window and
 * inside that container belong to the article too.
 */
export function extendInContainer(blocks: Block[], w: Window): { start: number; end: number } {
  const core: Element[] = [];
  for (let i = w.start; i < w.end; i++) if (w.values[i]! >= 20 && blocks[i]!.node) core.push(blocks[i]!.node!);
  if (core.length === 0) return w;
  let chain = ancestors(core[0]);
  if (core.length === 1) chain = chain.slice(1);
  for (const el of core.slice(1)) {
    const set = new Set(ancestors(el));
    const k = chain.findIndex((a) => set.has(a));
    chain = k < 0 ? [] : chain.slice(k);
  }
  let container = chain[0];
  // All strong text in one element (a cell with <br> lines): the article is what
  // holds that element, beyond the layout table around it.
  if (container && core.every((el) => el === container)) {
    let up = container.parent as Element | null;
    while (up && up.type === 'tag' && TABLE_PARTS.has(up.name)) up = up.parent as Element | null;
    container = up && up.type === 'tag' ? up : container;
  }
  if (!container) return w;
  const inside = (i: number) => ancestors(blocks[i]!.node).includes(container);
  const plain = (i: number) => w.roles[i] === 'prose' && blocks[i]!.linkChars === 0 && inside(i);
  // An ad line or two inside the article (`· 医疗关注--…`) is skipped over when a
  // strong paragraph of the same container follows; the ad itself stays out.
  const bridge = (from: number, step: 1 | -1): number => {
    let j = from;
    while (j >= 0 && j < blocks.length && Math.abs(j - from) < 3 && w.roles[j] === 'chrome' && inside(j)) j += step;
    return j !== from && j >= 0 && j < blocks.length && plain(j) && w.values[j]! >= 30 ? j : -1;
  };
  let end = w.end;
  for (;;) {
    if (end < blocks.length && plain(end)) { end++; continue; }
    const j = bridge(end, 1);
    if (j < 0) break;
    end = j + 1;
  }
  let start = w.start;
  const header = (i: number) => blocks[i]!.heading > 0 || findTime(blocks[i]!.text) !== null;
  for (;;) {
    if (start > 0 && plain(start - 1) && !header(start - 1)) { start--; continue; }
    const j = start > 0 ? bridge(start - 1, -1) : -1;
    if (j < 0 || header(j)) break;
    start = j;
  }
  return { start, end };
}

/**
 * A blog or forum page listing several entries, each closed by a `posted by X @
 * date (N comments)` line: the run found spans them all; the page's article is
 * the first entry (later ones are older posts or replies).
 */
function firstEntry(blocks: Block[], w: Window): Window {
  let prose = 0;
  for (let i = w.start; i < w.end; i++) {
    if (w.values[i]! > 0) prose += w.values[i]!;
    if (prose >= 40 && i < w.end - 1 && isEntryFooter(blocks[i]!.text)) {
      let after = 0;
      for (let j = i + 1; j < w.end; j++) after += Math.max(0, w.values[j]!);
      if (after > 0) return { ...w, end: i };
    }
  }
  return w;
}
