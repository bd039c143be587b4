// HTML pages: parse once, read the head metadata, walk the DOM into blocks,
// find the article as the best-scoring run of blocks (score.ts), refine it on
// the DOM (container.ts), then read the headline, date line and byline from
// the blocks around it (around.ts).
import type { Stripped } from '../page.js';
import { warning } from '../schema.js';
import { authorNear, blogOwner, nameUnderTitle, sameText, timeNear, timeTagNear } from './around.js';
import { walk } from './blocks.js';
import { isCommentMarker } from './chrome.js';
import { extendInContainer, firstEntry, joinSplitArticle } from './container.js';
import { chooseHeadline } from './headline.js';
import { readHeadMeta } from './metadata.js';
import { officialDocument } from './official.js';
import { parseHtml, parseWarnings } from './parse.js';
import { looksLikeArticle, readArticle } from './score.js';
import { findTime } from './time.js';
import { isBylineOnly } from './byline.js';
import { countNonSpace, countPunct } from './chars.js';

/** `------`, `***`, `====`: a horizontal rule typed as text, not a paragraph. */
const RULE_LINE = /^[-=_*~.·—－＝＊\s]+$/;


/** Every text block of a page in reading order, nothing judged (for --no-strip). */
export function htmlBlocks(html: string): string[] {
  return walk(parseHtml(html)).blocks.map((b) => b.text);
}

export function stripHtml(html: string): Stripped {
  const document = parseHtml(html);
  const { blocks, times, head: tags } = walk(document);
  const head = readHeadMeta(tags);

  let w = firstEntry(blocks, readArticle(blocks).w);

  const warnings: Stripped['warnings'] = parseWarnings(document);
  const article = looksLikeArticle(blocks, w);
  if (article) w = joinSplitArticle(blocks, w);
  const title = chooseHeadline(blocks, w, { metaTitle: head.title, documentTitle: head.documentTitle, siteName: head.siteName });
  const span = article ? extendInContainer(blocks, w) : w;
  let start = span.start;
  // The headline itself may open the run; it is the title, not a paragraph.
  while (start < span.end && (blocks[start]!.heading === 1 || (title && sameText(blocks[start]!.text, title)))) start++;

  const official = officialDocument(blocks, w);
  const author = official?.author ?? head.author ?? authorNear(blocks, w);
  // A bare name under the headline is the byline, not the first paragraph.
  const byline = author ? null : nameUnderTitle(blocks, start, title);

  const paragraphs: string[] = [];
  if (article) {
    for (let i = start; i < span.end; i++) {
      if (w.roles[i] !== 'prose' || i === byline?.index || RULE_LINE.test(blocks[i]!.text)) continue;
      // A byline opening the article (`本报记者罗科苏盈发自北京`) is header, not text.
      if (paragraphs.length < 2 && isBylineOnly(blocks[i]!.text)) continue;
      paragraphs.push(blocks[i]!.text);
    }
  } else if (head.articleBody && countNonSpace(head.articleBody) >= 20 && countPunct(head.articleBody) >= 2) {
    // The visible page holds no article (a script-rendered shell) but its JSON-LD states one.
    paragraphs.push(...head.articleBody.split(/\n+/).map((l) => l.trim()).filter(Boolean));
  } else {
    warnings.push(warning('no-article'));
  }
  const comments = blocks
    .filter((b, i) => w.roles[i] === 'comment' && b.chars >= 4 && b.linkChars < b.chars / 2 &&
      // A commenter's name and time is not a comment.
      !(findTime(b.text) && !/[。！？，,]/.test(b.text)) && !isCommentMarker(b.text))
    .map((b) => b.text);

  return {
    title,
    publishedAt: official?.date ?? head.publishedAt ?? timeTagNear(times, w) ?? timeNear(blocks, w),
    author: author ?? byline?.name ?? blogOwner(blocks, w, head),
    siteName: head.siteName,
    paragraphs, comments, warnings,
  };
}
