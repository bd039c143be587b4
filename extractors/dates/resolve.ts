// SPEC's rule for what the text leaves out. A date without a year takes the year
// of the nearest preceding date in the same paragraph that has one (当年 means
// that year); failing that, it is the latest such date not after the publish
// date (or, in a sentence about what is to come, the earliest not before it); with no publish date it stays without a year (--07-04). 今年/去年 count
// from the publish year. Whatever came from context is marked resolved: relative.
import type { DateItem } from '../../src/schema.js';
import type { DateResult, Relative } from './result.js';
import { validDay } from './numerals.js';
import { speaksOfFuture } from './words.js';

interface Ymd { y: number; m: number; d: number }
/** What later dates in the paragraph may borrow; `guess` marks a year from the publish-date fallback, which lends no year. */
interface Anchors { year: number | null; month: { y?: number; m: number; guess: boolean } | null; day: { y?: number; m: number; d: number } | null }

/** The item written just before, for the end of a range. */
interface Previous { y?: number; m?: number; d?: number; range?: 'from' | 'to' }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseReference(ref: string | null): Ymd | null {
  const m = ref?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

function addDays(base: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(base.y, base.m - 1, base.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function addMonths(y: number | undefined, m: number, months: number): { y?: number; m: number } {
  const i = m - 1 + months;
  const month = ((i % 12) + 12) % 12 + 1;
  return y === undefined ? { m: month } : { y: y + Math.floor(i / 12), m: month };
}

/** The latest year in which month/day (day may be absent) is a real date not after the reference. */
function pastYear(ref: Ymd, m: number, d: number | undefined): number | null {
  for (let y = ref.y; y >= ref.y - 8; y--) {
    if (d !== undefined && !validDay(y, m, d)) continue;
    if (m < ref.m || (m === ref.m && (d ?? 1) <= ref.d)) return y;
    if (y < ref.y) return y;
  }
  return null;
}

/** The earliest year in which month/day is a real date not before the reference (the future rule). */
function futureYear(ref: Ymd, m: number, d: number | undefined): number | null {
  for (let y = ref.y; y <= ref.y + 8; y++) {
    if (d !== undefined && !validDay(y, m, d)) continue;
    if (y > ref.y || m > ref.m || (m === ref.m && (d ?? ref.d) >= ref.d)) return y;
  }
  return null;
}

/** The sentence around `at`, up to its end marks. */
function sentenceAt(text: string, at: number): string {
  let a = at, b = at;
  while (a > 0 && !'。！？!?\n'.includes(text[a - 1]!)) a--;
  while (b < text.length && !'。！？!?\n'.includes(text[b]!)) b++;
  return text.slice(a, b);
}

/** The earliest month whose day `d` is a real date not before the reference (the future rule). */
function futureMonth(ref: Ymd, d: number): { y: number; m: number } | null {
  let { y, m } = ref;
  for (let k = 0; k < 24; k++) {
    if (validDay(y, m, d) && (k > 0 || d >= ref.d)) return { y, m };
    if (++m > 12) { m = 1; y++; }
  }
  return null;
}

/** The latest month whose day `d` is a real date not after the reference. */
function pastMonth(ref: Ymd, d: number): { y: number; m: number } | null {
  let { y, m } = ref;
  for (let k = 0; k < 24; k++) {
    if (validDay(y, m, d) && (k > 0 || d <= ref.d)) return { y, m };
    if (--m < 1) { m = 12; y--; }
  }
  return null;
}

function baseYear(rel: Relative, ref: Ymd | null, anchors: Anchors): number | null {
  if (rel.from === 'publish') return ref?.y ?? null;
  if (rel.from === 'anchor') return anchors.year;
  return anchors.year ?? ref?.y ?? null;
}

function value(y: number | undefined, m: number | undefined, d: number | undefined): string | null {
  if (y !== undefined) return [pad(y, 4), m && pad(m), m && d && pad(d)].filter(Boolean).join('-');
  if (m !== undefined) return d === undefined ? `--${pad(m)}` : `--${pad(m)}-${pad(d)}`;
  return d === undefined ? null : `---${pad(d)}`;
}

/** Results in text order → date items, with years, months and days filled in from context. */
export function resolveDates(results: DateResult[], text: string, referenceDate: string | null, paragraphs: { start: number; end: number }[]): DateItem[] {
  const ref = parseReference(referenceDate);
  const out: DateItem[] = [];
  let p = -1, para = -1;
  let anchors: Anchors = { year: null, month: null, day: null };
  let last = null as Previous | null;
  for (const r of [...results].sort((a, b) => a.start - b.start)) {
    while (p + 1 < paragraphs.length && paragraphs[p + 1]!.start <= r.start) p++;
    if (p !== para) { para = p; anchors = { year: null, month: null, day: null }; }

    let { year: y, month: m, day: d, part } = r;
    let relative = false, yearIsGuess = false;
    if (r.relDay) {
      const base = r.relDay.from === 'publish' ? ref
        : anchors.day && anchors.day.y !== undefined ? { y: anchors.day.y, m: anchors.day.m, d: anchors.day.d } : null;
      if (!base) continue;
      ({ y, m, d } = addDays(base, r.relDay.offset));
      relative = true;
    } else if (r.relMonth) {
      const fromAnchor = r.relMonth.from !== 'publish' && anchors.month;
      const base = fromAnchor ? anchors.month : r.relMonth.from !== 'anchor' && ref ? { y: ref.y, m: ref.m } : null;
      if (!base) continue;
      ({ y, m } = addMonths(base.y, base.m, r.relMonth.offset));
      relative = true;
    } else if (r.relHalf) {
      if (!ref) continue;
      const half = ref.y * 2 + (ref.m > 6 ? 1 : 0) + r.relHalf;
      y = Math.floor(half / 2);
      part = half % 2 ? 'second-half' : 'first-half';
      relative = true;
    } else if (r.relYear) {
      const base = baseYear(r.relYear, ref, anchors);
      if (base === null && m === undefined) continue; // 今年 with no publish date: nothing to write
      if (base !== null) y = base + r.relYear.offset;
      relative = true;
    }

    if (y === undefined && m === undefined && d !== undefined) {
      // 29日: the month (and year) of the nearest preceding date that has one, else the latest 29th
      // (the earliest one not before the publish date in a sentence about what is to come).
      const pick = speaksOfFuture(sentenceAt(text, r.start)) ? futureMonth : pastMonth;
      const past = anchors.month ? null : ref && pick(ref, r.yearOf?.day ?? d);
      const base = anchors.month ?? past;
      if (base) { y = base.y; m = base.m; }
      yearIsGuess = Boolean(past) || Boolean(anchors.month?.guess);
      relative = true;
    } else if (y === undefined && m !== undefined && !r.relYear) {
      if (anchors.year !== null) y = anchors.year;
      else if (ref) {
        const shared = r.yearOf?.month !== undefined ? r.yearOf : null;
        const pick = speaksOfFuture(sentenceAt(text, r.start)) ? futureYear : pastYear;
        y = pick(ref, shared?.month ?? m, shared ? shared.day : d) ?? undefined;
        yearIsGuess = true;
      }
      relative = true;
    }
    // The end of a range is not before its start: 2016年9月10日至4月11日 ends in 2017.
    const from = r.range === 'to' ? last : null;
    const yearFromContext = r.year === undefined && !r.relYear && !yearIsGuess;
    if (from?.range === 'from' && yearFromContext && y !== undefined && m !== undefined && from.y === y
      && from.m !== undefined && (m < from.m || (m === from.m && (d ?? 0) < (from.d ?? 0)))) y++;
    if (m !== undefined && d !== undefined && !validDay(y, m, d)) continue;

    let v = value(y, m, d);
    if (v === null) continue;
    let precision: DateItem['precision'] = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
    if (r.hour !== undefined && y !== undefined && d !== undefined) {
      v += `T${pad(r.hour)}:${pad(r.minute ?? 0)}:${pad(r.second ?? 0)}+08:00`;
      precision = r.second !== undefined ? 'second' : 'minute';
    }
    const item: DateItem = { text: text.slice(r.start, r.end), start: r.start, end: r.end, value: v, precision };
    if (part) item.part = part;
    if (relative) item.resolved = 'relative';
    if (r.range) item.range = r.range;
    out.push(item);
    last = { y, m, d, range: r.range };

    if (y !== undefined && !yearIsGuess) anchors.year = y;
    if (m !== undefined) anchors.month = y === undefined ? { m, guess: yearIsGuess } : { y, m, guess: yearIsGuess };
    if (m !== undefined && d !== undefined) anchors.day = y === undefined ? { m, d } : { y, m, d };
  }
  return out;
}
