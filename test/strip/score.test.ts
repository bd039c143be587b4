import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeBlock, type Block } from '../../src/strip/blocks.js';
import { bestWindow, looksLikeArticle, roleOf, strictRoles, valueOf } from '../../src/strip/score.js';

const PROSE = '截至2月末，12家机构的出借人未还本金余额已由峰值时的86.4亿元降至21.7亿元，降幅约75%。';

test('each kind of block gets its role', () => {
  const cases: Array<[string, Block, ReturnType<typeof roleOf>]> = [
    ['prose', makeBlock(PROSE), 'prose'],
    ['a comment thread', makeBlock('说得好，利率确实该降了。', 0, null, true), 'comment'],
    ['chrome by tag', makeBlock(PROSE, 0, 'tag'), 'chrome'],
    ['chrome by class', makeBlock(PROSE, 0, 'class'), 'chrome'],
    ['a related-list heading', makeBlock('相关推荐'), 'barrier'],
    ['a comment heading', makeBlock('网友评论'), 'barrier'],
    ['a bare timestamp', makeBlock('2024-04-25 20:24:50'), 'stamp'],
    ['a header line', makeBlock('作者:admin时间:2021-06-22 06:03'), 'stamp'],
    ['a re-post note', makeBlock('(原标题:助贷新规落地首月)'), 'stamp'],
    ['an entry footer', makeBlock('由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论'), 'stamp'],
    ['a sentence that mentions 发表于 a date', makeBlock('该论文发表于2019年3月5日的《金融研究》，引用超过百次。'), 'prose'],
    ['a keyword line', makeBlock('本文标签: 助贷 利率'), 'chrome'],
    ['a disclaimer of any length', makeBlock('凡本网注明“来源：示例网”的所有作品，版权均属于示例网，'.repeat(5)), 'chrome'],
    ['mostly link text', makeBlock('多地发布网贷清退时间表', 11), 'chrome'],
  ];
  for (const [name, b, want] of cases) assert.equal(roleOf(b, { classChrome: true }), want, name);
  assert.equal(roleOf(makeBlock(PROSE, 0, 'class'), { classChrome: false }), 'prose', 'the loose attempt ignores class marks');
});

test('prose is worth more the longer and more punctuated it is; link text costs', () => {
  const long = valueOf(makeBlock(PROSE), 'prose');
  const short = valueOf(makeBlock('利率透明'), 'prose');
  const soup = valueOf(makeBlock('网贷 消费贷 助贷 征信修复 催收 网贷 消费贷 助贷 征信修复 催收'), 'prose');
  const linked = valueOf(makeBlock(PROSE, 30), 'prose');
  assert.ok(long > 0 && short < 0, `${long} ${short}`);
  assert.ok(soup < long / 2, `${soup}`);
  assert.ok(linked < long, `${linked}`);
});

test('the article is the best-scoring run; a list heading is a wall', () => {
  const blocks = [
    makeBlock('首页 金融 科技', 9), makeBlock(PROSE), makeBlock('利率透明刻不容缓'), makeBlock(PROSE),
    makeBlock('相关推荐'), makeBlock(PROSE),
  ];
  const w = bestWindow(blocks, { classChrome: true });
  assert.deepEqual([w.start, w.end], [1, 4]);
  assert.equal(looksLikeArticle(blocks, w), true);
});

test('strict roles add class chrome to the loose ones and nothing else', () => {
  const blocks = [makeBlock(PROSE, 0, 'class'), makeBlock(PROSE), makeBlock('评论', 0, 'class', true)];
  const loose = blocks.map((b) => roleOf(b, { classChrome: false }));
  assert.deepEqual(strictRoles(blocks, loose), ['chrome', 'prose', 'comment']);
});

test('readArticle: strict, then loose, then bare; a looser reading must find more', async () => {
  const { readArticle } = await import('../../src/strip/score.js');
  const P = '监管部门最新公布的数据显示，今年一季度保险业原保险保费收入同比增长约百分之五，其中人身险公司保费收入增速快于财产险公司。';
  const links = Array.from({ length: 6 }, (_, k) => makeBlock(`示例新闻标题第${k}条`, 9));
  // An article inside a comment-named wrapper: only the bare reading finds it.
  const wrapped = [...links, makeBlock(P, 0, null, true), makeBlock(P, 0, null, true)];
  assert.equal(readArticle(wrapped).reading, 'bare');
  // Class chrome on an article whose class marks were wrong: the loose reading.
  assert.equal(readArticle([...links, makeBlock(P, 0, 'class'), makeBlock(P, 0, 'class')]).reading, 'loose');
  // Near miss: a list page whose only sentence is a short blurb in the footer stays without an article.
  const list = [...links, makeBlock('本站提供财经资讯与行业动态，所载内容仅供读者参考，欢迎各界朋友投稿交流。', 0, 'tag')];
  const r = readArticle(list);
  assert.equal(r.reading, 'strict');
  assert.equal(looksLikeArticle(list, r.w), false);
});
