// The compact view the figure readers work on: typesetting spaces gone, a
// space kept only between two Latin letters or digits, full-width digits, ％
// and ． folded, and every view character mapped back to its place in the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactView, originalSpan } from '../../../extractors/figures/compact.js';

/** The view as a reading character by character gives it: the contract, stated slowly. */
function slowView(text: string): { s: string; toText: number[] } {
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000';
  const latin = (c: string | undefined) => c !== undefined && /[0-9A-Za-z]/.test(c);
  const chars = [...text].flatMap((c) => (c.length === 2 ? [c[0]!, c[1]!] : [c])); // UTF-16 units, as offsets are
  let s = '';
  const toText: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (space(chars[i])) {
      let j = i;
      while (j < chars.length && space(chars[j])) j++;
      if (latin(chars[i - 1]) && latin(chars[j])) { s += ' '; toText.push(i); }
      i = j - 1;
      continue;
    }
    const c = chars[i]!;
    const code = c.charCodeAt(0);
    s += code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : c === '％' ? '%' : c === '．' ? '.' : c;
    toText.push(i);
  }
  toText.push(text.length);
  return { s, toText };
}

const CASES: [string, string][] = [
  ['130 多亿元', '130多亿元'],
  ['百 分 之 五', '百分之五'],
  ['2019 2020', '2019 2020'],
  ['Q3  财报', 'Q3财报'],
  ['增长\u30003.5％', '增长3.5%'],
  ['１２．５亿', '12.5亿'],
  ['  前后空格  ', '前后空格'],
  ['A\t\u00a0B', 'A B'],
  ['', ''],
  ['没有空格的句子。', '没有空格的句子。'],
  ['𠀀 1 𠀀', '𠀀1𠀀'],
];

test('typesetting spaces go, a space between Latin letters or digits stays, full-width forms fold', () => {
  for (const [text, view] of CASES) assert.equal(compactView(text).s, view, JSON.stringify(text));
});

test('every view character maps back to its place in the text', () => {
  const texts = [...CASES.map(([t]) => t), '融资 12 亿元 ，同比增长 ３０％ 。 ABC  def', ' a '.repeat(50), '\u3000'.repeat(5)];
  // Random mixes of the characters the view treats specially.
  const alphabet = [' ', '\t', '\u00a0', '\u3000', 'a', 'Z', '7', '元', '亿', '１', '％', '．', '.', '%', '𠀀'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 300; k++) texts.push(Array.from({ length: Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
  for (const text of texts) {
    const v = compactView(text);
    const want = slowView(text);
    assert.equal(v.s, want.s, JSON.stringify(text));
    assert.deepEqual([...v.toText], want.toText, JSON.stringify(text));
  }
});

test('a view span gives back the original span, spaces inside it included', () => {
  const text = '募资 130 多亿元';
  const v = compactView(text);
  const i = v.s.indexOf('130多亿元');
  assert.deepEqual(originalSpan(v, i, i + '130多亿元'.length), { start: 3, end: text.length });
});
