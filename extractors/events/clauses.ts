// Clauses inside the sentences of src/sentences.ts, and the lines that are a
// headline list rather than prose. A clause ends at ，,：: — not at 、, which joins
// the items of a list (约谈了A、B、C三家平台 is one clause with three targets), and
// not inside 《》 or （）, where a title or an aside may hold commas of its own.
import type { Span } from '../lib/spans.js';

// As code units: text[i] would make a string for each character read.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_END = codes('，,：:');
const OPEN = codes('《（(〈');
const CLOSE = codes('》）)〉');

/** [start, end) of each clause of `sentence`, its end mark included. */
export function clauseSpans(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let from = sentence.start;
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_END.has(c)) {
      out.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  if (from < sentence.end) out.push({ start: from, end: sentence.end });
  return out;
}

/** The index of the span holding `pos` in a sorted, non-overlapping list (binary search), or -1. */
export function indexAt(spans: readonly Span[], pos: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The span of a sorted, non-overlapping list that holds `pos`. */
export const spanAt = <T extends Span>(spans: T[], pos: number): T | undefined => spans[indexAt(spans, pos)];

const BULLET = /^\s*(?:[·•●▪■◆◇○►>*-]|\d{1,2}[.、)）]|【)/;
const DATE_STAMP = /[\s(（[【]\d{2,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?[)）\]】]?\s*$/;
const ANY_PUNCTUATION = /[，。！？；：,!?;:]/;
const MAX_HEADLINE = 40;

/**
 * Paragraphs that are items of a headline list ("related articles", a list of
 * links): a line starting with a bullet or a number, a line ending in a date
 * stamp, or one of three or more short lines in a row without any punctuation.
 * A headline there (银保监会约谈5家平台) is a link to another page, not this
 * article's report, so no event is read from it.
 */
export function headlineLines(text: string, paragraphs: Span[]): Span[] {
  const bare = paragraphs.map((p) => {
    const line = text.slice(p.start, p.end);
    return line.trim().length > 0 && line.length <= MAX_HEADLINE && !ANY_PUNCTUATION.test(line);
  });
  const out: Span[] = [];
  paragraphs.forEach((p, i) => {
    const line = text.slice(p.start, p.end);
    const marked = bare[i] && (BULLET.test(line) || DATE_STAMP.test(line));
    let run = 0;
    if (bare[i]) {
      let a = i, b = i;
      while (a > 0 && bare[a - 1]) a--;
      while (b < paragraphs.length - 1 && bare[b + 1]) b++;
      run = b - a + 1;
    }
    if (marked || run >= 3) out.push(p);
  });
  return out;
}

