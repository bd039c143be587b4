// Refiners: functions from the whole list of readings to a new list (as in
// chrono-node): joining ranges (3000-5000元, 从8500到3万港元), attaching
// qualifier words, and dropping numbers that are labels rather than quantities.
import type { Qualifier } from '../../src/schema.js';
import type { FigureWords } from './words.js';
import type { Reading } from './parsers.js';
import type { NumberToken } from '../lib/numerals.js';
import { copyWith } from '../lib/objects.js';

/** Every number read in order, with the figure it became (or null). */
export interface Slot {
  tok: NumberToken;
  reading: Reading | null;
}

export interface RefineEnv {
  s: string;
  w: FigureWords;
  /** Digits that begin platform names (51 of 51信用卡): numbers there are names. */
  brandPrefixes: string[];
}

/** A refined figure: a reading with its qualifier settled and a range's ends. */
export interface Refined extends Reading {
  qualifier: Qualifier;
  min?: number;
}

/**
 * A: A SEPARATOR B, where B is a figure and A a number with no unit or the same
 * unit: one range. A bare left end takes the magnitude of the right one where
 * Chinese leaves it out (两到三万 = 2万..3万, 八到九百亿 = 800亿..900亿).
 */
export function mergeRanges(slots: Slot[], env: RefineEnv): Slot[] {
  const { s, w } = env;
  const out: Slot[] = [];
  for (const slot of slots) {
    const prev = out[out.length - 1];
    // 薪酬能给到10k~15k: the noun that made the left end a figure makes the right end one too.
    const b = slot.reading ?? (prev?.reading?.fromContext && !slot.tok.digitString
      ? { ...prev.reading, start: slot.tok.start, end: slot.tok.end, tok: slot.tok, value: slot.tok.value } : null);
    if (b && prev && b.max === undefined && prev.tok.max === undefined && b.tok.start === b.start) {
      const sep = w.rangeSeparators.before(s, b.start);
      let aEnd = sep ? b.start - sep.word.length : -1;
      const incl = sep ? w.inclusiveMarks.before(s, aEnd) : null;
      if (incl) aEnd -= incl.word.length;
      const a = prev.reading;
      const aOk = a ? a.end === aEnd && a.kind === b.kind && a.unit === b.unit : prev.tok.end === aEnd;
      if (sep && aOk && !(prev.tok.digitString && !prev.tok.arabic)) {
        const min = a ? a.value : scaleLeft(prev.tok, b.tok) * (b.value / b.tok.value || 1);
        if (min < b.value) {
          let start = a ? a.start : prev.tok.start;
          if (s[start - 1] === '从') start--;
          out[out.length - 1] = { tok: prev.tok, reading: null };
          out.push({ tok: slot.tok, reading: copyWith(b, { start, value: min, max: b.value }) });
          continue;
        }
      }
    }
    out.push(slot);
  }
  return out;
}

/** The left end of a range in the right end's magnitude, where Chinese writes it once. */
function scaleLeft(a: NumberToken, b: NumberToken): number {
  if (a.big !== 1 || a.decimal && b.big === 1) return a.value;
  if (a.single && b.leadSmall > 1) return a.value * b.leadSmall * b.big; // 八到九百亿, 两~3百
  if (b.big > 1 && a.value * b.big <= b.value) return a.value * b.big; // 十八至三十万, 10~15k
  return a.value;
}

/**
 * Qualifier words before and after a figure, and what the number says itself (多, 几十, 五六千).
 * 高达 ('as high as') is not a qualifier: it stresses the size of a stated amount without
 * saying the amount is exceeded, so 高达5千亿元 is exact (the word table leaves it out on purpose).
 */
export function qualify(readings: Reading[], env: RefineEnv): Refined[] {
  const { s, w } = env;
  return readings.map((r) => {
    let start = r.start, end = r.end;
    let pre = w.qualifierPrefixes.before(s, start);
    // 最近 and 附近 are words, not 'nearly'; 上 qualifies only 上千万, 上万.
    if (pre && pre.word === '近' && /[最附临]/.test(s[start - 2] ?? '')) pre = null;
    if (pre && pre.word === '上' && !r.tok.bare) pre = null;
    if (pre) start -= pre.word.length;
    let post = w.qualifierSuffixes.after(s, end);
    if (post && post.word === '上下' && /[游级文班]/.test(s[end + 2] ?? '')) post = null;
    // 级 makes an order of magnitude (百亿级, 数百亿级), not a level (3级).
    if (post && post.word === '级' && !(r.end === r.tok.end && (r.tok.bare || r.tok.big >= 1e4))) post = null;
    // 多 after a written unit: 14%多 is over; elsewhere the number reads its own 多 (130多亿, 10多年).
    if (post && post.word === '多' && (r.kind !== 'percent' || /[数少种样]/.test(s[end + 1] ?? ''))) post = null;
    if (post) end += post.word.length;
    let qualifier: Qualifier;
    if (r.max !== undefined) qualifier = r.tok.vague ? 'approx' : 'range';
    else qualifier = pre?.value ?? post?.value ?? r.qualifier ?? (r.tok.over ? 'over' : 'exact');
    const out: Refined = copyWith(r, { start, end, qualifier });
    if (r.max !== undefined) out.min = r.value;
    return out;
  });
}

/** Drop ordinals (第三), back-references (这两家), 一 as an article (一家), codes and brand numbers. */
export function dropNonFigures(items: Refined[], env: RefineEnv): Refined[] {
  const { s, w } = env;
  return items.filter((f) => {
    const t = f.tok;
    if (w.ordinalMarks.before(s, f.start)) return false;
    if (/[A-Za-z]/.test(s[t.start - 1] ?? '') || (/[A-Za-z]/.test(s[t.end] ?? '') && f.end === t.end)) return false;
    if (f.kind === 'count' && !t.arabic && t.value < 10 && f.max === undefined && w.demonstratives.before(s, f.start)) return false;
    if (f.kind === 'count' && t.single && !t.arabic && t.value === 1 && f.qualifier === 'exact') return false;
    // 有一天, 每一年, 这一年: a moment in a story, not a length of time.
    if (f.kind === 'duration' && t.single && !t.arabic && t.value === 1 && /[有每这那某同]/.test(s[f.start - 1] ?? '')) return false;
    if (f.kind !== 'money' && (t.plainDigits?.length ?? 0) >= 7) return false; // phone, ICP and order numbers
    if (/[0-9][:：]$/.test(s.slice(Math.max(0, t.start - 2), t.start))) return false; // the minutes of a time (3：35升空)
    if (t.plainDigits && env.brandPrefixes.some((b) => s.startsWith(b, t.start) && b.length > t.plainDigits!.length)) return false;
    return true;
  });
}

/**
 * Rates: 8500元/平方米 and 每兆瓦时280元 keep their denominator in `per`. The
 * denominator is a word on the per-unit list, after a slash or between 每 and the figure.
 */
export function attachPer(items: Refined[], env: RefineEnv): Refined[] {
  const { s, w } = env;
  return items.map((f) => {
    if (f.kind !== 'money' && f.kind !== 'quantity' && f.kind !== 'count') return f;
    if ((s[f.end] === '/' || s[f.end] === '／') && f.end === f.tok.end + (f.end - f.tok.end) && f.end > f.tok.end) {
      const u = w.perUnits.after(s, f.end + 1);
      if (u && !/[0-9]/.test(s[f.end + 1 + u.word.length] ?? '')) {
        const out: Refined = copyWith(f, { per: u.word, end: f.end + 1 + u.word.length });
        const post = f.qualifier === 'exact' ? w.qualifierSuffixes.after(s, out.end) : null;
        if (post && post.word !== '多' && post.word !== '级') { out.qualifier = post.value; out.end += post.word.length; }
        return out;
      }
    }
    const u = w.perUnits.before(s, f.start);
    if (u && s[f.start - u.word.length - 1] === '每') return copyWith(f, { per: u.word, start: f.start - u.word.length - 1 });
    return f;
  });
}

/**
 * A sign is a sign only where it is one: 负 ending a word (减负180亿元, 抱负) is no
 * minus, and 负增长3% is -3 though the number has no sign.
 */
export function settleSigns(items: Refined[], env: RefineEnv): Refined[] {
  const { s, w } = env;
  const flip = (f: Refined, start: number): Refined => ({
    ...f, start, value: -f.value,
    ...(f.max !== undefined ? { min: -f.max, max: -(f.min ?? f.value), value: -f.max } : {}),
  });
  return items.map((f) => {
    if (s[f.tok.start] === '负' && f.value < 0 && w.notSignWords.before(s, f.tok.start + 1)) {
      return flip(f, f.start === f.tok.start ? f.start + 1 : f.start);
    }
    const neg = w.negativePrefixes.before(s, f.start);
    if (neg && f.value > 0) return flip(f, f.start - neg.word.length);
    return f;
  });
}

/** Does a notFigureWords word cover offset `at` of `s`? */
function insideNotFigureWord(s: string, at: number, w: FigureWords): boolean {
  // A word covers `at` only if it has the character there at some index k and starts at at - k:
  // the words by character (notFigureAt) spare trying every word at every offset. (Near the
  // start of the text at - k can be negative, which startsWith reads as 0: try all words there.)
  const { byChar, maxLen } = w.notFigureAt;
  const candidates = at >= maxLen ? byChar.get(s[at] ?? '') ?? [] : null;
  if (candidates) return candidates.some(({ word, k }) => s.startsWith(word, at - k));
  return w.notFigureWords.some((word) => {
    for (let k = 0; k < word.length; k++) if (s.startsWith(word, at - k)) return true;
    return false;
  });
}

/**
 * Numbers inside names and set phrases are not figures: 四处 (everywhere), 一带一路,
 * 七大 (a congress), from the notFigureWords list; and a count whose measure word
 * runs into a place name (五家子村, 八家子镇).
 */
export function dropNames(items: Refined[], env: RefineEnv): Refined[] {
  const { s, w } = env;
  return items.filter((f) => {
    if (insideNotFigureWord(s, f.tok.start, w)) return false;
    // 五家子村: a measure word, a bound morpheme of place names (子, 头), a place suffix.
    if (f.kind === 'count' && w.placeInfixes.has(s[f.end] ?? '') && w.placeSuffixes.has(s[f.end + 1] ?? '')) return false;
    return true;
  });
}
