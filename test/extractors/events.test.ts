// The events extractor, rule by rule (extractors/events/README.md), on sentences
// written for these tests. Each table row runs every registered extractor in order,
// as the pipeline does, so actors and targets are the items the others found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractors, EXTRACTOR_IDS, type Results } from '../../extractors/index.js';
import type { EventItem } from '../../src/schema.js';
import { ROOT } from '../helpers/shared.js';
import { contextOf } from './context.js';

function run(text: string, referenceDate: string | null = '2021-06-01'): Results {
  const ctx = { ...contextOf(text), referenceDate };
  const found = ctx.found as Results;
  for (const id of EXTRACTOR_IDS) (found as unknown as Record<string, unknown>)[id] = extractors[id].extract(ctx);
  return found;
}
const eventsOf = (text: string) => run(text).events;

type Want = Partial<Omit<EventItem, 'amount'>> & { type: EventItem['type']; amount?: number | null };

function check(text: string, want: Want[]): void {
  const got = eventsOf(text);
  for (const e of got) assert.equal(text.slice(e.start, e.end), e.trigger, `${text}: the trigger's span`);
  assert.deepEqual(got.map((e) => e.type), want.map((w) => w.type), `${text}: types ${JSON.stringify(got)}`);
  want.forEach((w, i) => {
    const e = got[i]!;
    for (const k of ['trigger', 'actor', 'target', 'date', 'planned'] as const) {
      if (w[k] !== undefined) assert.equal(e[k], w[k], `${text}: ${k} of ${w.type}`);
    }
    if (w.amount !== undefined) assert.equal(e.amount?.value ?? null, w.amount, `${text}: amount of ${w.type}`);
  });
}

const CSRC = '中国证券监督管理委员会';
const CBIRC = '中国银行保险监督管理委员会';
const PBOC = '中国人民银行';

test('every type, from its usual words', () => {
  const rows: [string, Want[]][] = [
    ['杭州市公安局对爱钱进立案侦查。', [{ type: 'investigation', trigger: '立案侦查', actor: '杭州市公安局', target: '爱钱进' }]],
    ['三名嫌疑人已被刑事拘留。', [{ type: 'detention', trigger: '刑事拘留' }]],
    ['检察院已对主犯提起公诉。', [{ type: 'prosecution', trigger: '提起公诉' }]],
    ['法院一审判处主犯有期徒刑八年。', [{ type: 'verdict', trigger: '判处' }]],
    ['证监会对该公司罚款200万元。', [{ type: 'penalty', actor: CSRC, amount: 2000000 }]],
    ['银保监会约谈了有利网。', [{ type: 'summons', actor: CBIRC, target: '有利网' }]],
    ['当地政府依法取缔了这家地下钱庄。', [{ type: 'closure', trigger: '取缔' }]],
    ['宜人贷宣布良性退出。', [{ type: 'exit', trigger: '良性退出', actor: null, target: '宜人贷' }]],
    ['团贷网出现兑付困难。', [{ type: 'default', trigger: '兑付困难', actor: null, target: '团贷网' }]],
    ['钱宝网的老板跑路了。', [{ type: 'abscond', trigger: '跑路', actor: null, target: '钱宝网' }]],
    ['专案组已为e租宝投资人追赃挽损10亿元。', [{ type: 'repayment', trigger: '追赃挽损', target: 'e租宝' }]],
    ['中国人民银行印发《网络借贷资金存管指引》。', [{ type: 'regulation', actor: PBOC, target: '网络借贷资金存管指引' }]],
    ['中国互联网金融协会发布风险提示。', [{ type: 'warning', trigger: '风险提示', actor: '中国互联网金融协会' }]],
  ];
  for (const [text, want] of rows) check(text, want);
});

test('detention in its many wordings', () => {
  for (const text of [
    '男子已被刑拘。', '一名嫌疑人已被行拘。', '检察院对其批捕。', '两人在机场被抓获。', '逃犯终于落网。',
    '他昨天被抓了。', '当事人已被警方控制。', '三人被带走调查前已投案。', '主犯仍被羁押在看守所。',
    '公安机关对五人采取强制措施。', '法定代表人被依法逮捕。', '他在酒店被民警带走。', '两名股东被警方拘传。',
    '涉嫌受贿的处长已被市监委留置。',
  ]) {
    assert.ok(eventsOf(text).some((e) => e.type === 'detention'), `${text}: a detention`);
  }
});

test('the usual orders: who acts and who is acted on', () => {
  check('上海市公安局对唐小僧立案侦查。', [{ type: 'investigation', actor: '上海市公安局', target: '唐小僧' }]);
  check('趣店被中国人民银行约谈。', [{ type: 'summons', actor: PBOC, target: '趣店' }]);
  check('中国人民银行依法对汇付天下作出罚款300万元的处罚。',
    [{ type: 'penalty', trigger: '罚款', actor: PBOC, target: '汇付天下', amount: 3000000 }]);
  check('小牛在线因涉嫌非法吸收公众存款被深圳市公安局立案。',
    [{ type: 'investigation', trigger: '立案', actor: '深圳市公安局', target: '小牛在线' }]);
  // After 对 only: a platform named earlier in the clause is not the one investigated.
  check('证监会在检查拍拍贷时对信而富立案调查。', [{ type: 'investigation', actor: CSRC, target: '信而富' }]);
  // The actor's clause goes on in the next one; the target named after 对.
  check('杭州市公安局西湖区分局发布通报，对人人贷依法立案侦查。',
    [{ type: 'investigation', actor: '杭州市公安局西湖区分局', target: '人人贷' }]);
  // The subject of the sentence, named in an earlier clause, is what a later clause is about.
  check('积木盒子发布公告称，将于年底退出网贷行业。', [{ type: 'exit', target: '积木盒子', planned: true }]);
});

test('near-misses never fire', () => {
  for (const text of [
    '司法解释提高了集资诈骗罪的立案标准。',
    '请先点击右上角的退出登录。',
    '该平台的逾期率低于百分之二。',
    '去年下半年出现了一波倒闭潮。',
    '投资前要评估平台的跑路风险。',
    '调查显示，多数用户使用过网贷。',
    '他总能写出清晰的说明书。',
    '这家公司的实际控制人是一位老员工。',
    '他一脚劲射，皮球应声落网。',
    '经过一夜扑救，火势已被控制。',
  ]) {
    assert.deepEqual(eventsOf(text), [], text);
  }
});

test('a headline list gives no event, prose with the same words does', () => {
  const list = ['相关阅读', '银保监会约谈五家网贷平台', '央行发布年度支付报告', '网贷整治进入收官阶段', '正文', '银保监会约谈了有利网。'].join('\n');
  check(list, [{ type: 'summons', target: '有利网' }]);
  check('· 银保监会约谈五家网贷平台', []);
});

test('negated, asked about or supposed: no event', () => {
  for (const text of [
    '警方尚未对有利网立案。',
    '点融未被约谈。',
    '爱钱进没有出现逾期。',
    '宜人贷并未跑路。',
    '投资人关心该平台是否会被约谈。',
    '如果平台跑路，出借人很难拿回本金。',
    '一旦出现兑付危机，后果不堪设想。',
    '公司辟谣称实控人被带走一事纯属谣言。',
  ]) {
    assert.deepEqual(eventsOf(text), [], text);
  }
});

test('planned: 拟 and 将 mark what is to come; 将其 marks an object', () => {
  check('监管部门拟约谈红岭创投。', [{ type: 'summons', target: '红岭创投', planned: true }]);
  check('有利网将于下月清盘。', [{ type: 'exit', target: '有利网', planned: true }]);
  check('警方已将其刑事拘留。', [{ type: 'detention', planned: false }]);
  check('民警将嫌疑人抓获。', [{ type: 'detention', planned: false }]);
});

test('one event per target in a clause; one event per type, actor and target in an article', () => {
  check('银保监会约谈了人人贷、拍拍贷和宜人贷。', [
    { type: 'summons', target: '人人贷' }, { type: 'summons', target: '拍拍贷' }, { type: 'summons', target: '宜人贷' },
  ]);
  check('银保监会约谈了人人贷。随后，银保监会再次约谈人人贷。', [{ type: 'summons', trigger: '约谈', start: 5 } as Want]);
  // A comparison, a helper or a source is no target.
  check('和有利网一样，该平台也宣布退出网贷行业。', [{ type: 'exit', target: null }]);
  check('京东金融协助警方抓获了三名嫌疑人。', [{ type: 'detention', target: null }]);
});

test('actor: never from another sentence, none for what a platform does by itself', () => {
  check('深圳市公安局召开发布会。团贷网的实控人已被刑拘。', [{ type: 'detention', actor: null, target: '团贷网' }]);
  check('银保监会通报，信和财富暴雷。', [{ type: 'default', actor: null, target: '信和财富' }]);
  // 在X的协调下: X coordinates, it does not act.
  check('在公安部的协调下，浙江省公安厅抓获嫌疑人20名。', [{ type: 'detention', actor: '浙江省公安厅' }]);
});

test('date: own clause, else the clause before, else the only one in the sentence', () => {
  check('2020年3月5日，上海市公安局对善林金融立案侦查。', [{ type: 'investigation', date: '2020-03-05' }]);
  check('2019年，该平台于4月10日宣布清盘。', [{ type: 'exit', date: '2019-04-10' }]);
  check('2018年8月，团贷网发布公告，宣布良性退出。', [{ type: 'exit', date: '2018-08' }]);
  check('2018年起，团贷网规模扩大，2019年3月，团贷网宣布良性退出，出借人开始维权。', [{ type: 'exit', date: '2019-03' }]);
  check('2018年起规模扩大，2019年3月后人员增加，业务随后收缩，团贷网宣布良性退出。', [{ type: 'exit', date: null }]);
});

test('amount: a money figure in the same clause only', () => {
  check('证监会对唐小僧罚款50万元。', [{ type: 'penalty', amount: 500000 }]);
  check('该平台涉案金额达30亿元，证监会对唐小僧罚款。', [{ type: 'penalty', amount: null }]);
});

test('regulation and warning take the title as target, not a short name given after 简称', () => {
  check('中国人民银行发布《非银行支付机构监督管理办法》(以下简称《办法》)。',
    [{ type: 'regulation', actor: PBOC, target: '非银行支付机构监督管理办法' }]);
  check('《网络借贷信息中介机构备案登记管理指引》正式实施。', [{ type: 'regulation', actor: null }]);
  check('中国人民银行发布《关于防范虚拟货币交易炒作风险的提示》。', [{ type: 'warning', target: '关于防范虚拟货币交易炒作风险的提示' }]);
  // A report is not a rule.
  check('中国互联网金融协会发布《年度行业发展报告》。', []);
});

/** Sentence-level type detection over a written set: precision and recall over (sentence, type). */
function scoreSet(file: string, each?: (text: string, got: string[], want: string[]) => void) {
  const { cases } = JSON.parse(readFileSync(join(ROOT, 'test/extractors/events', file), 'utf8')) as
    { cases: { text: string; events: Want[] }[] };
  let tp = 0, fp = 0, fn = 0;
  for (const c of cases) {
    const got = [...new Set(eventsOf(c.text).map((e) => e.type))].sort();
    const want = [...new Set(c.events.map((e) => e.type))].sort();
    tp += got.filter((x) => want.includes(x)).length;
    fp += got.filter((x) => !want.includes(x)).length;
    fn += want.filter((x) => !got.includes(x)).length;
    each?.(c.text, got, want);
  }
  return { n: cases.length, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

for (const file of ['sentences.json', 'heldout.json']) {
  test(`written evaluation set ${file}: each sentence gives the types it should`, (t) => {
    const s = scoreSet(file, (text, got, want) => assert.deepEqual(got, want, text));
    t.diagnostic(`${s.n} sentences: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`);
  });
}

test('written probes (headline news, forum posts, other news): precision and recall hold their floors', (t) => {
  const s = scoreSet('probes.json');
  t.diagnostic(`${s.n} sentences: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`);
  assert.ok(s.precision >= 0.95, `precision ${s.precision}`);
  assert.ok(s.recall >= 0.95, `recall ${s.recall}`);
});
