// The sentence an item sits in, with the item's place in it, so the page can
// highlight exactly what was extracted and a reader can check it.
import { sentenceAround } from '../sentences.js';
import type { Evidence } from './types.js';

/** Characters kept on each side of the item when a "sentence" runs on (a page without punctuation). */
const SIDE = 120;

/** Evidence for [start, end) of `text`; an empty sentence when the record has no text (--no-text). */
export function evidence(text: string | undefined, start: number, end: number): Evidence {
  if (!text || start < 0 || end > text.length || end < start) return ['', 0, 0];
  let sentence = sentenceAround(text, start, end);
  // sentenceAround gives the text only; find where it starts, at or before the item.
  let at = text.lastIndexOf(sentence, start);
  if (at < 0 || at + sentence.length < end) at = text.indexOf(sentence);
  if (at < 0 || text.slice(start, end) !== sentence.slice(start - at, end - at)) return [sentence, 0, 0];
  let s = start - at, e = end - at;
  if (s > SIDE) {
    sentence = `…${sentence.slice(s - SIDE)}`;
    e -= s - SIDE - 1;
    s = SIDE + 1;
  }
  if (sentence.length - e > SIDE) sentence = `${sentence.slice(0, e + SIDE)}…`;
  return [sentence, s, e];
}
