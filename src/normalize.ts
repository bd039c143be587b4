// Script normalization: traditional -> simplified (opencc-js, see simplify.ts), pinyin that
// content farms inject after converted characters removed, full-width forms
// folded to ASCII, odd spaces made plain. Everything downstream, and every
// offset on the record, refers to the text this returns.
import { makeSimplifier } from './simplify.js';
import type { Script } from './schema.js';

type Convert = (s: string) => string;
let toSimplified: Convert | null = null;

// Built on first use: the dictionaries take a moment and a run of already
// simplified pages may never need them.
function converter(): Convert {
  // 'hk' covers standard traditional plus Hong Kong variants; Taiwan variants
  // such as 臺 are in the standard set too.
  if (toSimplified) return toSimplified;
  const convert: Convert = makeSimplifier();
  toSimplified = convert;
  return convert;
}

// A pinyin syllable as injected: tone-marked (wǎng) or with a tone digit (wang3),
// in half- or full-width parentheses, right after a Han character. Only a real
// syllable goes (checked below), so `(PingWest)`, `(q3)` and `(原标题:…)` stay.
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const INJECTED_PINYIN = new RegExp(
  `(\\p{Script=Han})[ \\u00a0]?[(（][ \\u00a0]?([a-zü${TONED}]{1,6}[1-5]?)[ \\u00a0]?[)）]`,
  'gu',
);
const BASE: Record<string, string> = {};
for (const [base, marks] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['ü', 'ǖǘǚǜ'], ['n', 'ńňǹ'], ['m', 'ḿ']] as const) {
  for (const m of marks) BASE[m] = base;
}
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|ü|üan|üe|ün|v|ve)$|^(?:n|m|ng|hm|hng)$/;

/** `wǎng`, `wang3`: a pinyin syllable that carries a tone (a mark or a digit). */
export function isTonedSyllable(s: string): boolean {
  let base = '';
  let toned = /[1-5]$/.test(s);
  for (const ch of s.replace(/[1-5]$/, '')) {
    const b = BASE[ch];
    if (b) { toned = true; base += b; } else base += ch;
  }
  return toned && SYLLABLE.test(base);
}

export function removeInjectedPinyin(s: string): string {
  // The pattern is tried after every Han character: skip text with no parenthesis at all.
  if (!s.includes('(') && !s.includes('（')) return s;
  return s.replace(INJECTED_PINYIN, (all, han: string, syl: string) => (isTonedSyllable(syl) ? han : all));
}

// Characters common in traditional text that simplified text never uses: a cheap
// look at a page before deciding to convert the whole of it.
const TRADITIONAL_ONLY = new Uint8Array(65536);
for (const c of '們這個來時會說為國發對於學與經實點進區報變問開關後當從幾認過還沒頭現見應機構資產業務貸銀網絡價義監險負責據統計術產與歷規') TRADITIONAL_ONLY[c.charCodeAt(0)] = 1;

/** Does this text (HTML or plain) look like traditional Chinese? Reads at most the first 100,000 characters. */
export function looksTraditional(s: string): boolean {
  let han = 0, trad = 0;
  const n = Math.min(s.length, 100000);
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x3400) continue;
    // The BMP's Han blocks (a code-point test: a regular expression per character costs more than the rest of the loop).
    if ((code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) {
      han++;
      trad += TRADITIONAL_ONLY[code]!;
    }
  }
  return trad >= 5 && trad >= 0.02 * han;
}

/** Does foldWidth have anything to do in `s`? Most text has nothing to fold, and building it again costs. */
function needsFolding(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff05 && c <= 0xff5a) || c === 0x3000 || c === 0x00a0 || (c >= 0x2002 && c <= 0x200d) || c === 0x202f || c === 0xfeff) return true;
  }
  return false;
}

/** Full-width ASCII (！ to ～), the ideographic space and nbsp folded; ％ becomes %. */
export function foldWidth(s: string): string {
  if (!needsFolding(s)) return s;
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) { out += String.fromCharCode(c - 0xfee0); changed = true; } // ０-９
    else if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) { out += String.fromCharCode(c - 0xfee0); changed = true; } // Ａ-Ｚ ａ-ｚ
    else if (c === 0xff05) { out += '%'; changed = true; }
    else if (c === 0xff0e && isDigitCode(s.charCodeAt(i - 1)) && isFullOrHalfDigit(s.charCodeAt(i + 1))) { out += '.'; changed = true; }
    else if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f) { out += ' '; changed = true; }
    else if (c === 0x200b || c === 0xfeff || c === 0x200c || c === 0x200d) { changed = true; }
    else out += s[i];
  }
  return changed ? out : s;
}

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
const isFullOrHalfDigit = isDigitCode;

const HAN = /\p{Script=Han}/gu;
const ONE_HAN = /^\p{Script=Han}$/u;

/** \p{Script=Han} for one code point; the CJK blocks that hold nearly all of them are tested by number. */
function isHanCode(c: number): boolean {
  if (c < 0x2e80) return false; // no Han character comes before the CJK radicals
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return true;
  return ONE_HAN.test(String.fromCodePoint(c));
}

/** Which script a text is in, by how many of its Han characters conversion changes. */
export function detectScript(original: string, simplified: string): Script {
  // Nothing converted (most pages): the answer hangs on whether there is any Han at all.
  if (original === simplified) {
    for (let k = 0; k < original.length; k++) {
      const c = original.codePointAt(k)!;
      if (isHanCode(c)) return 'simplified';
      if (c > 0xffff) k++;
    }
    return 'none';
  }
  // Code point by code point through both texts at once; when they have the
  // same number of code points, the i-th of each are compared.
  let han = 0, changed = 0, i = 0, j = 0;
  while (i < original.length) {
    const a = original.codePointAt(i)!;
    const b = j < simplified.length ? simplified.codePointAt(j)! : -1;
    if (isHanCode(a)) { han++; if (a !== b) changed++; }
    i += a > 0xffff ? 2 : 1;
    if (b >= 0) j += b > 0xffff ? 2 : 1;
    else j++; // past the end: the counts differ
  }
  if (j !== simplified.length) changed = countDiff(original, simplified);
  if (han === 0) return 'none';
  const share = changed / han;
  if (share > 0.05) return 'traditional';
  if (share > 0.005) return 'mixed';
  return 'simplified';
}

function countDiff(a: string, b: string): number {
  const hanA = a.match(HAN) ?? [];
  const hanB = new Set(b.match(HAN) ?? []);
  return hanA.filter((c) => !hanB.has(c)).length;
}

export interface Normalized {
  text: string;
  script: Script;
}

/** Normalize one piece of page text (a line, a paragraph, a title). */
export function normalizeText(s: string): string {
  return converter()(foldWidth(removeInjectedPinyin(s)));
}

/** Normalize a whole page's text and say which script it was in. */
export function normalizePage(s: string): Normalized {
  const cleaned = foldWidth(removeInjectedPinyin(s));
  const text = converter()(cleaned);
  return { text, script: detectScript(cleaned, text) };
}
