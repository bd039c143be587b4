// WordSet and Matcher.endingAt: the longest word at a position, at the text's
// edges too (their lookups index words by character, so these pin the result).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordSet } from '../../../extractors/figures/words.js';
import { Matcher } from '../../../extractors/lib/gazetteer.js';

const units = new WordSet<string>([['万', 'a'], ['万元', 'b'], ['万亿元', 'c'], ['元', 'd']]);

test('WordSet.after takes the longest word starting at the offset', () => {
  assert.deepEqual(units.after('共3万亿元的', 2), { word: '万亿元', value: 'c' });
  assert.deepEqual(units.after('共3万元', 2), { word: '万元', value: 'b' });
  assert.deepEqual(units.after('共3万', 2), { word: '万', value: 'a' }); // the text ends inside 万元
  assert.equal(units.after('共3万', 3), null);
  assert.equal(units.after('共3万', -1), null);
});

test('WordSet.before takes the longest word ending at the offset', () => {
  const pre = WordSet.of(['约', '大约', '近']);
  assert.deepEqual(pre.before('他大约3亿', 3), { word: '大约', value: true });
  assert.deepEqual(pre.before('约3亿', 1), { word: '约', value: true }); // 大约 would start before the text
  assert.equal(pre.before('约3亿', 0), null);
  assert.equal(pre.before('约', 2), null);
});

test('Matcher.endingAt finds the longest form ending exactly there', () => {
  const m = new Matcher(['美国', '美国联邦', '英国'], (c) => [c]);
  const text = '美国联邦储备委员会与英国财政部';
  assert.equal(m.endingAt(text, 4)?.text, '美国联邦');
  assert.equal(m.endingAt(text, 2)?.text, '美国');
  assert.equal(m.endingAt(text, 12)?.text, '英国');
  assert.equal(m.endingAt(text, 3), undefined);
});
