// The headline, date line and byline are read from the blocks right around the
// article run: before it (nearest first), its first and last paragraphs, and a
// few blocks after it up to the first list or comment heading. Never from a
// related list, a comment thread or the footer.
import type { Block, TimeTag } from './blocks.js';
import { authorIn, bareName, isReplyHeader, leadReporter, opensWithByline, personalNames, sourcePerson, trailerAuthor } from './byline.js';
import { isChromeLine } from './chrome.js';
import { plausibleAuthor, type HeadMeta } from './metadata.js';
import { isEntryFooter, type Window } from './score.js';
import { findPublishTime, findTime } from './time.js';

/** How far from the article the headline, date line and byline may sit, in blocks. */
const LOOK_BEFORE = 25;
const LOOK_AFTER = 8;

export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

export function timeTagNear(times: TimeTag[], w: Window): string | null {
  const near = times.filter((t) => !t.comment && t.block >= w.start - LOOK_BEFORE && t.block <= w.start + 3);
  for (const t of near.reverse()) {
    const v = findPublishTime(t.value);
    if (v) return v;
  }
  return null;
}

/** The date line under the headline, else a posted-at line just after the article. */
export function timeNear(blocks: Block[], w: Window): string | null {
  // Link text is allowed next to the article (`<a>site.com</a> 2005-07-18 13:03`), not further out.
  // A dated link next to other dated links is an item of a list of other articles.
  const listItem = (i: number) => {
    const linked = (j: number) => j >= 0 && j < blocks.length && blocks[j]!.linkChars > 0 && findTime(blocks[j]!.text) !== null;
    return linked(i) && (linked(i - 1) || linked(i + 1));
  };
  const usable = (i: number, near: boolean) => {
    const b = blocks[i]!;
    if (w.roles[i] === 'comment' || b.chars > 160) return false;
    if (b.linkChars <= b.chars / 2) return !listItem(i);
    return near && b.chars - b.linkChars >= 8 && !listItem(i);
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

/** The line closing a blog or forum entry right after the article (`posted @ … by X`, `发表于 …`), if any. */
export function entryFooterAfter(blocks: Block[], w: Window): number | null {
  for (let i = w.end; i < Math.min(blocks.length, w.end + 3); i++) {
    if (w.roles[i] === 'comment' || w.roles[i] === 'barrier') return null;
    if (isEntryFooter(blocks[i]!.text)) return i;
  }
  return null;
}

export function authorNear(blocks: Block[], w: Window): string | null {
  const at = (i: number, max: number) => {
    const b = blocks[i];
    const role = w.roles[i];
    if (!b || b.chars > max || role === 'comment') return null;
    // `作者： <a>name</a>` reads as link text, but it is the byline, not navigation.
    if (role === 'chrome' && !(b.chrome === null && opensWithByline(b.text) && !isChromeLine(b.text))) return null;
    // A line of its own that is only `（袁源）` signs the article too.
    return plausibleAuthor(authorIn(b.text) ?? (/^[(（][^()（）]+[)）]$/.test(b.text) ? trailerAuthor(b.text) : null) ??
      sourcePerson(b.text));
  };
  for (let i = w.start - 1; i >= Math.max(0, w.start - LOOK_BEFORE); i--) {
    const a = at(i, 100);
    if (!a) continue;
    // A byline on the line above credits more writers (本报实习生 X above 本报记者 Y).
    const above = i > 0 ? at(i - 1, 100) : null;
    return above && !a.includes(above) ? `${above} ${a}` : a;
  }
  // A blog or forum entry's own footer names who posted it, before any credit inside the post.
  const footer = entryFooterAfter(blocks, w);
  if (footer !== null) {
    const a = plausibleAuthor(authorIn(blocks[footer]!.text));
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
    // Past a reply's header (`第 2 楼`) a name is a replier's.
    if (w.roles[i] === 'barrier' || isReplyHeader(blocks[i]!.text)) break;
    const a = at(i, 120);
    if (a) return a;
  }
  return null;
}

/**
 * On a blog page (a blog <title>, or the post closed by an entry footer) with no
 * byline, the blog's owner wrote the post: the name of its `X的博客` links, else
 * the blog's header at the top of the page when that is a person's name. A
 * commenter's name can be linked to their blog too; the owner's name is the one
 * that labels the blog's own sections (`[X]个人类别`, `对[X]文章的评论`): it must be
 * written at least twice as often as any other's.
 */
export function blogOwner(blocks: Block[], w: Window, head: Pick<HeadMeta, 'blogOwners' | 'blogPage'>): string | null {
  if (!head.blogPage && entryFooterAfter(blocks, w) === null) return null;
  if (head.blogOwners.length) {
    const count = (name: string) => blocks.reduce((n, b, i) => n + (w.roles[i] !== 'comment' && b.text.includes(name) ? 1 : 0), 0);
    const [first, second] = head.blogOwners.map((name) => ({ name, n: count(name) })).sort((a, b) => b.n - a.n);
    return first && (!second || first.n >= 2 * second.n) ? plausibleAuthor(first.name) : null;
  }
  for (let i = 0; i < Math.min(w.start, 3); i++) {
    const b = blocks[i]!;
    if (b.heading === 1 && w.roles[i] !== 'comment' && !/\s/.test(b.text)) return personalNames(b.text);
  }
  return null;
}

/** A headline-like line, then a line that is only a name, near the article's start: the name and its block. */
export function nameUnderTitle(blocks: Block[], start: number, title: string | null): { name: string; index: number } | null {
  const t = (title ?? '').replace(/\s+/g, '');
  for (let i = Math.max(1, start - 2); i <= Math.min(start + 2, blocks.length - 1); i++) {
    const prev = blocks[i - 1]!;
    const p = prev.text.replace(/\s+/g, '');
    const headline = p === t || (t.includes(p) && p.length >= 4) || (prev.heading > 0) ||
      (prev.chars <= 40 && prev.linkChars === 0 && !/[。！？]$/.test(p));
    // A run of linked words under the headline is a tag line, not several writers.
    const b = blocks[i]!;
    const name = b.linkChars === 0 || !/[\s、，,]/.test(b.text) ? bareName(b.text) : null;
    if (headline && name) return { name, index: i };
  }
  return null;
}
