// Who wrote it, from the lines around an article: `作者：X`, `记者 X`, `文/X`,
// `本贴由X于`, `X 发表于`, and a trailing `（记者 X）` / `（X 上海报道）`.
// `编辑` / `责任编辑` name the editor, not the author, and are never read here.
// Names with no label before them (under a headline, `来源：X`, `[ X ]` beside
// the date) must look like a person's: the surname table is in byline.json.
import { readFileSync } from 'node:fs';

interface BylineTable {
  surnames: string;
  compoundSurnames: string[];
  notPeople: string[];
  replyHeaders: string[];
  datelinePlaces: string[];
  blogOwnerTitles: string[];
  blogPage: string[];
  officialDocument: { fields: string[]; authorFields: string[]; dateFields: string[] };
}

export const bylineTable: BylineTable = JSON.parse(
  readFileSync(new URL('../../../src/strip/byline.json', import.meta.url), 'utf8'),
) as BylineTable;

const SURNAMES = new Set(bylineTable.surnames);
const NOT_PEOPLE = new Set(bylineTable.notPeople);
const DATELINE_PLACES = [...bylineTable.datelinePlaces].sort((a, b) => b.length - a.length);
const REPLY_HEADERS = bylineTable.replyHeaders.map((r) => new RegExp(r, 'u'));

// Label, then the name text. The label must not be the tail of 编辑 or of a word.
// 记者 (and 实习生, 通讯员, credited beside reporters) may follow a paper's name (本报记者X);
// other labels start a phrase and need a separator.
const LABELED = /(?:(?:记者|实习生|通讯员)\s*[:：]?|(?<![\p{Script=Han}])(?:作者|作\s者|撰文|撰稿|执笔人?|发表者|发布者|发帖人|楼主|博主)\s*[:：]\s*|(?<![\p{Script=Han}])作者\s+|文\s*[/／|｜]\s*|(?:[Pp]osted )?[Bb]y\s+)/gu;
const POSTED_BY = /(?:本贴由|由)\s*(\S{2,20}?)\s*(?:于|张贴|发表|发布)/;
const FIRST_PARAGRAPH_REPORTER = /[（(]\s*(?:[\p{Script=Han}]{0,6}记者)\s*([^）)]{2,30})[）)]/u;
const BLOG_POSTER = /(\S{2,20})\s*发表于/;
const POSTED_AT = /posted\s*@\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+/i;
const TRAILER = /[(（]([^()（）]{2,40})[)）]\s*$/;

// Where a name ends: the next label, a place+报道, a time, punctuation.
const STOP = /(?:\d{1,2}日(?:电|讯)|发自|报道|报导|综合报道|摄影?|通讯员|实习生|时间|来源|出处|出自|编辑|日期|发布|更新|责任|字号|阅读|浏览|点击|评论|\d{4}[-/.年]|[|｜/／。，,；;：:【】\[\]<>《》〖〗])/;
const REPORTED = /(?:发自|报道|报导)/;
const NAME_TOKEN = /^(?:[\p{Script=Han}·]{2,5}|[A-Za-z][\w.&-]{1,24}|(?=.*[\w&])[\p{Script=Han}\w&]{2,12})$/u;
// Words that follow a label but name no one (`作者单位`, `（未完待续）`, `作者:小编`).
const NOT_NAMES = new Set(['管理员', '小编', '未知', 'guest', '本文', '单位', '简介', '未完待续', '待续', '全文完', '完', '资料图', '组图', '记者', '编辑', '本报讯', '本报', '新华社', '本站', '网友', '佚名', '匿名', '转载', '原创', '图片', '图文', '来源', '综合']);

// `樊亮 张明超 记者惠禾`: a second label inside a run of names credits one more writer.
const INNER_LABEL = /(^|[\s、，,])(?:本报)?(?:实习记者|特约记者|记者)\s*(?=\p{Script=Han})/gu;

function namesFrom(s: string): string | null {
  const stop = STOP.exec(s);
  let body = (stop ? s.slice(0, stop.index) : s).replace(INNER_LABEL, '$1');
  // `林晓东台北13日电`: the dateline's city is glued to the name.
  if (stop && /日(?:电|讯)$/.test(stop[0])) {
    const place = DATELINE_PLACES.find((p) => body.trimEnd().endsWith(p) && body.trimEnd().length - p.length >= 2);
    if (place) body = body.trimEnd().slice(0, -place.length);
  }
  // Name tokens with where they end, so the names come back as written (`周思博 (Joel Spolsky)`).
  const ends: number[] = [];
  let first = -1;
  for (const m of body.matchAll(/[^\s、，,]+/g)) {
    const tok = m[0].replace(/^[（(【\[]|[）)】\]]$/g, '');
    if (!NAME_TOKEN.test(tok) || NOT_NAMES.has(tok)) break;
    if (first < 0) first = m.index;
    ends.push(m.index + m[0].length);
    if (ends.length === 5) break;
  }
  // `彭冲 山东冠县报道`: the last word before 报道 is a place, not a person.
  if (stop && REPORTED.test(stop[0]) && ends.length > 1) ends.pop();
  if (!ends.length) return null;
  const names = body.slice(first, ends.at(-1)).trim();
  return balanced(names) ? names : names.replace(/[()（）]/g, '').trim();
}

/** Parentheses kept only when they pair up. */
function balanced(s: string): boolean {
  return (s.match(/[(（]/g) ?? []).length === (s.match(/[)）]/g) ?? []).length;
}

// `温州网`, `杭州`: a place or an outlet ends so; a person's given name seldom does.
const PLACE_OR_BODY_END = /[网报社台刊站局厅委办部院所州市县区省镇村]$/u;

/** `欧阳明` / `李楠`: a Han name that starts with a common surname, two to four characters. */
export function surnamed(token: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(token) || NOT_NAMES.has(token) || NOT_PEOPLE.has(token)) return false;
  if (PLACE_OR_BODY_END.test(token)) return false;
  if (bylineTable.compoundSurnames.some((c) => token.startsWith(c))) return token.length >= 3;
  return token.length <= 3 && SURNAMES.has(token[0]!);
}

/** Tokens of a run of names: `赵明、钱红`, `赵明 钱红`. */
function nameTokens(s: string): string[] {
  return s.trim().split(/\s*[、，,]\s*|\s+/).filter(Boolean);
}

/** One to five personal names (each with a surname), as written; else null. */
export function personalNames(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  const tokens = nameTokens(t);
  return tokens.length >= 1 && tokens.length <= 5 && tokens.every(surnamed) ? t : null;
}

/**
 * `胡平` on a line of its own under the headline: a byline without a label.
 * Several names (`赵明远、钱红`) need a surname on at least half of them and one
 * full three-character name with a surname, so that a line of two words
 * (`股票、基金`, `黄金 白银`: two characters each) is not taken for two people.
 */
export function bareName(line: string): string | null {
  const t = line.replace(/\s+/g, ' ').trim();
  const tokens = nameTokens(t);
  if (tokens.length === 1) return /^\p{Script=Han}{2,3}$/u.test(t) && !NOT_NAMES.has(t) && !NOT_PEOPLE.has(t) ? t : null;
  if (tokens.length > 5) return null;
  const shaped = tokens.every((k) => /^\p{Script=Han}{2,4}$/u.test(k) && !NOT_NAMES.has(k) && !NOT_PEOPLE.has(k));
  const named = tokens.filter(surnamed);
  return shaped && named.length * 2 >= tokens.length && named.some((k) => k.length >= 3) ? t : null;
}

/** `来源: 尹娟`: a person given as the source is the writer; an outlet (`来源：新华社`) is not. */
const SOURCE = /(?<!\p{Script=Han})(?:来源|稿源)\s*[:：]\s*/u;
export function sourcePerson(line: string): string | null {
  const s = line.replace(/[\s\u00a0\u3000]+/g, ' ');
  const m = SOURCE.exec(s);
  if (!m) return null;
  const rest = s.slice(m.index + m[0].length);
  const stop = STOP.exec(rest);
  return personalNames(stop ? rest.slice(0, stop.index) : rest);
}

/** `2004年7月16日08:19 [ 黄宇 ] 来源：[ 某报 ]`: a bracketed name right after the date line's time. */
const AFTER_TIME = /(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$/;
export function nameBesideTime(line: string): string | null {
  const s = line.replace(/[\s\u00a0\u3000]+/g, ' ');
  for (const m of s.matchAll(/[\[【]\s*([^\[\]【】]{2,24}?)\s*[\]】]/g)) {
    if (!AFTER_TIME.test(s.slice(0, m.index))) continue;
    const names = personalNames(m[1]!);
    if (names) return names;
  }
  return null;
}

const BLOG_OWNER_TITLES = bylineTable.blogOwnerTitles.map((r) => new RegExp(r));

/** `[某某]的博客`, a link's title: the blog's owner, or null. */
export function blogOwnerFromTitle(title: string): string | null {
  for (const r of BLOG_OWNER_TITLES) {
    const m = r.exec(title);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** A page <title> that names a blog. */
export function isBlogTitle(title: string | null): boolean {
  return Boolean(title) && bylineTable.blogPage.some((k) => title!.includes(k));
}

/** `第 2 楼`, `#3楼`: the header of a reply on a forum page. */
export function isReplyHeader(line: string): boolean {
  return line.length <= 80 && REPLY_HEADERS.some((r) => r.test(line));
}

/** The author named in one line, or null. */
export function authorIn(line: string): string | null {
  const s = line.replace(/[\s\u00a0\u3000]+/g, ' ');
  const posted = POSTED_BY.exec(s);
  if (posted && !NOT_NAMES.has(posted[1]!)) return posted[1]!;
  LABELED.lastIndex = 0;
  for (let m = LABELED.exec(s); m; m = LABELED.exec(s)) {
    // 责任编辑 / 编辑 never; 记者 right after 编 is part of no label we know, but guard anyway.
    const before = s.slice(Math.max(0, m.index - 2), m.index);
    if (/编$|编辑$/.test(before)) continue;
    const name = namesFrom(s.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (name) return name;
  }
  // `posted @ 2024-05-28 21:40 小林 阅读(233)`: a blog entry's footer, the poster after the time.
  const at = POSTED_AT.exec(s);
  if (at) {
    const name = namesFrom(s.slice(at.index + at[0].length));
    if (name) return name;
  }
  const blog = BLOG_POSTER.exec(s);
  if (blog && s.length <= 80) {
    const name = namesFrom(blog[1]!.split(/[\s:：]/).pop() ?? '');
    if (name) return name;
  }
  return nameBesideTime(s);
}

/** `作者： 某某` opening a short line: a byline even when the name is a link (forums, blogs). */
export function opensWithByline(line: string): boolean {
  return line.length <= 40 && /^(?:作\s?者|发帖人|楼主|博主|发表者|发布者)\s*[:：]/.test(line.trim());
}

// `本报记者 X`, `本刊特约记者X`, `【本报驻京记者 X】` opening the first paragraph.
const OPENING_REPORTER = /^\s*[【\[（(]?\s*(?:本报|本刊|本台|本网|本站|新华社|中新社|中央社)(?:特约|实习|首席|驻\S{1,4})?记者/;

/**
 * The reporter named in the opening paragraph: `据新华社拉萨电（记者 格桑边觉）`, or
 * `本报记者 X 北京报道 …` opening it (the paper's own reporter wrote the article).
 */
export function leadReporter(firstParagraph: string): string | null {
  const m = FIRST_PARAGRAPH_REPORTER.exec(firstParagraph.slice(0, 80));
  if (m) return namesFrom(m[1]!);
  return OPENING_REPORTER.test(firstParagraph) ? authorIn(firstParagraph.slice(0, 60)) : null;
}

/** A short line that only names the reporter (`本报记者罗科 苏盈 发自北京`): header, not text. */
export function isBylineOnly(text: string): boolean {
  return text.length <= 40 && !/[。！？]/.test(text) && authorIn(text) !== null;
}

/** A name in parentheses closing the article's last paragraph: `（记者 胡晓蓉）`, `（姚峰 上海报道）`. */
export function trailerAuthor(lastParagraph: string): string | null {
  const m = TRAILER.exec(lastParagraph.trim());
  if (!m) return null;
  const inner = m[1]!.trim();
  if (/编辑|责编/.test(inner)) return null;
  return authorIn(inner) ?? namesFrom(inner);
}
