// Discovery of platform names no gazetteer has. Lists go stale fast, so names
// are also read from how people write them: X科技 / X金融 / X网 / X贷 with X a
// word the segmenter does not know, a quoted name after 平台 / 名为 / 旗下,
// X平台 with X unknown, and X有限公司 with a finance word in X. Every pattern
// works on segmenter tokens or fixed strings: no regular expression over the text.
import type { Token } from '../types.js';
import { places } from '../lib/places.js';
import { cues, type Prepared } from './cues.js';



export interface Discovered {
  name: string;
  start: number;
  end: number;
  text: string;
}

export const CJK = (s: string) => s.length > 0 && [...s].every((ch) => ch >= '\u3400' && ch <= '\u9fff');
export const ASCII_WORD = (s: string) => s.length > 0 && [...s].every((ch) => /[A-Za-z0-9]/.test(ch));
const isOov = (t: Token) => t.tag === 'x' && CJK(t.word);
export const isPunct = (t: Token) => t.tag === 'x' && !CJK(t.word) && !ASCII_WORD(t.word);

/** Distinctive: a word the segmenter does not know, a Latin name, digits (51), a proper noun. */
function distinctive(t: Token, c: Prepared): boolean {
  if (c.genericSet.has(t.word)) return false;
  return isOov(t) || (t.tag === 'eng' && t.word.length >= 2) || t.tag === 'nz' || (t.tag === 'm' && ASCII_WORD(t.word));
}

export const isKnownPlace = (w: string) => [...places().matcher.at(w, 0)].some((h) => h.end === w.length);

/** Paragraph-level test: is the text around `pos` about lending, payment or credit? */
export function inContext(text: string, pos: number, c: Prepared = cues()): boolean {
  // The paragraph, but at most 200 characters either side: enough, and it keeps this linear.
  const window = text.slice(Math.max(0, pos - 200), Math.min(text.length, pos + 200));
  const at = pos - Math.max(0, pos - 200);
  const s = window.lastIndexOf('\n', at) + 1;
  const e = window.indexOf('\n', at);
  const para = window.slice(s, e < 0 ? window.length : e);
  return c.context.some((w) => para.includes(w));
}

export function acceptable(name: string, c: Prepared): boolean {
  if (name.length < 2 || name.length > 20) return false;
  if (c.notPlatforms.has(name) || c.genericSet.has(name)) return false;
  if (c.anonymous.some((a) => name.startsWith(a))) return false;
  return true;
}

const followedBy = (text: string, end: number, words: string[]) => words.some((w) => text.startsWith(w, end));
const precededBy = (text: string, start: number, words: string[]) => words.some((w) => text.startsWith(w, start - w.length));

/** X科技 / X金融 / X网 / X贷 / X宝: a distinctive X (or a place and a noun, the way company names are made: 北京 + 有限元 + 科技). */
function bySuffix(text: string, tokens: Token[], c: Prepared, out: Discovered[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const suffix = tokens[k]!;
    const single = c.charSet.has(suffix.word);
    if (!single && !c.suffixSet.has(suffix.word)) continue;
    if (followedBy(text, suffix.end, c.notBefore)) continue;
    const t1 = tokens[k - 1]!;
    if (t1.end !== suffix.start || c.genericSet.has(t1.word) || isPunct(t1)) continue;
    const t0 = k >= 2 ? tokens[k - 2]! : undefined;
    const t0Joins = t0 && t0.end === t1.start && !isPunct(t0) && !c.genericSet.has(t0.word);
    let start: number | undefined;
    if (distinctive(t1, c)) {
      if (t0Joins && (t0.tag === 'ns' || distinctive(t0, c))) start = t0.start;
      // An unknown word glued to a noun before it: the segmenter lost the word boundary, so we would guess.
      else if (t0Joins && (t0.tag === 'n' || t0.tag === 'vn')) continue;
      else start = t1.start;
    } else if (!single && t0Joins && t0.tag === 'ns' && t1.tag.startsWith('n') && t1.word.length >= 2) {
      start = t0.start;
    }
    if (start === undefined) continue;
    const name = text.slice(start, suffix.end);
    if (acceptable(name, c) && inContext(text, start, c)) out.push({ name, start, end: suffix.end, text: name });
  }
}

/** “X” right after 名为 / 平台 / 旗下, or right before 平台 / APP. */
function byQuote(text: string, tokenAt: TokenAt, c: Prepared, out: Discovered[]): void {
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
    const close = text.slice(i + 1, i + 17).indexOf('”') + i + 1;
    if (close === i) continue;
    const raw = text.slice(i + 1, close);
    if (raw.includes('“') || /[，。！？,!?；;：:、]/.test(raw)) continue;
    // What is named, in the same clause: stop at the first punctuation.
    let after = text.slice(close + 1, close + 9);
    const cut = after.search(/[，。！？,!?；;：:、]/);
    if (cut >= 0) after = after.slice(0, cut);
    const named = precededBy(text, i, c.namingCues) && c.namedWhat.some((w) => after.includes(w));
    if (!named && !precededBy(text, i, c.quoteCuesBefore) && !followedBy(text, close + 1, c.quoteCuesAfter)) continue;
    const lead = raw.length - raw.trimStart().length;
    const name = raw.trim();
    const start = i + 1 + lead;
    const end = start + name.length;
    // A name, not a phrase: it has Latin letters or digits, a word the segmenter does not know, or a platform suffix.
    const inner = tokensIn(tokenAt, start, end) ?? [];
    const namey = named || /[A-Za-z0-9]/.test(name) || inner.some((t) => distinctive(t, c)) ||
      [...c.nameSuffixes, ...c.charSuffixes].some((s) => name.endsWith(s) && name.length > s.length);
    if (namey && acceptable(name, c) && inContext(text, start, c)) out.push({ name, start, end, text: name });
  }
}

/** X平台 / X APP with X a word the segmenter does not know (爱马平台). */
function byPlatformWord(text: string, tokens: Token[], c: Prepared, out: Discovered[]): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!c.platformWordSet.has(tokens[k]!.word)) continue;
    // 田燕APP新闻: X平台 / X APP modifying a noun after it is not naming a platform.
    const next = tokens[k + 1];
    if (next && next.start === tokens[k]!.end && next.tag.startsWith('n')) continue;
    const t = tokens[k - 1]!;
    if (t.end !== tokens[k]!.start || c.genericSet.has(t.word)) continue;
    const unknownPlace = t.tag === 'ns' && CJK(t.word) && !isKnownPlace(t.word);
    if (!distinctive(t, c) && !unknownPlace) continue;
    if (t.tag === 'm') continue; // 3个平台
    if (acceptable(t.word, c) && inContext(text, t.start, c)) out.push({ name: t.word, start: t.start, end: t.end, text: t.word });
  }
}

/** X有限公司 with a finance word in X, read leftwards from the suffix until a function word. */
function byCompany(text: string, tokens: Token[], c: Prepared, out: Discovered[]): void {
  // Most texts name no company: build the indexes only for one that does.
  if (!c.companySuffixes.some((suffix) => text.includes(suffix))) return;
  // By offset: the token ending there, and the token covering it (-1: none).
  const endingAt = new Int32Array(text.length + 1).fill(-1);
  const holding = new Int32Array(text.length + 1).fill(-1);
  tokens.forEach((t, i) => {
    endingAt[t.end] = i;
    holding.fill(i, t.start, t.end);
  });
  const tradeWords = [...c.companyCues, ...c.generic];
  for (const suffix of c.companySuffixes) {
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + suffix.length)) {
      // The token ending where the suffix starts.
      let k = endingAt[i]!;
      if (k < 0) {
        // jieba may glue part of the suffix to a word (管理有限公司): fall back to the token holding i.
        const holder = holding[i]!;
        if (holder < 0 || tokens[holder]!.start === i) continue;
        k = holder;
      }
      let start = i;
      let len = 0;
      let anonymous = false;
      for (let j = k; j >= 0; j--) {
        const t = tokens[j]!;
        if (t.end > i && t.start < i) { start = t.start; continue; }
        if (isPunct(t) || c.stopSet.has(t.word) || c.stopTagSet.has(t.tag)) {
          anonymous = c.anonymous.includes(t.word);
          break;
        }
        len += t.word.length;
        if (len > 14) break;
        start = t.start;
      }
      const end = i + suffix.length;
      const name = text.slice(start, end);
      const core = name.slice(0, name.length - suffix.length);
      if (anonymous || core.length < 2 || !c.companyCues.some((w) => core.includes(w))) continue;
      // 网络科技有限公司 alone names no one: something besides trade words must be left.
      let rest = core;
      for (const w of tradeWords) rest = rest.replaceAll(w, '');
      if (rest.length < 2) continue;
      if (acceptable(name, c) && inContext(text, start, c)) out.push({ name, start, end, text: name });
    }
  }
}

/** The word starting at an offset, if one does. */
type TokenAt = (pos: number) => Token | undefined;

/** The tokens covering [start, end), walking the start-offset index: linear in the span. */
function tokensIn(tokenAt: TokenAt, start: number, end: number, overhang = false): Token[] | undefined {
  const out: Token[] = [];
  for (let p = start; p < end;) {
    const t = tokenAt(p);
    // The span cuts through a word (but 贷等 glued at a list's end is the segmenter's doing).
    if (!t || (t.end > end && !overhang)) return undefined;
    out.push(t);
    p = t.end;
  }
  return out;
}

const CLAUSE_END = '，。！？,!?；;：:（）()“”\n';
const LIST_LEADS = ['包括', '例如', '比如', '诸如', '像'];

/** A、B和C等平台: the items of a list that ends in 等平台 / 等公司, when they look like names. */
function byListEnd(text: string, tokenAt: TokenAt, c: Prepared, out: Discovered[]): void {
  for (const endWord of c.listEnds) {
    for (let i = text.indexOf(endWord); i >= 0; i = text.indexOf(endWord, i + endWord.length)) {
      let s = i;
      while (s > 0 && i - s < 60 && !CLAUSE_END.includes(text[s - 1]!)) s--;
      // Items between 、, the last one maybe joined by 和 / 及.
      const items: [number, number][] = [];
      let from = s;
      for (let k = s; k <= i; k++) {
        if (k === i || text[k] === '、') { items.push([from, k]); from = k + 1; }
      }
      const last = items[items.length - 1];
      if (last) {
        const seg = text.slice(last[0], last[1]);
        const j = Math.max(seg.lastIndexOf('和'), seg.lastIndexOf('及'));
        if (j > 0) items.splice(items.length - 1, 1, [last[0], last[0] + j], [last[0] + j + 1, last[1]]);
      }
      const first = items[0];
      if (first) {
        // 涉案平台包括A、B等平台: the first item starts after the verb that opens the list.
        const seg = text.slice(first[0], first[1]);
        for (const lead of LIST_LEADS) {
          const j = seg.lastIndexOf(lead);
          if (j >= 0) { first[0] += j + lead.length; break; }
        }
      }
      for (const [itemStart, end] of items) {
        let inner = tokensIn(tokenAt, itemStart, end, true);
        if (!inner) continue;
        // 与中邮EMS: drop the function words that open the item.
        const opener = (t: Token) => t.tag === 'p' || t.tag === 'c' || t.tag.startsWith('u') || c.stopSet.has(t.word);
        const firstName = inner.findIndex((t) => !opener(t));
        if (firstName < 0) continue;
        inner = inner.slice(firstName);
        const start = inner[0]!.start;
        const name = text.slice(start, end);
        if (name.length > 10) continue; // can't tell where a long item's name starts
        const namey = /[A-Za-z0-9]/.test(name) || inner.some((t) => distinctive(t, c)) ||
          [...c.nameSuffixes, ...c.charSuffixes].some((sfx) => name.endsWith(sfx) && name.length > sfx.length);
        // 等平台 is context enough.
        if (namey && acceptable(name, c)) out.push({ name, start, end, text: name });
      }
    }
  }
}

/** Every platform name found by pattern, overlaps left for the caller to resolve. */
export function discoverPlatforms(text: string, tokens: Token[]): Discovered[] {
  const c = cues();
  const out: Discovered[] = [];
  // Offset -> index of the word starting there (-1: none), built on first use: only a quoted
  // name or a list's item is looked into, and a Map of every word cost more than all the rest.
  let byStart: Int32Array | null = null;
  const tokenAt: TokenAt = (p) => {
    if (!byStart) {
      byStart = new Int32Array(text.length + 1).fill(-1);
      tokens.forEach((t, k) => { byStart![t.start] = k; });
    }
    const k = byStart[p] ?? -1;
    return k < 0 ? undefined : tokens[k];
  };
  bySuffix(text, tokens, c, out);
  byQuote(text, tokenAt, c, out);
  byPlatformWord(text, tokens, c, out);
  byCompany(text, tokens, c, out);
  byListEnd(text, tokenAt, c, out);
  // News outlets look like platforms (X网) but are followed by 报道 / 记者.
  return out.filter((d) => !c.mediaAfter.some((w) => text.startsWith(w, d.end)));
}
