// Figures, table-driven: for each sentence, every figure it must give, with
// kind, value (or range), unit, qualifier and span. A sentence listed with no
// figures must give none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../extractors/figures/index.js';
import type { FigureItem } from '../../src/schema.js';
import { contextOf } from './context.js';

type Want = Partial<FigureItem> & Pick<FigureItem, 'text' | 'start' | 'end' | 'kind' | 'unit' | 'qualifier'>;
interface Case { name: string; text: string; want: Want[] }

const CASES: Case[] = [
  // Arabic forms and money
  { name: 'thousands separator and decimals', text: '历年贷款金额已达2,986.6亿元', want: [
    { text: '2,986.6亿元', start: 8, end: 17, kind: 'money', value: 298660000000, unit: 'CNY', qualifier: 'exact', subject: '历年贷款金额' }] },
  { name: 'full-width comma as thousands separator', text: '82，225.00元', want: [
    { text: '82，225.00元', start: 0, end: 10, kind: 'money', value: 82225, unit: 'CNY', qualifier: 'exact' }] },
  { name: 'full-width digits', text: '罚款１２３元', want: [
    { text: '１２３元', start: 2, end: 6, kind: 'money', value: 123, unit: 'CNY', qualifier: 'exact' }] },
  { name: 'mixed 1.14万亿 with 近', text: '用于放贷的资金近1.14万亿元', want: [
    { text: '近1.14万亿元', start: 7, end: 15, kind: 'money', value: 1140000000000, unit: 'CNY', qualifier: 'approx', subject: '资金' }] },
  { name: '5千亿 and 高达 (exact)', text: '行业存量均高达5千亿元', want: [
    { text: '5千亿元', start: 7, end: 11, kind: 'money', value: 500000000000, unit: 'CNY', qualifier: 'exact' }] },
  { name: '左右 after the currency', text: '不良资产规模为3万亿元左右', want: [
    { text: '3万亿元左右', start: 7, end: 13, kind: 'money', value: 3000000000000, unit: 'CNY', qualifier: 'approx', subject: '不良资产规模' }] },
  { name: '多 inside the number: value and qualifier apart', text: '投资了 130 多亿元', want: [
    { text: '130 多亿元', start: 4, end: 11, kind: 'money', value: 13000000000, unit: 'CNY', qualifier: 'over' }] },
  { name: 'Chinese numeral money', text: '我有一千元', want: [
    { text: '一千元', start: 2, end: 5, kind: 'money', value: 1000, unit: 'CNY', qualifier: 'exact' }] },
  { name: 'foreign currencies', text: '净流出1200亿美元，每股1.95港元，1万亿日元，5英镑，3欧元', want: [
    { text: '1200亿美元', start: 3, end: 10, kind: 'money', value: 120000000000, unit: 'USD', qualifier: 'exact' },
    { text: '每股1.95港元', start: 11, end: 19, kind: 'money', value: 1.95, unit: 'HKD', qualifier: 'exact', per: '股' },
    { text: '1万亿日元', start: 20, end: 25, kind: 'money', value: 1000000000000, unit: 'JPY', qualifier: 'exact' },
    { text: '5英镑', start: 26, end: 29, kind: 'money', value: 5, unit: 'GBP', qualifier: 'exact' },
    { text: '3欧元', start: 30, end: 33, kind: 'money', value: 3, unit: 'EUR', qualifier: 'exact' }] },
  { name: 'currency before the amount', text: '港币三千零四十元', want: [
    { text: '港币三千零四十元', start: 0, end: 8, kind: 'money', value: 3040, unit: 'HKD', qualifier: 'exact' }] },
  { name: '块 with 毛 and 钱', text: '八块五毛，二百四十六块三角八分钱', want: [
    { text: '八块五毛', start: 0, end: 4, kind: 'money', value: 8.5, unit: 'CNY', qualifier: 'exact' },
    { text: '二百四十六块三角八分钱', start: 5, end: 16, kind: 'money', value: 246.38, unit: 'CNY', qualifier: 'exact' }] },
  { name: '块 counting things is not money', text: '买了三块屏幕', want: [] },
  { name: 'money inferred from the clause', text: '她任职的公司，贷款余额有数十亿。', want: [
    { text: '数十亿', start: 12, end: 15, kind: 'money', min: 1e9, max: 1e10, unit: 'CNY', qualifier: 'approx', inferred: true, subject: '贷款余额' }] },
  { name: 'money inferred from the amount before it', text: '全行业余额共计3.74万亿元。\n近4万亿，这是一个不小的风险敞口。', want: [
    { text: '3.74万亿元', start: 7, end: 14, kind: 'money', value: 3740000000000, unit: 'CNY', qualifier: 'exact' },
    { text: '近4万亿', start: 16, end: 20, kind: 'money', value: 4000000000000, unit: 'CNY', qualifier: 'approx', inferred: true }] },
  // Percentages
  { name: 'percent sign and 超', text: '平均贷款违约率超25%。', want: [
    { text: '超25%', start: 7, end: 11, kind: 'percent', value: 25, unit: '%', qualifier: 'over' }] },
  { name: '百分之 with a Chinese numeral', text: '增长了百分之二十', want: [
    { text: '百分之二十', start: 3, end: 8, kind: 'percent', value: 20, unit: '%', qualifier: 'exact' }] },
  { name: '千分之 in percent', text: '费率为千分之2.4', want: [
    { text: '千分之2.4', start: 3, end: 9, kind: 'percent', value: 0.24, unit: '%', qualifier: 'exact' }] },
  { name: '万万分之 (a hundred-millionth)', text: '万万分之七', want: [
    { text: '万万分之七', start: 0, end: 5, kind: 'percent', value: 0.000007, unit: '%', qualifier: 'exact' }] },
  { name: '个百分点 is pp', text: '下降了2.4个百分点', want: [
    { text: '2.4个百分点', start: 3, end: 10, kind: 'percent', value: 2.4, unit: 'pp', qualifier: 'exact' }] },
  { name: '成 as tenths, and a range of them', text: '九成用户，三至五成', want: [
    { text: '九成', start: 0, end: 2, kind: 'percent', value: 90, unit: '%', qualifier: 'exact' },
    { text: '三至五成', start: 5, end: 9, kind: 'percent', min: 30, max: 50, unit: '%', qualifier: 'range' }] },
  { name: '成 starting a word is not a share', text: '一成不变，三成为目标', want: [] },
  // Counts
  { name: 'measure words with 余 and 超', text: '抓获犯罪嫌疑人210余人，扣押作案手机3100余台，冻结账号83万余个，涉案项目数超94万个', want: [
    { text: '210余人', start: 7, end: 12, kind: 'count', value: 210, unit: '人', qualifier: 'over', subject: '犯罪嫌疑人' },
    { text: '3100余台', start: 19, end: 25, kind: 'count', value: 3100, unit: '台', qualifier: 'over', subject: '作案手机' },
    { text: '83万余个', start: 30, end: 35, kind: 'count', value: 830000, unit: '个', qualifier: 'over', subject: '账号' },
    { text: '超94万个', start: 41, end: 46, kind: 'count', value: 940000, unit: '个', qualifier: 'over' }] },
  { name: 'counted noun before the number', text: '尚未拿回本金的投资者超过22万', want: [
    { text: '超过22万', start: 10, end: 15, kind: 'count', value: 220000, unit: '人', qualifier: 'over', subject: '投资者' }] },
  { name: 'Chinese counts, subject after the measure word', text: '公司先后拿到三张牌照，本轮改革的两条主线', want: [
    { text: '三张', start: 6, end: 8, kind: 'count', value: 3, unit: '张', qualifier: 'exact', subject: '牌照' },
    { text: '两条', start: 16, end: 18, kind: 'count', value: 2, unit: '条', qualifier: 'exact', subject: '主线' }] },
  { name: 'a pair of digits is a range', text: '从最多时的五六千家到6月底只有29家', want: [
    { text: '五六千家', start: 5, end: 9, kind: 'count', min: 5000, max: 6000, unit: '家', qualifier: 'range' },
    { text: '29家', start: 15, end: 18, kind: 'count', value: 29, unit: '家', qualifier: 'exact' }] },
  { name: '三四十 and 几十', text: '三四十人，几十封信', want: [
    { text: '三四十人', start: 0, end: 4, kind: 'count', min: 30, max: 40, unit: '人', qualifier: 'range' },
    { text: '几十封', start: 5, end: 8, kind: 'count', min: 10, max: 100, unit: '封', qualifier: 'approx' }] },
  { name: '上千万, 近百家', text: '上万条短信，近百家平台', want: [
    { text: '上万条', start: 0, end: 3, kind: 'count', value: 10000, unit: '条', qualifier: 'over' },
    { text: '近百家', start: 6, end: 9, kind: 'count', value: 100, unit: '家', qualifier: 'approx' }] },
  { name: '不到 and 以下', text: '不到1.9万台币，5人以下', want: [
    { text: '不到1.9万台币', start: 0, end: 8, kind: 'money', value: 19000, unit: 'TWD', qualifier: 'under' },
    { text: '5人以下', start: 9, end: 13, kind: 'count', value: 5, unit: '人', qualifier: 'under' }] },
  // Ranges across two numbers
  { name: 'dash range with the unit once', text: '3000-5000元', want: [
    { text: '3000-5000元', start: 0, end: 10, kind: 'money', min: 3000, max: 5000, unit: 'CNY', qualifier: 'range' }] },
  { name: 'ranges of percentages, and a minus sign', text: '增长20%-30%，增速为-3.5%', want: [
    { text: '20%-30%', start: 2, end: 9, kind: 'percent', min: 20, max: 30, unit: '%', qualifier: 'range' },
    { text: '-3.5%', start: 13, end: 18, kind: 'percent', value: -3.5, unit: '%', qualifier: 'exact' }] },
  { name: 'different currencies are no range', text: '3000元-5000美元', want: [
    { text: '3000元', start: 0, end: 5, kind: 'money', value: 3000, unit: 'CNY', qualifier: 'exact' },
    { text: '5000美元', start: 6, end: 12, kind: 'money', value: 5000, unit: 'USD', qualifier: 'exact' }] },
  { name: '约合 is approx, 多达 is exact', text: '约合人民币500元，多达5000家', want: [
    { text: '约合人民币500元', start: 0, end: 9, kind: 'money', value: 500, unit: 'CNY', qualifier: 'approx' },
    { text: '5000家', start: 12, end: 17, kind: 'count', value: 5000, unit: '家', qualifier: 'exact' }] },
  { name: 'magnitude written once', text: '两到三万港元，十八至三十万日元', want: [
    { text: '两到三万港元', start: 0, end: 6, kind: 'money', min: 20000, max: 30000, unit: 'HKD', qualifier: 'range' },
    { text: '十八至三十万日元', start: 7, end: 15, kind: 'money', min: 180000, max: 300000, unit: 'JPY', qualifier: 'range' }] },
  { name: 'a range of amounts the clause makes money', text: '我们薪酬能给到10k~15k。', want: [
    { text: '10k~15k', start: 7, end: 14, kind: 'money', min: 10000, max: 15000, unit: 'CNY', qualifier: 'range', inferred: true }] },
  { name: '从 A 到 B with a larger left end', text: '从8500到3万港元', want: [
    { text: '从8500到3万港元', start: 0, end: 10, kind: 'money', min: 8500, max: 30000, unit: 'HKD', qualifier: 'range' }] },
  // Multiples and durations
  { name: 'multiples', text: '增长了10倍之多，是去年的1.5倍', want: [
    { text: '10倍之多', start: 3, end: 8, kind: 'multiple', value: 10, unit: '倍', qualifier: 'over' },
    { text: '1.5倍', start: 13, end: 17, kind: 'multiple', value: 1.5, unit: '倍', qualifier: 'exact' }] },
  { name: 'durations', text: '连续26个月下降，工作3年，10多年后，一年半', want: [
    { text: '26个月', start: 2, end: 6, kind: 'duration', value: 26, unit: '个月', qualifier: 'exact' },
    { text: '3年', start: 11, end: 13, kind: 'duration', value: 3, unit: '年', qualifier: 'exact' },
    { text: '10多年', start: 14, end: 18, kind: 'duration', value: 10, unit: '年', qualifier: 'over' },
    { text: '一年半', start: 20, end: 23, kind: 'duration', value: 1.5, unit: '年', qualifier: 'exact' }] },
  // Quantities, rates, fractions, signs (SPEC "Figures")
  { name: 'quantities keep their unit as written', text: '新增装机800万千瓦，租了36平米的房子，桥高15米，老人今年63岁', want: [
    { text: '800万千瓦', start: 4, end: 10, kind: 'quantity', value: 8000000, unit: '千瓦', qualifier: 'exact', subject: '装机' },
    { text: '36平米', start: 13, end: 17, kind: 'quantity', value: 36, unit: '平米', qualifier: 'exact' },
    { text: '15米', start: 23, end: 26, kind: 'quantity', value: 15, unit: '米', qualifier: 'exact' },
    { text: '63岁', start: 31, end: 34, kind: 'quantity', value: 63, unit: '岁', qualifier: 'exact' }] },
  { name: 'a unit character starting another word is no quantity', text: '版本3升级后，他在2米兰站，凌晨3：35升空', want: [] },
  { name: 'rates keep their denominator in per', text: '均价8500元/平方米，电价每兆瓦时280元', want: [
    { text: '8500元/平方米', start: 2, end: 11, kind: 'money', value: 8500, unit: 'CNY', per: '平方米', qualifier: 'exact', subject: '均价' },
    { text: '每兆瓦时280元', start: 14, end: 22, kind: 'money', value: 280, unit: 'CNY', per: '兆瓦时', qualifier: 'exact' }] },
  { name: 'a slash before a number is no rate', text: '收入8500元/2人', want: [
    { text: '8500元', start: 2, end: 7, kind: 'money', value: 8500, unit: 'CNY', qualifier: 'exact' },
    { text: '2人', start: 8, end: 10, kind: 'count', value: 2, unit: '人', qualifier: 'exact' }] },
  { name: 'fractions are percentages', text: '约三分之一的平台，四分之三以上，五百分之二，三分之一秒', want: [
    { text: '约三分之一', start: 0, end: 5, kind: 'percent', value: 33.33, unit: '%', qualifier: 'approx' },
    { text: '四分之三以上', start: 9, end: 15, kind: 'percent', value: 75, unit: '%', qualifier: 'over' }] },
  { name: 'a sign only where it is one', text: '利润负增长3%，为企业减负180亿元，增速为负2.5%', want: [
    { text: '负增长3%', start: 2, end: 7, kind: 'percent', value: -3, unit: '%', qualifier: 'exact' },
    { text: '180亿元', start: 13, end: 18, kind: 'money', value: 18000000000, unit: 'CNY', qualifier: 'exact' },
    { text: '负2.5%', start: 22, end: 27, kind: 'percent', value: -2.5, unit: '%', qualifier: 'exact' }] },
  // Qualifier words (SPEC's list)
  { name: 'comparison words', text: '利率不高于15%，高于8%，低于3%，不低于2%，不超过20万元，差不多12万元，增长14%多', want: [
    { text: '不高于15%', start: 2, end: 8, kind: 'percent', value: 15, unit: '%', qualifier: 'under', subject: '利率' },
    { text: '高于8%', start: 9, end: 13, kind: 'percent', value: 8, unit: '%', qualifier: 'over' },
    { text: '低于3%', start: 14, end: 18, kind: 'percent', value: 3, unit: '%', qualifier: 'under' },
    { text: '不低于2%', start: 19, end: 24, kind: 'percent', value: 2, unit: '%', qualifier: 'over' },
    { text: '不超过20万元', start: 25, end: 32, kind: 'money', value: 200000, unit: 'CNY', qualifier: 'under' },
    { text: '差不多12万元', start: 33, end: 40, kind: 'money', value: 120000, unit: 'CNY', qualifier: 'approx', subject: '' },
    { text: '14%多', start: 43, end: 47, kind: 'percent', value: 14, unit: '%', qualifier: 'over' }] },
  { name: '多 after a percent is no qualifier when it starts a word', text: '占14%多数来自', want: [
    { text: '14%', start: 1, end: 4, kind: 'percent', value: 14, unit: '%', qualifier: 'exact' }] },
  { name: 'amounts without 元 that a verb makes money', text: '他欠了20多万，借了两三万，跑了20多公里', want: [
    { text: '20多万', start: 3, end: 7, kind: 'money', value: 200000, unit: 'CNY', qualifier: 'over', inferred: true },
    { text: '两三万', start: 10, end: 13, kind: 'money', min: 20000, max: 30000, unit: 'CNY', qualifier: 'range', inferred: true },
    { text: '20多公里', start: 16, end: 21, kind: 'quantity', value: 20, unit: '公里', qualifier: 'over' }] },
  { name: 'numbers inside names and idioms', text: '他四处借贷，住在五家子村，推进一带一路和三农工作，七大代表，风波四起，解决最后一公里', want: [] },
  { name: 'counts near place words stay counts', text: '3家村镇银行，5个乡镇', want: [
    { text: '3家', start: 0, end: 2, kind: 'count', value: 3, unit: '家', qualifier: 'exact' },
    { text: '5个', start: 7, end: 9, kind: 'count', value: 5, unit: '个', qualifier: 'exact' }] },
  // Subjects: filled where the sentence says it, else empty
  { name: 'subjects past change verbs, comparisons and restatements', text: '借贷余额下降84%，出借人下降了88%。股价已经从高点下跌了90%。机构只剩下15家，比年初下降了99%', want: [
    { text: '84%', start: 6, end: 9, kind: 'percent', value: 84, unit: '%', qualifier: 'exact', subject: '借贷余额' },
    { text: '88%', start: 16, end: 19, kind: 'percent', value: 88, unit: '%', qualifier: 'exact', subject: '出借人' },
    { text: '90%', start: 30, end: 33, kind: 'percent', value: 90, unit: '%', qualifier: 'exact', subject: '股价' },
    { text: '15家', start: 39, end: 42, kind: 'count', value: 15, unit: '家', qualifier: 'exact', subject: '机构' },
    { text: '99%', start: 49, end: 52, kind: 'percent', value: 99, unit: '%', qualifier: 'exact', subject: '机构' }] },
  { name: 'a money verb with 了 measures the amount; another verb is no subject', text: 'VC对平台投资了130多亿元，每天回笼了2000万元', want: [
    { text: '130多亿元', start: 8, end: 14, kind: 'money', value: 13000000000, unit: 'CNY', qualifier: 'over', subject: '投资' },
    { text: '2000万元', start: 20, end: 26, kind: 'money', value: 20000000, unit: 'CNY', qualifier: 'exact', subject: '' }] },
  { name: 'the noun an amount or share qualifies', text: '他的400万元奖金花完了，用100万元的资金来启动项目，41%的用户不满，12%用户流失，1000元以下的用户', want: [
    { text: '400万元', start: 2, end: 7, kind: 'money', value: 4000000, unit: 'CNY', qualifier: 'exact', subject: '奖金' },
    { text: '100万元', start: 14, end: 19, kind: 'money', value: 1000000, unit: 'CNY', qualifier: 'exact', subject: '资金' },
    { text: '41%', start: 28, end: 31, kind: 'percent', value: 41, unit: '%', qualifier: 'exact', subject: '用户' },
    { text: '12%', start: 37, end: 40, kind: 'percent', value: 12, unit: '%', qualifier: 'exact', subject: '' },
    { text: '1000元以下', start: 45, end: 52, kind: 'money', value: 1000, unit: 'CNY', qualifier: 'under', subject: '' }] },
  { name: 'no time word, person or place as subject', text: '7月份增长15.1%，张三借了3万元，大邹镇等15个地市公安机关', want: [
    { text: '15.1%', start: 5, end: 10, kind: 'percent', value: 15.1, unit: '%', qualifier: 'exact', subject: '' },
    { text: '3万元', start: 15, end: 18, kind: 'money', value: 30000, unit: 'CNY', qualifier: 'exact', subject: '' },
    { text: '15个', start: 23, end: 26, kind: 'count', value: 15, unit: '个', qualifier: 'exact', subject: '地市公安机关' }] },
  // Not figures
  { name: 'years and dates', text: '2019年11月，2000年，二〇一九年，19年底，2014、2015年，上半年', want: [] },
  { name: 'ordinals, back-references, an article', text: '第三家，第2名，这两家，一家公司', want: [] },
  { name: 'codes, phones, ICP numbers, product names', text: '订单号A202107211321363588510367，电话13812345678人，京ICP备12345678号，融360，714高炮', want: [] },
  { name: 'words that start with a unit', text: '半成品，百分之一秒，高中三年级，九十年代，有一天，二手车，四部委，51个人贷款，万一家里，千万一定', want: [] },
  { name: 'web addresses', text: '访问 https://www.test.com/search?q=30%25%2020% 查看', want: [] },
  { name: 'section numbers are not counts', text: '2.2本计划投资3541.07万元', want: [
    { text: '3541.07万元', start: 8, end: 17, kind: 'money', value: 35410700, unit: 'CNY', qualifier: 'exact' }] },
];

const FIELDS = ['text', 'start', 'end', 'kind', 'value', 'min', 'max', 'unit', 'per', 'qualifier', 'inferred'] as const;

for (const c of CASES) {
  test(`figures: ${c.name}`, () => {
    const got = extractFigures(contextOf(c.text));
    const pick = (f: Partial<FigureItem>) => Object.fromEntries(FIELDS.map((k) => [k, f[k]]));
    assert.deepEqual(got.map(pick), c.want.map(pick));
    for (const [i, w] of c.want.entries()) {
      assert.equal(c.text.slice(w.start, w.end), w.text, 'the span gives the text');
      if (w.subject !== undefined) assert.equal(got[i]!.subject, w.subject);
    }
  });
}

// Hostile input: a megabyte on one line. Each must give its exact result; a
// reader that went back over what it had read would not finish within the timeout.
const MB = 1 << 20;
const HOSTILE: { name: string; text: string; count: number }[] = [
  { name: 'digits', text: '7'.repeat(MB), count: 0 },
  { name: '亿', text: '亿'.repeat(MB), count: 0 },
  { name: '多', text: '多'.repeat(MB), count: 0 },
  { name: 'Chinese digits', text: '三'.repeat(MB), count: 0 },
  { name: 'units', text: '万亿'.repeat(MB / 2), count: 0 },
  { name: 'fractions', text: '分之'.repeat(MB / 2), count: 0 },
  { name: 'spaced digits', text: '1 '.repeat(MB / 2), count: 0 },
  { name: 'ranges', text: '1-'.repeat(MB / 2) + '2元', count: 1 },
];
for (const h of HOSTILE) {
  test(`figures: a 1 MB line of ${h.name} gives ${h.count} figure(s)`, { timeout: 20_000 }, () => {
    assert.equal(extractFigures(contextOf(h.text)).length, h.count);
  });
}

// Invariants over generated text made of the characters figures are built from:
// never a throw, every span gives its text, values are finite, ranges run upwards,
// figures do not overlap.
test('figures: invariants over generated number-like text', () => {
  const alphabet = [...'0123456789.,，-~至到从多余几数十百千万亿两零〇一二三四五六七八九半成倍%元块美元人民币港币个家人年月天百分之点第近约超过不到以上以下左右(含) \n，。的投资者余额kw$'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 1 + Math.floor(next() * 24); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
    const figs = extractFigures({ ...contextOf(text), tokens: () => [] });
    let last = 0;
    for (const f of figs) {
      const where = `${JSON.stringify(text)} -> ${JSON.stringify(f)}`;
      assert.equal(text.slice(f.start, f.end), f.text, where);
      assert.ok(f.start >= last && f.end > f.start, where);
      if (f.value === undefined) assert.ok(Number.isFinite(f.min) && Number.isFinite(f.max) && f.min! < f.max!, where);
      else assert.ok(Number.isFinite(f.value), where);
      last = f.end;
    }
  }
});
