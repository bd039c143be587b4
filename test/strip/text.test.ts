import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKeywordSpam, stripTextDump } from '../../src/strip/text.js';

const P1 = '11月1日起,《商业银行互联网助贷业务管理办法》正式施行。新规要求合作机构向借款人明示综合融资成本,并将年化利率上限压降至24%以内。';
const P2 = '记者梳理发现,截至11月5日,至少已有三家头部助贷平台调整了产品定价,另一家平台则取消了会员费、担保费等附加收费。';
const P3 = '业内人士估计,新规将影响约1.2万亿元的助贷存量余额。对于中小平台而言,利润空间将被明显压缩,部分平台或将退出市场。';
const dump = (...lines: string[]) => lines.join('\n');

test('each kind of line chrome around the article is left out', () => {
  const chrome: Array<[string, string[]]> = [
    ['breadcrumb', ['您的位置: 首页 > 金融科技 > 行业观察 > 正文']],
    ['keyword line', ['热门关键词:  网贷  消费贷  助贷  征信修复']],
    ['spam keyword list', ['网贷逾期协商平台,逾期协商平台app下载,逾期协商平台app下载']],
    ['counter', ['0', '分享至']],
    ['footer lines', ['返回列表 本文标签: 助贷 利率', 'XML地图', '友情链接:', '联系邮箱:service@example.com 备案号: 京ICP备00000000号-1', '版权所有 © 2023 示例财经网']],
    ['section menu', ['财经要闻', '曙光已现?某机构开始转而看好地产业', '头条要闻', '学者:两国关系面临很多困难']],
    ['re-post note', ['(原标题:助贷新规落地首月)']],
  ];
  for (const [name, lines] of chrome) {
    const s = stripTextDump(dump(...lines, P1, P2, P3, ...lines));
    assert.deepEqual(s.paragraphs, [P1, P2, P3], name);
  }
});

test('a related-headline list (headline, repeat, source, timestamp) is not body and gives no date', () => {
  const item = (h: string, src: string, t: string) => [h, h, src, t];
  const s = stripTextDump(dump(P1, P2, P3, '相关推荐', '热点推荐',
    ...item('亚冠决赛双方主帅竟是当年欧冠决赛首发前锋!', '直播吧', '2024-04-25 15:55:11'),
    ...item('央行发布三季度支付体系运行报告,移动支付笔数增长', '金融时报', '2024-04-25 18:19:22'),
    '2024-04-25 20:24:50'));
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
  assert.equal(s.publishedAt, null);
});

test('the header line gives author and publish time and is not body; the title is the line above', () => {
  const s = stripTextDump(dump('您的位置: 首页 > 行业观察 > 正文', '助贷新规落地首月', '作者:林晓舟时间:2023-11-06 08:45 1286次浏览', P1, P2, P3));
  assert.equal(s.title, '助贷新规落地首月');
  assert.equal(s.author, '林晓舟');
  assert.equal(s.publishedAt, '2023-11-06T08:45:00+08:00');
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
});

test('no title when the page shows none (a keyword list is not a title)', () => {
  assert.equal(stripTextDump(dump(P1, P2, P3)).title, null);
  assert.equal(stripTextDump(dump('网贷逾期协商平台,逾期协商平台app下载,逾期协商平台app下载', P1, P2, P3)).title, null);
});

test('reader comments after a heading go to comments', () => {
  const s = stripTextDump(dump(P1, P2, P3, '网友评论', '早该管管了,之前借5000块还了7000多。', '利率降了,审核会不会更严?'));
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
  assert.deepEqual(s.comments, ['早该管管了,之前借5000块还了7000多。', '利率降了,审核会不会更严?']);
});

test('reader comments pasted after the conclusion with no heading go to comments', () => {
  const end = '总之,治理乱收费需要监管、平台和借款人的共同努力,数据透明是其中最重要的一环,也是行业健康发展的基础。';
  const s = stripTextDump(dump(P1, P2, P3, end,
    '利率降了,但是审核会更严,最后还是借不到钱,实际上牺牲的还是普通借款人的利益。',
    '有高利贷就有反催收。', '其实都是平台的套路[得瑟][得瑟]', '网贷也是'));
  assert.deepEqual(s.paragraphs, [P1, P2, P3, end]);
  assert.equal(s.comments.length, 4);
});

test('a concluding paragraph followed by more article is not cut', () => {
  const s = stripTextDump(dump(P1, '总之,新规只是开始,更多细则还在路上,平台需要提前做好准备。', P2, P3));
  assert.equal(s.paragraphs.length, 4);
  assert.deepEqual(s.comments, []);
});

test('subheads inside the article stay', () => {
  const s = stripTextDump(dump(P1, '01', '利率透明刻不容缓', P2, P3));
  assert.deepEqual(s.paragraphs, [P1, '01', '利率透明刻不容缓', P2, P3]);
});

test('a dump with no article says so', () => {
  const s = stripTextDump(dump('首页', '登录', '版权所有 © 2023'));
  assert.deepEqual(s.paragraphs, []);
  assert.equal(s.warnings[0]?.code, 'no-article');
});

test('isKeywordSpam: repeated or look-alike keyword lists, not sentences', () => {
  assert.equal(isKeywordSpam('网贷逾期协商平台,逾期协商平台app下载,逾期协商平台app下载'), true);
  assert.equal(isKeywordSpam('催收平台哪家好 催收平台排名 催收平台推荐'), true);
  assert.equal(isKeywordSpam('撮合模式、自营模式、导流服务和其他模式。'), false);
  assert.equal(isKeywordSpam('健康 教育 房产'), false);
});

test('the footer names the site', () => {
  assert.equal(stripTextDump(dump(P1, P2, P3, '版权所有:示例信息网 www.example.com copyright © 2018 - 2020')).siteName, '示例信息网');
  assert.equal(stripTextDump(dump(P1, P2, P3, '示例信息网版权所有 本站点信息未经允许不得复制')).siteName, '示例信息网');
  assert.equal(stripTextDump(dump(P1, P2, P3)).siteName, null);
});

test('the headline of a dump: the line above the body that reads as one, bylines and credits passed over', () => {
  const cases: Array<[string, string[], string | null]> = [
    ['byline between', ['消费贷利率战再起', '本报记者 林晓舟'], '消费贷利率战再起'],
    ['date line and source between', ['消费贷利率战再起', '2023-11-06 08:45', '来源：示例日报'], '消费贷利率战再起'],
    ['forum subject', ['主题：消费贷利率战再起？'], '消费贷利率战再起？'],
    // A dump that opens with its headline, punctuated enough to score as text.
    ['first line, punctuated', ['消费贷“利率战”再起：谁在让利，谁在观望？'], '消费贷“利率战”再起：谁在让利，谁在观望？'],
    // Near misses: a wire dateline, a numbered section, a caption are no headline.
    ['wire dateline', ['新华社北京11月6日电'], null],
    ['section line', ['一、新规的主要内容'], null],
    ['caption', ['图为某银行营业网点'], null],
  ];
  for (const [name, head, want] of cases) {
    const s = stripTextDump(dump(...head, P1, P2, P3));
    assert.equal(s.title, want, name);
    if (want) assert.deepEqual(s.paragraphs, [P1, P2, P3], `${name}: the headline is not body`);
  }
});

test('a dump: bylines, source lines and photo credits at either end stay out of the body', () => {
  const s = stripTextDump(dump('消费贷利率战再起', '本报记者 林晓舟', P1, '图为某银行营业网点 记者 周文 摄', P2, P3,
    '（责任编辑：赵一鸣）', '来源：示例日报', '本文来自微信公众号“示例金融观察”'));
  assert.deepEqual(s.paragraphs, [P1, P2, P3]);
  assert.equal(s.author, '林晓舟');
  // A punctuated headline pulls the byline under it into the scored run: still not body.
  const t = stripTextDump(dump('消费贷“利率战”再起：头部平台纷纷让利，中小平台为何还在观望？', '本报记者 林晓舟', P1, P2, P3));
  assert.deepEqual(t.paragraphs, [P1, P2, P3]);
  assert.equal(t.author, '林晓舟');
});

test('a dump whose first paragraph opens with 本报记者 X: X is the author', () => {
  assert.equal(stripTextDump(dump(`本报记者 林晓舟 北京报道 ${P1}`, P2, P3)).author, '林晓舟');
  // The editor is never the author.
  assert.equal(stripTextDump(dump(P1, P2, P3, '责任编辑：赵一鸣')).author, null);
  assert.equal(stripTextDump(dump(P1, P2, P3, '编辑：赵一鸣')).author, null);
});
