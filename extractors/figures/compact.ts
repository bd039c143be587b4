// A view of the text without the spaces that typesetting puts between Chinese
// and Latin characters (130 多亿元, 3 年, 百 分 之 五), so that readers need not
// expect a space between every two parts. A space between two Latin letters or
// digits stays (as one space): 2019 2020 are two numbers, not 20192020.
// Full-width digits are folded too. `toText` maps an offset in the view back to
// the original text.

export interface CompactView {
  s: string;
  /** toText[i] is the offset in the original text of view character i; toText[s.length] = text.length. */
  toText: Int32Array;
}

// Character codes, not one-character strings: `text[i]` makes a new string for
// every Chinese character, and this runs over every character of the text.
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
const isLatin = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Full-width digits, ％ and ．: the pipeline folds them already, but an extractor may be called on raw text. */
function fold(c: number): string | null {
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xfee0);
  if (c === 0xff05) return '%';
  if (c === 0xff0e) return '.';
  return null;
}

export function compactView(text: string): CompactView {
  const toText = new Int32Array(text.length + 1);
  let s = '';
  let n = 0;
  let run = 0; // start of the stretch of text not yet copied into s, copied as it is
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      s += text.slice(run, i);
      let j = i;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (i > 0 && isLatin(text.charCodeAt(i - 1)) && j < text.length && isLatin(text.charCodeAt(j))) { toText[n++] = i; s += ' '; }
      i = j - 1;
      run = j;
      continue;
    }
    toText[n++] = i;
    const folded = fold(c);
    if (folded !== null) { s += text.slice(run, i) + folded; run = i + 1; }
  }
  s += text.slice(run);
  toText[n] = text.length;
  return { s, toText: toText.subarray(0, n + 1) };
}

/** The original span of view span [start, end). */
export function originalSpan(view: CompactView, start: number, end: number): { start: number; end: number } {
  return { start: view.toText[start]!, end: end > start ? view.toText[end - 1]! + 1 : view.toText[start]! };
}
