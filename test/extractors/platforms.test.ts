// Platforms: gazetteer names with aliases and former names, cue-only names,
// and discovery of names no list has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { platforms } from '../../extractors/platforms/index.js';
import type { SegmenterName } from '../../src/segment.js';
import { nodejiebaOrSkip } from '../helpers/segmenters.js';
import { contextOf } from './context.js';

interface Case {
  text: string;
  name: string;
  kind: string;
  spans: [string, number, number][];
  /**
   * nodejieba keeps an unknown name (鑫焱) one unknown word where jieba-rs, as
   * src/segment.ts runs it (no HMM), cuts it into characters (鑫/nr 焱/g), and
   * discovery needs the whole word: on the default segmenter these names are not
   * found (segmenter-parity.test.ts pins that difference).
   */
  segmenter?: SegmenterName;
}

const cases: Case[] = [
  { text: '乐信、趣店、拍拍贷都曾在美国上市。', name: '乐信', kind: 'consumer-finance', spans: [['乐信', 0, 2]] },
  { text: '乐信、趣店、拍拍贷都曾在美国上市。', name: '拍拍贷', kind: 'p2p', spans: [['拍拍贷', 6, 9]] },
  { text: '信而富、融 360 等登陆美股。', name: '融360', kind: 'fintech', spans: [['融 360', 4, 9]] },
  { text: '信也科技（原拍拍贷）发布财报。', name: '拍拍贷', kind: 'p2p', spans: [['信也科技', 0, 4], ['拍拍贷', 6, 9]] },
  { text: '蚂蚁金服更名为蚂蚁集团。', name: '蚂蚁集团', kind: 'big-tech-finance', spans: [['蚂蚁金服', 0, 4], ['蚂蚁集团', 7, 11]] },
  { text: '接入了百行征信系统。', name: '百行征信', kind: 'credit-bureau', spans: [['百行征信', 3, 7]] },
  { text: '团贷网被立案侦查，出借人报案。', name: '团贷网', kind: 'p2p', spans: [['团贷网', 0, 3]] },
  // From the P2P list (p2p-platforms.json), former names folded in.
  { text: '民贷天下、网利宝和爱投资相继清退，网贷行业出清。', name: '网利宝', kind: 'p2p', spans: [['网利宝', 5, 8]] },
  { text: '懒财网逾期，出借人维权。', name: '懒财网贷', kind: 'p2p', spans: [['懒财网', 0, 3]] },
  // A two-character P2P name counts next to a cue.
  { text: '乐钱平台宣布清退网贷业务。', name: '乐钱', kind: 'p2p', spans: [['乐钱', 0, 2]] },
  // Discovery: names no list has.
  { text: '网贷平台“焱淼贷”宣布停止发标，借款人需继续还款。', name: '焱淼贷', kind: 'discovered', spans: [['焱淼贷', 5, 8]] },
  { text: '一款名为“焱淼借”的贷款APP被下架，逾期用户遭催收。', name: '焱淼借', kind: 'discovered', spans: [['焱淼借', 5, 8]] },
  { text: '催收系统由杭州鑫焱科技研发，已接入多家放贷机构。', name: '杭州鑫焱科技', kind: 'discovered', spans: [['杭州鑫焱科技', 5, 11]], segmenter: 'nodejieba' },
  { text: '借款人起诉了深圳市焱淼网络小额贷款有限公司。', name: '深圳市焱淼网络小额贷款有限公司', kind: 'discovered', spans: [['深圳市焱淼网络小额贷款有限公司', 6, 21]] },
  { text: '涉案平台包括焱淼金服、鑫焱e贷等平台。', name: '焱淼金服', kind: 'discovered', spans: [['焱淼金服', 6, 10]] },
  { text: '涉案平台包括焱淼金服、鑫焱e贷等平台。', name: '鑫焱e贷', kind: 'discovered', spans: [['鑫焱e贷', 11, 15]] },
  { text: '东莞警方打掉一个套路贷团伙，涉案平台包括“速借宝”等。', name: '速借宝', kind: 'discovered', spans: [['速借宝', 21, 24]] },
  // A long alias of a two-character name needs no cue.
  { text: '截至目前，米庄理财已经清退。', name: '米庄', kind: 'p2p', spans: [['米庄理财', 5, 9]] },
  { text: '该联盟上线鑫焱平台，联合打击金融黑产。', name: '鑫焱', kind: 'discovered', spans: [['鑫焱', 5, 7]], segmenter: 'nodejieba' },
];

for (const c of cases) {
  const skip = c.segmenter === 'nodejieba' ? nodejiebaOrSkip() : false;
  test(`platforms: ${c.text} -> ${c.name}${c.segmenter ? ` (${c.segmenter})` : ''}`, { skip }, () => {
    const items = platforms.extract(contextOf(c.text, { segmenter: c.segmenter }));
    const item = items.find((i) => i.name === c.name);
    assert.ok(item, `expected ${c.name} in ${JSON.stringify(items.map((i) => i.name))}`);
    assert.equal(item.kind, c.kind);
    assert.deepEqual(item.spans.map((s) => [s.text, s.start, s.end]), c.spans);
    for (const s of item.spans) assert.equal(c.text.slice(s.start, s.end), s.text);
    assert.deepEqual(item.mentions, [...new Set(c.spans.map((s) => s[0]))]);
    assert.equal(item.count, c.spans.length);
  });
}

test('platforms: a P2P platform carries its last recorded status', () => {
  const items = platforms.extract(contextOf('联璧金融爆雷后，出借人报案。'));
  assert.deepEqual(items.map((i) => [i.name, i.status]), [['联璧金融', '提现困难,问题平台']]);
});

test('platforms: a cue-only name without a cue is not reported', () => {
  assert.deepEqual(platforms.extract(contextOf('他说乐钱不多，网贷还款有压力。')), []);
});

test('platforms: a P2P list name cut out of longer words is not reported (金融加 in 消费金融加速)', () => {
  assert.deepEqual(platforms.extract(contextOf('消费金融加速整合，网贷平台纷纷退出。')), []);
});
