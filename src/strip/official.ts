// Government information-disclosure pages (政府信息公开) head the document with a
// table of labelled fields: 索引号, 发文机关, 成文日期, 发文字号, 发布日期 ... The
// issuing body is the document's author (an organisation, unlike a byline), and
// the date the document bears (成文日期) is its date, before the day the site
// posted it (发布日期, also what the page's PubDate meta says). Labels are in
// byline.json.
import type { Block } from './blocks.js';
import { bylineTable } from './byline.js';
import type { Window } from './score.js';
import { findPublishTime } from './time.js';

const { fields: FIELDS, authorFields: AUTHOR_FIELDS, dateFields: DATE_FIELDS } = bylineTable.officialDocument;
/** How many known fields make a page an official document. */
const MIN_FIELDS = 3;
const LOOK_BEFORE = 25;

// `索 引 号：`: tables space the label's characters out to align them. Longest
// labels first, so that 主题分类 is not read as 分类.
const LABEL = new RegExp(
  `(?<!\\p{Script=Han})(${[...FIELDS].sort((a, b) => b.length - a.length).map((f) => [...f].join('\\s*')).join('|')})\\s*[:：]`,
  'gu',
);

/** `发文机关： 某省人民政府 成文日期： 2022年01月27日`: each known label with its value. */
export function labelledFields(line: string): Map<string, string> {
  const out = new Map<string, string>();
  const hits = [...line.matchAll(LABEL)];
  hits.forEach((m, k) => {
    const label = m[1]!.replace(/\s+/g, '');
    const end = k + 1 < hits.length ? hits[k + 1]!.index : line.length;
    const value = line.slice(m.index + m[0].length, end).replace(/\s+/g, ' ').trim();
    if (value && !out.has(label)) out.set(label, value);
  });
  return out;
}

export interface OfficialDocument { author: string | null; date: string | null }

/** The fields table before the article, when the page is an official document. */
export function officialDocument(blocks: Block[], w: Window): OfficialDocument | null {
  const fields = new Map<string, string>();
  for (let i = Math.max(0, w.start - LOOK_BEFORE); i < w.start; i++) {
    if (w.roles[i] === 'comment' || blocks[i]!.chars > 200) continue;
    for (const [k, v] of labelledFields(blocks[i]!.text)) if (!fields.has(k)) fields.set(k, v);
  }
  if (fields.size < MIN_FIELDS) return null;
  const body = AUTHOR_FIELDS.map((f) => fields.get(f)).find((v) => v && v.length >= 2 && v.length <= 40 && !/https?:|www\./.test(v));
  const dated = DATE_FIELDS.map((f) => fields.get(f)).find(Boolean);
  return { author: body ?? null, date: dated ? findPublishTime(dated) : null };
}
