// The figure parsers, in the order they are tried (as chrono-node's parsers):
// each looks at one number read from the text and what stands right after it,
// and returns a reading or nothing. The first one that reads it wins.
import type { FigureKind, Qualifier } from '../../src/schema.js';
import type { Token } from '../types.js';
import type { FigureWords } from './words.js';
import { readNumber, type NumberToken } from '../lib/numerals.js';
import { copyWith } from '../lib/objects.js';

/** One figure as read in the compact view (see compact.ts). */
export interface Reading {
  /** Span of the whole figure, prefix and suffix words included. */
  start: number;
  end: number;
  tok: NumberToken;
  kind: FigureKind;
  unit: string;
  value: number;
  /** Upper end when the figure is a range. */
  max?: number;
  inferred?: boolean;
  /** Read from a noun in the clause rather than a unit word (投资者超过22万). */
  fromContext?: boolean;
  /** An amount opening a clause right after a money figure, restating it (……3.74万亿元。近4万亿，……). */
  restates?: boolean;
  /** Set when the unit word itself says how exact the figure is (10倍之多). */
  qualifier?: Qualifier;
  /** The denominator of a rate (8500元/平方米, 每兆瓦时280元), set by a refiner. */
  per?: string;
}

export interface ParseEnv {
  s: string;
  w: FigureWords;
  /** The segmenter's word that starts at a view position, if any (computed on demand). */
  wordAt(pos: number): Token | undefined;
  /** The segmenter's word that runs across a view position (starts before it, ends after it), if any. */
  wordAround(pos: number): Token | undefined;
  /** View offset of the end of a segmenter word. */
  wordEnd(t: Token): number;
  /** End of the last money figure read so far, for amounts whose currency the context gives. */
  lastMoneyEnd: number;
}

export interface FigureParser {
  name: string;
  parse(tok: NumberToken, env: ParseEnv): Reading | null;
}

const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u3400' && c <= '\u9fff';
const UNIT_CHARS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 亿: 1e8 };
const DIGIT_LIKE = /[0-9零〇一二两三四五六七八九十百千万亿]/;
const CLAUSE_END = new Set(['，', '。', '；', '！', '？', ',', ';', '!', '?', '\n', '：', ':', '、', '（', '(', '）', ')']);

const reading = (tok: NumberToken, end: number, kind: FigureKind, unit: string, value = tok.value, max = tok.max): Reading =>
  ({ start: tok.start, end, tok, kind, unit, value, ...(max !== undefined ? { max } : {}) });

/** 百分之二十, 千分之2.4, 万分之三: a share of a hundred, thousand ... written as a fraction. */
const fractionPercent: FigureParser = {
  name: 'fraction-percent',
  parse(tok, { s }) {
    let j = tok.start;
    let den = 1;
    while (UNIT_CHARS[s[j]!] && j - tok.start < 4) den *= UNIT_CHARS[s[j++]!]!; // 百万万 is the longest
    if (den < 100 || !s.startsWith('分之', j)) return null;
    if (DIGIT_LIKE.test(s[tok.start - 1] ?? '')) return null; // 五百分之2.2 is a fraction, not a share
    const num = readNumber(s, j + 2);
    if (!num || num.digitString && !num.arabic) return null;
    if (/[秒米克寸尺]/.test(s[num.end] ?? '')) return null; // 百分之一秒: a fraction of a unit, not a share
    const scale = 100 / den;
    const r = reading(num, num.end, 'percent', '%', num.value * scale, num.max !== undefined ? num.max * scale : undefined);
    r.start = tok.start;
    return r;
  },
};

/** 三分之一, 四分之三: a fraction with a small denominator is a share, written as a percent (33.33). */
const smallFraction: FigureParser = {
  name: 'fraction',
  parse(tok, { s }) {
    if (!s.startsWith('分之', tok.end) || tok.max !== undefined || tok.decimal || tok.bare) return null;
    if (tok.value < 2 || tok.value > 10) return null; // 百分之 and 千分之 are read above; 五百分之2.2 is no share
    const num = readNumber(s, tok.end + 2);
    if (!num || num.max !== undefined || num.value <= 0 || num.value >= tok.value) return null;
    if (/[秒米克寸尺]/.test(s[num.end] ?? '')) return null; // 三分之一秒: a fraction of a unit
    return reading(tok, num.end, 'percent', '%', Math.round((num.value / tok.value) * 10000) / 100);
  },
};

/** 25%, 2.4个百分点 (percentage points, unit pp). */
const percentSuffix: FigureParser = {
  name: 'percent',
  parse(tok, { s, w }) {
    const m = w.percentSuffixes.after(s, tok.end);
    if (!m || tok.bare) return null;
    return reading(tok, tok.end + m.word.length, 'percent', m.value);
  },
};

/** 九成, 三成半, 七成六: tenths. 成 also starts many words (成为, 一成不变), which are left alone. */
const chengPercent: FigureParser = {
  name: 'cheng',
  parse(tok, { s, w }) {
    if (s[tok.end] !== '成' || tok.bare || tok.value > 10 || (tok.max ?? 0) > 10 || tok.over) return null;
    let end = tok.end + 1;
    let extra = 0;
    const next = s[end];
    if (next === '半') { extra = 5; end++; }
    else if (next !== undefined && /[一二三四五六七八九]/.test(next) && !isHan(s[end + 1])) { extra = readNumber(s, end)!.value; end++; }
    else if (next !== undefined && w.chengBlockers.has(next)) return null;
    return reading(tok, end, 'percent', '%', tok.value * 10 + extra, tok.max !== undefined ? tok.max * 10 + extra : undefined);
  },
};

/** 1.5倍, 10倍之多. */
const multiple: FigureParser = {
  name: 'multiple',
  parse(tok, { s }) {
    if (s[tok.end] !== '倍' || tok.bare) return null;
    return reading(tok, tok.end + 1, 'multiple', '倍');
  },
};

/** 85.8亿元, 1200亿美元, 三万元欧元, 50元6角三分, 人民币8千元, ￥300. */
const money: FigureParser = {
  name: 'money',
  parse(tok, { s, w }) {
    let end = tok.end;
    let code: string | null = null;
    let yuanOnly = false;
    const cur = w.currencies.after(s, end);
    if (cur) {
      code = cur.value; end += cur.word.length;
      yuanOnly = w.yuanWords.has(cur.word);
      // 三万元欧元, 9000元日币: the word after 元 names the currency.
      const second = yuanOnly ? w.currencies.after(s, end) : null;
      if (second && !w.yuanWords.has(second.word)) { code = second.value; end += second.word.length; yuanOnly = false; }
    }
    let amount = tok.value;
    let subUnit = false;
    if (code) {
      // 五元三毛, 两美元又三美分, 123元1角1分
      for (let p = end; ;) {
        if (s[p] === '又' || s[p] === '零') p++;
        const t = readNumber(s, p);
        const sub = t && t.max === undefined && !t.bare ? w.subUnits.after(s, t.end) : null;
        if (!t || !sub || t.value >= 100 || /[钟之]/.test(s[t.end + sub.word.length] ?? '')) break; // not 5分钟, 3分之一
        amount += t.value * sub.value; end = t.end + sub.word.length; subUnit = true; p = end;
      }
      const tail = w.moneyTails.after(s, end);
      if (tail) end += tail.word.length;
      // 块 is also a classifier (三块屏幕): money only when nothing it could count follows.
      if (cur?.word === '块' && !subUnit && !tail && isHan(s[end]) && !/[的了吧呢啊呀多]/.test(s[end]!)
        && !w.qualifierSuffixes.after(s, end)) return null;
    }
    const prefix = w.currencyPrefixes.before(s, tok.start);
    let start = tok.start;
    if (prefix && (!code || yuanOnly)) {
      code = w.currencies.get(prefix.word) ?? 'CNY';
      start -= prefix.word.length;
    }
    if (!code) return null;
    const r = reading(tok, end, 'money', code, amount, tok.max !== undefined ? tok.max + (amount - tok.value) : undefined);
    r.start = start;
    return r;
  },
};

/** 3年, 26个月, 10多年, 一年半: durations. Years (2019年, 19年底, 二〇一九年) are dates, not figures. */
const duration: FigureParser = {
  name: 'duration',
  parse(tok, { s, w }) {
    const m = w.durations.after(s, tok.end);
    if (!m || tok.bare || tok.digitString && !tok.plainDigits) return null;
    let end = tok.end + m.word.length;
    if (m.word === '年') {
      const digits = tok.plainDigits;
      if (digits && (digits.length >= 4 || digits.length === 3 && digits.startsWith('0'))) return null;
      if (digits && digits.length === 2 && /[0-9一二三四五六七八九十初底末中上下春夏秋冬度]/.test(s[end] ?? '')) return null;
      if (tok.decimal) return null;
      if (/[级代度薪息龄纪轻报]/.test(s[end] ?? '')) return null; // 三年级, 九十年代, 年度, 年薪: words, not years
    }
    let value = tok.value, max = tok.max;
    let qualifier: Qualifier | undefined;
    if (s[end] === '半' && m.word === '年') { value += 0.5; if (max !== undefined) max += 0.5; end++; }
    else if (m.word === '个半月') { value += 0.5; if (max !== undefined) max += 0.5; }
    else if (m.word === '个多月' || (s[end] === '多' && m.word === '年')) { qualifier = 'over'; if (s[end] === '多') end++; }
    const r = reading(tok, end, 'duration', m.value, value, max);
    if (qualifier) r.qualifier = qualifier;
    return r;
  },
};

/** 800万千瓦, 36平米, 15米, 63岁: a physical or other quantity, its unit as written. */
const quantity: FigureParser = {
  name: 'quantity',
  parse(tok, { s, w }) {
    const m = w.quantityUnits.after(s, tok.end);
    if (!m || tok.bare || tok.digitString && !tok.plainDigits) return null;
    const next = s[tok.end + m.word.length] ?? '';
    // The unit's character starting another word: 米兰, 升级, 克服, 岁月.
    if (next && QUANTITY_BLOCKERS[m.word.slice(-1)]?.includes(next)) return null;
    return reading(tok, tok.end + m.word.length, 'quantity', m.word);
  },
};
const QUANTITY_BLOCKERS: Record<string, string> = { 米: '兰饭粒面', 升: '级值职高降为空', 克: '服隆拉', 岁: '月末数' };

/** 364家, 210余人, 两个, 6 个: a count with a measure word. */
const measured: FigureParser = {
  name: 'count',
  parse(tok, env) {
    const { s, w } = env;
    const m = w.measures.after(s, tok.end);
    if (!m || tok.bare && !w.qualifierPrefixes.before(s, tok.start)) return null;
    if (tok.decimal && tok.big === 1) return null; // 2.2本: a section number, not a count
    // The segmenter tells a measure word from the first character of a word (51个人贷款, 3名为).
    // ... and a number inside a name (四部委) from a count.
    const around = env.wordAround(tok.end);
    if (around && around.tag !== 'm' && env.wordEnd(around) > tok.end + m.word.length) return null;
    const word = env.wordAt(tok.end);
    if (word && word.word.length > m.word.length && /^(n|nz|v|vn|l|a|d)$/.test(word.tag) && !w.measureCompounds.has(word.word)
      && !w.measures.has(word.word)) return null;
    return reading(tok, tok.end + m.word.length, 'count', m.word);
  },
};

/**
 * A number with a magnitude and no unit, measured by a noun next to it in its clause:
 * 投资者超过22万 (people), 待收余额有数十亿 (money, inferred), or a follow-up amount
 * right after a money figure (……共计3.74万亿元。近4万亿，……).
 */
const contextual: FigureParser = {
  name: 'context',
  parse(tok, env) {
    const { s, w } = env;
    if (tok.big < 1e3 || tok.digitString) return null;
    if (tok.bare && !w.qualifierPrefixes.before(s, tok.start) && s[tok.end] !== '级') return null;
    const after = w.personNouns.after(s, tok.end) ? 'person' : w.moneyNouns.after(s, tok.end) ? 'money' : null;
    const before = after ?? nounBefore(s, tok.start, w);
    if (before === 'person') return copyWith(reading(tok, tok.end, 'count', '人'), { fromContext: true });
    // An amount opening a clause right after a money figure restates money (……3.74万亿元。近4万亿，……).
    const lead = w.qualifierPrefixes.before(s, tok.start)?.word.length ?? 0;
    const opensClause = tok.start - lead === 0 || CLAUSE_END.has(s[tok.start - lead - 1]!) || s[tok.start - lead - 1] === '。';
    const followsMoney = env.lastMoneyEnd >= 0 && tok.start - env.lastMoneyEnd <= 24 && tok.big >= 1e8 && opensClause;
    if (before === 'money' || followsMoney) {
      const r = reading(tok, tok.end, 'money', 'CNY');
      r.inferred = true; r.fromContext = true;
      if (before !== 'money') r.restates = true;
      return r;
    }
    return null;
  },
};

/** The nearest person or money noun ending shortly before `i`, within the clause. */
function nounBefore(s: string, i: number, w: FigureWords): 'person' | 'money' | null {
  for (let k = i; k > 0 && i - k <= 10; k--) {
    if (CLAUSE_END.has(s[k - 1]!) || /[0-9]/.test(s[k - 1]!)) return null;
    if (w.personNouns.before(s, k)) return 'person';
    if (w.moneyNouns.before(s, k)) return 'money';
  }
  return null;
}

export const PARSERS: FigureParser[] = [fractionPercent, smallFraction, percentSuffix, chengPercent, multiple, money, duration, quantity, measured, contextual];

/** 半年, 半个月, 半成: a half with no digit. */
export function readHalf(s: string, i: number, w: FigureWords): Reading | null {
  // 上半年 and 下半年 are parts of a year (dates); 半导体, 半年报 are words.
  if (s[i] !== '半' || /[上下前后一二三四五六七八九十两]/.test(s[i - 1] ?? '')) return null;
  const tok: NumberToken = { start: i, end: i + 1, value: 0.5, arabic: false, digitString: false, bare: false, big: 1, leadSmall: 1, single: true, decimal: false };
  if (s[i + 1] === '成') return w.chengBlockers.has(s[i + 2]!) ? null : reading(tok, i + 2, 'percent', '%', 5); // not 半成品
  const m = w.durations.after(s, i + 1);
  if (m && (m.word === '年' || m.word === '个月') && !/[报度末底初内中]/.test(s[i + 1 + m.word.length] ?? '')) return reading(tok, i + 1 + m.word.length, 'duration', m.value, 0.5);
  return null;
}
