// Reading numbers as Chinese news writes them: Arabic with separators and
// decimals (2,986.6  82，225.00  15k), Chinese numerals (三千, 一千零五十, 两,
// 廿三, 壹仟玖佰, 一点五), magnitude words and their mixtures (1.14万亿, 5千亿,
// 两个亿), 多/余 (130多亿), and the ranges Chinese packs into one number
// (五六千, 三四十, 几十万, 数百亿, 十几).
//
// readNumber() is a left-to-right reader that stops at the first character
// that would make the numeral invalid, so it runs in time linear in what it
// reads and never backtracks (no regular expressions over user text).

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };
/** 廿 and 卅 are a digit and 十 in one character. */
const TENS: Record<string, number> = { 廿: 20, 卅: 30 };
/** Arabic shorthand multipliers: 15k, 30w. */
const LATIN_MULT: Record<string, number> = { k: 1e3, K: 1e3, w: 1e4, W: 1e4 };
const OVER = new Set(['多', '余']);
/** Characters after which a hyphen before digits is a minus sign. */
const MINUS_AFTER = new Set([...' \n\t，,。：:；;（(“"、为是至到达了约']);

export interface NumberToken {
  start: number;
  end: number;
  /** The value, or the lower end when the numeral itself is a range (五六千, 几十). */
  value: number;
  /** Upper end when the numeral is a range. */
  max?: number;
  /** 几 / 数: a vague envelope (几十 is 10..100) rather than an explicit pair (五六千). */
  vague?: boolean;
  /** 多 or 余 inside the number (130多亿, 83万余). */
  over?: boolean;
  /** Written (at least in its digits) with Arabic digits. */
  arabic: boolean;
  /** Digits read positionally with no unit word: 2019, 二〇一九. */
  digitString: boolean;
  /** Starts with a magnitude word and no digit (百亿, 万): only a number next to a qualifier. */
  bare: boolean;
  /** Product of the trailing magnitude words (万, 亿, k ...), 1 when none. */
  big: number;
  /** The small unit right after a single leading digit (九百亿 -> 100, 3千 -> 1000), else 1. */
  leadSmall: number;
  /** A single digit with no unit at all (the 八 of 八到九百亿). */
  single: boolean;
  /** Has a decimal part. */
  decimal: boolean;
  /** Arabic integer digits as written, when the number is nothing more (for years, codes, brand numbers). */
  plainDigits?: string;
}

const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
// Asked of every character of every text: a table, not four object look-ups.
const NUMERAL_CHARS = new Uint8Array(65536);
for (const c of [...Object.keys(DIGIT), ...Object.keys(SMALL), ...Object.keys(TENS), '万', '亿', '几']) NUMERAL_CHARS[c.charCodeAt(0)] = 1;
export const isNumeralChar = (c: string | undefined): boolean => c !== undefined && NUMERAL_CHARS[c.charCodeAt(0)] === 1;
export const isNumeralCode = (code: number): boolean => NUMERAL_CHARS[code] === 1;

/** Value of a Chinese numeral such as 三千, 一千零五十, 十二, 一万二 -> null when the whole string is not one. */
export function parseChineseNumeral(s: string): number | null {
  const t = readNumber(s, 0);
  if (!t || t.end !== s.length || t.max !== undefined) return null;
  return t.value;
}

/** Read the number that starts at `i` in `s`, or null. */
export function readNumber(s: string, i: number): NumberToken | null {
  let at = i;
  let sign = 1;
  const c0 = s[at];
  // 负 is always a sign; a hyphen only where no range could end on its left (20%-30%, 1万(含)-5万元, 3000元-5000元).
  const left = s[at - 1];
  if (c0 === '负' || ((c0 === '-' || c0 === '－') && (left === undefined || MINUS_AFTER.has(left)))) {
    const next = s[at + 1];
    if (isAsciiDigit(next) || (c0 === '负' && next !== undefined && next in DIGIT)) { sign = -1; at++; }
  }
  const tok = isAsciiDigit(s[at]) ? readArabic(s, at) : readChinese(s, at);
  if (!tok) return null;
  if (sign < 0) {
    tok.start = i;
    const lo = tok.value;
    tok.value = -(tok.max ?? lo);
    if (tok.max !== undefined) tok.max = -lo;
  }
  return tok;
}

/** Digits, thousands groups, decimals, then k/w, 多/余 and magnitude words. */
function readArabic(s: string, start: number): NumberToken {
  let at = start;
  let digits = '';
  let grouped = false;
  const signLed = '$￥¥€£'.includes(s[start - 1] ?? 'x');
  while (at < s.length) {
    const c = s[at]!;
    if (isAsciiDigit(c)) { digits += c; at++; continue; }
    // A separator counts only before exactly three digits: 82，225 yes, a list 1，2 no.
    // Chinese input methods type the thousands comma full-width (82，225.00); an amount led by
    // a currency sign ($20，300美圆) is written the Western way, so there it separates a list.
    if ((c === ',' || (c === '，' && !signLed)) && digits.length > 0
      && isAsciiDigit(s[at + 1]) && isAsciiDigit(s[at + 2]) && isAsciiDigit(s[at + 3]) && !isAsciiDigit(s[at + 4])) {
      grouped = true; at++; continue;
    }
    break;
  }
  let frac = '';
  if (s[at] === '.' && isAsciiDigit(s[at + 1])) {
    at++;
    while (isAsciiDigit(s[at])) frac += s[at++];
  }
  let value = Number(frac ? `${digits}.${frac}` : digits);
  const plain = !grouped && !frac;
  let big = 1;
  let leadSmall = 1;
  let over = false;
  let units = false;
  const latin = s[at] !== undefined ? LATIN_MULT[s[at]!] : undefined;
  if (latin && !isAsciiLetter(s[at + 1])) { big = latin; at++; units = true; }
  if (OVER.has(s[at]!) && !units) { over = true; at++; }
  if (!units) {
    const small = SMALL[s[at]!];
    if (small) { leadSmall = small; value *= small; at++; units = true; }
    let lastBig = 0;
    for (;;) {
      const skipGe = s[at] === '个' && s[at + 1] === '亿' ? 1 : 0; // 3个亿
      const b = BIG[s[at + skipGe]!];
      if (!b || b <= lastBig || s[at + skipGe] === '兆') break;
      big *= b; lastBig = b; at += 1 + skipGe; units = true;
    }
  }
  if (!over && OVER.has(s[at]!) && units) { over = true; at++; }
  value *= big;
  return {
    start, end: at, value, over: over || undefined, arabic: true,
    digitString: plain && !units && !over, bare: false, big, leadSmall,
    single: digits.length === 1 && !frac && !units, decimal: frac !== '',
    plainDigits: plain && !units && !over ? digits : undefined,
  };
}

/** A Chinese numeral: longest valid prefix, read in one pass with a low and a high reading for ranges. */
function readChinese(s: string, start: number): NumberToken | null {
  const first = s[start];
  if (first === undefined) return null;
  const vagueFirst = first === '数' && (s[start + 1]! in SMALL || s[start + 1]! in BIG);
  if (!isNumeralChar(first) && !vagueFirst) return null;

  // Positional digits (二〇一九, 一九九八): a run of three or more plain digits, or two that are not a pair.
  const run = digitRunLength(s, start);
  if (run >= 2 && !isPair(s, start)) {
    let v = 0;
    for (let k = 0; k < run; k++) v = v * 10 + DIGIT[s[start + k]!]!;
    return { start, end: start + run, value: v, arabic: false, digitString: true, bare: false, big: 1, leadSmall: 1, single: false, decimal: false };
  }

  let lo = 0, hi = 0; // closed big-unit groups
  let secLo = 0, secHi = 0; // current section
  let pend: [number, number] | null = null; // pending digit (low, high)
  let pendAfterUnit = 0; // the unit the pending digit follows directly (for 一万二 = 12000)
  let lastSmall = Infinity, lastBig = Infinity, lastUnit = 0;
  let zero = false, over = false, vague = false, pair = false, anyDigit = false, anyUnit = false;
  let leadSmall = 1, big = 1, smallAfterBig = false;
  let at = start;
  let frac = '';

  for (; at < s.length; at++) {
    const c = s[at]!;
    if (over && !(c in BIG) && !(c === '个' && s[at + 1] === '亿')) break; // after 多 only a magnitude may follow
    if (c in DIGIT) {
      const d = DIGIT[c]!;
      if (pend) break;
      // After a leading bare unit only 十 takes digits (十二); 万一, 千万一定 are words.
      if (anyUnit && !anyDigit && first !== '十' && first !== '拾') break;
      if (d === 0) {
        if (anyUnit) { zero = true; continue; } // 一千零五十: a filler
        if (anyDigit) break;
        pend = [0, 0]; anyDigit = true; // 零, 零点五
        continue;
      }
      const nextD = DIGIT[s[at + 1]!];
      if (nextD !== undefined && nextD !== 0 && isPair(s, at) && !pair && !vague) {
        pend = [d, nextD]; pair = true; anyDigit = true; pendAfterUnit = zero ? 0 : lastUnit; at++; continue;
      }
      pend = [d, d]; anyDigit = true; pendAfterUnit = zero ? 0 : lastUnit;
      continue;
    }
    if (c === '几' || (c === '数' && at === start)) {
      if (pend || vague || pair) break;
      // 几 before a unit with nothing read yet is 1..9 of that unit; after one (十几, 二十几万) it fills 0..9.
      const filling = secLo + lo > 0;
      pend = filling ? [0, 10] : [1, 10]; vague = true; anyDigit = true; pendAfterUnit = 0;
      continue;
    }
    if (c in TENS) {
      if (pend || anyUnit) break;
      secLo += TENS[c]!; secHi += TENS[c]!; lastSmall = 10; lastUnit = 10; anyUnit = true; anyDigit = true;
      continue;
    }
    if (c in SMALL) {
      const u = SMALL[c]!;
      if (u >= lastSmall) break;
      if (!pend && (secLo > 0 || lo > 0) && u !== 10) break; // 三千百 is not a numeral
      const [a, b] = pend ?? [1, 1];
      if (!anyUnit && pend) leadSmall = u;
      if (lastBig !== Infinity) smallAfterBig = true;
      secLo += a * u; secHi += b * u; pend = null; zero = false;
      lastSmall = u; lastUnit = u; anyUnit = true;
      continue;
    }
    const geYi = c === '个' && s[at + 1] === '亿' && !anyUnit && pend !== null; // 两个亿
    if (c in BIG || geYi) {
      const ch = geYi ? '亿' : c;
      const u = BIG[ch]!;
      if (ch === '兆' && !(s[at + 1]! in DIGIT)) break; // 兆 only inside a longer numeral (四十九兆九千...)
      if (u === lastBig) break;
      const [a, b] = pend ?? [0, 0];
      let gLo = secLo + a, gHi = secHi + b;
      if (gLo === 0 && gHi === 0 && lo === 0) { gLo = 1; gHi = 1; } // 万, 百亿 -> an implicit one
      if (lastBig === Infinity || u > lastBig) {
        // 三万亿: the larger unit multiplies everything read so far.
        lo = (lo + gLo) * u; hi = (hi + gHi) * u;
        big = lastBig === Infinity || smallAfterBig ? u : big * u;
      } else {
        lo += gLo * u; hi += gHi * u; big = u;
      }
      smallAfterBig = false;
      lastBig = u; lastSmall = Infinity; lastUnit = u; secLo = 0; secHi = 0; pend = null; zero = false; anyUnit = true;
      if (geYi) at++;
      continue;
    }
    if (OVER.has(c) && anyUnit && !pend && !over) { over = true; continue; }
    if (c === '点' && !frac && (pend || anyUnit) && DIGIT[s[at + 1]!] !== undefined && !vague && !pair) {
      let k = at + 1;
      while (k < s.length && DIGIT[s[k]!] !== undefined) frac += String(DIGIT[s[k++]!]);
      at = k;
      break;
    }
    break;
  }
  if (frac) {
    // Only a magnitude word may follow decimals: 一点五亿.
    const intPart = lo + secLo + (pend ? pend[0] : 0);
    let v = Number(`${intPart}.${frac}`);
    const u = BIG[s[at]!];
    if (u && u !== 1e12 && lo === 0) { v *= u; big = u; at++; if (BIG[s[at]!] && BIG[s[at]!]! > u) { v *= BIG[s[at]!]!; big *= BIG[s[at]!]!; at++; } }
    return { start, end: at, value: v, arabic: false, digitString: false, bare: false, big, leadSmall: 1, single: false, decimal: true };
  }
  if (!anyUnit && (vague || !anyDigit)) return null; // 几 alone (几个) is 'a few', not a number
  if (pend) {
    // 一万二 = 12000: a digit right after a unit fills the place below it.
    const scale = pendAfterUnit >= 100 ? pendAfterUnit / 10 : 1;
    secLo += pend[0] * scale; secHi += pend[1] * scale;
  }
  lo += secLo; hi += secHi;
  if (pend && pendAfterUnit >= 1e4) smallAfterBig = true; // 一万二: no longer a plain multiple of 万
  const single = at - start === 1 && !anyUnit && !vague;
  const tok: NumberToken = {
    start, end: at, value: lo, arabic: false, digitString: false, bare: !anyDigit && first !== '十' && first !== '拾', big: smallAfterBig ? 1 : big,
    leadSmall, single, decimal: false,
  };
  if (hi !== lo) tok.max = hi;
  if (vague) tok.vague = true;
  if (over) tok.over = true;
  return tok;
}

function digitRunLength(s: string, i: number): number {
  let k = i;
  while (k < s.length && DIGIT[s[k]!] !== undefined && s[k] !== '两') k++;
  return k - i;
}

/** 五六, 三五, 七八: two digits written together for "five or six" (not 〇 or 零). */
function isPair(s: string, i: number): boolean {
  const a = DIGIT[s[i]!], b = DIGIT[s[i + 1]!];
  if (a === undefined || b === undefined || a === 0) return false;
  if (DIGIT[s[i + 2]!] !== undefined) return false; // three digits in a row are positional
  return b - a === 1 || b - a === 2;
}
