// Parsing a page once, into a domhandler document (the DOM cheerio works on),
// through htmlparser2 with the two speed-ups of fast-parse.ts.
// htmlparser2 in HTML mode is several times faster than the spec parser (parse5)
// and as forgiving; the article finder needs no browser-exact tree. It is
// called directly: cheerio.load() parses with the same call but also builds a
// new Cheerio class for every document, which costs a third again on top of the
// parse and which the walk over the tree never uses.
// Its open-element stack is an array it unshifts onto, so thousands of unclosed
// tags (hostile or broken pages) make it quadratic: those pages go to parse5
// through cheerio, which stays linear.
import { createRequire } from 'node:module';
import type { Document } from 'domhandler';
import { parseDocumentFast } from './fast-parse.js';

// cheerio (and the HTTP client its index loads) only for the rare page that needs parse5.
const require = createRequire(import.meta.url);
const cheerio = (): typeof import('cheerio') => require('cheerio') as typeof import('cheerio');

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

export function parseHtml(html: string): Document {
  return unclosedTags(html) > 5000 ? (cheerio().load(html).root()[0] as Document) : parseDocumentFast(html);
}
