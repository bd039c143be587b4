import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripHtml } from '../../src/strip/html.js';

// Our own article text, long enough to read as prose.
const P1 = '上周末，某市十多家社区银行网点同时开展防范非法集资宣传，工作人员向前来办理业务的老人逐一讲解“保本高息”骗局的常见话术，并现场演示如何核实理财产品的备案信息。';
const P2 = '据介绍，今年以来该市共受理涉嫌非法集资线索四十余条，其中多数涉及以养老服务、收藏品投资为名吸收资金的行为，受害者以六十岁以上的退休人员居多。';
const P3 = '银行方面表示，下一步将把宣传延伸到老年大学和社区活动中心，并在柜面设置风险提示，对大额转账给陌生账户的老年客户进行二次确认，尽量把风险挡在资金转出之前。';
const body = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
const page = (head: string, html: string) => `<html><head>${head}</head><body>${html}</body></html>`;

test('who wrote it: names without a label, beside the date, as the source, under the headline', () => {
  const cases: Array<[string, string, string | null]> = [
    ['a bracketed name beside the date line',
      page('', `<h1>社区银行反诈宣传</h1><p>SITE.EXAMPLE.COM 2004年7月16日08:19 [ 韩梅 ] 来源：[ 某财经报 ]</p>${body}`),
      '韩梅'],
    ['a person as the source under the article',
      page('', `<h1>社区银行反诈宣传</h1>${body}<p>来源: 何静</p><p>【发表评论】【关闭窗口】</p>`),
      '何静'],
    ['an outlet as the source under the article',
      page('', `<h1>社区银行反诈宣传</h1>${body}<p>来源：新华社</p><p>编辑：张三</p>`),
      null],
    ['two names alone under the headline',
      page('', `<h1>社区银行反诈宣传</h1><p>赵明远、风小天</p>${body}`),
      '赵明远、风小天'],
    ['a tag line under the headline',
      page('', `<h1>社区银行反诈宣传</h1><p><a href="/t/1">金融</a>、<a href="/t/2">证券</a></p>${body}`),
      null],
  ];
  for (const [name, html, want] of cases) assert.equal(stripHtml(html).author, want, name);
});

test('names under the headline are the byline, not the first paragraph', () => {
  const s = stripHtml(page('', `<h1>社区银行反诈宣传</h1><p>赵明远、风小天</p>${body}`));
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
});
