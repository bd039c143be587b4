// Reading numbers as Chinese news writes them: Arabic with separators and
// decimals, Chinese numerals (三千, 一千零五十, 两), and magnitude words.

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral such as 三千, 一千零五十, 十二, 2万 → null when it is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0; // completed 万/亿 groups
  let section = 0; // below the current big unit
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch]!;
      digit = null;
    } else if (ch in BIG_UNIT) {
      const unit = BIG_UNIT[ch]!;
      const group = (section + (digit ?? 0)) || 1;
      // 万亿: the 亿 multiplies what came before, including a finished 万 group.
      if (unit > 1e4 && total > 0 && total < unit) { total = (total + group) * unit; }
      else total += group * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Arabic number with optional thousands separators (, or ，) and a decimal part. */
export function parseArabic(s: string): number | null {
  const clean = s.replace(/[,，]/g, '');
  if (!/^\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}
