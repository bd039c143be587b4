// The date parsers: each is a pattern plus a function from one match to a
// result or nothing, as in chrono. Every parser runs over the whole text; the
// refiners then drop overlaps (the longest reading wins) and join neighbours.
// Patterns use bounded spaces and no nested quantifiers, so they stay linear.
import type { DatePart } from '../../src/schema.js';
import type { DateResult, Relative } from './result.js';
import { CN_DAY, CN_MONTH, CN_YEAR_DIGIT, fullYear, smallNumber, validDay, validYear, yearDigits } from './numerals.js';
import { alternation, dateWords, guarded, GAP } from './words.js';

export interface ParseEnv {
  text: string;
  referenceYear: number | null;
}

export interface Parser {
  name: string;
  pattern: RegExp;
  read(m: RegExpExecArray, env: ParseEnv): DateResult | null;
}

const MONTH = `(?:\\d{1,2}|${CN_MONTH})`;
const DAY = `(?:\\d{1,2}|${CN_DAY})`;
const CN_NUMERAL = '〇○零一二三四五六七八九十';
/** Not glued to a longer number (2986.6, 12345, 1.2019). */
const NOT_AFTER_NUMBER = `(?<![\\d.])(?<![${CN_NUMERAL}百千])`;
/** Where a date can start on its own: a clause boundary, a preposition or a separator. */
const CLAUSE_START = '(?:^|[\\n，。；：、,;:!?！？（(“"]|于|在|从|自|至|到|和|及|与|或|截至|截止|[~\\-—–～－])';
/**
 * A Chinese numeral month alone (三月) is also a count (保存一月, 近则一月) or a name
 * (三月柳, 十月怀胎): take it after a clause boundary or preposition, or before
 * a word that only follows months (份, 底, 中旬, 至, 和 ...).
 */
const BEFORE_CN_MONTH = new RegExp(`${CLAUSE_START}[ ]?$`);
/** After 的 or 是 a Chinese month must end its phrase (最冷的二月，), or it names something (十月革命). */
const AFTER_OF = /[的是]$/;
const PHRASE_END = /^(?:$|[\s，。；：、,;:!?！？）)”"])/;
const AFTER_CN_MONTH = /^[份初底末中上下旬至到和与及或、\-—–~～]/;
/** A lunar day after the month (十月初一, 八月十五): not a Gregorian date. */
const LUNAR_DAY = /^初[一二三四五六七八九十]/;
const LUNAR_DAY_CN = /^[廿十一二三四五六七八九](?![年月日号])/;
/** Words before a month-only number that make it a count of months (近3月, 前3月). */
const COUNTING = '近前头';
/** A Chinese-numeral day alone (十二日) only continues a range or list; elsewhere 三日 is a duration. */
const JOINER = /[至到和及与或、~\-—–～－][ ]?$/;
/** 初 starting another word (初步, 初次, 初期) or a lunar day (十月初一). */
const NOT_START_PART = /^初[步次级期中衷心始创审稿选见赛一二三四五六七八九十]/;

const end = (m: RegExpExecArray, group: string) => (m as RegExpExecArray & { indices: { groups: Record<string, [number, number] | undefined> } }).indices.groups[group]?.[1];

/**
 * Month, day and part after a year (or alone): reads what is valid and cuts the
 * span back when a later piece is not (2018年3月38日 is 2018-03, never 2018-03-38).
 */
function readTail(m: RegExpExecArray, r: DateResult, headEnd: number, text: string): DateResult {
  const g = m.groups!;
  const words = dateWords();
  r.end = headEnd;
  if (g.ypart && !NOT_START_PART.test(text.slice(end(m, 'ypart')! - g.ypart.length))) {
    r.part = words.yearParts[g.ypart];
    r.end = end(m, 'ypart')!;
  }
  if (g.mo === undefined) return r;
  const month = smallNumber(g.mo);
  if (month === null || month < 1 || month > 12) return r;
  r.month = month;
  r.end = end(m, 'mo')!;
  r.end = text.indexOf('月', r.end) + 1;
  if (text[r.end] === '份') r.end++;
  if (g.d !== undefined) {
    const day = smallNumber(g.d);
    if (day !== null && validDay(r.year, month, day)) {
      r.day = day;
      r.end = m.index + m[0].length;
    }
  } else if (g.mpart && !NOT_START_PART.test(text.slice(end(m, 'mpart')! - g.mpart.length))) {
    r.part = words.monthParts[g.mpart];
    r.end = end(m, 'mpart')!;
  }
  return r;
}

const relative = (entry: [string, number, ...unknown[]]): Relative => ({ from: entry[0] as Relative['from'], offset: entry[1] });

let built: Parser[] | null = null;

/** The parsers, in order (earlier wins a tie between readings of the same span). */
/** A numeric date with a four-digit year, from the named groups y, mo and d. */
function fullNumericDate(m: RegExpExecArray, parser: string): DateResult | null {
  const y = +m.groups!.y!, mo = +m.groups!.mo!, d = +m.groups!.d!;
  if (!validYear(y) || !validDay(y, mo, d)) return null;
  return { start: m.index, end: m.index + m[0].length, parser, year: y, month: mo, day: d };
}

export function parsers(): Parser[] {
  if (built) return built;
  const w = dateWords();
  const YEAR_PARTS = alternation(Object.keys(w.yearParts));
  const MONTH_PARTS = alternation(Object.keys(w.monthParts));
  const MONTH_TAIL = `${GAP}(?<mo>${MONTH})${GAP}月份?(?:${GAP}(?<d>${DAY})${GAP}[日号]|${GAP}(?<mpart>${MONTH_PARTS}))?`;
  const YEAR_TAIL = `(?:${MONTH_TAIL}|${GAP}(?<ypart>${YEAR_PARTS}))?`;
  const SEPARATORS = alternation([...w.rangeSeparators, ...w.listSeparators]);
  const re = (source: string) => new RegExp(source, 'dg');

  built = [
    {
      // 2019-11-28, 2019/11/28, 2019.11.28 (a time after it is attached by a refiner)
      name: 'numeric-ymd',
      pattern: re('(?<!\\d|\\d[./:])(?<y>\\d{4})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?!\\d|\\k<s>(?!\\d{1,2}[:：]\\d)\\d)'),
      read(m) {
        return fullNumericDate(m, this.name);
      },
    },
    {
      // 20240307: eight digits that make a real date, not glued to other digits or to a unit
      name: 'compact-ymd',
      pattern: re('(?<![\\d.])(?<y>(?:19|20)\\d{2})(?<mo>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])(?![\\d.%元万亿个号])'),
      read(m) {
        return fullNumericDate(m, this.name);
      },
    },
    {
      // 2008.03-2009, 2008.03至2010.06: a year and month with a dot, read only as the start of a range
      name: 'dotted-ym-range',
      pattern: re(`(?<![\\d.])(?<y>\\d{4})\\.(?<mo>0[1-9]|1[0-2])(?=${GAP}(?:[-—–~～至到])${GAP}\\d{4})`),
      read(m) {
        const y = +m.groups!.y!;
        if (!validYear(y)) return null;
        return { start: m.index, end: m.index + m[0].length, parser: this.name, year: y, month: +m.groups!.mo! };
      },
    },
    {
      // the 2009 of 2008.03-2009, the 2010.06 of 2008.03至2010.06: the end of such a range
      name: 'dotted-range-end',
      pattern: re(`(?<=\\d{4}\\.\\d{2}${GAP}(?:[-—–~～至到])${GAP})(?<y>\\d{4})(?:\\.(?<mo>0[1-9]|1[0-2]))?(?![\\d.年])`),
      read(m) {
        const y = +m.groups!.y!;
        if (!validYear(y)) return null;
        const r: DateResult = { start: m.index, end: m.index + m[0].length, parser: this.name, year: y };
        if (m.groups!.mo) r.month = +m.groups!.mo;
        return r;
      },
    },
    {
      // 6·30 (an event named by its date): month and day with a middle dot
      name: 'dot-md',
      pattern: re('(?<![\\d.·])(?<mo>1[0-2]|0?[1-9])[·•](?<d>[12]\\d|3[01]|0?[1-9])(?![\\d·])'),
      read(m) {
        const mo = +m.groups!.mo!, d = +m.groups!.d!;
        if (!validDay(undefined, mo, d)) return null;
        return { start: m.index, end: m.index + m[0].length, parser: this.name, month: mo, day: d };
      },
    },
    {
      // 1/2/2020: day first, as Recognizers-Text reads Chinese text
      name: 'numeric-dmy',
      pattern: re('(?<!\\d|\\d[./:])(?<d>\\d{1,2})/(?<mo>\\d{1,2})/(?<y>\\d{4})(?!\\d|/\\d)'),
      read(m) {
        return fullNumericDate(m, this.name);
      },
    },
    {
      // 12-11-10: two-digit year, month, day
      name: 'numeric-yymmdd',
      pattern: re('(?<!\\d|\\d[-./:])(?<y>\\d{2})-(?<mo>\\d{2})-(?<d>\\d{2})(?!\\d|[-./]\\d)'),
      read(m, env) {
        const y = fullYear(+m.groups!.y!, env.referenceYear), mo = +m.groups!.mo!, d = +m.groups!.d!;
        if (!validDay(y, mo, d)) return null;
        return { start: m.index, end: m.index + m[0].length, parser: this.name, year: y, month: mo, day: d };
      },
    },
    {
      // 2019-11, 2019/11 (not 2011-12年, a range of years)
      name: 'numeric-ym',
      pattern: re(`(?<!\\d|\\d[./:])(?<y>\\d{4})[-/](?<mo>0[1-9]|1[0-2])(?!\\d|[-./]\\d|${GAP}年)`),
      read(m) {
        const y = +m.groups!.y!;
        if (!validYear(y)) return null;
        return { start: m.index, end: m.index + m[0].length, parser: this.name, year: y, month: +m.groups!.mo! };
      },
    },
    {
      // 2019年, 2019年11月28日, 二〇一九年十一月, 19年底, 2019 年年底, 2020年8月末
      name: 'year-chain',
      pattern: re(`${NOT_AFTER_NUMBER}(?<y>\\d{4}|\\d{2}|${CN_YEAR_DIGIT}{4}|${CN_YEAR_DIGIT}{2})${GAP}年${YEAR_TAIL}`),
      read(m, env) {
        const g = m.groups!;
        const digits = yearDigits(g.y!);
        if (digits === null) return null;
        const yearEnd = m.input.indexOf('年', end(m, 'y')!) + 1;
        const twoDigits = g.y!.length === 2;
        const year = twoDigits ? fullYear(digits, env.referenceYear) : digits;
        if (!validYear(year)) return null;
        if (m.input.slice(Math.max(0, m.index - 3), m.index) === '公元前') return null; // BCE
        const r = readTail(m, { start: m.index, end: yearEnd, parser: this.name, year }, yearEnd, m.input);
        const yearOnly = r.month === undefined && r.part === undefined;
        if (yearOnly && m.input[r.end] === '代') return null; // 1990年代: a decade
        // 10年 is as often ten years as 2010: two digits are a year only with a month or
        // part after them, or with a leading zero (07年) that no count has.
        if (twoDigits && yearOnly && !/^[0〇○零]/.test(g.y!)) return null;
        return r;
      },
    },
    {
      // 2019Q3, 2019上半年: a year and its part without 年
      name: 'year-part',
      pattern: re(`(?<![\\d.])(?<y>\\d{4})${GAP}(?<ypart>${alternation(Object.keys(w.yearParts).filter((p) => p.length > 1 && !p.startsWith('年')))})`),
      read(m) {
        const year = +m.groups!.y!;
        if (!validYear(year)) return null;
        return { start: m.index, end: m.index + m[0].length, parser: this.name, year, part: w.yearParts[m.groups!.ypart!] };
      },
    },
    {
      // 今年, 去年底, 今年5月, 当年8月23日, 明年下半年
      name: 'relative-year',
      pattern: re(`(?<rel>${alternation(Object.keys(w.relativeYears))})${YEAR_TAIL}`),
      read(m) {
        const word = m.groups!.rel!;
        if (guarded(m.input, m.index, m.index + word.length, word, 'year')) return null;
        const r: DateResult = { start: m.index, end: m.index + word.length, parser: this.name, relYear: relative(w.relativeYears[word]!) };
        return readTail(m, r, r.end, m.input);
      },
    },
    {
      // 7月4日, 5月底, 7月份, 三月, 6月中旬 (the year comes from context)
      name: 'month-chain',
      pattern: re(`(?<![\\d.年个第每])(?<![${CN_NUMERAL}])(?<mo>${MONTH})${GAP}月份?(?:${GAP}(?<d>${DAY})${GAP}[日号]|${GAP}(?<mpart>${MONTH_PARTS}))?`),
      read(m) {
        const r = readTail(m, { start: m.index, end: m.index, parser: this.name }, m.index, m.input);
        if (r.month === undefined) return null;
        const after = m.input.slice(r.end, r.end + 2);
        if (r.day === undefined && (LUNAR_DAY.test(after) || (!/\d/.test(m.groups!.mo!) && LUNAR_DAY_CN.test(after)))) return null;
        if (r.day === undefined && r.part === undefined) {
          if (m.index > 0 && COUNTING.includes(m.input[m.index - 1]!)) return null;
          const before = m.input.slice(Math.max(0, m.index - 3), m.index), next = m.input.slice(r.end, r.end + 1);
          if (!/\d/.test(m.groups!.mo!) && !AFTER_CN_MONTH.test(next) && !BEFORE_CN_MONTH.test(before)
            && !(AFTER_OF.test(before) && PHRASE_END.test(next))) return null;
        }
        return r;
      },
    },
    {
      // 本月十日, 上月底, 当月
      name: 'relative-month',
      pattern: re(`(?<rel>${alternation(Object.keys(w.relativeMonths))})(?:${GAP}(?<d>${DAY})${GAP}[日号]|${GAP}(?<mpart>${MONTH_PARTS}))?`),
      read(m) {
        const g = m.groups!, word = g.rel!;
        if (guarded(m.input, m.index, m.index + word.length, word, 'month')) return null;
        const r: DateResult = { start: m.index, end: m.index + word.length, parser: this.name, relMonth: relative(w.relativeMonths[word]!) };
        const day = g.d === undefined ? null : smallNumber(g.d);
        if (day !== null && day >= 1 && day <= 31) { r.day = day; r.end = m.index + m[0].length; }
        else if (g.mpart) { r.part = w.monthParts[g.mpart]; r.end = end(m, 'mpart')!; }
        return r;
      },
    },
    {
      // 29日 at the start of a clause; 十二日 and 15号 only after 到 / 至 / 、
      name: 'day-alone',
      pattern: re(`(?<=${CLAUSE_START}[ ]?)(?<d>\\d{1,2}|${CN_DAY})${GAP}(?<unit>[日号])(?!${GAP}(?:[前后]?内|以内|之内|元|游))`),
      read(m) {
        const d = m.groups!.d!;
        const day = smallNumber(d);
        if (day === null || day < 1 || day > 31) return null;
        const joined = JOINER.test(m.input.slice(Math.max(0, m.index - 2), m.index));
        // 号 alone is as often a number (12号楼, 3号线); after 到 / 至 it ends a range of days.
        if ((!/\d/.test(d) || m.groups!.unit === '号') && !joined) return null;
        return { start: m.index, end: m.index + m[0].length, parser: this.name, day };
      },
    },
    {
      // 今天, 昨日, 今晚, 次日
      name: 'relative-day',
      pattern: re(`(?<rel>${alternation(Object.keys(w.relativeDays))})`),
      read(m) {
        const word = m.groups!.rel!;
        if (guarded(m.input, m.index, m.index + word.length, word, 'day')) return null;
        const entry = w.relativeDays[word]!;
        const r: DateResult = { start: m.index, end: m.index + word.length, parser: this.name, relDay: relative(entry) };
        if (entry[2]) r.period = entry[2];
        return r;
      },
    },
    {
      // 上半年, 年底, 一季度, Q3, 上半月, 月底, 上个半年: a part of the year or month in context
      name: 'part-alone',
      pattern: re(`(?<![A-Za-z0-9])(?<part>${alternation([...w.standaloneYearParts, ...w.standaloneMonthParts, 'Q1', 'Q2', 'Q3', 'Q4', '上个半年', '下个半年'])})(?![A-Za-z0-9])`),
      read(m) {
        const word = m.groups!.part!;
        const before = m.input[m.index - 1] ?? '';
        // 每年年底 (every year), 2019年上半年 (read by the year chain), 三季度 of a list (read by the refiners)
        if (before && (/[年月每当各逐本这其正腊冬\d]/.test(before) || CN_NUMERAL.includes(before))) return null;
        if (NOT_START_PART.test(word.slice(-1) + (m.input[m.index + word.length] ?? ''))) return null;
        const r: DateResult = { start: m.index, end: m.index + word.length, parser: this.name };
        const context: Relative = { from: 'context', offset: 0 };
        if (word === '上个半年' || word === '下个半年') r.relHalf = word === '上个半年' ? -1 : 1;
        else if (w.standaloneMonthParts.includes(word)) {
          r.relMonth = context;
          r.part = (w.standaloneMonthPartCodes[word] ?? w.monthParts[word]) as DatePart;
        } else {
          r.relYear = context;
          r.part = w.yearParts[word];
        }
        return r;
      },
    },
    {
      // 2014 of 2014、2015年, 1 of 1-3月, 二 of 二、三季度: kept only if a date follows (refiners)
      name: 'bare-number',
      pattern: re(`(?<![\\d.\\-/:])(?<![${CN_NUMERAL}])(?<n>\\d{1,4}|[${CN_NUMERAL}]{1,4})(?=${GAP}(?:${SEPARATORS})${GAP})`),
      read(m) {
        const n = m.groups!.n!;
        // A Chinese numeral glued to a word is part of it (星期一到十月一日), not a list item.
        if (!/\d/.test(n) && m.index > 0 && !/[\s年从自(（,，。；;:：、]/.test(m.input[m.index - 1]!)) return null;
        return { start: m.index, end: m.index + m[0].length, parser: this.name, bare: { text: n } };
      },
    },
  ];
  return built;
}

/** Every result of every parser, in text order. */
export function parseAll(env: ParseEnv): DateResult[] {
  const out: DateResult[] = [];
  for (const p of parsers()) {
    p.pattern.lastIndex = 0;
    for (const m of env.text.matchAll(p.pattern)) {
      const r = p.read(m as RegExpExecArray, env);
      if (r && r.end > r.start) out.push(r);
    }
  }
  return out;
}
