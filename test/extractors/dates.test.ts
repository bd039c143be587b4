// The dates extractor, table-driven: every case pins the reference (publish)
// date and asserts value, part / resolved / range where they apply, and span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dates } from '../../extractors/dates/index.js';
import type { DateItem } from '../../src/schema.js';
import { runCli } from '../helpers/io.js';
import { sharedOrSkip, toolOutput } from '../helpers/shared.js';
import { contextOf } from './context.js';

function extract(text: string, referenceDate: string | null): DateItem[] {
  return dates.extract(contextOf(text, { referenceDate }));
}

type Want = Partial<DateItem> & { text: string; start: number; end: number; value: string };
interface Case { name: string; ref: string | null; text: string; want: Want[] }

const REF = '2021-06-22T06:03:00+08:00';

const CASES: Case[] = [
  // absolute forms
  { name: 'full date', ref: REF, text: '2019年11月28日,文件出台', want: [{ text: '2019年11月28日', start: 0, end: 11, value: '2019-11-28', precision: 'day' }] },
  { name: 'spaced date', ref: REF, text: '而 2019 年 11 月 28 日,', want: [{ text: '2019 年 11 月 28 日', start: 2, end: 18, value: '2019-11-28' }] },
  { name: 'year and month', ref: REF, text: '截至2020年2月,', want: [{ text: '2020年2月', start: 2, end: 9, value: '2020-02', precision: 'month' }] },
  { name: 'year', ref: REF, text: '成立于2011年,', want: [{ text: '2011年', start: 3, end: 8, value: '2011', precision: 'year' }] },
  { name: 'iso date', ref: REF, text: '日期 2019-11-28 发布', want: [{ text: '2019-11-28', start: 3, end: 13, value: '2019-11-28' }] },
  { name: 'slash date', ref: REF, text: '2019/11/28', want: [{ text: '2019/11/28', start: 0, end: 10, value: '2019-11-28' }] },
  { name: 'dotted date', ref: REF, text: '于2019.11.28上线', want: [{ text: '2019.11.28', start: 1, end: 11, value: '2019-11-28' }] },
  { name: 'date and minute', ref: REF, text: '时间:2021-06-22 06:03 次浏览', want: [{ text: '2021-06-22 06:03', start: 3, end: 19, value: '2021-06-22T06:03:00+08:00', precision: 'minute' }] },
  { name: 'date and second', ref: REF, text: '2021年06月22日 06:03:15', want: [{ text: '2021年06月22日 06:03:15', start: 0, end: 20, value: '2021-06-22T06:03:15+08:00', precision: 'second' }] },
  { name: 'Chinese numeral year and month', ref: REF, text: '二〇一九年十一月', want: [{ text: '二〇一九年十一月', start: 0, end: 8, value: '2019-11' }] },
  { name: 'Chinese numeral year', ref: REF, text: '二零二零年', want: [{ text: '二零二零年', start: 0, end: 5, value: '2020' }] },
  { name: 'two-digit year with part', ref: REF, text: '19年底', want: [{ text: '19年底', start: 0, end: 4, value: '2019', part: 'end' }] },
  { name: 'two-digit year with leading zero', ref: '2017-03-22', text: '他07年以后', want: [{ text: '07年', start: 1, end: 4, value: '2007' }] },
  { name: 'impossible day keeps the month', ref: REF, text: '2018年3月38日,', want: [{ text: '2018年3月', start: 0, end: 7, value: '2018-03' }] },
  { name: 'evening time', ref: '2016-11-07', text: '2010.01.29晚上六点', want: [{ text: '2010.01.29晚上六点', start: 0, end: 14, value: '2010-01-29T18:00:00+08:00' }] },
  // parts
  { name: 'month end', ref: REF, text: '截止到2020年8月末,', want: [{ text: '2020年8月末', start: 3, end: 11, value: '2020-08', part: 'end' }] },
  { name: 'year start', ref: REF, text: '比2019年初下降', want: [{ text: '2019年初', start: 1, end: 7, value: '2019', part: 'start' }] },
  { name: '初步 is not a part', ref: REF, text: '2019年初步统计', want: [{ text: '2019年', start: 0, end: 5, value: '2019' }] },
  { name: 'second half', ref: REF, text: '从2019年下半年开始', want: [{ text: '2019年下半年', start: 1, end: 9, value: '2019', part: 'second-half' }] },
  { name: 'year end written twice', ref: REF, text: '在 2019 年年底的', want: [{ text: '2019 年年底', start: 2, end: 10, value: '2019', part: 'end' }] },
  { name: 'mid month', ref: REF, text: '2019年6月中旬', want: [{ text: '2019年6月中旬', start: 0, end: 9, value: '2019-06', part: 'mid' }] },
  { name: 'quarter', ref: REF, text: '2019年第二季度', want: [{ text: '2019年第二季度', start: 0, end: 9, value: '2019', part: 'q2' }] },
  { name: 'Q3 after a year', ref: REF, text: '2019Q3', want: [{ text: '2019Q3', start: 0, end: 6, value: '2019', part: 'q3' }] },
  { name: 'first three quarters', ref: REF, text: '2019年前三季度', want: [{ text: '2019年前三季度', start: 0, end: 9, value: '2019', part: 'q1-q3' }] },
  { name: '伊始', ref: REF, text: '2020年伊始', want: [{ text: '2020年伊始', start: 0, end: 7, value: '2020', part: 'start' }] },
  { name: 'first half of this month', ref: '2019-09-03', text: '我上半月都不在', want: [{ text: '上半月', start: 1, end: 4, value: '2019-09', part: 'first-half', resolved: 'relative' }] },
  { name: 'quarter alone is this year', ref: REF, text: '一季度', want: [{ text: '一季度', start: 0, end: 3, value: '2021', part: 'q1', resolved: 'relative' }] },
  // lists and ranges
  { name: 'list of years', ref: REF, text: '于 2014、2015 年的', want: [
    { text: '2014', start: 2, end: 6, value: '2014' }, { text: '2015 年', start: 7, end: 13, value: '2015' }] },
  { name: 'range of years with a dash', ref: REF, text: '(2024—2026年)', want: [
    { text: '2024', start: 1, end: 5, value: '2024', range: 'from' }, { text: '2026年', start: 6, end: 11, value: '2026', range: 'to' }] },
  { name: 'range of years', ref: REF, text: '2019年至2021年', want: [
    { text: '2019年', start: 0, end: 5, value: '2019', range: 'from' }, { text: '2021年', start: 6, end: 11, value: '2021', range: 'to' }] },
  { name: 'range of days', ref: '2019-06-01', text: '2019年3月1日至5日', want: [
    { text: '2019年3月1日', start: 0, end: 9, value: '2019-03-01', range: 'from' },
    { text: '5日', start: 10, end: 12, value: '2019-03-05', range: 'to', resolved: 'relative' }] },
  { name: 'range of months after a year', ref: REF, text: '2019年1-3月', want: [
    { text: '2019年1', start: 0, end: 6, value: '2019-01', range: 'from' },
    { text: '3月', start: 7, end: 9, value: '2019-03', range: 'to', resolved: 'relative' }] },
  { name: 'time range', ref: '2016-11-07', text: '2016年12月15日晚上7:00到8:00', want: [
    { text: '2016年12月15日晚上7:00', start: 0, end: 17, value: '2016-12-15T19:00:00+08:00', range: 'from' },
    { text: '8:00', start: 18, end: 22, value: '2016-12-15T20:00:00+08:00', range: 'to' }] },
  { name: 'range ending in the next year', ref: REF, text: '2016年9月10日至4月11日', want: [
    { text: '2016年9月10日', start: 0, end: 10, value: '2016-09-10', range: 'from' },
    { text: '4月11日', start: 11, end: 16, value: '2017-04-11', range: 'to', resolved: 'relative' }] },
  { name: 'elided months share one year', ref: REF, text: '1-9月份', want: [
    { text: '1', start: 0, end: 1, value: '2020-01', range: 'from', resolved: 'relative' },
    { text: '9月份', start: 2, end: 5, value: '2020-09', range: 'to', resolved: 'relative' }] },
  { name: 'list of quarters', ref: REF, text: '2019年二、三季度', want: [
    { text: '2019年二', start: 0, end: 6, value: '2019', part: 'q2' },
    { text: '三季度', start: 7, end: 10, value: '2019', part: 'q3', resolved: 'relative' }] },
  { name: 'two-digit years in a range', ref: '2017-03-22', text: '18年10月1日到19年2月3日', want: [
    { text: '18年10月1日', start: 0, end: 8, value: '2018-10-01', range: 'from' },
    { text: '19年2月3日', start: 9, end: 16, value: '2019-02-03', range: 'to' }] },
  // relative
  { name: '今年 month', ref: REF, text: '对今年4月以来', want: [{ text: '今年4月', start: 1, end: 5, value: '2021-04', resolved: 'relative' }] },
  { name: '去年', ref: REF, text: '自去年以来', want: [{ text: '去年', start: 1, end: 3, value: '2020', resolved: 'relative' }] },
  { name: '前年 and 明年', ref: REF, text: '前年和明年', want: [
    { text: '前年', start: 0, end: 2, value: '2019', resolved: 'relative' }, { text: '明年', start: 3, end: 5, value: '2022', resolved: 'relative' }] },
  { name: '当年 is the preceding year', ref: REF, text: '发生在 2016 年下半年。当年 8 月 23 日,', want: [
    { text: '2016 年下半年', start: 4, end: 13, value: '2016', part: 'second-half' },
    { text: '当年 8 月 23 日', start: 14, end: 25, value: '2016-08-23', resolved: 'relative' }] },
  { name: '次年', ref: REF, text: '2016年成立,次年上市', want: [
    { text: '2016年', start: 0, end: 5, value: '2016' }, { text: '次年', start: 8, end: 10, value: '2017', resolved: 'relative' }] },
  { name: '上月 and 本月', ref: REF, text: '上月和本月', want: [
    { text: '上月', start: 0, end: 2, value: '2021-05', resolved: 'relative' }, { text: '本月', start: 3, end: 5, value: '2021-06', resolved: 'relative' }] },
  { name: '今天 昨日 前日', ref: REF, text: '今天、昨日、前日', want: [
    { text: '今天', start: 0, end: 2, value: '2021-06-22', resolved: 'relative' },
    { text: '昨日', start: 3, end: 5, value: '2021-06-21', resolved: 'relative' },
    { text: '前日', start: 6, end: 8, value: '2021-06-20', resolved: 'relative' }] },
  { name: 'yearless date before the publish date', ref: REF, text: '7月4日深夜,', want: [{ text: '7月4日', start: 0, end: 4, value: '2020-07-04', resolved: 'relative' }] },
  { name: 'yearless date takes the paragraph year', ref: REF, text: '2019年初下降。\n6月底只有29家', want: [
    { text: '2019年初', start: 0, end: 6, value: '2019', part: 'start' },
    { text: '6月底', start: 10, end: 13, value: '2021-06', part: 'end', resolved: 'relative' }] },
  { name: 'same paragraph year wins', ref: REF, text: '2019年初下降,到6月底只有29家', want: [
    { text: '2019年初', start: 0, end: 6, value: '2019', part: 'start' },
    { text: '6月底', start: 10, end: 13, value: '2019-06', part: 'end', resolved: 'relative' }] },
  { name: 'no publish date: no year', ref: null, text: '9月14日,银保监会', want: [{ text: '9月14日', start: 0, end: 5, value: '--09-14', resolved: 'relative' }] },
  { name: 'no publish date: 今年 month', ref: null, text: '今年1月,', want: [{ text: '今年1月', start: 0, end: 4, value: '--01', resolved: 'relative' }] },
  { name: 'leap day goes back to a leap year', ref: '2017-03-22', text: '2月29日', want: [{ text: '2月29日', start: 0, end: 5, value: '2016-02-29', resolved: 'relative' }] },
  { name: 'day alone', ref: '2018-01-22', text: '29日你开心吗', want: [{ text: '29日', start: 0, end: 3, value: '2017-12-29', resolved: 'relative' }] },
  { name: 'evening of today', ref: '2016-11-07T14:07:00', text: '今晚6点', want: [{ text: '今晚6点', start: 0, end: 4, value: '2016-11-07T18:00:00+08:00', resolved: 'relative' }] },
  { name: 'relative word in a title is a name', ref: '2019-08-28', text: '《明日方舟》定于明日开服', want: [{ text: '明日', start: 8, end: 10, value: '2019-08-29', resolved: 'relative' }] },
  { name: '今日头条 is a company', ref: '2019-08-28', text: '今日头条转载了今日的消息', want: [{ text: '今日', start: 7, end: 9, value: '2019-08-28', resolved: 'relative' }] },
  { name: 'last year then a yearless month', ref: '2015-11-05', text: '我去年4月搬到上海,然后9月入职', want: [
    { text: '去年4月', start: 1, end: 5, value: '2014-04', resolved: 'relative' },
    { text: '9月', start: 12, end: 14, value: '2014-09', resolved: 'relative' }] },
  { name: '当日 is the day before it', ref: REF, text: '2002年10月9日遇袭。当日下午', want: [
    { text: '2002年10月9日', start: 0, end: 10, value: '2002-10-09' },
    { text: '当日', start: 13, end: 15, value: '2002-10-09', resolved: 'relative' }] },
  { name: '当年 with nothing before it is no date', ref: REF, text: '当年的P2P行业', want: [] },
  { name: 'yearless months in a range resolve each on its own', ref: '2018-09-18', text: '5月-10月的数据', want: [
    { text: '5月', start: 0, end: 2, value: '2018-05', range: 'from', resolved: 'relative' },
    { text: '10月', start: 3, end: 6, value: '2017-10', range: 'to', resolved: 'relative' }] },
  { name: 'Chinese-numeral month after a preposition', ref: REF, text: '在三月', want: [{ text: '三月', start: 1, end: 3, value: '2021-03', resolved: 'relative' }] },
  { name: 'midnight in an official text', ref: REF, text: '2020年1月1日零时起施行', want: [
    { text: '2020年1月1日零时', start: 0, end: 11, value: '2020-01-01T00:00:00+08:00', precision: 'minute' }] },
  { name: 'day and month from a day-first slash date', ref: '2020-12-15', text: '1/2/2020', want: [{ text: '1/2/2020', start: 0, end: 8, value: '2020-02-01' }] },
  { name: 'two-digit year month day', ref: '2020-12-15', text: '你12-11-10有时间吗', want: [{ text: '12-11-10', start: 1, end: 9, value: '2012-11-10' }] },
  // the future rule, ranges, compact forms, relative years, times (issue 18)
  { name: 'a sentence about what is to come looks forward', ref: '2005-03-31', text: '公司将于4月15日开盘', want: [
    { text: '4月15日', start: 4, end: 9, value: '2005-04-15', resolved: 'relative' }] },
  { name: 'a day alone about what is to come is next month', ref: '2005-03-31', text: '会议将于15日召开\n已于15日签约', want: [
    { text: '15日', start: 4, end: 7, value: '2005-04-15', resolved: 'relative' },
    { text: '15日', start: 12, end: 15, value: '2005-03-15', resolved: 'relative' }] },
  { name: 'without a future word the date looks back', ref: '2005-03-31', text: '公司于4月15日开盘', want: [
    { text: '4月15日', start: 3, end: 8, value: '2004-04-15', resolved: 'relative' }] },
  { name: '将近 is no future word', ref: '2005-03-31', text: '将近4月15日才到', want: [
    { text: '4月15日', start: 2, end: 7, value: '2004-04-15', resolved: 'relative' }] },
  { name: 'a range of days written with 号', ref: REF, text: '从2018年12月9号到15号', want: [
    { text: '2018年12月9号', start: 1, end: 11, value: '2018-12-09', range: 'from' },
    { text: '15号', start: 12, end: 15, value: '2018-12-15', resolved: 'relative', range: 'to' }] },
  { name: '号 alone is no day', ref: REF, text: '住在12号楼，坐3号线', want: [] },
  { name: 'a dotted year-month to a year', ref: REF, text: '任职经历：2008.03-2009', want: [
    { text: '2008.03', start: 5, end: 12, value: '2008-03', range: 'from' },
    { text: '2009', start: 13, end: 17, value: '2009', range: 'to' }] },
  { name: 'a dotted amount is no date', ref: REF, text: '增长2008.03亿元', want: [] },
  { name: 'eight digits that make a date', ref: REF, text: '公告20240307发布，编号20241399', want: [
    { text: '20240307', start: 2, end: 10, value: '2024-03-07', precision: 'day' }] },
  { name: 'a time after a hyphen', ref: REF, text: '2021-09-12-11:23 发布', want: [
    { text: '2021-09-12-11:23', start: 0, end: 16, value: '2021-09-12T11:23:00+08:00', precision: 'minute' }] },
  { name: 'a month and day with a middle dot', ref: REF, text: '“6·30”事件', want: [
    { text: '6·30', start: 1, end: 5, value: '2020-06-30', resolved: 'relative' }] },
  { name: '上一年 and 这一年 count from the paragraph', ref: REF, text: '2017年规模见顶，上一年还在增长，这一年', want: [
    { text: '2017年', start: 0, end: 5, value: '2017' },
    { text: '上一年', start: 10, end: 13, value: '2016', resolved: 'relative' },
    { text: '这一年', start: 18, end: 21, value: '2016', resolved: 'relative' }] },
  { name: '今明两年 is this year', ref: REF, text: '今明两年将完成', want: [
    { text: '今明两年', start: 0, end: 4, value: '2021', resolved: 'relative' }] },
  { name: 'quarter hours', ref: REF, text: '2019年3月5日8点三刻，3月6日20时15分', want: [
    { text: '2019年3月5日8点三刻', start: 0, end: 13, value: '2019-03-05T08:45:00+08:00', precision: 'minute' },
    { text: '3月6日20时15分', start: 14, end: 24, value: '2019-03-06T20:15:00+08:00', precision: 'minute', resolved: 'relative' }] },
  // not dates
  { name: 'durations', ref: REF, text: '三个月后,连续26个月,发展10多年,工作 3 年的他', want: [] },
  { name: 'vague periods', ref: REF, text: '近年来,前几年,过去 10 年', want: [] },
  { name: 'ages and terms', ref: REF, text: '85岁老人,3年期,20年期国债', want: [] },
  { name: 'money is not a year', ref: REF, text: '2000万元,2986.6亿元', want: [] },
  { name: 'versions, phones and addresses', ref: REF, text: 'v2.0.1版,电话888-000-9999,地址192.168.255.255', want: [] },
  { name: 'a detention of days', ref: null, text: '行政拘留5日的处罚', want: [] },
  { name: 'every year-end', ref: REF, text: '每年年底', want: [] },
  { name: 'a decade', ref: REF, text: '1990年代', want: [] },
  { name: 'day with 号 alone', ref: '2017-03-22', text: '12号', want: [] },
  { name: 'lunar first day', ref: REF, text: '正月初一', want: [] },
  { name: 'lunar day after a month', ref: REF, text: '十月初一', want: [] },
  { name: 'Chinese-numeral month as a count', ref: REF, text: '药品开封后保存一月,久则一月。须一月内用完', want: [] },
  { name: 'names with relative words', ref: REF, text: '这次年会,线上年会,不同月份,提前天数,相当年轻', want: [] },
  { name: 'a month in a name', ref: REF, text: '苏联的十月革命', want: [] },
  { name: 'a Chinese-numeral month ending its phrase', ref: REF, text: '一年中最冷的二月,街上行人稀少', want: [{ text: '二月', start: 6, end: 8, value: '2021-02', resolved: 'relative' }] },
  { name: 'a year before the common era', ref: REF, text: '公元前2000年', want: [] },
  { name: 'a number of years is not a two-digit year', ref: REF, text: '这10年来,发展了20年', want: [] },
  { name: 'yen is not a day', ref: REF, text: '兑换1日元', want: [] },
  { name: 'a day of the week glued to a month', ref: '2019-03-22', text: '星期一到十月一日', want: [{ text: '十月一日', start: 4, end: 8, value: '2018-10-01', resolved: 'relative' }] },
];

for (const c of CASES) {
  test(`dates: ${c.name} (reference ${c.ref ?? 'none'})`, () => {
    const got = extract(c.text, c.ref);
    const shown = got.map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value, part: d.part, resolved: d.resolved, range: d.range }));
    assert.equal(got.length, c.want.length, JSON.stringify(shown));
    c.want.forEach((w, i) => {
      const d = got[i]!;
      for (const key of Object.keys(w) as (keyof Want)[]) assert.equal(d[key], w[key], `${key} of item ${i}: ${JSON.stringify(shown)}`);
      assert.equal(c.text.slice(d.start, d.end), d.text, 'the span holds the text');
      if (!('part' in w)) assert.equal(d.part, undefined, `item ${i} has no part`);
      if (!('resolved' in w)) assert.equal(d.resolved, undefined, `item ${i} is read from the text`);
      if (!('range' in w)) assert.equal(d.range, undefined, `item ${i} is no range end`);
    });
  });
}

test('dates: linear and correct on hostile input (1 MB of 年, of digits, of list separators)', () => {
  assert.deepEqual(extract('年'.repeat(1_000_000), REF), []);
  assert.deepEqual(extract('7'.repeat(1_000_000), REF), []);
  const years = extract(`2019年${'年'.repeat(1_000_000)}`, REF);
  assert.deepEqual(years.map((d) => [d.value, d.start, d.end]), [['2019', 0, 5]]);
  const digits = '1'.repeat(1_000_000);
  const afterDigits = extract(`${digits},2019年11月28日`, REF);
  assert.deepEqual(afterDigits.map((d) => [d.value, d.start, d.end]), [['2019-11-28', 1_000_001, 1_000_012]]);
  const list = extract(`${'1、'.repeat(500_000)}2019年`, REF);
  assert.deepEqual(list.map((d) => [d.value, d.start]), [['2019', 1_000_000]]);
  assert.deepEqual(extract(' '.repeat(1_000_000) + '年底', null), []);
});

test('dates: Recognizers-Text datetime suite passes at least 90% of scored cases', async (t) => {
  const suite = sharedOrSkip('bench', 'msrt_zh_datetime_model.jsonl');
  const runner = sharedOrSkip('tools', 'suite.mjs');
  const skip = suite.skip || runner.skip;
  if (skip) { t.skip(skip); return; }
  const input = toolOutput([runner.path, 'input', suite.path]);
  const r = await runCli(['extract', '-', '--no-strip', '--format', 'jsonl'], { stdin: input });
  assert.equal(r.code, 0, r.stderr);
  const records = join(mkdtempSync(join(tmpdir(), 'zhfin-dates-')), 'out.jsonl');
  writeFileSync(records, r.stdout);
  const scored = JSON.parse(toolOutput([runner.path, 'score', suite.path, '--records', records, '--json']));
  const total = scored.summary.total;
  assert.ok(total.scored > 150, `the suite scores ${total.scored} cases`);
  assert.ok(total.passRate >= 0.9, `pass rate ${(100 * total.passRate).toFixed(1)}% of ${total.scored} scored cases`);
});
