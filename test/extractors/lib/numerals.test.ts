// Number reading, table-driven: each case gives the text, where the number
// starts, and what must be read (value or range, and where it ends).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChineseNumeral, readNumber } from '../../../extractors/lib/numerals.js';

interface Case {
  text: string;
  at?: number;
  value: number;
  max?: number;
  end: number;
  over?: boolean;
  vague?: boolean;
}

const CASES: Case[] = [
  // Arabic: separators, decimals, full-width comma, shorthand multipliers
  { text: '2,986.6亿元', value: 298660000000, end: 8 },
  { text: '82，225.00元', value: 82225, end: 9 },
  { text: '233,333，333,434.344元', value: 233333333434.344, end: 19 },
  { text: '1.14万亿元', value: 1140000000000, end: 6 },
  { text: '5千亿元', value: 500000000000, end: 3 },
  { text: '3千万亿日元', value: 3e15, end: 4 },
  { text: '9佰日元', value: 900, end: 2 },
  { text: '15k左右', value: 15000, end: 3 },
  { text: '30w上下', value: 300000, end: 3 },
  { text: '3个亿', value: 3e8, end: 3 },
  { text: '130多亿元', value: 13000000000, end: 5, over: true },
  { text: '83万余个', value: 830000, end: 4, over: true },
  { text: '210余人', value: 210, end: 4, over: true },
  { text: '-22.2%', value: -22.2, end: 5 },
  { text: '1，2，3', value: 1, end: 1 }, // a list, not thousands
  { text: '$20，300美圆', at: 1, value: 20, end: 3 },
  // Chinese numerals
  { text: '三千', value: 3000, end: 2 },
  { text: '一千零五十', value: 1050, end: 5 },
  { text: '两家', value: 2, end: 1 },
  { text: '廿三', value: 23, end: 2 },
  { text: '十二', value: 12, end: 2 },
  { text: '五十二万零三百零七元', value: 520307, end: 9 },
  { text: '贰万三千四百五十六元', value: 23456, end: 9 },
  { text: '肆佰叁拾万', value: 4300000, end: 5 },
  { text: '三十七兆八千四百六十一亿元', value: 37846100000000, end: 12 },
  { text: '三万亿', value: 3e12, end: 3 },
  { text: '三亿五千万', value: 350000000, end: 5 },
  { text: '一万二', value: 12000, end: 3 },
  { text: '两个亿', value: 2e8, end: 3 },
  { text: '一点五亿', value: 150000000, end: 4 },
  { text: '拾万零七十八点伍伍', value: 100078.55, end: 9 },
  { text: '百亿级', value: 1e10, end: 2 },
  { text: '七十百分位', value: 70, end: 2 }, // stops where the numeral stops being valid
  { text: '负三', value: -3, end: 2 },
  // Ranges inside one numeral
  { text: '五六千家', value: 5000, max: 6000, end: 3 },
  { text: '三四十', value: 30, max: 40, end: 3 },
  { text: '十五六岁', value: 15, max: 16, end: 3 },
  { text: '八九亿', value: 8e8, max: 9e8, end: 3 },
  { text: '几十万', value: 1e5, max: 1e6, end: 3, vague: true },
  { text: '数百亿', value: 1e10, max: 1e11, end: 3, vague: true },
  { text: '十几块', value: 10, max: 20, end: 2, vague: true },
  { text: '二十几万', value: 200000, max: 300000, end: 4, vague: true },
  { text: '十多欧元', value: 10, end: 2, over: true },
  // Positional digits (years) are read as such
  { text: '二〇一九年', value: 2019, end: 4 },
];

for (const c of CASES) {
  test(`readNumber ${c.text}`, () => {
    const t = readNumber(c.text, c.at ?? 0);
    assert.ok(t, 'no number read');
    assert.equal(t.start, c.at ?? 0);
    assert.equal(t.end, c.end);
    assert.ok(Math.abs(t.value - c.value) <= 1e-9 * Math.max(1, Math.abs(c.value)), `value ${t.value}`);
    assert.equal(t.max, c.max);
    assert.equal(Boolean(t.over), Boolean(c.over));
    assert.equal(Boolean(t.vague), Boolean(c.vague));
  });
}

const NOT_NUMBERS = ['几个', '多多', '数据', '点五', '成'];
for (const text of NOT_NUMBERS) {
  test(`readNumber reads nothing at ${text}`, () => {
    assert.equal(readNumber(text, 0), null);
  });
}

test('parseChineseNumeral, the export other extractors use', () => {
  assert.equal(parseChineseNumeral('三千'), 3000);
  assert.equal(parseChineseNumeral('一千零五十'), 1050);
  assert.equal(parseChineseNumeral('十二'), 12);
  assert.equal(parseChineseNumeral('零'), 0);
  assert.equal(parseChineseNumeral('二十九'), 29);
  assert.equal(parseChineseNumeral('两'), 2);
  assert.equal(parseChineseNumeral('二〇一九'), 2019);
  assert.equal(parseChineseNumeral('三千元'), null);
  assert.equal(parseChineseNumeral(''), null);
});
