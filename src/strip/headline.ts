// The headline: the visible line above the article that reads as one, weighed
// against what the markup says (og:title, <title>). Many pages carry a <title>
// that is only the site's name or a placeholder (`显示`, `首页`), and many have
// none; the headline is still on the page, just above the date line or byline.
// Rules and their reasons: README.md beside this file.
import type { Block } from './blocks.js';
import { authorIn, bareName } from './byline.js';
import { isBreadcrumb, isChromeLine, isListHeading } from './chrome.js';
import { cleanTitle } from './metadata.js';
import type { Window } from './score.js';
import { findTime, isBareTimestamp, isHeaderLine } from './time.js';

/** How far above the article a plain line may be the headline, in blocks. */
const LOOK_BEFORE = 25;
/** A candidate must score at least this; a plain line right above the article does. */
const MIN_SCORE = -12;

// `主题：`, `标题:` a forum or CMS puts before the headline; decoration marks.
const LEAD_LABEL = /^(?:主题|标题|题目|文章标题|帖子主题|新闻标题)\s*[:：]\s*/;
const LEAD_MARKS = /^[*#@$◎●○■□◆◇★☆·•▲△▶►\s]+/u;
// `一、`, `1、`, `(二)`, `3.`: a section heading inside an article, not its headline.
const ENUMERATED = /^(?:[一二三四五六七八九十百]+\s*[、．.]|\d{1,2}\s*[、．](?!\d)|\d{1,2}\.(?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）])/;
// Captions, leads and labels that sit right above an article and are not its headline.
const NOT_HEADLINE = /日电|日讯|日消息|^(?:图[为片：:]|资料图|摘要|导读|核心提示|编者按|内容提要|提要|关键词|关键字|来源|作者|编辑|责任编辑|记者|本报讯|原标题|发布|更新|http|www\.)|(?:摄|供图|图片来源|来源[:：].*)$|https?:|www\.|\.(?:com|cn|net|org)\b/i;
const TITLE_CLASS = /title|headline|heading|biaoti|(?:^|[\s_-])bt(?:$|[\s_-])/i;
// What a <title> adds after the headline when it names the site or section (`标题-示例网`, `标题 示例网`).
const SITE_TAIL = /\u0000\s*[-_|｜·»>:：]|\u0000\s+\S|^\S*[-_|｜·»>]\s*\u0000/;
const SUBTITLE = /^(?:——|──|—|－－|--)/;

/**
 * The line as a headline (labels, decoration and a trailing timestamp taken off),
 * or null when it cannot be one: a sentence, a date line, a byline, chrome, a
 * numbered section heading, a caption, a subtitle (`——…`), a label (`…：`).
 */
export function headlineText(line: string, min = 4): string | null {
  let t = line.replace(/\s+/g, ' ').trim().replace(LEAD_LABEL, '').replace(LEAD_MARKS, '');
  // `湘菜粤菜 兵分两路 (图) 2005-06-14 03:25:55`: the post's time printed beside its title.
  const time = findTime(t);
  if (time && time.index >= 4 && isBareTimestamp(t.slice(time.index))) t = t.slice(0, time.index).trim();
  const chars = t.replace(/\s/g, '').length;
  if (chars < min || chars > 80) return null;
  // `访问:1213`, `No.5`: a headline is words, not mostly digits and marks.
  if ((t.match(/[\p{Script=Han}A-Za-z]/gu) ?? []).length < Math.min(min, 3)) return null;
  // `简介[编辑]`: a wiki section heading.
  if (/\[(?:编辑|編輯|edit)\]$/i.test(t)) return null;
  if (/[。；;，,、：:]$/.test(t) || (t.match(/。/g) ?? []).length > 0) return null;
  // A row of menu items or a trail (`A|B|C`, `A » B » C`).
  if ((t.match(/[|｜»›>]/g) ?? []).length >= 2) return null;
  const words = t.split(' ');
  if (words.length >= 4 && words.every((w) => w.length <= 4)) return null;
  if (SUBTITLE.test(t) || ENUMERATED.test(t) || NOT_HEADLINE.test(t)) return null;
  if (findTime(t) || isHeaderLine(t) || isChromeLine(t) || isBreadcrumb(t) || isListHeading(t)) return null;
  if (bareName(t) || authorIn(t)) return null;
  return t;
}

export interface TitleSources {
  /** og:title or a JSON-LD headline, cleaned. */
  metaTitle: string | null;
  /** <title> as written. */
  documentTitle: string | null;
  siteName: string | null;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Two headlines agree when one holds the other and the shorter is not a mere scrap. */
function agrees(a: string, b: string | null): boolean {
  if (!b) return false;
  const x = squash(a), y = squash(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short) && (short.length >= 4 || short === long) && short.length * 2 >= long.length;
}

function hasTitleClass(b: Block): boolean {
  for (let n = b.node, k = 0; n && k < 2; n = n.parent as typeof n, k++) {
    const a = n.attribs ?? {};
    if (TITLE_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`)) return true;
  }
  return false;
}

/** What follows a headline within three lines: a date line (+25) or a byline (+15). */
function followedBy(blocks: Block[], w: Window, i: number): number {
  for (let j = i + 1; j <= Math.min(i + 3, w.start - 1); j++) {
    const b = blocks[j]!;
    if (w.roles[j] === 'stamp' || (b.chars <= 100 && findTime(b.text) !== null)) return 25;
    if (b.chars <= 40 && (authorIn(b.text) !== null || bareName(b.text) !== null)) return 15;
  }
  return 0;
}

interface Candidate {
  text: string; score: number; index: number;
  /** Something besides its place marks it: a heading, a title class, agreement with the markup, a date line or byline under it. */
  marked: boolean;
}

/** Parts of a <title> (`标题_频道_网站`): the headline's candidates, and the parts that name the site. */
export function titleParts(doc: string | null, siteName: string | null): { parts: string[]; sites: string[] } {
  const all = (doc ?? '').replace(PAGE_MARK, '').split(/\s*(?:[|｜_»›<>]|\s[-–—]\s|－|\s::\s|--)\s*/).map((p) => p.trim()).filter((p) => p.length >= 2);
  const site = (p: string, k: number) => p === siteName || (k > 0 && k === all.length - 1 && SITE_LIKE.test(p));
  return { parts: all.filter((p, k) => !site(p, k)), sites: all.filter(site) };
}
// `(页 1)`, `（第2页）`, `第3页`: which page of a paged article, not part of its headline.
const PAGE_MARK = /\s*[(（]\s*(?:页\s*\d+|第\s*\d+\s*页)\s*[)）]|\s*第\s*\d+\s*页(?=\s*(?:[-_|｜]|$))/g;
const SITE_LIKE = /(?:网|網|报|報|新闻|在线|频道|社|百科全书|\.com|\.cn|\.net|\bblog)$/i;

/** The candidates above the article, best first. */
export function headlineCandidates(blocks: Block[], w: Window, src: TitleSources): Candidate[] {
  const { parts, sites } = titleParts(src.documentTitle, src.siteName);
  const siteLike = (t: string) => [src.siteName, ...sites].some((s) => s && squash(t) === squash(s));
  const out: Candidate[] = [];
  const last = Math.min(w.start, blocks.length - 1);
  for (let i = last; i >= 0; i--) {
    const b = blocks[i]!;
    const role = w.roles[i]!;
    const near = w.start - i <= LOOK_BEFORE;
    // Far above the article only a top-level heading still counts.
    if (!near && b.heading !== 1) continue;
    if (role === 'comment' || role === 'barrier' || b.chars > 120) continue;
    const titled = hasTitleClass(b);
    const agreeing = parts.some((p) => agrees(b.text, p)) || agrees(b.text, src.metaTitle);
    // The article's first block is a candidate only when something marks it as the headline.
    if (i === w.start && !(b.heading >= 1 && b.heading <= 3) && !titled && !agreeing) continue;
    // The very words of the <title> or og:title, visible: the headline whatever its shape (`金锺国`, `10.新生活`).
    const exact = [src.metaTitle, ...parts].some((p) => p && squash(p) === squash(b.text));
    let text = exact ? b.text.replace(/\s+/g, ' ').trim() : headlineText(b.text, agreeing ? 2 : 4);
    if (!text || siteLike(text)) continue;
    // A subtitle (`——副题`) on the next line belongs to the headline.
    const next = blocks[i + 1];
    if (next && i + 1 < w.start && SUBTITLE.test(next.text) && next.chars <= 60) text += next.text.trim();
    // A top-level heading may stand far above the article (a forum's first post); other lines must be near.
    const distance = -1.5 * (b.heading === 1 ? Math.min(w.start - i, 10) : w.start - i);
    let score = distance;
    if (b.heading === 1) score += 30;
    else if (b.heading === 2 || b.heading === 3) score += 15;
    if (titled) score += 25;
    if (agreeing || parts.some((p) => agrees(text!, p)) || agrees(text, src.metaTitle)) score += 40;
    score += followedBy(blocks, w, i);
    const marked = score > distance;
    // A headline linked to its own page sits right above the article; linked lines further up are lists.
    if (b.linkChars > b.chars / 2) score -= b.heading || titled || w.start - i <= 2 ? 8 : 25;
    else if (role === 'chrome') score -= 10;
    if (score >= MIN_SCORE) out.push({ text, score, index: i, marked });
  }
  return out.sort((a, b) => b.score - a.score || b.index - a.index);
}

/**
 * The headline: the best visible candidate; else the meta title; else the
 * <title>'s headline part. A meta title that names the site is no headline; a
 * visible line that agrees with the meta title or the <title> but is shorter
 * gives way to the fuller form it agrees with.
 */
export function chooseHeadline(blocks: Block[], w: Window, src: TitleSources): string | null {
  const { parts, sites } = titleParts(src.documentTitle, src.siteName);
  // og:title set to the site's name on every page is no headline.
  const meta = src.metaTitle && ![src.siteName, ...sites].some((s) => s && squash(s) === squash(src.metaTitle!)) ? src.metaTitle : null;
  // A plain line with nothing marking it (a caption, a lead) beats only a <title> that reads as no headline.
  const plausible = parts.some((p) => (p.match(/\p{Script=Han}/gu) ?? []).length >= 6 && !SITE_LIKE.test(p));
  const best = headlineCandidates(blocks, w, { ...src, metaTitle: meta }).find((c) => c.marked || !plausible);
  if (best) {
    // Only words after the visible line (`…会议议程`); a column label before it (`独家：`) stays off.
    const fuller = [meta, ...parts].find((p) => p && agrees(best.text, p) && squash(p).length > squash(best.text).length &&
      squash(p).startsWith(squash(best.text)) && !SITE_TAIL.test(p.replace(/\s+/g, ' ').split(best.text.replace(/\s+/g, ' ')).join('\u0000')));
    if (fuller) return fuller;
    // The visible line holds the meta title and more (its subtitle): the visible line.
    if (!meta || agrees(best.text, meta) || squash(best.text).startsWith(squash(meta))) return best.text;
  }
  if (meta) return meta;
  return src.documentTitle ? cleanTitle(src.documentTitle) : null;
}
