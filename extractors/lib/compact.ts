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

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000';
const isLatin = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** Full-width digits, ％ and ．: the pipeline folds them already, but an extractor may be called on raw text. */
function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if (c === '％') return '%';
  if (c === '．') return '.';
  return c;
}

export function compactView(text: string): CompactView {
  const toText = new Int32Array(text.length + 1);
  let s = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isSpace(c)) {
      let j = i;
      while (j < text.length && isSpace(text[j])) j++;
      if (isLatin(text[i - 1]) && isLatin(text[j])) { toText[n++] = i; s += ' '; }
      i = j - 1;
      continue;
    }
    toText[n++] = i;
    s += fold(c);
  }
  toText[n] = text.length;
  return { s, toText: toText.subarray(0, n + 1) };
}

/** The original span of view span [start, end). */
export function originalSpan(view: CompactView, start: number, end: number): { start: number; end: number } {
  return { start: view.toText[start]!, end: end > start ? view.toText[end - 1]! + 1 : view.toText[start]! };
}
