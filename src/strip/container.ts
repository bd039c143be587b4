// Refining the article run on the DOM: widen it to the plain text of the
// element that holds the article, and cut a multi-entry page to its first entry.
import type { Element } from 'domhandler';
import type { Block } from './blocks.js';
import { isEntryFooter, type Window } from './score.js';
import { isReplyHeader } from './byline.js';
import { isCommentMarker } from './chrome.js';
import { findTime } from './time.js';

const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'table']);

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
export function firstEntry(blocks: Block[], w: Window): Window {
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

/** Where a paragraph sits: the element holding it (a <p>'s parent), and its tag.class#id. */
function holder(b: Block): { el: Element; sig: string | null } | null {
  const node = b.node;
  if (!node) return null;
  const el = PARAGRAPH_TAGS.has(node.name) && node.parent?.type === 'tag' ? (node.parent as Element) : node;
  const a = el.attribs ?? {};
  return { el, sig: a.class || a.id ? `${el.name}.${a.class ?? ''}#${a.id ?? ''}` : null };
}
const PARAGRAPH_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'center', 'span', 'font', 'strong', 'b']);
/**
 * What an ad or a related box never holds but the next post of a blog, a forum
 * reply or a comment thread does: a dated header, an entry footer, a reply
 * number, a headline of its own, a comment heading.
 */
function endsArticle(b: Block, role: string): boolean {
  return role === 'comment' || (b.heading >= 1 && b.heading <= 2) || findTime(b.text) !== null ||
    isReplyHeader(b.text) || isCommentMarker(b.text);
}
/** How many blocks of ads, related links or a pager may split one article. */
const SPLIT_GAP = 15;

/**
 * An article split in two by an ad, a related-reading box or a photo block:
 * the run found holds one part; a run of text beyond the split that sits in the
 * same element, or in an element of the same tag and class (`div.article-body`
 * twice), is the rest of it. It joins the run and what split it stays out (its
 * roles become chrome). Never across a comment thread.
 */
export function joinSplitArticle(blocks: Block[], w: Window): Window {
  const els = new Set<Element>(), sigs = new Set<string>();
  for (let i = w.start; i < w.end; i++) {
    const h = w.roles[i] === 'prose' && w.values[i]! >= 20 ? holder(blocks[i]!) : null;
    if (h) { els.add(h.el); if (h.sig) sigs.add(h.sig); }
  }
  if (els.size === 0) return w;
  const same = (i: number) => {
    const h = w.roles[i] === 'prose' ? holder(blocks[i]!) : null;
    return h !== null && (els.has(h.el) || (h.sig !== null && sigs.has(h.sig)));
  };
  const roles = [...w.roles];
  let { start, end } = w;
  for (const step of [1, -1] as const) {
    for (;;) {
      // Past the split: the first block of the same holder within SPLIT_GAP.
      let j = step > 0 ? end : start - 1, gap = 0;
      while (j >= 0 && j < blocks.length && gap < SPLIT_GAP && !same(j) && !endsArticle(blocks[j]!, w.roles[j]!)) { j += step; gap++; }
      if (j < 0 || j >= blocks.length || !same(j) || gap === 0) break;
      // The part beyond must be text, not a stray caption: its own run of the same holder.
      let k = j, sum = 0, punct = 0;
      while (k >= 0 && k < blocks.length && same(k)) { sum += w.values[k]!; punct += blocks[k]!.punct; k += step; }
      if (sum < 40 || punct < 2) break;
      const [lo, hi] = step > 0 ? [end, j] : [j + 1, start];
      for (let g = lo; g < hi; g++) roles[g] = 'chrome';
      if (step > 0) end = k; else start = k + 1;
    }
  }
  return start === w.start && end === w.end ? w : { ...w, start, end, roles };
}
