// Numbers as dates write them: years digit by digit (二〇一九, 零八), months,
// days, hours and minutes in Arabic or Chinese numerals (十二, 二十九, 两).
import { parseChineseNumeral } from '../lib/numerals.js';

const YEAR_DIGIT: Record<string, string> = {
  '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
};

/** Regex fragments, shared by the parsers so that every number reads the same way. */
export const CN_YEAR_DIGIT = '[〇○零一二三四五六七八九]';
export const CN_MONTH = '(?:十[一二]|十|[一二三四五六七八九])';
export const CN_DAY = '(?:三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
export const CN_HOUR = '(?:二十[一二三四]?|十[一二三四五六七八九]?|[零一二两三四五六七八九])';
export const CN_MINUTE = '(?:[一二三四五]?十[一二三四五六七八九]?|[零一二三四五六七八九])';

/** A year written digit by digit: 2019, 二〇一九, 零八 → its digits as a number (2019, 8). */
export function yearDigits(s: string): number | null {
  let out = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (ch in YEAR_DIGIT) out += YEAR_DIGIT[ch];
    else return null;
  }
  return out ? Number(out) : null;
}

/** A small number (month, day, hour, minute) in Arabic or Chinese numerals. */
export function smallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  return parseChineseNumeral(s);
}

/**
 * The century of a two-digit year (19年, 07年): the latest year ending in those
 * digits that is at most ten years after the reference year (2029 without one),
 * so 98 reads 1998 and 19 reads 2019.
 */
export function fullYear(twoDigits: number, referenceYear: number | null): number {
  const limit = (referenceYear ?? 2019) + 10;
  const y = 2000 + twoDigits;
  return y <= limit ? y : y - 100;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether day/month is a real date (in `year`, when known: 2月29日 needs a leap year). */
export function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  if (month === 2 && day === 29 && year !== undefined) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}

/** Years a page about finance writes with four digits (not 5000年 of history, not 1000 of an amount). */
export const validYear = (y: number) => y >= 1800 && y <= 2199;
