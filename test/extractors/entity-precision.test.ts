// Precision guard: sentences full of near-misses that must give no platform and
// no agency. Media, anonymous companies, generic police and regulator words,
// law firms, universities, exchanges, a country name, figures of speech.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencies } from '../../extractors/agencies/index.js';
import { platforms } from '../../extractors/platforms/index.js';
import { contextOf } from './context.js';

const nearMisses = [
  '据网易财经报道，某平台负责人已被带走调查。',
  '一家P2P公司的员工告诉证券时报记者，平台逾期率上升。',
  '警方表示，案件正在进一步侦办中，公安机关已冻结涉案资金。',
  '监管部门约谈了多家网贷平台，地方金融监管部门要求限期整改。',
  '中国的网贷行业经历了一轮清退，借款人仍需还款。',
  '投资者向PingWest品玩透露，平台兑付困难。',
  '上海某律师事务所合伙人认为，催收公司须合规经营。',
  '西南政法大学与清华大学五道口金融学院的学者研究了网贷风控。',
  '这家公司早年在纽约证券交易所挂牌，如今市值缩水。',
  '某达资产管理有限公司用群呼软件骚扰借款人。',
  '当地警方、公安部门和司法部门联合打击暴力催收。',
  '互联网金融、金融科技和普惠金融成为行业关键词。',
  '她总找人周转，邻居笑称她家是“聚宝盆”、“摇钱树”。',
  '多家金融机构共享风控数据，征信部门将加强配合。',
  '据券商中国统计，网贷机构数量持续下降。',
  '广州一家中型网贷平台的员工说，客服部门压力很大。',
  '地方政府和监管单位的日常监管不能缺位，借贷乱象需要治理。',
  '他说想赚快钱，于是借了网贷。',
  '公安局、金融办和人民法院都没有回应借款人的诉求。',
  '据北京娱乐信报报道，有人想借钱生钱做理财。',
  '山东、重庆、甘肃等地陆续宣布清退全部P2P业务。',
  '电商平台与顺丰速运、圆通速递以及申通快递等公司签约。',
  '据亿邦动力网报道，网贷借款人逾期率上升。',
  '据数禾网报道，网贷借款人逾期率上升。',
  '北京公安大学的学者研究了网贷诈骗。',
  '各城区公安分局都接到了借款人的报案。',
  '据天眼查和中国裁判文书网显示，该借款纠纷已经判决。',
];

for (const text of nearMisses) {
  test(`precision: ${text}`, () => {
    const ctx = contextOf(text);
    assert.deepEqual(platforms.extract(ctx).map((p) => p.name), []);
    assert.deepEqual(agencies.extract(ctx).map((a) => a.name), []);
  });
}
