import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripHtml } from '../../src/strip/html.js';
import { cleanTitle, siteFromTitle } from '../../src/strip/metadata.js';

const P1 = '中国人民银行10月18日披露，今年前三季度数字人民币累计交易金额达1.8万亿元，同比增长逾两倍，试点地区已扩大至17个省份的26个地区。';
const P2 = '从场景看，交通出行、政务缴费和零售消费是三大主要场景，多家银行表示已在代发工资、供应链金融等对公场景开展试点，单笔最大交易额超过5000万元。';
const body = `<div class="content"><p>${P1}</p><p>${P2}</p></div>`;
const page = (head: string, before = '', after = '') => `<html><head>${head}</head><body>${before}${body}${after}</body></html>`;

test('title: og:title, the article h1, <title> without the site suffix', () => {
  const cases: Array<[string, string, string]> = [
    ['og:title', page('<meta property="og:title" content="数字人民币试点扩围"><title>别的 - 示例网</title>'), '数字人民币试点扩围'],
    ['h1', page('<title>数字人民币试点扩围_金融_示例网</title>', '<h1>数字人民币试点扩围</h1>'), '数字人民币试点扩围'],
    ['<title> minus suffix', page('<title>数字人民币试点扩围_金融频道_示例财经网</title>'), '数字人民币试点扩围'],
    ['<title> with a dash', page('<title>数字人民币试点扩围 - 示例财经网</title>'), '数字人民币试点扩围'],
  ];
  for (const [name, html, want] of cases) assert.equal(stripHtml(html).title, want, name);
});

test('publish time from each source, strongest first', () => {
  const cases: Array<[string, string, string]> = [
    ['article:published_time', page('<meta property="article:published_time" content="2023-10-19T07:30:00+08:00">'), '2023-10-19T07:30:00+08:00'],
    ['pubdate', page('<meta name="pubdate" content="2022-02-13 07:00:00">'), '2022-02-13T07:00:00+08:00'],
    ['publishdate', page('<meta name="publishdate" content="2022-02-13">'), '2022-02-13'],
    ['PubDate', page('<META name="PubDate" content="2022-02-11 09:52">'), '2022-02-11T09:52:00+08:00'],
    ['JSON-LD datePublished', page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-19T07:30:00+08:00"}</script>'), '2023-10-19T07:30:00+08:00'],
    ['JSON-LD in @graph', page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2021-06-22"}]}</script>'), '2021-06-22'],
    ['<time datetime>', page('', '<h1>标题</h1><time datetime="2021-06-22T06:03:00+08:00">6月22日</time>'), '2021-06-22T06:03:00+08:00'],
    ['发布时间：', page('', '<h1>标题</h1><div>发布时间：2022-02-13 04:22:18　来源：示例日报</div>'), '2022-02-13T04:22:18+08:00'],
    ['时间:', page('', '<h1>标题</h1><div>作者:admin 时间:2021-06-22 06:03</div>'), '2021-06-22T06:03:00+08:00'],
    ['bare date line', page('', '<h1>标题</h1><div>2021-06-22 06:03</div>'), '2021-06-22T06:03:00+08:00'],
    ['Chinese date', page('', '<h1>标题</h1><div>2021年06月22日 06:03</div>'), '2021-06-22T06:03:00+08:00'],
    ['来源：X date', page('', '<h1>标题</h1><div>来源：示例网 2019-09-05</div>'), '2019-09-05'],
    ['posted after the article', page('', '', '<p>发表于 2005-9-15 11:46:00</p>'), '2005-09-15T11:46:00+08:00'],
  ];
  for (const [name, html, want] of cases) assert.equal(stripHtml(html).publishedAt, want, name);
});

test('publish time is never taken from a related list, a comment or the footer', () => {
  const related = '<div><h3>相关新闻</h3><ul><li><a href="/1">多地发布网贷清退时间表</a> 2022-03-16 09:00</li></ul></div>';
  const comment = '<div class="comment"><span>网友</span> 2022-03-18 15:02<p>说得好，利率确实该降了。</p></div>';
  const footer = '<footer>2022-01-01 版权所有 示例网</footer>';
  for (const [name, after] of [['related', related], ['comment', comment], ['footer', footer]] as const) {
    assert.equal(stripHtml(page('', '<h1>标题</h1>', after)).publishedAt, null, name);
  }
  // A dated list of other articles just above the article, without a heading.
  const sidebar = '<ul><li><a href="/1">多地发布网贷清退时间表</a> 2022-03-16</li><li><a href="/2">网贷机构债权转让遇冷</a> 2022-03-15</li></ul>';
  assert.equal(stripHtml(page('', sidebar)).publishedAt, null, 'sidebar list');
});

test('author from meta, JSON-LD, bylines; the editor is not the author', () => {
  const cases: Array<[string, string, string | null]> = [
    ['meta author', page('<meta name="author" content="李楠">'), '李楠'],
    ['JSON-LD author', page('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"陈嘉禾"}}</script>'), '陈嘉禾'],
    ['作者：', page('', '<h1>标题</h1><div>作者：宋怡 杨志华</div>'), '宋怡 杨志华'],
    ['记者 byline', page('', '<h1>标题</h1><p>本报记者 葛灵丹</p>'), '葛灵丹'],
    ['trailer', `<html><body><div class="content"><p>${P1}</p><p>${P2}（记者 胡晓蓉）</p></div></body></html>`, '胡晓蓉'],
    ['editor only', page('', '', '<p>责任编辑：孙重远</p>'), null],
    ['a meta id is no author', page('<meta name="author" content="L_104485">'), null],
  ];
  for (const [name, html, want] of cases) assert.equal(stripHtml(html).author, want, name);
});

test('site name from og:site_name, else the last part of <title>', () => {
  assert.equal(stripHtml(page('<meta property="og:site_name" content="示例金融时报">')).siteName, '示例金融时报');
  assert.equal(stripHtml(page('<meta name="source" content="来源：示例日报">')).siteName, '示例日报');
  assert.equal(siteFromTitle('数字人民币试点扩围_金融频道_示例财经网'), '示例财经网');
  assert.equal(siteFromTitle('只是一个标题'), null);
  assert.equal(cleanTitle('助贷新规落地首月 | 示例金融时报', '示例金融时报'), '助贷新规落地首月');
});
