// HTML pages: the article is found on the DOM by where the Chinese prose is.
import * as cheerio from 'cheerio';
import type { Stripped } from '../page.js';
import { chrome, findPublishTime, isChromeLine } from './chrome.js';

const PROSE_PUNCT = /[，。！？；：、“”]/g;

export function stripHtml(html: string): Stripped {
  const $ = cheerio.load(html);
  const meta = (sel: string) => $(sel).first().attr('content')?.trim() || null;
  const title = meta('meta[property="og:title"]') ?? ($('h1').first().text().trim() || null)
    ?? ($('title').first().text().split(/[-_|｜]/)[0]?.trim() || null);
  const publishedAt = meta('meta[property="article:published_time"]') ?? meta('meta[name="pubdate"]')
    ?? meta('meta[name="publishdate"]') ?? findPublishTime($('body').text().slice(0, 3000));
  const author = meta('meta[name="author"]');
  const siteName = meta('meta[property="og:site_name"]');
  $(chrome.removeTags.join(',')).remove();

  // The block with the most prose punctuation in its own paragraphs wins.
  let best: ReturnType<typeof $> | null = null;
  let bestScore = 0;
  $('article, div, td, section, main').each((_, el) => {
    const node = $(el);
    const text = node.text();
    const links = node.find('a').text().length;
    const punct = (text.match(PROSE_PUNCT) ?? []).length;
    const score = punct * (1 - links / Math.max(text.length, 1)) - text.length / 2000;
    if (score > bestScore) { bestScore = score; best = node; }
  });
  const paragraphs: string[] = [];
  if (best !== null) {
    const root = best as ReturnType<typeof $>;
    root.find('br').replaceWith('\n');
    root.find('p, div, li, h2, h3, h4').each((_, el) => { $(el).append('\n'); });
    for (const line of root.text().split('\n')) {
      const l = line.trim();
      if (l && !isChromeLine(l)) paragraphs.push(l);
    }
  }
  const warnings = paragraphs.length === 0
    ? [{ code: 'no-article', message: 'no article text found on this page' }]
    : [];
  return { title, publishedAt, author, siteName, paragraphs, comments: [], warnings };
}
