// Agencies: central bodies with abbreviations and name history, local bodies
// built from a place and a body, and generic words that name no body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencies } from '../../extractors/agencies/index.js';
import { contextOf } from './context.js';

interface Case {
  text: string;
  name: string;
  level: string;
  /** Each mention as [surface, start, end] in text order. */
  spans: [string, number, number][];
  successor?: string;
}

const cases: Case[] = [
  { text: '当年8月，银监会等部委联合发文。', name: '中国银行业监督管理委员会', level: 'central', spans: [['银监会', 5, 8]], successor: '中国银行保险监督管理委员会' },
  { text: '银保监会表示，将继续清退。', name: '中国银行保险监督管理委员会', level: 'central', spans: [['银保监会', 0, 4]], successor: '国家金融监督管理总局' },
  { text: '金融监管总局发布新规。', name: '国家金融监督管理总局', level: 'central', spans: [['金融监管总局', 0, 6]] },
  { text: '央行征信系统；中国人民银行称', name: '中国人民银行', level: 'central', spans: [['央行', 0, 2], ['中国人民银行', 7, 13]] },
  { text: '中央网信办即国家网信办。', name: '中央网络安全和信息化委员会办公室', level: 'central', spans: [['中央网信办', 0, 5], ['国家网信办', 6, 11]] },
  { text: '金融委召开会议。', name: '国务院金融稳定发展委员会', level: 'central', spans: [['金融委', 0, 3]], successor: '中央金融委员会' },
  { text: '互金整治办下发通知。', name: '互联网金融风险专项整治工作领导小组办公室', level: 'central', spans: [['互金整治办', 0, 5]] },
  { text: '工信部和公安部门', name: '工业和信息化部', level: 'central', spans: [['工信部', 0, 3]] },
  { text: '中国互联网金融协会发布公约。', name: '中国互联网金融协会', level: 'association', spans: [['中国互联网金融协会', 0, 9]] },
  { text: '最高法出台司法解释。', name: '最高人民法院', level: 'central', spans: [['最高法', 0, 3]] },
  { text: '3月9日，杭州市公安局上城区分局通报案件进展。', name: '杭州市公安局上城区分局', level: 'district', spans: [['杭州市公安局上城区分局', 5, 16]] },
  { text: '杭州警方表示，杭州公安已立案。', name: '杭州市公安局', level: 'municipal', spans: [['杭州警方', 0, 4], ['杭州公安', 7, 11]] },
  { text: '她在杭州开店，常去西湖区公安局办事。', name: '杭州市公安局西湖区分局', level: 'district', spans: [['西湖区公安局', 9, 15]] },
  { text: '深圳市地方金融监管局发布提示。', name: '深圳市地方金融监督管理局', level: 'municipal', spans: [['深圳市地方金融监管局', 0, 10]] },
  { text: '北京市朝阳区人民法院判决。', name: '北京市朝阳区人民法院', level: 'district', spans: [['北京市朝阳区人民法院', 0, 10]] },
  { text: '朝阳区人民法院判决，北京的借款人不服。', name: '北京市朝阳区人民法院', level: 'district', spans: [['朝阳区人民法院', 0, 7]] },
  { text: '浙江省公安厅通报案情。', name: '浙江省公安厅', level: 'provincial', spans: [['浙江省公安厅', 0, 6]] },
  { text: '湖南警方通报案情。', name: '湖南省公安厅', level: 'provincial', spans: [['湖南警方', 0, 4]] },
  { text: '延边警方通报了一起套路贷案。', name: '延边朝鲜族自治州公安局', level: 'municipal', spans: [['延边警方', 0, 4]] },
  { text: '杭州中院审理了此案。', name: '杭州市中级人民法院', level: 'municipal', spans: [['杭州中院', 0, 4]] },
  { text: '杭州市公安局经侦支队介入。', name: '杭州市公安局经侦支队', level: 'municipal', spans: [['杭州市公安局经侦支队', 0, 10]] },
  { text: '上海市公安局经侦总队介入。', name: '上海市公安局经侦总队', level: 'provincial', spans: [['上海市公安局经侦总队', 0, 10]] },
  { text: '浙江证监局发布处罚决定。', name: '浙江证监局', level: 'provincial', spans: [['浙江证监局', 0, 5]] },
  { text: '宁波银保监分局也表态。', name: '宁波银保监分局', level: 'municipal', spans: [['宁波银保监分局', 0, 7]] },
  { text: '北京市第一中级人民法院审理了此案。', name: '北京市第一中级人民法院', level: 'municipal', spans: [['北京市第一中级人民法院', 0, 11]] },
  { text: '上海金融法院和杭州互联网法院', name: '杭州互联网法院', level: 'municipal', spans: [['杭州互联网法院', 7, 14]] },
  // Local offices of central bodies: parent + short place + office.
  { text: '人民银行杭州中心支行发布通知。', name: '中国人民银行杭州中心支行', level: 'municipal', spans: [['人民银行杭州中心支行', 0, 10]] },
  { text: '中国银保监会浙江监管局联合发文。', name: '中国银保监会浙江监管局', level: 'provincial', spans: [['中国银保监会浙江监管局', 0, 11]] },
  // A place the list lacks (a garbled or new name) still gives X省公安厅.
  { text: '近日，云梦泽省公安厅发布消息。', name: '云梦泽省公安厅', level: 'provincial', spans: [['云梦泽省公安厅', 3, 10]] },
];

for (const c of cases) {
  test(`agencies: ${c.text}`, () => {
    const items = agencies.extract(contextOf(c.text));
    const item = items.find((i) => i.name === c.name);
    assert.ok(item, `expected ${c.name} in ${JSON.stringify(items.map((i) => i.name))}`);
    assert.equal(item.level, c.level);
    assert.deepEqual(item.spans.map((s) => [s.text, s.start, s.end]), c.spans);
    for (const s of item.spans) assert.equal(c.text.slice(s.start, s.end), s.text);
    assert.deepEqual(item.mentions, [...new Set(c.spans.map((s) => s[0]))]);
    assert.equal(item.count, c.spans.length);
    assert.equal(item.successor, c.successor);
  });
}

test('agencies: 西湖区 with no city in sight stays as written (杭州 and 南昌 both have one)', () => {
  const items = agencies.extract(contextOf('她常去西湖区公安局办事。'));
  assert.deepEqual(items.map((i) => [i.name, i.level]), [['西湖区公安局', 'district']]);
});

test('agencies: a bank branch without a central parent is no agency', () => {
  assert.deepEqual(agencies.extract(contextOf('招商银行杭州分行发放了贷款。')).map((i) => i.name), []);
});

test('agencies: 南昌 context sends 西湖区 to Nanchang', () => {
  const items = agencies.extract(contextOf('南昌的借款人报警，西湖区公安局立案。'));
  assert.deepEqual(items.map((i) => i.name), ['南昌市公安局西湖区分局']);
});
