import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countNonSpace, countPunct, isSpaceCode, PUNCT } from '../../src/strip/chars.js';

test('the white-space table is exactly JavaScript\'s \\s plus the zero-width space, over the whole BMP', () => {
  const wrong: string[] = [];
  for (let c = 0; c < 65536; c++) {
    if (isSpaceCode(c) !== /[\s\u200b]/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
  }
  assert.deepEqual(wrong, []);
});

test('counts of non-space characters and clause marks', () => {
  const cases: Array<[string, number, number]> = [
    ['', 0, 0],
    ['   \u3000\u00a0\u200b\n', 0, 0],
    ['截至6月末， 贷款余额为85亿元。', 16, 2],
    ['《报告》指出：“风险可控”…', 14, 6],
    ['a, b; c! d?', 8, 4],
  ];
  for (const [s, chars, punct] of cases) {
    assert.equal(countNonSpace(s), chars, `chars of ${s}`);
    assert.equal(countPunct(s), punct, `punct of ${s}`);
    assert.equal(countPunct(s), (s.match(new RegExp(`[${PUNCT}]`, 'g')) ?? []).length, s);
  }
});
