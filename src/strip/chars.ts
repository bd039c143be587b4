// Character classes looked up once per UTF-16 unit: the strip stage counts and
// scans every character of every page, where a regular expression per text
// node (and the string it allocates) costs more than the rest of the loop.

const IS_SPACE = 1, IS_PUNCT = 2;
const CHAR_CLASS = new Uint8Array(65536);

/** Clause punctuation, Chinese and ASCII: the mark of prose. */
export const PUNCT = '，。！？；：、“”《》…,;!?';

// JavaScript's \s (ECMA-262 WhiteSpace and LineTerminator), and the zero-width space.
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b]) CHAR_CLASS[c] = IS_SPACE;
for (let c = 0x2000; c <= 0x200a; c++) CHAR_CLASS[c] = IS_SPACE;
for (const p of PUNCT) CHAR_CLASS[p.charCodeAt(0)] = IS_PUNCT;

/** White space (`\s`) or the zero-width space. */
export const isSpaceCode = (c: number): boolean => CHAR_CLASS[c] === IS_SPACE;

/** Characters that are neither white space (`\s`) nor the zero-width space. */
export function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (CHAR_CLASS[s.charCodeAt(i)] !== IS_SPACE) n++;
  return n;
}

/** Both counts in one pass, written into `into` (no object per call). */
export function countText(s: string, into: { chars: number; punct: number }): void {
  let n = 0, p = 0;
  for (let i = 0; i < s.length; i++) {
    const k = CHAR_CLASS[s.charCodeAt(i)];
    if (k !== IS_SPACE) { n++; if (k === IS_PUNCT) p++; }
  }
  into.chars = n;
  into.punct = p;
}

/** Clause punctuation marks (PUNCT). */
export function countPunct(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (CHAR_CLASS[s.charCodeAt(i)] === IS_PUNCT) n++;
  return n;
}

/** A set of characters as a lookup table. */
export function charSet(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
