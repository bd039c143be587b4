// Parsing a page once. htmlparser2 in HTML mode is several times faster than
// the spec parser (parse5) and as forgiving; the article finder needs no
// browser-exact tree. Its open-element stack is an array it unshifts onto, so
// thousands of unclosed tags (hostile or broken pages) make it quadratic: those
// pages go to parse5, which stays linear.
import * as cheerio from 'cheerio';

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

export function parseHtml(html: string): cheerio.CheerioAPI {
  return unclosedTags(html) > 5000 ? cheerio.load(html) : cheerio.load(html, PARSER);
}
