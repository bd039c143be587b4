// Publish times as pages write them, read into ISO 8601: a date with a time
// becomes Beijing time (+08:00), a plain date stays a date (2019-09-05).
import { charSet, isSpaceCode } from './chars.js';

// Whitespace is collapsed before matching, so single optional spaces suffice and
// the pattern stays linear.
const TIMESTAMP = new RegExp(
  '(?<!\\d)(\\d{4}) ?[-/.年] ?(\\d{1,2}) ?[-/.月] ?(\\d{1,2})(?!\\d) ?日?' +
  '(?:(?: ?T| ?)(?:星期.|周.)? ?(\\d{1,2}) ?[:：时] ?(\\d{2})(?: ?[:：分] ?(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?',
);

// `9/17/2004 5:54:13 AM`: month first, as US-built CMSs write it (day first when the first number cannot be a month).
const US_TIMESTAMP = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])?)?(?![\d/])/;

const LABEL = /(?:发布时间|发表时间|发布日期|发表日期|更新时间|时间|日期|发表于|发布于|发布|posted|Posted|Published|published|于)\s*[:：]?\s*$/;

export interface FoundTime {
  /** ISO 8601: 2021-06-22T06:03:00+08:00 or 2019-09-05. */
  value: string;
  /** Index of the match in the (collapsed) text. */
  index: number;
  /** The text just before it names it (发布时间：, 时间:, 发表于). */
  labeled: boolean;
  /** It carries a time of day, not only a date. */
  hasTime: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number): boolean {
  if (y < 1980 || y > 2099 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Both timestamp forms hold a four-digit year: without one, no regular expression needs to run. */
function hasFourDigits(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) { if (++run === 4) return true; } else run = 0;
  }
  return false;
}

/** The first full publish date/time written in `s`, or null. */
export function findTime(s: string): FoundTime | null {
  if (!hasFourDigits(s)) return null;
  const text = s.replace(/\s+/g, ' ');
  let from = 0;
  // A few candidates at most: a line with an invalid date may hold a valid one later.
  for (let tries = 0; tries < 4; tries++) {
    const m = TIMESTAMP.exec(text.slice(from)) ?? usTimestamp(text.slice(from));
    if (!m) return null;
    const index = from + m.index;
    const value = toIso(m);
    if (value) {
      const before = text.slice(Math.max(0, index - 8), index);
      return { value, index, labeled: LABEL.test(before), hasTime: value.includes('T') };
    }
    from = index + m[0].length;
  }
  return null;
}

/** A US-style match rearranged into the groups TIMESTAMP gives (year, month, day, h, m, s). */
function usTimestamp(s: string): RegExpExecArray | null {
  // Its slashes are literal: a line without one (nearly every line) needs no unanchored search.
  if (!s.includes('/')) return null;
  const m = US_TIMESTAMP.exec(s);
  if (!m) return null;
  let [mo, d] = [Number(m[1]), Number(m[2])];
  if (mo > 12 && d <= 12) [mo, d] = [d, mo];
  let h = m[4] === undefined ? undefined : Number(m[4]);
  if (h !== undefined && m[7]) h = (h % 12) + (/p/i.test(m[7]) ? 12 : 0);
  const out = [m[0], m[3], String(mo), String(d), h === undefined ? undefined : String(h), m[5], m[6], undefined] as unknown as RegExpExecArray;
  out.index = m.index;
  return out;
}

function toIso(m: RegExpExecArray): string | null {
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (!valid(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (m[4] === undefined) return date;
  const h = Number(m[4]), mi = Number(m[5]), sec = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || sec > 59) return date;
  // `2022-01-28 00:00:00` is how CMSs store a date without a time.
  if (h === 0 && mi === 0 && sec === 0 && !m[7]) return date;
  const tz = m[7];
  if (tz && tz !== '+08:00' && tz !== '+0800') {
    // Written in another zone: say the same instant in Beijing time.
    const offset = tz === 'Z' ? 0 : (tz[0] === '-' ? -1 : 1) * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(-2)));
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec) - offset * 60000 + 8 * 3600000);
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T` +
      `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+08:00`;
  }
  return `${date}T${pad(h)}:${pad(mi)}:${pad(sec)}+08:00`;
}

/** Just the ISO value, for callers that need no more. */
export function findPublishTime(s: string): string | null {
  return findTime(s)?.value ?? null;
}

// What a timestamp match and the marks around it may be made of (TIMESTAMP and
// the characters isBareTimestamp drops): any other character is left over.
const STAMP_CHARS = charSet('0123456789-/.年月日T:：时分Z+星期周()（）【】[]|·更新发布');

/** More than three characters no timestamp is made of: cannot be a bare timestamp (one may be 星期X's day). */
function tooMuchBesidesStamp(line: string): boolean {
  let other = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!STAMP_CHARS[c] && !isSpaceCode(c) && ++other > 3) return true;
  }
  return false;
}

/** A line that is nothing but a timestamp (a related-list item's time, a render time). */
export function isBareTimestamp(line: string): boolean {
  if (tooMuchBesidesStamp(line)) return false; // most blocks: no regular expression run
  const t = findTime(line);
  if (!t) return false;
  const rest = line.replace(/\s+/g, ' ').replace(TIMESTAMP, '').replace(/[\s()（）【】\[\]|·:：更新发布]/g, '');
  return rest.length <= 2;
}

// `http://www.example.com 2005-07-18 13:03`: a portal's dateline names the site by its address.
const HEADER_LABEL = /作者|来源|出处|编辑|发布|发表|时间|日期|浏览|阅读|点击|更新|https?:\/\/|www\./;

/** The `作者:admin时间:2021-06-22 06:03` / `2022.01.20 16:31 来源：X` line: labels and a time, no prose. */
export function isHeaderLine(line: string): boolean {
  return line.length <= 120 && HEADER_LABEL.test(line) && findTime(line) !== null && !/[。！？]/.test(line);
}
