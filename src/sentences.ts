// Sentence boundaries in the clean text: what a figure, a date, an entity or an
// event is checked against, and the unit the events extractor reads. One
// definition, so the CSV rows, the database and the extractors agree.

/** A sentence ends at 。！？； or a line break (paragraphs are one line each). */
const SENTENCE_END = /[。！？；!?\n]/;

export interface Span {
  start: number;
  end: number;
}

/** [start, end) of every sentence of `text`, its end mark included, surrounding space excluded. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) out.push({ start: from, end: to });
  };
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END.test(text[i]!)) {
      push(s, i + 1);
      s = i + 1;
    }
  }
  push(s, text.length);
  return out;
}

/** The sentence around a span [start, end), for a person to check an item against. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return text.slice(s, Math.min(e + 1, text.length)).trim();
}

/**
 * sentenceAround for many spans of one text (a page's items): the sentence
 * ends are found once and each span's sentence by binary search, same result.
 */
export function sentenceFinder(text: string): (start: number, end: number) => string {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END.test(text[i]!)) ends.push(i);
  /** Index of the first end at or after `at`. */
  const firstFrom = (at: number): number => {
    let lo = 0, hi = ends.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid]! < at) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return (start, end) => {
    const before = firstFrom(start) - 1;
    const s = before >= 0 ? ends[before]! + 1 : 0;
    const after = firstFrom(end);
    const e = after < ends.length ? ends[after]! : Math.max(end, text.length);
    return text.slice(s, Math.min(e + 1, text.length)).trim();
  };
}
