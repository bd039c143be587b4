// Figures: money, percentages, counts, multiples, durations and quantities, with their
// qualifiers, ranges and subjects (SPEC "Figures").
//
// Its rules where SPEC is silent are in README.md beside this file.
//
// As in chrono-node: every number in the text is read once (../lib/numerals.ts), an
// ordered list of parsers (parsers.ts) turns it and the words after it into a
// reading or nothing, and refiners (refiners.ts) join ranges, attach
// qualifiers and drop numbers that are labels. All of it works on a view of
// the text without typesetting spaces (compact.ts); spans are mapped back to
// the clean text at the end.
import type { FigureItem } from '../../src/schema.js';
import type { ExtractContext, Extractor, Token, UserWord } from '../types.js';
import { compactView, originalSpan, type CompactView } from './compact.js';
import { figureWords, type FigureWords } from './words.js';
import { PARSERS, readHalf, type ParseEnv, type Reading } from './parsers.js';
import { attachPer, dropNames, dropNonFigures, mergeRanges, qualify, settleSigns, type RefineEnv, type Slot } from './refiners.js';
import { findSubject, type SubjectWords } from './subject.js';
import { isNumeralCode, readNumber } from '../lib/numerals.js';
import { digitBrandPrefixes } from '../lib/platform-names.js';
import { removeOverlaps } from '../lib/spans.js';

// Characters a number may start with, by code: readAll asks at every character
// of the text, and a one-character string made each time would cost more than the test.
const STARTS_NUMBER = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if ((c >= 0x30 && c <= 0x39) || isNumeralCode(c)) STARTS_NUMBER[c] = 1;
for (const ch of '数-－负半') STARTS_NUMBER[ch.charCodeAt(0)] = 1;

/** End of a web address starting at `i` (its digits are not figures: ?q=30%25), else `i`. */
function urlEnd(s: string, i: number): number {
  const c = s.charCodeAt(i) | 0x20; // lowercase for ASCII letters
  if (c !== 0x68 && c !== 0x77) return i; // h, w
  const head = s.slice(i, i + 8).toLowerCase();
  if (!head.startsWith('http://') && !head.startsWith('https://') && !head.startsWith('www.')) return i;
  let k = i;
  while (k < s.length && s.charCodeAt(k) > 32 && s.charCodeAt(k) < 127) k++;
  return k;
}

/** Read every number in the view and let the parsers try it, in order. */
function readAll(view: CompactView, env: ParseEnv): Slot[] {
  const s = view.s;
  const slots: Slot[] = [];
  for (let i = 0; i < s.length;) {
    const url = urlEnd(s, i);
    if (url > i) { i = url; continue; }
    if (STARTS_NUMBER[s.charCodeAt(i)] !== 1) { i++; continue; }
    const half = readHalf(s, i, env.w);
    if (half) { slots.push({ tok: half.tok, reading: half }); i = half.end; continue; }
    const tok = readNumber(s, i);
    if (!tok) { i++; continue; }
    let reading: Reading | null = null;
    // A lone magnitude word (万科, 亿元) is a number only after a qualifier (近万) or as a denominator (百分之).
    const lone = tok.bare && tok.end - tok.start === 1 && !'分十百千万亿'.includes(s[tok.end] ?? '分')
      && !env.w.qualifierPrefixes.before(s, tok.start);
    if (!lone) for (const p of PARSERS) if ((reading = p.parse(tok, env))) break;
    if (reading?.kind === 'money') env.lastMoneyEnd = reading.end;
    // A number that is no figure matters only as an end of a range.
    if (reading || env.w.rangeSeparators.after(s, tok.end) || env.w.inclusiveMarks.after(s, tok.end)
      || env.w.rangeSeparators.before(s, tok.start)) slots.push({ tok, reading });
    i = Math.max(tok.end, reading?.end ?? 0, i + 1);
  }
  return slots;
}

// The subject rules' word sets, made once per process (a Set of the money nouns per page showed in the profile).
let subjectWordsCache: SubjectWords | null = null;
function subjectWords(w: FigureWords): SubjectWords {
  return (subjectWordsCache ??= { links: w.subjectLinks, notSubjects: w.notSubjects, genericHeads: w.genericHeads, moneyNouns: new Set(w.moneyNounList) });
}

export function extractFigures(ctx: ExtractContext): FigureItem[] {
  const w = figureWords();
  const view = compactView(ctx.text);
  let tokens: Token[] | null = null;
  let byStart: Int32Array | null = null; // text offset -> index of the word starting there, -1: none
  const words = (): Token[] => (tokens ??= ctx.tokens());
  const env: ParseEnv = {
    s: view.s, w, lastMoneyEnd: -1,
    wordAt(pos) {
      if (!byStart) {
        byStart = new Int32Array(ctx.text.length + 1).fill(-1);
        words().forEach((t, i) => { byStart![t.start] = i; });
      }
      const k = byStart[view.toText[pos]!]!;
      return k < 0 ? undefined : words()[k];
    },
    wordAround(pos) {
      const at = view.toText[pos]!;
      const ts = words();
      let lo = 0, hi = ts.length; // last token starting before `at`
      while (lo < hi) { const mid = (lo + hi) >> 1; if (ts[mid]!.start < at) lo = mid + 1; else hi = mid; }
      const t = ts[lo - 1];
      return t && t.end > at ? t : undefined;
    },
    wordEnd(t) {
      let lo = 0, hi = view.s.length; // first view position at or after the word's end
      while (lo < hi) { const mid = (lo + hi) >> 1; if (view.toText[mid]! < t.end) lo = mid + 1; else hi = mid; }
      return lo;
    },
  };
  const refineEnv: RefineEnv = { s: view.s, w, brandPrefixes: digitBrandPrefixes() };
  const slots = mergeRanges(readAll(view, env), refineEnv);
  const readings = slots.flatMap((x) => (x.reading ? [x.reading] : []));
  let refined = qualify(readings, refineEnv);
  for (const refine of [attachPer, settleSigns, dropNonFigures, dropNames]) refined = refine(refined, refineEnv);
  const figures = removeOverlaps(refined);
  const sw = subjectWords(w);
  let previous: FigureItem | undefined;
  return figures.map((f): FigureItem => {
    const { start, end } = originalSpan(view, f.start, f.end);
    const item: FigureItem = {
      text: ctx.text.slice(start, end), start, end, kind: f.kind,
      ...(f.max !== undefined ? { min: f.min ?? f.value, max: f.max } : { value: round(f.value) }),
      unit: f.unit, qualifier: f.qualifier, subject: '',
    };
    if (item.min !== undefined) item.min = round(item.min);
    if (item.max !== undefined) item.max = round(item.max);
    if (f.per) item.per = f.per;
    if (f.inferred) item.inferred = true;
    item.subject = findSubject(ctx.text, words(), item, sw, previous, f.restates);
    previous = item;
    return item;
  });
}

/** Keep binary noise out of values: 1.14 * 1e12 is 1140000000000, not 1140000000000.0002. */
function round(v: number): number {
  // An integer of at most 15 digits is exact already, and toPrecision is slow (-0 goes through: it becomes 0).
  if (Number.isInteger(v) && Math.abs(v) < 1e15 && !Object.is(v, -0)) return v;
  return Number(v.toPrecision(15));
}

export const figures: Extractor<'figures'> = {
  meta: { id: 'figures', description: 'Money, percentages, counts, multiples, durations and quantities, with qualifiers, rates, ranges and subjects.' },
  /** The nouns and linking verbs the figure rules rely on, so the segmenter keeps them whole next to a number (出借人约50万人). */
  userWords(): UserWord[] {
    const w = figureWords();
    return [
      ...w.personNounList.map((word) => ({ word, tag: 'n' })),
      ...w.moneyNounList.map((word) => ({ word, tag: 'n' })),
      // Only words of two or more characters: single ones (在, 为) would change the tags other extractors read.
      ...[...w.subjectLinks].filter((word) => word.length > 1).map((word) => ({ word, tag: 'v' })),
    ];
  },
  extract: extractFigures,
};
