import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineText, titleParts } from '../../src/strip/headline.js';
import { stripHtml } from '../../src/strip/html.js';
import { cleanTitle } from '../../src/strip/metadata.js';
import { eachCase, none } from '../helpers/table.js';

test('headlineText: a line that reads as a headline, cleaned', () => {
  eachCase(headlineText, [
    ['网贷平台清退进入收官阶段', '网贷平台清退进入收官阶段'],
    ['主题： 消费金融公司为何扎堆增资？', '消费金融公司为何扎堆增资？'],
    ['标题:三季度理财市场回顾', '三季度理财市场回顾'],
    ['★ 年终奖理财的五个误区', '年终奖理财的五个误区'],
    ['城商行的冬天 (图) 2019-11-02 08:15:40', '城商行的冬天 (图)'],
    ['张三：我为什么不买互助保险', '张三：我为什么不买互助保险'],
  ]);
});

test('headlineText: near misses that are not headlines', () => {
  eachCase(headlineText, none([
    '银行间市场昨日利率小幅回落。',         // a sentence
    '一、监管框架的变化',                   // a numbered section heading
    '（二）风险提示',
    '3. 数据来源与方法',
    '——写在网贷退场三周年之际',             // a subtitle on its own
    '2021-03-04 09:12 来源：示例日报',      // a date line
    '作者：周晓明',                         // a byline
    '王海涛',                               // a bare name
    '图为某银行营业厅内景',                 // a caption
    '本报记者 李文 摄',
    '访问:20931',                           // a counter
    '首页 > 财经 > 银行',                   // a trail
    '理财|基金|保险|信托',                  // a menu row
    '相关阅读',                             // a list heading
    '监管要求如下：',                       // a label
    '市场概况[编辑]',                       // a wiki section
    '示例网 www.example.com.cn',            // a site line
    '小结',                                 // too short
    '首页 新闻 财经 房产 汽车',             // a menu typed as words
  ]));
});

test('titleParts: the <title>\'s headline parts and its site parts', () => {
  assert.deepEqual(titleParts('助贷新规落地首月_银行频道_示例财经网', null),
    { parts: ['助贷新规落地首月', '银行频道'], sites: ['示例财经网'] });
  assert.deepEqual(titleParts('助贷新规落地首月 - 示例周刊', '示例周刊'), { parts: ['助贷新规落地首月'], sites: ['示例周刊'] });
  // `——` opens a subtitle: no split.
  assert.deepEqual(titleParts('稳字当头——写在年度工作会议召开之际', null),
    { parts: ['稳字当头——写在年度工作会议召开之际'], sites: [] });
});

test('cleanTitle: `——` splits off a site, not a subtitle', () => {
  assert.equal(cleanTitle('稳字当头——写在年度工作会议召开之际'), '稳字当头——写在年度工作会议召开之际');
  assert.equal(cleanTitle('稳字当头——示例财经网'), '稳字当头');
});

const P1 = '记者从多家银行获悉，今年以来个人住房贷款利率持续下行，部分城市首套房贷利率已降至历史低位，申请到放款的周期也明显缩短。';
const P2 = '业内人士认为，随着存量房贷利率调整落地，提前还款潮有望逐步降温，银行资产质量总体保持稳定，但息差压力仍将延续一段时间。';
const article = `<div class="text"><p>${P1}</p><p>${P2}</p></div>`;
const menu = '<div><a href="/">首页</a> <a href="/a">新闻</a> <a href="/b">财经</a> <a href="/c">房产</a></div>';
const html = (head: string, body: string) => `<html><head>${head}</head><body>${menu}${body}${article}</body></html>`;

test('the visible headline is weighed against og:title and <title>', () => {
  const cases: Array<[string, string, string | null]> = [
    // <title> is the site name only; the headline sits above the date line.
    ['placeholder <title>', html('<title>示例论坛</title>', '<p>房贷利率降至低位 提前还款潮降温</p><div>2023-09-12 10:21</div>'),
      '房贷利率降至低位 提前还款潮降温'],
    ['<title> says 显示', html('<title>显示</title>', '<p>房贷利率降至低位</p><p>陈立</p>'), '房贷利率降至低位'],
    // No <title> at all: the plain line right above the article.
    ['no <title>', html('', '<p>房贷利率降至低位</p>'), '房贷利率降至低位'],
    // A forum's `主题：` line.
    ['forum subject', html('<title>示例社区 :: null</title>', '<div>主题： 房贷该不该提前还？</div><div>作者：阿木 时间：2023-09-12 19:13:18</div>'),
      '房贷该不该提前还？'],
    // A blog post's title printed with its time.
    ['blog title with time', html('<title>小林 | blog.example.com</title>', '<div class="post-title">提前还贷记 2023-09-12 03:25:55</div>'),
      '提前还贷记'],
    // The headline and its subtitle on two lines make one headline.
    ['subtitle joined', html('<title>稳字当头——写在年度工作会议召开之际_示例网</title><meta property="og:title" content="稳字当头">',
      '<p>稳字当头</p><div>——写在年度工作会议召开之际</div><div>2023-09-12 09:52</div>'), '稳字当头——写在年度工作会议召开之际'],
    // A visible piece of the <title>'s headline: the <title>'s fuller form wins, its site part stays off.
    ['fuller <title>', html('<title>第三届普惠金融年会会议议程_会议秘书处_示例大学</title>', '<p>第三届普惠金融年会</p><p>地点：报告厅</p>'),
      '第三届普惠金融年会会议议程'],
    ['site tail kept off', html('<title>房贷利率降至低位-示例财经</title>', '<h1>房贷利率降至低位</h1>'), '房贷利率降至低位'],
    // og:title that is the site's name is no headline.
    ['og:title = site', html('<title>金融词条 - 示例百科全书</title><meta property="og:title" content="示例百科全书">', '<h1>金融词条</h1>'),
      '金融词条'],
    // A numbered section line just above the article is skipped for the headline above it.
    ['section line skipped', html('<title>显示</title>', '<p>住房信贷的新变化</p><p>王立平</p><p>一、利率下行</p>'), '住房信贷的新变化'],
    // Near miss: a caption right above the article is not the headline; the <title> is.
    ['caption is not a headline', html('<title>房贷利率降至低位_示例网</title>', '<p>图为某银行网点</p>'), '房贷利率降至低位'],
    // Near miss: an unmarked plain line (a caption without 图为) loses to a <title> that reads as a headline…
    ['unmarked line vs a real <title>', html('<title>房贷利率降至低位 提前还款潮降温_示例网</title>', '<p>市民在银行网点办理业务</p>'),
      '房贷利率降至低位 提前还款潮降温'],
    // …but wins over a <title> that names only the site.
    ['unmarked line vs a site <title>', html('<title>示例网</title>', '<p>房贷利率降至低位</p>'), '房贷利率降至低位'],
    // Near miss: og:title is trusted over a plain line that does not agree with it.
    ['og:title over a stray line', html('<meta property="og:title" content="房贷利率降至低位">', '<p>今日要闻速览</p>'), '房贷利率降至低位'],
    // Near miss: a linked line far above the article is a list item, not the headline.
    ['far linked line', html('<title>房贷利率降至低位_示例网</title>', '<p><a href="/x">别的新闻标题在这里</a></p><p>分享到</p><p>返回首页</p><p>打印本页</p>'),
      '房贷利率降至低位'],
  ];
  for (const [name, page, want] of cases) assert.equal(stripHtml(page).title, want, name);
});
