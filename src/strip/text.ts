// Text dumps (a page saved as its visible text): the same scoring as HTML with
// lines as blocks and no link information, plus what only lines show: keyword
// spam lines, repeated headlines of a related list, the author/time header line,
// and reader comments appended after the article.
import type { Stripped } from '../page.js';
import { warning } from '../schema.js';
import { makeBlock, type Block } from './blocks.js';
import { authorIn, isBylineOnly, leadReporter, trailerAuthor } from './byline.js';
import { headlineText } from './headline.js';
import { isCommentMarker, startsWithConclusion } from './chrome.js';
import { plausibleAuthor } from './metadata.js';
import { bestWindow, looksLikeArticle, type Role, type Window } from './score.js';
import { findTime } from './time.js';

const LOOK_BEFORE = 12;
const EMOTICON = /\[[\p{Script=Han}A-Za-z]{1,6}\]/u;
const SENTENCE_END = /[。！？!?…”」』）)]$/;

/** `a,b,b` / `爆珠 细支 烟草`: a list of search keywords, one repeated or all alike. */
export function isKeywordSpam(line: string): boolean {
  if (/[。！？]/.test(line)) return false;
  const items = line.split(/[,，、|｜\s]+/).filter(Boolean);
  if (items.length < 3 || items.some((i) => i.length > 16)) return false;
  if (new Set(items).size < items.length) return true;
  // Every item shares the first item's leading four characters (SEO variants).
  const stem = items[0]!.slice(0, 4);
  return stem.length === 4 && items.every((i) => i.includes(stem));
}

export function stripTextDump(raw: string): Stripped {
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const blocks = lines.map((l) => makeBlock(l));
  const seen = new Set<string>();
  const textRole = (b: Block): Role | null => {
    const first = !seen.has(b.text);
    seen.add(b.text);
    if (isKeywordSpam(b.text)) return 'chrome';
    if (!first && b.chars >= 6) return 'chrome'; // the second copy of a related-list headline
    return null;
  };
  const w = bestWindow(blocks, { classChrome: true }, textRole);

  const warnings: Stripped['warnings'] = [];
  const keep: number[] = [];
  // A dump is text someone chose to save: one sentence is an article already.
  if (looksLikeArticle(blocks, w, { sum: 10, chars: 10, punct: 1 })) {
    for (let i = w.start; i < w.end; i++) if (w.roles[i] === 'prose') keep.push(i);
  } else {
    warnings.push(warning('no-article'));
  }
  const cut = commentTail(blocks, keep, w);
  let body = cut < 0 ? keep : keep.slice(0, cut);
  const title = titleOf(blocks, w, body);
  const author = authorAround(blocks, w, body);
  // The headline opening the kept lines, and a byline among the first two, are header, not text.
  if (title !== null && body.length && blocks[body[0]!]!.text === title.line) body = body.slice(1);
  body = body.filter((i, k) => !(k < 2 && isBylineOnly(blocks[i]!.text)));
  const tail = cut < 0 ? [] : [...keep.slice(cut), ...linesAfter(w)];
  const comments = [...tail, ...commentsAfter(blocks, w)].map((i) => blocks[i]!.text);

  return {
    title: title?.text ?? null,
    publishedAt: timeBefore(blocks, w),
    author,
    siteName: siteFromFooter(blocks, w),
    paragraphs: body.map((i) => blocks[i]!.text),
    comments, warnings,
  };
}

/** Plain lines after the article window, up to a list or comment heading. */
function linesAfter(w: Window): number[] {
  const out: number[] = [];
  for (let i = w.end; i < w.roles.length && w.roles[i] !== 'barrier'; i++) if (w.roles[i] === 'prose') out.push(i);
  return out;
}

/**
 * Reader comments pasted after the article with no heading: the article closes
 * with a conclusion (`总之，…`) and what follows reads as replies (emoticon codes
 * like `[得瑟]`, or several short unpunctuated lines). Returns where in `keep`
 * the comments start, or -1.
 */
function commentTail(blocks: Block[], keep: number[], w: Window): number {
  let c = -1;
  for (let k = keep.length - 1; k >= 0; k--) if (startsWithConclusion(blocks[keep[k]!]!.text)) { c = k; break; }
  if (c < 0) return -1;
  const tail = [...keep.slice(c + 1), ...linesAfter(w)];
  if (tail.length === 0) return -1;
  const lines = tail.map((i) => blocks[i]!.text);
  const emoticons = lines.some((l) => EMOTICON.test(l));
  const shortLines = lines.filter((l) => l.length < 25 && !SENTENCE_END.test(l)).length;
  const tailChars = tail.reduce((n, i) => n + blocks[i]!.chars, 0);
  const allChars = keep.reduce((n, i) => n + blocks[i]!.chars, 0);
  return (emoticons || shortLines >= 3) && tailChars < 0.4 * allChars ? c + 1 : -1;
}

/** Lines after a comment heading (`网友评论`) that follows the article. */
function commentsAfter(blocks: Block[], w: Window): number[] {
  for (let i = w.end; i < blocks.length; i++) {
    if (isCommentMarker(blocks[i]!.text)) {
      const out: number[] = [];
      for (let j = i + 1; j < blocks.length; j++) if (w.roles[j] === 'prose' && blocks[j]!.chars >= 2) out.push(j);
      return out;
    }
  }
  return [];
}

const COPYRIGHT = /(?:版权所有|版權所有)\s*[:：©]?\s*(?:©\s*)?(?:\d{4}\s*)?([\p{Script=Han}A-Za-z][\p{Script=Han}\w.]{1,19})|([\p{Script=Han}][\p{Script=Han}\w]{1,19})\s*(?:版权所有|版權所有)/u;

/** The site a dump came from, as its footer names it: `版权所有:科普信息网`, `科普信息网版权所有`. */
function siteFromFooter(blocks: Block[], w: Window): string | null {
  for (let i = w.end; i < blocks.length; i++) {
    const m = COPYRIGHT.exec(blocks[i]!.text);
    const name = m?.[1] ?? m?.[2];
    if (name && !/^(?:本站|本网|网站)$/.test(name)) return name;
  }
  return null;
}

/**
 * The headline: the nearest line above the article that reads as one (bylines,
 * date lines, credits and subtitles are passed over); else the article's own
 * first line when it reads as one and a longer paragraph follows (a dump that
 * starts with its headline, punctuated enough to score as text). `line` is the
 * line as written, `text` the headline cleaned.
 */
function titleOf(blocks: Block[], w: Window, body: number[]): { text: string; line: string } | null {
  for (let i = w.start - 1; i >= Math.max(0, w.start - LOOK_BEFORE); i--) {
    const b = blocks[i]!;
    if (w.roles[i] === 'barrier') break;
    if (w.roles[i] !== 'prose' || b.chars > 80) continue;
    const text = headlineText(b.text);
    if (text) return { text, line: b.text };
  }
  const [first, ...rest] = body.map((i) => blocks[i]!);
  const next = rest.find((b) => !isBylineOnly(b.text));
  if (first && next && first.chars <= 40 && next.chars > first.chars) {
    const text = headlineText(first.text);
    if (text) return { text, line: first.text };
  }
  return null;
}

/** Only the header above the article gives the publish time; list and footer times never do. */
function timeBefore(blocks: Block[], w: Window): string | null {
  for (let i = w.start - 1; i >= Math.max(0, w.start - LOOK_BEFORE); i--) {
    const t = blocks[i]!.chars <= 120 ? findTime(blocks[i]!.text) : null;
    if (t) return t.value;
  }
  return null;
}

function authorAround(blocks: Block[], w: Window, body: number[]): string | null {
  for (let i = w.start - 1; i >= Math.max(0, w.start - LOOK_BEFORE); i--) {
    const a = blocks[i]!.chars <= 120 ? plausibleAuthor(authorIn(blocks[i]!.text)) : null;
    if (a) return a;
  }
  // The first two kept lines: a headline that scored as text may come before the byline.
  for (const i of body.slice(0, 2)) {
    const b = blocks[i]!;
    const a = plausibleAuthor(b.chars <= 40 ? authorIn(b.text) : leadReporter(b.text));
    if (a) return a;
  }
  const last = body.at(-1);
  return last === undefined ? null : plausibleAuthor(trailerAuthor(blocks[last]!.text));
}
