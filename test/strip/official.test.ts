import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelledFields } from '../../src/strip/official.js';
import { stripHtml } from '../../src/strip/html.js';

const P1 = '为做好某县河道综合整治工程建设，确保征地实物调查工作顺利进行，维护相关单位和群众的合法权益，根据有关法律法规，现就有关事项通告如下。';
const P2 = '一、自本通告发布之日起，在工程建设征占地范围内，禁止任何单位和个人新建、扩建和改建项目，禁止新栽种林木和抢建设施。';
const P3 = '二、沿线各乡镇人民政府要切实履行属地管理责任，加强组织领导，严格执行相关规定，对违反本通告规定的行为依法予以查处。';

const table = (rows: string[]) => `<table>${rows.map((r) => `<tr><td>${r}</td></tr>`).join('')}</table>`;
const page = (head: string, html: string) => `<html><head>${head}</head><body>${html}<div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;

test('labelled fields of a disclosure table, labels spaced out or not, two on a row', () => {
  const f = labelledFields('发文机关： 某省人民政府 成文日期： 2022年01月26日');
  assert.equal(f.get('发文机关'), '某省人民政府');
  assert.equal(f.get('成文日期'), '2022年01月26日');
  assert.equal(labelledFields('索 引 号： 000000000/2022-00001').get('索引号'), '000000000/2022-00001');
  assert.equal(labelledFields('主题分类： 环境保护').get('分类'), undefined);
  assert.deepEqual([...labelledFields('他说：发文机关要负责').keys()], []);
});

test('an official document: its issuing body is its author and the date it bears is its date', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    ['disclosure table before the text, PubDate meta is the posting day',
      page('<meta name="PubDate" content="2022-01-28 00:00:00">',
        table(['索 引 号： 000000000/2022-00001', '发文机关： 某省人民政府', '成文日期： 2022年01月26日', '发文字号： 某政发〔2022〕1号', '发布日期： 2022年01月28日'])),
      '某省人民政府', '2022-01-26'],
    ['发布机构 names the body; no 成文日期: the posting day stays',
      page('', table(['索引号：000000000/2022-00002', '发布机构：某市财政局', '发文字号：某财〔2022〕3号', '发布日期：2022-02-10'])),
      '某市财政局', '2022-02-10'],
    ['a news page with a date and an organisation as the source is no official document',
      page('<meta name="PubDate" content="2022-01-28 09:30:00">', '<h1>某县推进河道整治</h1><p>发布日期：2022-01-28 来源：某县人民政府</p>'),
      null, '2022-01-28T09:30:00+08:00'],
  ];
  for (const [name, html, author, date] of cases) {
    const s = stripHtml(html);
    assert.equal(s.author, author, name);
    assert.equal(s.publishedAt, date, name);
  }
});
