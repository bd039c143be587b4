import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectScript, foldWidth, isTonedSyllable, looksTraditional, normalizePage, normalizeText, removeInjectedPinyin,
} from '../src/normalize.js';

test('injected pinyin is removed in each form it comes in', () => {
  const cases: Array<[string, string, string]> = [
    ['tone mark, half-width parens', '網(wǎng)貸', '網貸'],
    ['tone mark, full-width parens', '網（wǎng）貸', '網貸'],
    ['tone digit', '銀保監(jian1)會', '銀保監會'],
    ['tone digit, full-width parens', '監（jian1）會', '監會'],
    ['space before the paren', '網 (wǎng)貸', '網貸'],
    ['ü with a tone mark', '綠(lǜ)色', '綠色'],
    ['every character annotated', '銀(yín)保(bǎo)監(jiān)會(huì)', '銀保監會'],
  ];
  for (const [name, input, want] of cases) assert.equal(removeInjectedPinyin(input), want, name);
});

test('parentheses that are not injected pinyin stay', () => {
  const cases: Array<[string, string]> = [
    ['a real note', '(原标题:现金贷退潮)'],
    ['a Latin name after Han', '品玩(PingWest)报道'],
    ['toneless pinyin is a word, not an annotation', '品牌(wang)'],
    ['letters and a digit that are no syllable', '业绩(q3)'],
    ['a product code', '逾期(M3+以上)'],
    ['pinyin not after a Han character', 'see (wǎng) here'],
    ['a year in parens', '计划(2024—2026年)'],
  ];
  for (const [name, input] of cases) assert.equal(removeInjectedPinyin(input), input, name);
});

test('isTonedSyllable accepts toned pinyin only', () => {
  const cases: Array<[string, boolean]> = [
    ['wǎng', true], ['wang3', true], ['zhuāng', true], ['lǜ', true], ['er2', true],
    ['wang', false], ['q3', false], ['abc1', false], ['pingwest', false], ['x5', false],
  ];
  for (const [s, want] of cases) assert.equal(isTonedSyllable(s), want, s);
});

test('full-width digits, letters and ％ fold to ASCII; odd spaces become plain', () => {
  const cases: Array<[string, string]> = [
    ['１２３', '123'],
    ['ＡＢＣｘｙｚ', 'ABCxyz'],
    ['９０％', '90%'],
    ['３．７４万亿', '3.74万亿'],
    ['a\u3000b', 'a b'],
    ['a\u00a0b', 'a b'],
    ['零\u200b宽', '零宽'],
    ['句号。不变', '句号。不变'],
  ];
  for (const [input, want] of cases) assert.equal(foldWidth(input), want, input);
});

test('traditional text becomes simplified and the page says which script it was in', () => {
  const trad = normalizePage('銀保監(jiān)會相關負責人表示，網貸機構已接入徵信系統。');
  assert.equal(trad.text, '银保监会相关负责人表示，网贷机构已接入征信系统。');
  assert.equal(trad.script, 'traditional');
  const simp = normalizePage('银保监会相关负责人表示，网贷机构已接入征信系统。');
  assert.equal(simp.script, 'simplified');
  assert.equal(normalizePage('no Han here').script, 'none');
  assert.equal(normalizeText('網(wǎng)貸'), '网贷');
});

test('a text nothing was converted in is simplified when it has Han, else none', () => {
  for (const t of ['银保监会表示', 'Q3 revenue 12%', '', '𠀀 only an astral Han', '😀 no Han', 'ABC 中']) {
    assert.equal(detectScript(t, t), /\p{Script=Han}/u.test(t) ? 'simplified' : 'none', t);
  }
  assert.equal(detectScript('網貸機構', '网贷机构'), 'traditional');
});

test('looksTraditional is a cheap look at a page', () => {
  assert.equal(looksTraditional('<p>銀保監會相關負責人表示，網貸機構已接入徵信系統，據統計已有數百家機構。</p>'), true);
  assert.equal(looksTraditional('<p>银保监会相关负责人表示，网贷机构已接入征信系统，据统计已有数百家机构。</p>'), false);
  assert.equal(looksTraditional('<html><body>hello</body></html>'), false);
});
