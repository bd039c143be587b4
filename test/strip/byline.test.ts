import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorIn, leadReporter, trailerAuthor } from '../../src/strip/byline.js';
import { plausibleAuthor } from '../../src/strip/metadata.js';
import { eachCase, none } from '../helpers/table.js';

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

test('a paper\'s own reporter opening the first paragraph is the author; nothing else there is', () => {
  eachCase(leadReporter, [
    ['本报记者 程远 北京报道 央行今日开展逆回购操作，净投放资金2000亿元。', '程远'],
    ['本报记者程远报道：央行今日开展逆回购操作。', '程远'],
    ['【本报驻沪记者 白露】上海银行业今年前三季度不良率继续下降。', '白露'],
    ['本刊特约记者 程远 央行今日开展逆回购操作，净投放资金2000亿元。', '程远'],
    // A wire dateline: the city glued to the name is cut (the cities are in byline.json).
    ['（中央社记者白露台北13日电）金管会今天宣布放宽规定。', '白露'],
    ['（某社记者欧阳明华盛顿12日电）美联储宣布维持利率。', '欧阳明'],
    ['新华社记者程远北京5日电 央行今日开展逆回购操作。', '程远'],
    // Near misses: 记者 later in a sentence, a reporter who is the subject, an editor.
    ['央行有关负责人对本报记者表示，逆回购操作将保持灵活。', null],
    ['本报记者近日走访多家银行发现，房贷利率持续下行。', null],
    ['责任编辑 程远 央行今日开展逆回购操作。', null],
  ]);
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

test('a person given as the source is the writer; an outlet or a kind of source is not', async () => {
  const { sourcePerson } = await import('../../src/strip/byline.js');
  eachCase(sourcePerson, [
    ['来源: 何静', '何静'],
    ['来源：郑岚 编辑：周亮', '郑岚'],
    ['稿源：欧阳晓岚', '欧阳晓岚'],
    ['时间：2019-05-06 来源：罗一鸣', '罗一鸣'],
    ...none(['来源：新华社', '来源：人民日报', '来源：某某财经网', '来源：温州网', '来源：和讯', '来源：金融界',
      '来源：网络', '来源：本站原创', '来源：综合', '来源：杭州', '来源：江苏', '来源：钱江晚报', '编辑：张三', '责任编辑：李四',
      '本文来源于网络，如有侵权请联系删除', '数据来源：国家统计局']),
  ]);
});

test('a bracketed name right after the date line\'s time is the byline', () => {
  eachCase(authorIn, [
    ['SITE.EXAMPLE.COM 2011年3月2日09:15 [ 韩梅 ] 来源：[ 某财经报 ]', '韩梅'],
    ['2011-03-02 09:15:30 【 宋远航 】', '宋远航'],
    ...none(['2011年3月2日09:15 [打印] [关闭]', '2011年3月2日09:15 [ 推荐 ] [ 评论 ]', '来源：[ 某财经报 ] 2011-03-02',
      '[ 韩梅 ] 时评', '会议于2011年3月2日举行 [图]']),
  ]);
});

test('a second reporter label inside a run of names credits one more writer', () => {
  assert.equal(leadReporter('本报讯（实习记者 程远 白露 记者许乔）昨日上午，某区法院公开宣判一起非法集资案。'), '程远 白露 许乔');
  assert.equal(authorIn('本报记者 周明远 记者 吴桐'), '周明远 吴桐');
});

test('names alone under a headline: one name, or several that look like people', async () => {
  const { bareName } = await import('../../src/strip/byline.js');
  eachCase(bareName, [
    ['胡平', '胡平'],
    ['赵明远、钱小红', '赵明远、钱小红'],
    ['孙宁远 周大海', '孙宁远 周大海'],
    ['赵明远、风小天', '赵明远、风小天'],
    ...none(['股票、基金', '理财 保险', '金融、证券', '黄金 白银', '经济、金融', '综合', '赵明远认为，风险可控',
      '新华社、人民日报', '一二三四五六', '赵明远、钱小红、孙宁、李白、周大海、吴桐']),
  ]);
});

test('a forum\'s reply header is told from the post', async () => {
  const { isReplyHeader } = await import('../../src/strip/byline.js');
  eachCase(isReplyHeader, [
    ['楼层： 第 2 楼 时间：2006-03-02 10:11', true], ['#3楼', true], ['12楼 2006-03-02', true], ['沙发', true],
    ['楼层： 第 1 楼 时间：2006-03-02 09:10', false], ['这栋楼有28层', false], ['第2楼的住户反映', false],
  ]);
});
