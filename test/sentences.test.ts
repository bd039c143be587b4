import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceAround, sentenceFinder, sentenceSpans } from '../src/sentences.js';

test('sentences end at 。！？； and line breaks, end mark kept, edge space dropped', () => {
  const text = '甲平台逾期。 乙公司被约谈！丙呢？丁；\n戊段落无句号';
  const got = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, ['甲平台逾期。', '乙公司被约谈！', '丙呢？', '丁；', '戊段落无句号']);
});

test('the sentence around a span is the whole sentence it sits in', () => {
  const text = '第一句。警方对某平台立案侦查，涉案金额3亿元。末句';
  const at = text.indexOf('3亿元');
  assert.equal(sentenceAround(text, at, at + 3), '警方对某平台立案侦查，涉案金额3亿元。');
  assert.equal(sentenceAround(text, text.length - 2, text.length), '末句');
});

test('sentenceFinder gives what sentenceAround gives, for every span of a text', () => {
  for (const text of ['第一句。警方对某平台立案侦查，涉案金额3亿元！\n 末句？', '无句号的一段话', '。开头就结束；', '']) {
    const find = sentenceFinder(text);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length + 1; end++) assert.equal(find(start, end), sentenceAround(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`);
    }
  }
});
