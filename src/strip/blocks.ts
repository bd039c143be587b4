// The page as a sequence of text blocks in reading order: one DOM walk, no
// re-parsing, each block knowing how much of it is link text and whether it sits
// in chrome or a comment thread. Both the HTML and the text-dump paths score
// blocks the same way (score.ts).
import type { AnyNode, Element } from 'domhandler';
import { blogOwnerFromTitle } from './byline.js';
import { countNonSpace, countPunct, countText } from './chars.js';
import { BLOCK_TAGS, CHROME_TAGS, REMOVE_TAGS, classIdKind } from './chrome.js';

export interface Block {
  text: string;
  /** Characters other than white space. */
  chars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Chinese (and ASCII) clause punctuation: the mark of prose. */
  punct: number;
  /** Sits in chrome known by tag (`nav`, `footer`) or by class/id (`sidebar`). */
  chrome: 'tag' | 'class' | null;
  /** Sits in a comment thread (class/id `comment`, `reply` ...). */
  comment: boolean;
  /** 1-6 for text inside h1-h6, else 0. */
  heading: number;
  /** The innermost block-level element holding the block (HTML only): where it sits in the DOM. */
  node?: Element | null;
}

const SPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/**
 * A block of text. `counted` is its characters and clause marks when the caller
 * has counted them already (folding white space changes neither count).
 */
export function makeBlock(text: string, linkChars = 0, chrome: Block['chrome'] = null, comment = false, heading = 0,
  counted?: { chars: number; punct: number }): Block {
  const clean = text.replace(SPACE, ' ').trim();
  const chars = counted ? counted.chars : countNonSpace(clean);
  return {
    text: clean, chars, linkChars: Math.min(linkChars, chars),
    punct: counted ? counted.punct : countPunct(clean), chrome, comment, heading,
  };
}

/** A `<time datetime>` seen on the way, with the block it precedes. */
export interface TimeTag { value: string; block: number; comment: boolean; chrome: boolean }

/** What the page says about itself in markup, gathered on the same walk. */
export interface HeadTags {
  metas: Array<Record<string, string>>;
  title: string | null;
  /** Bodies of <script type="application/ld+json">. */
  ldJson: string[];
  /** Blog owners named by link titles (`X的博客`) outside comment threads. */
  blogOwners: string[];
}

export interface Walk { blocks: Block[]; times: TimeTag[]; head: HeadTags }

interface Ctx { chrome: Block['chrome']; comment: boolean; link: boolean; heading: number; blockEl: Element | null }

function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** The text directly inside an element (a <title>, a <script>). */
function innerText(n: Element): string {
  return (n.children as AnyNode[]).map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join('');
}

interface TextStats { chars: number; punct: number }
const statsMemo = new WeakMap<AnyNode, TextStats>();

/**
 * Characters and clause marks under an element, each node counted once
 * (memoized, iterative): linear even when sloppy HTML nests links deeply.
 */
function textStats(root: AnyNode): TextStats {
  // Nearly every link holds one text node: no stack, no memo.
  const only = 'children' in root && root.children.length === 1 ? root.children[0]! : null;
  if (only?.type === 'text') {
    const d = (only as unknown as { data: string }).data;
    return { chars: d.length, punct: countPunct(d) };
  }
  const stack: Array<[AnyNode, boolean]> = [[root, false]];
  while (stack.length) {
    const [n, ready] = stack.pop()!;
    if (!('children' in n) || statsMemo.has(n)) continue;
    const kids = n.children as AnyNode[];
    if (!ready) {
      stack.push([n, true]);
      for (const c of kids) if ('children' in c && !statsMemo.has(c)) stack.push([c, false]);
      continue;
    }
    const sum = { chars: 0, punct: 0 };
    for (const c of kids) {
      if (c.type === 'text') {
        const d = (c as unknown as { data: string }).data;
        sum.chars += d.length;
        sum.punct += countPunct(d);
      } else {
        const k = statsMemo.get(c);
        if (k) { sum.chars += k.chars; sum.punct += k.punct; }
      }
    }
    statsMemo.set(n, sum);
  }
  return statsMemo.get(root) ?? { chars: 0, punct: 0 };
}

/**
 * A link that holds whole sentences is not navigation: an unclosed <a> in
 * sloppy HTML is re-opened (or left open) by the parser around every paragraph
 * after it, and the article must not count as link text because of that.
 */
function isNavigationLink(a: Element): boolean {
  const t = textStats(a);
  return !(t.chars > 60 && t.punct >= 3);
}

const EXIT = Symbol('exit');
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function walk(root: AnyNode): Walk {
  const blocks: Block[] = [];
  const times: TimeTag[] = [];
  const head: HeadTags = { metas: [], title: null, ldJson: [], blogOwners: [] };
  let parts: string[] = [];
  let linkChars = 0, chromeTag = 0, chromeClass = 0, commentChars = 0, total = 0, punct = 0;
  const tally = { chars: 0, punct: 0 }; // one text node's counts
  let heading = 0;
  let blockNode: Element | null = null;

  const flush = () => {
    if (parts.length) {
      const text = parts.join('');
      const chrome = chromeTag * 2 > total ? 'tag' : chromeClass * 2 > total ? 'class' : null;
      const b = makeBlock(text, linkChars, chrome, commentChars * 2 > total, heading, { chars: total, punct });
      b.node = blockNode;
      if (b.chars > 0) blocks.push(b);
    }
    parts = []; linkChars = 0; chromeTag = 0; chromeClass = 0; commentChars = 0; total = 0; punct = 0; heading = 0; blockNode = null;
  };

  // An explicit stack (deep sloppy nesting must not overflow the call stack),
  // as two parallel arrays: no object per node. EXIT marks the end of a block
  // element, where its text is flushed.
  const top: Ctx = { chrome: null, comment: false, link: false, heading: 0, blockEl: null };
  const nodes: (AnyNode | typeof EXIT)[] = [];
  const ctxs: Ctx[] = [];
  const pushChildren = (n: AnyNode, ctx: Ctx) => {
    const kids = 'children' in n ? (n.children as AnyNode[]) : [];
    for (let i = kids.length - 1; i >= 0; i--) { nodes.push(kids[i]!); ctxs.push(ctx); }
  };
  pushChildren(root, top);

  while (nodes.length) {
    const node = nodes.pop()!;
    const ctx = ctxs.pop()!;
    if (node === EXIT) { flush(); continue; }
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      countText(data, tally);
      const n = tally.chars;
      if (n === 0) { if (parts.length) parts.push(' '); continue; }
      if (total === 0) { heading = ctx.heading; blockNode = ctx.blockEl; }
      parts.push(data);
      total += n;
      punct += tally.punct;
      if (ctx.link) linkChars += n;
      if (ctx.chrome === 'tag') chromeTag += n;
      else if (ctx.chrome === 'class') chromeClass += n;
      if (ctx.comment) commentChars += n;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name.toLowerCase();
    const attrs = node.attribs ?? {};
    if (tag === 'meta') head.metas.push(attrs);
    else if (tag === 'title') head.title ??= innerText(node);
    else if (tag === 'script' && /ld\+json/i.test(attrs.type ?? '')) head.ldJson.push(innerText(node));
    if (REMOVE_TAGS.has(tag) || node.type !== 'tag') continue;
    if (attrs.style && HIDDEN.test(attrs.style)) continue;
    if (tag === 'time') {
      const v = attrs.datetime ?? attrs.pubdate;
      if (v) times.push({ value: v, block: blocks.length + (parts.length ? 1 : 0), comment: ctx.comment, chrome: ctx.chrome !== null });
    }
    if (tag === 'a' && attrs.title && !ctx.comment) {
      const owner = blogOwnerFromTitle(attrs.title);
      if (owner) head.blogOwners.push(owner);
    }
    if (tag === 'br' || tag === 'hr') { flush(); continue; }
    // A new string on purpose: classIdKind's cache outlives the page, and an
    // attribute value is a slice of the page's text that would keep it alive.
    const kind = attrs.class || attrs.id ? classIdKind(`${attrs.class ?? ''} ${attrs.id ?? ''}`.trim()) : null;
    const chrome = ctx.chrome === 'tag' || CHROME_TAGS.has(tag) ? 'tag' : ctx.chrome ?? (kind === 'chrome' ? 'class' : null);
    const comment = ctx.comment || kind === 'comment';
    const link = ctx.link || (tag === 'a' && isNavigationLink(node));
    const level = HEADINGS[tag] ?? ctx.heading;
    const blockEl = BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th' ? node : ctx.blockEl;
    // Most elements change nothing (a <span>, a <font>): they share their parent's context.
    const child: Ctx = chrome === ctx.chrome && comment === ctx.comment && link === ctx.link && level === ctx.heading && blockEl === ctx.blockEl
      ? ctx : { chrome, comment, link, heading: level, blockEl };
    if (tag === 'td' || tag === 'th') parts.push(' ');
    if (BLOCK_TAGS.has(tag)) {
      flush();
      nodes.push(EXIT);
      ctxs.push(ctx);
    }
    pushChildren(node, child);
  }
  flush();
  return { blocks, times, head };
}
