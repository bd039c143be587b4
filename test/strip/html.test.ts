import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripHtml } from '../../src/strip/html.js';

// Article paragraphs long enough to read as prose.
const P1 = '3月17日，某省地方金融监督管理局召开新闻通气会，通报辖内12家网贷机构的清退进展，出借人未还本金余额已由峰值时的86.4亿元降至21.7亿元。';
const P2 = '通报显示，已有7家机构完成良性退出，其余5家机构中，3家已被公安机关立案侦查，2家正在推进债权转让，监管部门将继续督促借款人按期还款。';
const P3 = '“清退不等于一退了之。”该局相关负责人表示，下一步将联合法院、公安等部门，加快资产处置进度，力争年内将未还本金余额再压降一半。';

const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
const article = `<div class="article"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`;

test('paragraphs stay paragraphs', () => {
  const s = stripHtml(page('', article));
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
  assert.deepEqual(s.warnings, []);
});

test('each kind of chrome around the article is left out', () => {
  const chrome: Array<[string, string, string]> = [
    ['nav tag', '<nav><a href="/">首页</a><a href="/a">金融</a></nav>', '首页'],
    ['navigation by class', '<div class="topnav"><a href="/">首页</a> | <a href="/b">银行</a></div>', '银行'],
    ['breadcrumb', '<div>您的位置：<a href="/">首页</a> &gt; <a href="/f">金融频道</a> &gt; 正文</div>', '您的位置'],
    ['share bar', '<div class="share">分享到：<a>微信</a> <a>微博</a></div>', '分享到'],
    ['editor line', '<p>责任编辑：王蕾</p>', '责任编辑'],
    ['previous/next', '<div><a href="/1">上一篇：银行理财子公司发行首只养老理财产品</a><br><a href="/3">下一篇：支付机构备付金集中存管</a></div>', '上一篇'],
    ['related list', '<div><h3>相关推荐</h3><ul><li><a href="/x">多地发布网贷清退时间表，出借人关心本金何时回来</a></li><li><a href="/y">网贷机构债权转让遇冷</a></li></ul></div>', '清退时间表'],
    ['hot list in an aside', '<aside><h3>热点推荐</h3><p>券商三季报出炉，多家机构业绩超出预期，行业整体回暖。</p></aside>', '券商三季报'],
    ['footer', '<footer>版权所有 © 2022 示例财经网 备案号：京ICP备00000000号</footer>', '版权所有'],
    ['footer by class', '<div class="footer">关于我们 | 联系我们 | 广告服务 | 友情链接</div>', '关于我们'],
    ['script and style', '<script>var a = "脚本里的文字，不是正文。";</script><style>.x{}</style>', '脚本'],
    ['hidden block', '<div style="display:none">隐藏的文字，读者看不到，也不是正文内容。</div>', '隐藏'],
  ];
  for (const [name, html, marker] of chrome) {
    const s = stripHtml(page('', html + article + html));
    const text = s.paragraphs.join('\n');
    assert.ok(!text.includes(marker), `${name}: ${text}`);
    assert.ok(text.includes(P1) && text.includes(P3), `${name}: article kept`);
  }
});

test('reader comments go to comments, never to the body', () => {
  const comments = '<div id="comment-list"><h3>网友评论</h3><div class="comment-item"><span>出借人老张</span> 2022-03-18 15:02<p>我的本金还剩一半，希望年内真能回来。</p></div></div>';
  const s = stripHtml(page('', article + comments));
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
  assert.deepEqual(s.comments, ['我的本金还剩一半，希望年内真能回来。']);
});

test('a page without an article says so instead of returning chrome', () => {
  const list = '<ul>' + Array.from({ length: 20 }, (_, i) => `<li><a href="/a/${i}">第${i}条新闻标题，点击查看详情</a></li>`).join('') + '</ul>';
  for (const body of [list, '<div class="login">请登录后查看全文</div>', '']) {
    const s = stripHtml(page('<title>列表页</title>', body));
    assert.deepEqual(s.paragraphs, []);
    assert.equal(s.warnings[0]?.code, 'no-article');
  }
});

test('class marks that are wrong for a page are dropped (the looser retry)', () => {
  // The whole article sits in an element whose class looks like chrome.
  const s = stripHtml(page('', `<div class="sidebar-layout"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div class="other">短</div>`));
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
});

test('a data table inside the article is kept, one row a line', () => {
  const table = '<table><tr><td>平台</td><td>余额(亿元)</td></tr><tr><td>甲平台</td><td>21.7</td></tr></table>';
  const s = stripHtml(page('', `<div class="content"><p>${P1}</p><p>${P2}</p>${table}<p>${P3}</p></div>`));
  assert.deepEqual(s.paragraphs, [P1, P2, '平台 余额(亿元)', '甲平台 21.7', P3]);
});

test('on a page listing several blog entries, the first entry is the article', () => {
  const entry = (t: string, p: string, d: string) => `<div class="post"><h2>${t}</h2><p>${p}</p><p>由海姑娘张贴 @ ${d} (370) 共 11 篇评论</p></div>`;
  const s = stripHtml(page('', entry('第一篇', P1, '2005-06-14 03:25:55') + entry('第二篇', P2 + P3, '2005-06-13 15:00:14')));
  assert.deepEqual(s.paragraphs, [P1]);
  assert.equal(s.author, '海姑娘');
});

test('strip stays linear on a large page', () => {
  const big = page('', Array.from({ length: 3000 }, (_, i) => `<div class="x${i}"><p>${P1}</p><a href="/${i}">链接${i}</a></div>`).join(''));
  const t0 = performance.now();
  const s = stripHtml(big);
  const ms = performance.now() - t0;
  assert.ok(s.paragraphs.length >= 3000);
  assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
});

test('hostile markup: deep nesting and unclosed links stay linear and do not overflow the stack', () => {
  const deep = page('', '<font>'.repeat(50000) + `<p>${P1}</p><p>${P2}</p>` + '</font>'.repeat(10));
  const links = page('', Array.from({ length: 5000 }, (_, i) => `<a href="/${i}">第${i}条`).join('') + `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`);
  for (const [name, html] of [['deep', deep], ['unclosed links', links]] as const) {
    const t0 = performance.now();
    const s = stripHtml(html);
    const ms = performance.now() - t0;
    assert.ok(s.paragraphs.join('').includes(P2), name);
    assert.ok(ms < 5000, `${name} took ${ms.toFixed(0)} ms`);
  }
});

test('a two-sentence brief is still an article', () => {
  const s = stripHtml(page('<title>平台清退进展 - 某某网</title>', '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>' +
    '<div class="article"><h1>平台清退进展</h1><p>截至2020年6月末，余额为12.5亿元。</p><p>监管部门表示，将继续推进相关工作。</p></div>'));
  assert.deepEqual(s.paragraphs, ['截至2020年6月末，余额为12.5亿元。', '监管部门表示，将继续推进相关工作。']);
  assert.equal(s.title, '平台清退进展');
});

test('--no-strip keeps every text block of an HTML page, but not scripts', async () => {
  const { keepAll } = await import('../../src/strip.js');
  const s = keepAll(page('<title>t</title>', '<script>var x = "不要";</script><div>第一段</div><p>第二段<br>第三行</p>'), 'html');
  assert.deepEqual(s.paragraphs, ['第一段', '第二段', '第三行']);
});

test('a byline opening the article and typed rules are not paragraphs; a closing signature stays', () => {
  const s = stripHtml(page('', `<div class="content"><p>本报记者 周明远</p><p>${P1}</p><p>------------------------------</p><p>${P2}</p><p>${P3}</p><p>（记者 周明远）</p></div>`));
  assert.deepEqual(s.paragraphs, [P1, P2, P3, '（记者 周明远）']);
  assert.equal(s.author, '周明远');
});
