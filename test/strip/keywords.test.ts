import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keywords } from '../../src/strip/keywords.js';

// Keywords stands in for Array.find / some over String.includes and startsWith:
// its answers must be theirs, including which keyword wins when several occur.
const WORDS = ['相关阅读', '相关', '分享到', '分享', '上一篇', 'ICP', '版权所有', '责任编辑'];
const LINES = [
  '', '相', '相关', '相关阅读', '更多相关阅读', '阅读相关', '分享到微信', '微信分享',
  '上一篇：示例标题', '京ICP备00000000号', 'icp', '本站版权所有', '（责任编辑：张三）',
  '平台的借贷余额为85亿元，同比增长12%。', '版权所有 相关阅读 分享到', 'ICP相关',
];

test('firstIn is the keyword earliest in the list that occurs, as Array.find would give', () => {
  const k = new Keywords(WORDS);
  for (const line of LINES) assert.equal(k.firstIn(line), WORDS.find((w) => line.includes(w)), line);
});

test('occursIn and starts answer as some(includes) and some(startsWith)', () => {
  const k = new Keywords(WORDS);
  for (const line of LINES) {
    assert.equal(k.occursIn(line), WORDS.some((w) => line.includes(w)), `occursIn ${line}`);
    assert.equal(k.starts(line), WORDS.some((w) => line.startsWith(w)), `starts ${line}`);
  }
});

test('an empty keyword is refused: it would match every line', () => {
  assert.throws(() => new Keywords(['版权', '']), /empty keyword/);
});
