// The page as a sequence of text blocks in reading order: one DOM walk, no
// re-parsing, each block knowing how much of it is link text and whether it sits
// in chrome or a comment thread. Both the HTML and the text-dump paths score
// blocks the same way (score.ts).
import type { AnyNode, Element } from 'domhandler';
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

const PUNCT = /[，。！？；：、“”《》…,;!?]/g;
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

export function makeBlock(text: string, linkChars = 0, chrome: Block['chrome'] = null, comment = false, heading = 0): Block {
  const clean = text.replace(SPACE, ' ').trim();
  const chars = clean.replace(/ /g, '').length;
  return {
    text: clean, chars, linkChars: Math.min(linkChars, chars),
    punct: (clean.match(PUNCT) ?? []).length, chrome, comment, heading,
  };
}

/** A `<time datetime>` seen on the way, with the block it precedes. */
export interface TimeTag { value: string; block: number; comment: boolean; chrome: boolean }

export interface Walk { blocks: Block[]; times: TimeTag[] }

interface Ctx { chrome: Block['chrome']; comment: boolean; link: boolean; heading: number; blockEl: Element | null }

function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Text under an element (links do not nest, so summing over every <a> stays linear). */
function textOf(n: AnyNode): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data;
  if (!('children' in n)) return '';
  let out = '';
  for (const c of n.children as AnyNode[]) out += textOf(c);
  return out;
}

/**
 * A link that holds whole sentences is not navigation: an unclosed <a> in
 * sloppy HTML is re-opened by the parser around every paragraph after it, and
 * the article must not count as link text because of that.
 */
function isNavigationLink(a: Element): boolean {
  const t = textOf(a);
  return !(t.length > 60 && (t.match(PUNCT) ?? []).length >= 3);
}

const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function walk(root: AnyNode): Walk {
  const blocks: Block[] = [];
  const times: TimeTag[] = [];
  let parts: string[] = [];
  let linkChars = 0, chromeTag = 0, chromeClass = 0, commentChars = 0, total = 0;
  let heading = 0;
  let blockNode: Element | null = null;

  const flush = () => {
    if (parts.length) {
      const text = parts.join('');
      const chrome = chromeTag * 2 > total ? 'tag' : chromeClass * 2 > total ? 'class' : null;
      const b = makeBlock(text, linkChars, chrome, commentChars * 2 > total, heading);
      b.node = blockNode;
      if (b.chars > 0) blocks.push(b);
    }
    parts = []; linkChars = 0; chromeTag = 0; chromeClass = 0; commentChars = 0; total = 0; heading = 0; blockNode = null;
  };

  type Frame = { node: AnyNode; ctx: Ctx; exit: boolean };
  const top: Ctx = { chrome: null, comment: false, link: false, heading: 0, blockEl: null };
  const stack: Frame[] = [];
  const pushChildren = (n: AnyNode, ctx: Ctx) => {
    const kids = 'children' in n ? (n.children as AnyNode[]) : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, ctx, exit: false });
  };
  pushChildren(root, top);

  while (stack.length) {
    const { node, ctx, exit } = stack.pop()!;
    if (exit) { flush(); continue; }
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      const n = data.replace(SPACE, '').length;
      if (n === 0) { if (parts.length) parts.push(' '); continue; }
      if (total === 0) { heading = ctx.heading; blockNode = ctx.blockEl; }
      parts.push(data);
      total += n;
      if (ctx.link) linkChars += n;
      if (ctx.chrome === 'tag') chromeTag += n;
      else if (ctx.chrome === 'class') chromeClass += n;
      if (ctx.comment) commentChars += n;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name.toLowerCase();
    if (REMOVE_TAGS.has(tag) || node.type !== 'tag') continue;
    const attrs = node.attribs ?? {};
    if (attrs.style && HIDDEN.test(attrs.style)) continue;
    if (tag === 'time') {
      const v = attrs.datetime ?? attrs.pubdate;
      if (v) times.push({ value: v, block: blocks.length + (parts.length ? 1 : 0), comment: ctx.comment, chrome: ctx.chrome !== null });
    }
    if (tag === 'br' || tag === 'hr') { flush(); continue; }
    const kind = classIdKind(`${attrs.class ?? ''} ${attrs.id ?? ''}`.trim());
    const child: Ctx = {
      chrome: ctx.chrome === 'tag' || CHROME_TAGS.has(tag) ? 'tag' : ctx.chrome ?? (kind === 'chrome' ? 'class' : null),
      comment: ctx.comment || kind === 'comment',
      link: ctx.link || (tag === 'a' && isNavigationLink(node)),
      heading: /^h[1-6]$/.test(tag) ? Number(tag[1]) : ctx.heading,
      blockEl: BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th' ? node : ctx.blockEl,
    };
    if (tag === 'td' || tag === 'th') parts.push(' ');
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push({ node, ctx, exit: true });
    }
    pushChildren(node, child);
  }
  flush();
  return { blocks, times };
}
