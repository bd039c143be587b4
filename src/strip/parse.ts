// Parsing a page once, into a domhandler document (the DOM the walk reads),
// through htmlparser2 with the speed-ups of fast-parse.ts. htmlparser2 in HTML
// mode is several times faster than the spec parser (parse5) and as
// forgiving; the article finder needs no browser-exact tree.
//
// Work and memory stay bounded on any page: nesting stops at MAX_DEPTH
// (fast-parse.ts) and a page is read up to its MAX_TAGS-th tag. Either limit
// leaves a note the strip stage turns into a `truncated` warning.
import type { Document } from 'domhandler';
import { warning, type WarningItem } from '../schema.js';
import { MAX_DEPTH, parseDocumentFast } from './fast-parse.js';

/** Tags read from one page, at most: real pages hold a few thousand; each costs a DOM node. */
export const MAX_TAGS = 100_000;

/** Where the MAX_TAGS+1-th tag starts (a `<` before a letter or `/`), or -1. One linear pass. */
function cutAt(html: string, max: number): number {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length - 1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 32;
    if ((c >= 97 && c <= 122) || c === 47 || c === 33) { // a letter, '/', '!'
      if (++tags > max) return i;
    }
  }
  return -1;
}

const notes = new WeakMap<Document, string[]>();

export function parseHtml(html: string): Document {
  const cut = cutAt(html, MAX_TAGS);
  const { document, tooDeep } = parseDocumentFast(cut < 0 ? html : html.slice(0, cut));
  const said: string[] = [];
  if (cut >= 0) said.push(`the page holds over ${MAX_TAGS.toLocaleString('en')} tags; read up to character ${cut.toLocaleString('en')}`);
  if (tooDeep) said.push(`tags nest deeper than ${MAX_DEPTH} levels; deeper ones were read as siblings`);
  if (said.length) notes.set(document, said);
  return document;
}

/** What parseHtml had to leave out of this document, as `truncated` warnings. */
export function parseWarnings(document: Document): WarningItem[] {
  return (notes.get(document) ?? []).map((detail) => warning('truncated', detail));
}
