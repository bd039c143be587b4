// What the page says about itself in markup: <meta> tags, JSON-LD, <title>.
// Read before any chrome is removed; the body-side evidence (a date line under
// the headline, a byline) is read by html.ts from the blocks around the article.
import type { HeadTags } from './blocks.js';
import { isBlogTitle } from './byline.js';
import { findPublishTime } from './time.js';

export interface HeadMeta {
  title: string | null;
  /** <title>, whole: headings are checked against it. */
  documentTitle: string | null;
  publishedAt: string | null;
  author: string | null;
  siteName: string | null;
  /** The owners the page's `X的博客` links name, each once, in page order. */
  blogOwners: string[];
  /** The <title> names a blog. */
  blogPage: boolean;
  /** JSON-LD articleBody: the article as the site states it, for a page whose visible text holds none. */
  articleBody: string | null;
}

// Publish-time meta tags, strongest first (name, property and itemprop alike).
const TIME_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:release_date', 'datepublished', 'pubdate', 'publishdate',
  'publish_date', 'publication_date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'sailthru.date',
  'weibo:article:create_at', 'firstpublishedtime', 'releasedate', 'citation_publication_date', 'citation_date',
];
const AUTHOR_KEYS = ['article:author', 'og:article:author', 'byline', 'citation_author', 'dc.creator', 'sailthru.author', 'author'];
const SITE_KEYS = ['og:site_name', 'application-name', 'sitename', 'site_name', 'sourcename', 'source'];
const TITLE_KEYS = ['og:title', 'twitter:title', 'articletitle', 'headline'];

/** Every meta tag by lower-case name/property/itemprop, first value kept. */
function metaMap(metas: HeadTags['metas']): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of metas) {
    const key = (a.property ?? a.name ?? a.itemprop ?? '').trim().toLowerCase();
    const value = (a.content ?? '').trim();
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

interface LdNode { [k: string]: unknown }

/** JSON-LD objects on the page, flattened through arrays and @graph. */
function jsonLd(scripts: string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const text of scripts) {
    try {
      const stack: unknown[] = [JSON.parse(text)];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
        else if (v && typeof v === 'object') {
          out.push(v as LdNode);
          if (Array.isArray((v as LdNode)['@graph'])) stack.push(...((v as LdNode)['@graph'] as unknown[]));
        }
      }
    } catch { /* a broken JSON-LD block tells us nothing */ }
  }
  return out;
}

function ldName(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((x): x is string => Boolean(x));
    return names.length ? names.join(' ') : null;
  }
  if (v && typeof v === 'object' && typeof (v as LdNode).name === 'string') return ((v as LdNode).name as string).trim() || null;
  return null;
}

/** A person's name, not a URL, an id code (`L_104485`) or a site. */
export function plausibleAuthor(s: string | null | undefined): string | null {
  if (!s) return null;
  let t = s.replace(/\s+/g, ' ').trim();
  // `赵 培`: a two- or three-character name spaced out to align in a table.
  if (/^\p{Script=Han}( \p{Script=Han}){1,2}$/u.test(t)) t = t.replace(/ /g, '');
  if (t.length < 2 || t.length > 40 || /https?:|www\.|@|\.[a-z]{2,4}\b|_\d|^\d+$|[<>{}]/.test(t)) return null;
  // An organisation (the site, a paper, a company) is not a byline.
  if (ORGANISATION.test(t) || (t.match(/[,，]/g) ?? []).length >= 2) return null;
  return t;
}

const ORGANISATION = /(?:网络|网|报|报社|社|新闻|传媒|媒体|公司|集团|中心|频道|出版社|杂志|编辑部|政府|委员会|研究院|研究所|大学|学院|贡献者)$|\b(?:Team|Inc|Ltd|Corp|Corporation|Foundation|Powered)\b/i;

const TITLE_SEPARATORS = /\s*(?:[|｜_»›]|\s[-–—]\s|－|\s::\s)\s*/;

/** `——` opens a subtitle (`标题——副题`) unless what follows names a site (`标题——示例网`). */
function siteDash(title: string): string {
  return title.replace(/\s*——\s*([^—]{2,20})$/, (m, tail: string) => (SITE_SUFFIX.test(tail) ? `_${tail}` : m));
}

/** `标题_频道_网站` / `标题 - 网站`: the longest part is the headline (usually the first). */
export function cleanTitle(title: string, siteName: string | null = null): string {
  const t = siteDash(title.replace(/\s+/g, ' ').trim());
  const parts = t.split(TITLE_SEPARATORS).filter((p) => p && p !== siteName);
  if (parts.length <= 1) return parts[0] ?? t;
  let best = parts[0]!;
  for (const p of parts) if (p.length > best.length * 1.5) best = p;
  return best;
}

/** `标题_频道_示例财经网`: the last part of a <title>, when it names a site. */
export function siteFromTitle(title: string | null): string | null {
  if (!title) return null;
  const parts = siteDash(title).split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const last = parts.at(-1);
  return parts.length >= 2 && last && last.length <= 20 && SITE_SUFFIX.test(last) ? last : null;
}
const SITE_SUFFIX = /(?:网|網|报|報|时报|日报|新闻|在线|频道|社|com|cn|net)$/i;

export function readHeadMeta(tags: HeadTags): HeadMeta {
  const meta = metaMap(tags.metas);
  const ld = jsonLd(tags.ldJson);
  const first = (keys: string[]) => { for (const k of keys) { const v = meta.get(k); if (v) return v; } return null; };
  const ldArticle = ld.find((n) => typeof n.datePublished === 'string' || typeof n.headline === 'string' ||
    /Article|BlogPosting|Report/.test(String(n['@type'] ?? ''))) ?? null;

  const documentTitle = (tags.title ?? '').replace(/\s+/g, ' ').trim() || null;
  const siteName = (first(SITE_KEYS) ?? ldName(ldArticle?.publisher) ?? siteFromTitle(documentTitle))
    ?.replace(/^(?:来源|來源|出处)\s*[:：]\s*/, '') || null;

  let publishedAt: string | null = null;
  for (const k of TIME_KEYS) {
    const v = meta.get(k);
    if (v && (publishedAt = findPublishTime(v))) break;
  }
  if (!publishedAt && typeof ldArticle?.datePublished === 'string') publishedAt = findPublishTime(ldArticle.datePublished);

  let author = plausibleAuthor(ldName(ldArticle?.author));
  if (!author) for (const k of AUTHOR_KEYS) if ((author = plausibleAuthor(meta.get(k)))) break;
  if (author && siteName && author === siteName) author = null;

  const metaTitle = first(TITLE_KEYS) ?? (typeof ldArticle?.headline === 'string' ? ldArticle.headline : null);
  const title = metaTitle ? cleanTitle(metaTitle.replace(/<[^>]*>.*$/s, ''), siteName) : null;
  return {
    title: title && title !== siteName ? title : null, documentTitle, publishedAt, author, siteName,
    blogOwners: [...new Set(tags.blogOwners)], blogPage: isBlogTitle(documentTitle),
    articleBody: typeof ldArticle?.articleBody === 'string' && ldArticle.articleBody.trim() ? ldArticle.articleBody : null,
  };
}
