import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorIn, leadReporter, trailerAuthor } from '../../src/strip/byline.js';
import { plausibleAuthor } from '../../src/strip/metadata.js';

test('the author is read from each byline form', () => {
  const cases: Array<[string, string, string]> = [
    ['作者：', '作者：程远 白露', '程远 白露'],
    ['作者: with a time after it', '作者:林晓舟时间:2021-06-22 06:03', '林晓舟'],
    ['作者: a user name glued to 时间', '作者:admin时间:2021-06-22 06:03', 'admin'],
    ['作者 and a source', '来源:转载 作者:方启明', '方启明'],
    ['记者 with a space', '某日报记者 许乔 何川', '许乔 何川'],
    ['记者 glued to the name', '本报记者唐宁萧然发自北京', '唐宁萧然'],
    ['记者 and a place that reports', '某晚报记者 韩立 江苏沭阳报道', '韩立'],
    ['记者 then 文', '某商报记者高岚/文 图片由受访者提供', '高岚'],
    ['文/', '文/陈嘉禾', '陈嘉禾'],
    ['posted by (forum)', '本贴由老周于2006年3月2日09:10:11在论坛发表', '老周'],
    ['posted by (blog)', '由山风张贴 @ 2006-04-01 10:20:30', '山风'],
  ];
  for (const [name, line, want] of cases) assert.equal(authorIn(line), want, name);
});

test('编辑 names the editor, not the author', () => {
  const cases = ['责任编辑：秦岚', '编辑：石磊', '（ 责任编辑：孟可 ）', '编辑整理:整理来源:某问答社区'];
  for (const line of cases) assert.equal(authorIn(line), null, line);
  assert.equal(trailerAuthor('……市场格局仍在变化。（ 责任编辑：邵川 ）'), null);
});

test('words after a label that are not a name give nothing', () => {
  for (const line of ['记者,她完全没有料到', '作者单位：某大学', '（未完待续）', '作者:小编']) {
    assert.equal(authorIn(line) ?? trailerAuthor(line), null, line);
  }
});

test('a name signing the last paragraph, or the reporter in the lead', () => {
  assert.equal(trailerAuthor('推动本地制造业转型升级。（记者 吴桐）'), '吴桐');
  assert.equal(trailerAuthor('确保节日期间市场平稳。（苏禾 林一帆 ）'), '苏禾 林一帆');
  assert.equal(trailerAuthor('这会是一次洗牌吗？”（钟越 上海报道）'), '钟越');
  assert.equal(trailerAuthor('没有括号的结尾。'), null);
  assert.equal(leadReporter('据某通讯社成都电（记者 杜若）记者近日从会议上了解到'), '杜若');
});

test('organisations, ids and URLs are not authors', () => {
  for (const s of ['L_104485', 'nr.gov.cn', 'http://example.com', '大汉网络', '中文学术期刊,汉斯出版社,Hans Publishers', '示例财经网', 'Discuz! Team and Comsenz UI Team']) {
    assert.equal(plausibleAuthor(s), null, s);
  }
  assert.equal(plausibleAuthor('李楠'), '李楠');
});

test('interns and correspondents are credited like reporters; stacked bylines join', async () => {
  assert.equal(authorIn('本报实习生 程远 白露'), '程远 白露');
  assert.equal(authorIn('本报通讯员 许乔'), '许乔');
  const { stripHtml } = await import('../../src/strip/html.js');
  const page = '<html><body><div class="content"><h1>某市出台网贷清退办法</h1>'
    + '<p>本报实习生 程远 白露</p><p>本报记者 许乔 何川</p>'
    + '<p>日前，某市地方金融监督管理局出台网贷机构清退办法，要求各平台在年底前完成存量业务化解，按期兑付出借人本金。</p>'
    + '<p>办法明确，清退期间平台不得新增业务，不得以任何名义向出借人收取费用，违者将移送公安机关依法处理。</p>'
    + '</div></body></html>';
  assert.equal(stripHtml(page).author, '程远 白露 许乔 何川');
});
