// The word tables of data/date-words.json, and regex alternations built from them.
import type { DatePart } from '../../src/schema.js';
import { loadData } from '../lib/data.js';
import type { Period } from './result.js';

type RelativeEntry = [from: 'publish' | 'anchor', offset: number, period?: Period];

export interface DateWords {
  yearParts: Record<string, DatePart>;
  monthParts: Record<string, DatePart>;
  standaloneYearParts: string[];
  standaloneMonthParts: string[];
  standaloneMonthPartCodes: Record<string, DatePart>;
  relativeYears: Record<string, RelativeEntry>;
  relativeMonths: Record<string, RelativeEntry>;
  relativeDays: Record<string, RelativeEntry>;
  periods: Record<string, Period>;
  rangeSeparators: string[];
  listSeparators: string[];
  /** Per word (or *year, *month, *day for every relative year, month, day word): characters around it that show it belongs to another word. */
  guards: Record<string, { notAfter?: string; notBefore?: string }>;
  /** Words that make a sentence speak of what is still to come; 将 not before these characters. */
  futureWords: { words: string[]; notBefore将: string };
}

let words: DateWords | null = null;

export function dateWords(): DateWords {
  return (words ??= loadData<DateWords>('dates/data/date-words.json'));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&');

/** An alternation of words, longest first so that 上半年 wins over 上. */
export function alternation(list: Iterable<string>): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
}

/** Up to two spaces, as pages write `2019 年 11 月` (bounded, so matching stays linear). */
export const GAP = '[ \\t\\u00a0\\u3000]{0,2}';

/** True when the characters around text[start, end) show that `word` is part of another word. */
export function guarded(text: string, start: number, end: number, word: string, kind: 'year' | 'month' | 'day'): boolean {
  const { guards } = dateWords();
  const before = text[start - 1] ?? '', after = text[end] ?? '';
  for (const g of [guards[`*${kind}`], guards[word]]) {
    if (!g) continue;
    if (before && g.notAfter?.includes(before)) return true;
    if (after && g.notBefore?.includes(after)) return true;
  }
  return false;
}

let future: RegExp | null = null;
/** Whether a sentence speaks of what is still to come (将于4月15日开盘, 预计3月上线). */
export function speaksOfFuture(sentence: string): boolean {
  const f = dateWords().futureWords;
  future ??= new RegExp(f.words.map((w) => (w === '将' ? `将(?![${f.notBefore将}])` : w)).join('|'));
  return future.test(sentence);
}
