import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaption, isCredit, isCreditLine, isLabelLine } from '../../src/strip/credits.js';
import { isListHeading } from '../../src/strip/chrome.js';
import { isHeaderLine } from '../../src/strip/time.js';
import { stripHtml } from '../../src/strip/html.js';

const yes = (fn: (s: string) => boolean, lines: string[]) => { for (const l of lines) assert.equal(fn(l), true, l); };
const no = (fn: (s: string) => boolean, lines: string[]) => { for (const l of lines) assert.equal(fn(l), false, l); };

test('photo captions and credits', () => {
  yes(isCaption, [
    '图为工作人员在网点向老人讲解防诈知识',
    '（图片来源：示例图库）',
    '资料图：某银行营业厅',
    '图/示例图库',
    '小店门前排起长队 本报记者 周文 摄',
    '夜色中的金融街 人民视觉',
    '题图来自 示例图库',
  ]);
  no(isCaption, [
    '图书馆的借阅量在一年里翻了一番，馆长说这是数字化服务带来的变化。', // 图 opening a word, a sentence
    '他说，这件事的关键在于摄入多少。',                                   // ends in 摄 inside a sentence
    '监管部门表示将加强对营销宣传的监测。',
  ]);
});

test('source, byline and editor lines', () => {
  yes(isCreditLine, [
    '来源：示例日报',
    '编辑：赵一鸣',
    '（责编：钱多多、孙小美）',
    '编辑： 金金 来源： 示例经济报道 作者：周冉 吴越',
    '本文来自微信公众号“示例财经观察”，作者：王小明',
    '头图来自：示例图库',
    '原文链接：https://example.com/a/1',
    '作者丨林一',
    '文/周冉',
    '文｜周冉 吴越',
    '整理：吴越',
  ]);
  no(isCreditLine, [
    '记者：请问您如何看待这次降准对中小企业融资的影响？',  // an interview question
    '作者：我认为，利率市场化是一个长期过程，不能一蹴而就。', // a quoted answer
    '来源于网络的说法往往未经证实。',                         // no label
    '数据来源显示，三季度末不良率为1.6%。',
    '文化产业基金规模扩大',                  // 文 opening a word, no separator
  ]);
});

test('labels, reading times and an author\'s address line', () => {
  yes(isLabelLine, ['广告', '7 分钟', '阅读时间：5分钟', '约3分钟读完', '（示例大学经济学院，北京 100871）', '(示例研究所 200433)']);
  no(isLabelLine, [
    '广告投放增长了12%',
    '7 分钟后，警方赶到现场。',
    '（示例大学经济学院，北京）',                  // no postcode: could be prose in brackets
    '（2023年营收100871万元）',
  ]);
  assert.equal(isCredit('广告'), true);
  assert.equal(isCredit('三季度GDP同比增长4.9%。'), false);
});

test('list headings behind arrows and marks; a portal dateline with the site\'s address', () => {
  yes(isListHeading, ['》》》相关阅读', '■ 延伸阅读：', '>>相关新闻']);
  no(isListHeading, ['相关部门正在调查此事']);
  assert.equal(isHeaderLine('http://www.example.com.cn 2005年03月31日03:18 示例晚报'), true);
  assert.equal(isHeaderLine('据http://example.com报道，该行2005年3月31日起下调利率。'), false);
});

const P1 = '中国人民银行近日宣布，数字人民币试点范围将再扩大至更多城市，覆盖交通、医疗、政务缴费等民生场景，参与银行也将同步增加。';
const P2 = '业内人士分析，试点扩容意味着数字人民币从“可用”走向“好用”，但商户受理意愿和用户习惯的培养仍需时间，短期内难以替代第三方支付。';
const P3 = '某地相关负责人表示，下一步将推动数字人民币在普惠金融、乡村振兴等领域的应用，探索更多可复制推广的经验做法。';

test('credits, captions and labels stay out of the text wherever they stand; the byline is still read', () => {
  const page = `<html><head><title>示例新闻网</title></head><body>
    <h1>数字人民币试点再扩容</h1><div>http://www.example.com.cn 2023年03月31日03:18 示例晚报</div>
    <div>7 分钟</div><p>（示例大学经济学院，北京 100871）</p>
    <p>${P1}</p><p>图为市民在商场使用数字人民币付款（图片来源：示例图库）</p><p>广告</p><p>${P2}</p><p>${P3}</p>
    <p>人民视觉</p><p>本文来自微信公众号“示例财经观察”，作者：王小明</p><p>头图来自：示例图库</p>
    <p>来源：示例日报</p><p>编辑：赵一鸣</p><p>欢迎关注我们的公众号，获取更多资讯</p><p>》》》相关阅读</p>
    <p><a href="/x">数字人民币的下一站在哪里</a></p></body></html>`;
  const s = stripHtml(page);
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
  assert.equal(s.title, '数字人民币试点再扩容');
  assert.equal(s.publishedAt, '2023-03-31T03:18:00+08:00');
  assert.equal(s.author, '王小明');
});
