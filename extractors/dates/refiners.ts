// The refiners: functions from the whole list of parser results to a new list,
// run in order (as in chrono): drop names, drop overlaps, attach times of day,
// give bare numbers the unit of the date after them (2014、2015年, 1-3月), and
// mark the two ends of ranges.
import type { DateResult, Period } from './result.js';
import { leadUnit } from './result.js';
import { CN_HOUR, CN_MINUTE, smallNumber, yearDigits } from './numerals.js';
import { validDay } from './numerals.js';
import { alternation, dateWords, GAP } from './words.js';
import { removeOverlaps } from '../lib/spans.js';
import { copyWith } from '../lib/objects.js';

export type Refiner = (results: DateResult[], text: string) => DateResult[];

const isRelativeWord = (r: DateResult) => r.parser.startsWith('relative-');

/** 《明日之后》, 《今日说法》: a relative word inside a title names something; it is not a date. */
export const dropInTitles: Refiner = (results, text) => {
  const titles: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') open = i;
    else if (ch === '》' && open >= 0) { titles.push([open, i]); open = -1; }
    else if (ch === '\n') open = -1;
  }
  if (!titles.length) return results;
  let t = 0;
  return [...results].sort((a, b) => a.start - b.start).filter((r) => {
    while (t < titles.length && titles[t]![1] < r.start) t++;
    const inTitle = t < titles.length && titles[t]![0] < r.start && r.end <= titles[t]![1];
    return !(inTitle && isRelativeWord(r));
  });
};

/** The longest reading wins; a bare number loses to anything it touches. */
export const dropOverlaps: Refiner = (results) => removeOverlaps(results);

const timeRes = new Map<string, RegExp>();
/** A time of day after `lead` (spaces; or a range separator), as a sticky regex. */
function timePattern(lead: string): RegExp {
  let re = timeRes.get(lead);
  if (!re) {
    const periods = dateWords().periods;
    const time = `(?:(?<period>${alternation(Object.keys(periods))})${GAP})?(?<h>\\d{1,2}|${CN_HOUR})`
      + `(?:[:：](?<mi>[0-5]\\d)(?:[:：](?<sec>[0-5]\\d))?|${GAP}(?<unit>[点时])(?:(?<qt>一刻|三刻)|${GAP}(?<mi2>[0-5]?\\d|${CN_MINUTE})(?!\\d)${GAP}分?|(?<half>半))?)`;
    re = new RegExp(`${lead}${time}`, 'y');
    timeRes.set(lead, re);
  }
  return re;
}

interface TimeRead { hour: number; minute: number; second?: number; period?: Period; end: number; start: number }

function readTime(text: string, at: number, lead: string, inherited?: Period): TimeRead | null {
  const periods = dateWords().periods;
  const m = timePattern(lead);
  m.lastIndex = at;
  const g = m.exec(text);
  if (!g) return null;
  const gr = g.groups!;
  let hour = smallNumber(gr.h!);
  // A one-character Chinese hour before 时 is as often "for a moment" (一时兴起) as one
  // o'clock; 零时 (midnight, in official texts) and 十时 are clocks.
  if (hour === null || (gr.unit === '时' && /^[一二两三四五六七八九]$/.test(gr.h!))) return null;
  let minute = 0;
  if (gr.mi) minute = +gr.mi;
  else if (gr.mi2) minute = smallNumber(gr.mi2) ?? -1;
  else if (gr.half) minute = 30;
  else if (gr.qt) minute = gr.qt === '一刻' ? 15 : 45;
  const period = gr.period ? periods[gr.period] : inherited;
  if (period === 'pm' && hour < 12) hour += 12;
  if (period === 'noon' && hour < 11) hour += 12;
  if (hour > 23 || minute < 0 || minute > 59) return null;
  const out: TimeRead = { hour, minute, start: at, end: at + g[0].length };
  if (period) out.period = period;
  if (gr.sec) out.second = +gr.sec;
  return out;
}

/** 2021-06-22 06:03, 1月19号下午5:00, 今晚6点, and a second time after it (晚上7:00到8:00). */
export const attachTimes: Refiner = (results, text) => {
  const w = dateWords();
  const RANGE = `${GAP}(?:${alternation(w.rangeSeparators)})${GAP}`;
  const out: DateResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    out.push(r);
    if (r.day === undefined && !r.relDay) continue;
    const t = readTime(text, r.end, '(?:[ T]{0,2}|-(?=\\d{1,2}[:：]))', r.period); // 2021-09-12-11:23
    if (!t) continue;
    r.hour = t.hour; r.minute = t.minute; r.end = t.end;
    if (t.second !== undefined) r.second = t.second;
    const next = results[i + 1];
    const t2 = readTime(text, r.end, RANGE, t.period);
    if (!t2 || (next && next.start < t2.end)) continue;
    const timeStart = text.slice(r.end, t2.end).search(/[^ \t至到\-—–－~～―]/) + r.end;
    const { hour: _h, minute: _m, second: _s, ...date } = r;
    const to: DateResult = copyWith(date, { start: timeStart, end: t2.end, hour: t2.hour, minute: t2.minute, range: 'to' as const, parser: 'time-range' });
    if (t2.second !== undefined) to.second = t2.second;
    r.range = 'from';
    out.push(to);
  }
  return out;
};

/** Gap text between two results is only a separator from `list`. */
function joinedBy(text: string, a: DateResult, b: DateResult, list: string[]): boolean {
  if (b.start < a.end || b.start - a.end > 5) return false;
  return list.includes(text.slice(a.end, b.start).trim());
}

/**
 * A bare number before a date takes that date's leading unit: 2014、2015年 gives
 * 2014 and 2015, 1-3月 January and March, 二、三季度 two quarters. A bare number
 * that fits no unit is dropped. A year written right before it is taken in
 * (2019年1-3月: the 2019 belongs to the months, not a date of its own).
 */
export const joinBareNumbers: Refiner = (results, text) => {
  const w = dateWords();
  const seps = [...w.rangeSeparators, ...w.listSeparators];
  // Right to left, so that 2014、2015、2016年 passes the unit down the list; built
  // on a stack rather than spliced, to stay linear on a page of 1、1、1、1...
  const done: DateResult[] = [];
  for (let i = results.length - 1; i >= 0; i--) {
    const r = results[i]!;
    if (!r.bare) { done.push(r); continue; }
    const next = done[done.length - 1];
    const unit = next && !next.bare && joinedBy(text, r, next, seps) ? leadUnit(next) : null;
    const n = unit === 'year' ? yearDigits(r.bare.text) : smallNumber(r.bare.text);
    const { bare: _b, ...base } = r;
    let made: DateResult | null = null;
    if (n !== null && next) {
      if (unit === 'year' && r.bare.text.length === 4 && n >= 1800 && n <= 2199) made = copyWith(base, { year: n });
      else if (unit === 'month' && n >= 1 && n <= 12) made = copyWith(base, { month: n });
      else if (unit === 'day' && n >= 1 && n <= 31) made = copyWith(base, { day: n });
      else if (unit === 'quarter' && n >= 1 && n <= 4) {
        made = copyWith(base, { part: `q${n}` as DateResult['part'] });
        if (next.year !== undefined) made.year = next.year;
        if (next.relYear) made.relYear = next.relYear;
      }
    }
    if (!made) continue;
    made.parser = 'bare-number';
    // 1-9月 is one expression: the 1 takes the year the 9月 gets.
    if (unit === 'month' || unit === 'day') made.yearOf = next;
    const prev = results[i - 1];
    if (prev && !prev.bare && prev.end === r.start && takesIn(prev, made)) {
      made = { ...prev, ...made, start: prev.start, parser: 'bare-number' };
      if (prev.year !== undefined) delete made.relYear; // 2019年二、三季度: the written year, not the context
      i--;
    }
    done.push(made);
  }
  return done.reverse();
};

/** Whether `prev` (2019年, 3月) is the head of `made` (a month, a day, a quarter). */
function takesIn(prev: DateResult, made: DateResult): boolean {
  const yearOnly = prev.month === undefined && prev.part === undefined && prev.day === undefined && (prev.year !== undefined || prev.relYear);
  if (made.month !== undefined || (made.part && made.day === undefined)) return Boolean(yearOnly) && !prev.relMonth;
  if (made.day !== undefined) {
    return prev.month !== undefined && prev.day === undefined && prev.part === undefined
      && (prev.year === undefined || validDay(prev.year, prev.month, made.day));
  }
  return false;
}

/** 2019年至2021年, 3月1日至5日, 2024—2026年: the two ends say so. */
export const markRanges: Refiner = (results, text) => {
  const seps = dateWords().rangeSeparators;
  for (let i = 0; i + 1 < results.length; i++) {
    const a = results[i]!, b = results[i + 1]!;
    if (a.range || b.range || !joinedBy(text, a, b, seps)) continue;
    a.range = 'from';
    b.range = 'to';
  }
  return results;
};

// Overlaps are dropped again after times are attached: a time can reach into the next result.
export const REFINERS: Refiner[] = [dropInTitles, dropOverlaps, attachTimes, dropOverlaps, joinBareNumbers, markRanges];
