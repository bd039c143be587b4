import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripHtml } from '../../src/strip/html.js';

// Our own article text, long enough to read as prose.
const P1 = '上周末，某市十多家社区银行网点同时开展防范非法集资宣传，工作人员向前来办理业务的老人逐一讲解“保本高息”骗局的常见话术，并现场演示如何核实理财产品的备案信息。';
const P2 = '据介绍，今年以来该市共受理涉嫌非法集资线索四十余条，其中多数涉及以养老服务、收藏品投资为名吸收资金的行为，受害者以六十岁以上的退休人员居多。';
const P3 = '银行方面表示，下一步将把宣传延伸到老年大学和社区活动中心，并在柜面设置风险提示，对大额转账给陌生账户的老年客户进行二次确认，尽量把风险挡在资金转出之前。';
const body = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
const page = (head: string, html: string) => `<html><head>${head}</head><body>${html}</body></html>`;

test('who wrote it, on forum, blog and news pages', () => {
  const cases: Array<[string, string, string | null]> = [
    ['a forum post: 作者 then a linked name, and replies after it',
      page('<title>社区银行反诈宣传 - 某某论坛</title>',
        '<div class="floor">楼层： 第 1 楼 时间：2006-03-02 09:10:11</div><div class="div_author">作者： <a href="/u?id=1">山间&amp;清风</a><br>论坛元老</div>'
        + `<div class="post">${body}</div>`
        + '<div class="floor">楼层： 第 2 楼 时间：2006-03-02 10:11:12</div><div class="div_author">作者： <a href="/u?id=2">路过的</a></div><div class="post"><p>谢谢分享！</p></div>'),
      '山间&清风'],
    ['a forum page whose only named poster is a replier',
      page('<title>社区银行反诈宣传 - 某某论坛</title>',
        `<div class="post">${body}</div>`
        + '<div class="floor">楼层： 第 2 楼 时间：2006-03-02 10:11:12</div><div class="div_author">作者： <a href="/u?id=2">路过的</a></div><div class="post"><p>谢谢分享！</p></div>'),
      null],
    ['a blog post footer names the poster before a reporter credit inside a reposted article',
      page('<title>社区银行反诈宣传 - 林间的博客</title>',
        `<div class="post"><h2>社区银行反诈宣传</h2><p>本报讯（记者 周明远）${P1}</p><p>${P2}</p><p>${P3}</p>`
        + '<p class="postfoot">作者:林间 阅读(120) 评论(3) 编辑 发表于:2006-04-01 10:20</p></div>'),
      '林间'],
    ['a comment under a blog post is never the author',
      page('<title>社区银行反诈宣传 - 某某博客</title>',
        `<div class="post"><h2>社区银行反诈宣传</h2>${body}</div>`
        + '<div class="comments"><h3>评论</h3><p>作者: 路人甲 发表于 2006-04-02 08:00</p><p>写得好</p></div>'),
      null],
    ['a blog owner named by the blog\'s own links, over a commenter linked to their blog',
      page('<title>某某博客 » 社区银行反诈宣传</title>',
        `<p>Saturday, April 1st, 2006 10:20 am</p><h2>社区银行反诈宣传</h2>${body}`
        + '<h3>发表评论</h3><div><a href="/?author=7" title="[林间]的博客">林间</a></div><p>[林间]个人类别</p><p>[林间]存档目录</p>'
        + '<p>对[林间]文章的最新评论</p><p><a href="/?author=9" title="[过客]的博客">过客</a>回复: 好文</p>'),
      '林间'],
    ['a news page that links a columnist\'s blog names no author by it',
      page('<title>社区银行反诈宣传_某某财经网</title>',
        `<h1>社区银行反诈宣传</h1>${body}<div><a href="/blog/1" title="张三的博客">张三专栏</a></div>`),
      null],
    ['a blog whose header is its owner\'s name, the post closed by a footer without one',
      page('', `<div id="top"><h1><a href="/">周明远</a></h1></div><div class="post"><h2>社区银行反诈宣传</h2>${body}`
        + '<p class="postfoot">发表于 2005年3月1日 10:00 - (阅读:12;评论:3)</p></div>'),
      '周明远'],
    ['a blog header that is not a name',
      page('', `<div id="top"><h1><a href="/">程序人生</a></h1></div><div class="post"><h2>社区银行反诈宣传</h2>${body}`
        + '<p class="postfoot">发表于 2005年3月1日 10:00 - (阅读:12;评论:3)</p></div>'),
      null],
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
