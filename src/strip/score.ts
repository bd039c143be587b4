// Where the article is: every block gets a value (prose is positive, chrome is
// negative) and the article is the contiguous run of blocks with the largest
// sum (maximum subarray, linear time). Prose is told by its length, its Chinese
// clause punctuation and how little of it is link text (the GeneralNewsExtractor
// idea); chrome by tag, class/id and keyword (chrome.json).
import type { Block } from './blocks.js';
import { isCredit } from './credits.js';
import { findTime, isBareTimestamp, isHeaderLine } from './time.js';
import { hasEntryFooterWord, isChromeLine, isCommentMarker, isListHeading, isRepostNote } from './chrome.js';

export interface ScoreOptions {
  /** Trust class/id chrome marks (the strict attempt); tags are always trusted. */
  classChrome: boolean;
}

/** What a block is, before its value: decides both its value and whether it may be output. */
export type Role = 'prose' | 'chrome' | 'comment' | 'barrier' | 'stamp';

/** A list or comment heading is a wall the article does not cross. */
const BARRIER = -400;

export function roleOf(b: Block, opts: ScoreOptions): Role {
  if (b.comment) return 'comment';
  if (b.chrome === 'tag' || (b.chrome === 'class' && opts.classChrome)) return 'chrome';
  if (isListHeading(b.text) || isCommentMarker(b.text)) return 'barrier';
  if (isBareTimestamp(b.text) || isHeaderLine(b.text) || isRepostNote(b.text) || isEntryFooter(b.text)) return 'stamp';
  // Captions, credits and labels: not text, but no wall either (credits.ts).
  if (b.chars <= 80 && isCredit(b.text)) return 'stamp';
  if (isChromeLine(b.text)) return 'chrome';
  // A block that is mostly link text is navigation or a related list.
  if (b.linkChars > 0.5 * b.chars && b.chars < 200) return 'chrome';
  return 'prose';
}

/** `由X张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论`: the line that closes one entry of a blog or forum page. */
export function isEntryFooter(text: string): boolean {
  // A sentence that mentions a paper 发表于 some date is article text, not a footer.
  return hasEntryFooterWord(text) && !/[，。！？]/.test(text) && findTime(text) !== null;
}

export function valueOf(b: Block, role: Role): number {
  switch (role) {
    case 'comment': return -(b.chars + 20);
    case 'chrome': return -(b.chars + 10);
    case 'barrier': return BARRIER;
    case 'stamp': return -20;
    case 'prose': {
      const own = b.chars - b.linkChars;
      // Prose has a clause mark every 10-20 characters; keyword soup has none.
      const factor = Math.min(1, 0.3 + (10 * b.punct) / Math.max(b.chars, 1));
      return own * factor - 1.5 * b.linkChars - 12;
    }
  }
}

export interface Window {
  start: number;
  /** Exclusive. */
  end: number;
  sum: number;
  roles: Role[];
  values: number[];
}

/** The run of blocks with the largest total value (Kadane). */
export function bestWindow(blocks: Block[], opts: ScoreOptions, override?: (b: Block, i: number) => Role | null): Window {
  return windowOver(blocks, blocks.map((b, i) => override?.(b, i) ?? roleOf(b, opts)));
}

/** The strict roles from the loose ones: class/id chrome marks added, nothing recomputed. */
export function strictRoles(blocks: Block[], loose: Role[]): Role[] {
  return loose.map((r, i) => (blocks[i]!.chrome === 'class' && r !== 'comment' ? 'chrome' : r));
}

export function windowOver(blocks: Block[], roles: Role[]): Window {
  const values = blocks.map((b, i) => valueOf(b, roles[i]!));
  let best = { start: 0, end: 0, sum: 0 };
  let curStart = 0, cur = 0;
  for (let i = 0; i < values.length; i++) {
    if (cur <= 0) { cur = 0; curStart = i; }
    cur += values[i]!;
    if (cur > best.sum) best = { start: curStart, end: i + 1, sum: cur };
  }
  return { ...best, roles, values };
}

/** Characters of prose inside the window: how much article there is. */
export function proseChars(blocks: Block[], w: Window): number {
  let n = 0;
  for (let i = w.start; i < w.end; i++) if (w.roles[i] === 'prose') n += blocks[i]!.chars - blocks[i]!.linkChars;
  return n;
}

/** The cheap "is there an article here" check. */
// A two-sentence news brief is an article; a list of links or a login prompt is not.
export function looksLikeArticle(blocks: Block[], w: Window, min = { sum: 10, chars: 20, punct: 2 }): boolean {
  let punct = 0;
  for (let i = w.start; i < w.end; i++) if (w.roles[i] === 'prose') punct += blocks[i]!.punct;
  return w.sum >= min.sum && proseChars(blocks, w) >= min.chars && punct >= min.punct;
}

const LOOSER = { sum: 50, chars: 60, punct: 3 };

/**
 * The article's run by the strictest reading that finds one: class/id chrome
 * trusted; class/id ignored when that finds far more (the marks were wrong for
 * this page); and when neither finds an article, tag chrome and comment marks
 * ignored too (an article inside a <header> or a `comment`-named wrapper). A
 * page with an article never comes out empty because one mark misled.
 */
export function readArticle(blocks: Block[]): { w: Window; reading: 'strict' | 'loose' | 'bare' } {
  const looseRoles = blocks.map((b) => roleOf(b, { classChrome: false }));
  const loose = windowOver(blocks, looseRoles);
  const strict = windowOver(blocks, strictRoles(blocks, looseRoles));
  const first = loose.sum > 2 * strict.sum ? { w: loose, reading: 'loose' as const } : { w: strict, reading: 'strict' as const };
  if (looksLikeArticle(blocks, first.w)) return first;
  // A looser reading must find more to be believed: a list page's footer blurb is no article.
  if (looksLikeArticle(blocks, loose, LOOSER)) return { w: loose, reading: 'loose' };
  // Only tag-chrome and comment blocks read differently bare; every other block keeps its loose role.
  const bare = windowOver(blocks, blocks.map((b, i) =>
    b.chrome === 'tag' || b.comment ? roleOf({ ...b, chrome: null, comment: false }, { classChrome: false }) : looseRoles[i]!));
  return looksLikeArticle(blocks, bare, LOOSER) ? { w: bare, reading: 'bare' } : first;
}
