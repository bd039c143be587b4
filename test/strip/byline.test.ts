import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorIn, leadReporter, trailerAuthor } from '../../src/strip/byline.js';
import { plausibleAuthor } from '../../src/strip/metadata.js';

test('the author is read from each byline form', () => {
  const cases: Array<[string, string, string]> = [
    ['作者：', '作者：宋怡 杨志华', '宋怡 杨志华'],
    ['作者: with a time after it', '作者:林晓舟时间:2021-06-22 06:03', '林晓舟'],
    ['作者: a user name glued to 时间', '作者:admin时间:2021-06-22 06:03', 'admin'],
    ['作者 and a source', '来源:转载 作者:孙仲旻', '孙仲旻'],
    ['记者 with a space', '光明日报记者 王建宏 张文攀', '王建宏 张文攀'],
    ['记者 glued to the name', '本报记者罗科苏盈发自北京', '罗科苏盈'],
    ['记者 and a place that reports', '新京报记者 彭冲 山东冠县报道', '彭冲'],
    ['记者 then 文', '河南商报记者马俊峰/文受访者供图', '马俊峰'],
    ['文/', '文/陈嘉禾', '陈嘉禾'],
    ['posted by (forum)', '本贴由大卫于2005年8月12日16:12:21在论坛发表', '大卫'],
    ['posted by (blog)', '由海姑娘张贴 @ 2005-06-14 03:25:55', '海姑娘'],
  ];
  for (const [name, line, want] of cases) assert.equal(authorIn(line), want, name);
});

test('编辑 names the editor, not the author', () => {
  const cases = ['责任编辑：王蕾', '编辑：山石', '（ 责任编辑：魏喆 ）', '编辑整理:整理来源:悟空问答'];
  for (const line of cases) assert.equal(authorIn(line), null, line);
  assert.equal(trailerAuthor('……正在悄悄的进行。（ 责任编辑：刘林源 ）'), null);
});

test('words after a label that are not a name give nothing', () => {
  for (const line of ['记者,他怎么也想不到', '作者单位：某大学', '（未完待续）', '作者:小编']) {
    assert.equal(authorIn(line) ?? trailerAuthor(line), null, line);
  }
});

test('a name signing the last paragraph, or the reporter in the lead', () => {
  assert.equal(trailerAuthor('推动云南工业高质量发展。（记者 胡晓蓉）'), '胡晓蓉');
  assert.equal(trailerAuthor('过一个廉洁的新春佳节。（常书香 马丹阳 ）'), '常书香 马丹阳');
  assert.equal(trailerAuthor('都是利益再分配的过程吗？”（姚峰 上海报道）'), '姚峰');
  assert.equal(trailerAuthor('没有括号的结尾。'), null);
  assert.equal(leadReporter('据新华社拉萨电（记者 格桑边觉）记者近日从会议上了解到'), '格桑边觉');
});

test('organisations, ids and URLs are not authors', () => {
  for (const s of ['L_104485', 'nr.gov.cn', 'http://example.com', '大汉网络', '中文学术期刊,汉斯出版社,Hans Publishers', '示例财经网', 'Discuz! Team and Comsenz UI Team']) {
    assert.equal(plausibleAuthor(s), null, s);
  }
  assert.equal(plausibleAuthor('李楠'), '李楠');
});
