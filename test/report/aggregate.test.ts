// The report's aggregation: exact counts, capped rows, sentences with the item's place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportAggregator } from '../../src/report/aggregate.js';
import { chartRange, fillMonths } from '../../src/report/assemble.js';
import { evidence } from '../../src/report/evidence.js';
import { eventsOf } from '../../src/report/events.js';
import { TopK } from '../../src/report/top.js';
import type { ArticleRecord } from '../../src/schema.js';
import { fixtureRecords, record } from './fixture.js';

const META = { title: 't', source: 's', generated: '2026-01-01' };

function build(records: ArticleRecord[], limits = {}) {
  const agg = new ReportAggregator(limits);
  for (const r of records) agg.add(r);
  return agg.result(META);
}

test('the timeline counts every event by month and type; an event without a month of its own takes its page\'s', () => {
  const d = build(fixtureRecords());
  assert.equal(d.totals.events, 6);
  assert.deepEqual(d.timeline.months, fillMonths('2019-03', '2020-02'));
  assert.equal(d.timeline.months.length, 12);
  const at = (type: string, m: string) => d.timeline.counts[type]![d.timeline.months.indexOf(m)];
  assert.equal(at('investigation', '2019-03'), 1);
  assert.equal(at('summons', '2019-07'), 1);
  assert.equal(at('exit', '2019-07'), 1, 'the planned exit has no date: its page was published 2019-07');
  assert.equal(at('exit', '2020-01'), 1);
  assert.equal(at('default', '2019-05'), 1);
  assert.equal(at('detention', '2020-02'), 1);
  const sum = Object.values(d.timeline.counts).flat().reduce((a, b) => a + b, 0);
  assert.equal(sum, 6);
});

test('a stray far-off date does not stretch the timeline: sparse tails over ten years out are left off and counted', () => {
  const perMonth = new Map<string, number>([['1949-10', 1], ['2019-01', 100], ['2019-06', 60], ['2020-03', 40], ['2099-01', 1]]);
  assert.deepEqual(chartRange(perMonth), { first: '2019-01', last: '2020-03', outside: 2 });
  // Within ten years nothing is cut, however sparse.
  assert.deepEqual(chartRange(new Map([['2015-01', 1], ['2019-01', 500]])), { first: '2015-01', last: '2019-01', outside: 0 });
  // More than 1% out there is part of the story: kept.
  assert.deepEqual(chartRange(new Map([['1990-01', 5], ['2019-01', 100]])), { first: '1990-01', last: '2019-01', outside: 0 });
  const recs = fixtureRecords();
  recs[0]!.events.push({ ...recs[0]!.events[0]!, date: '1949-10-01' });
  for (let i = 0; i < 120; i++) recs.push({ ...recs[1]!, id: `x${i}` });
  const d = build(recs);
  assert.equal(d.timeline.months[0], '2019-03');
  assert.equal(d.totals.outsideTimeline, 1);
  assert.ok(d.events.some((e) => e[1] === '1949-10'), 'the event stays in the table');
});

test('every event row carries its sentence with the trigger\'s place in it, and its page', () => {
  const d = build(fixtureRecords());
  const inv = d.events.find((e) => e[2] === 'investigation')!;
  assert.equal(inv[9], '2019年3月28日，杭州警方对鑫盈贷立案侦查。');
  assert.equal(inv[9].slice(inv[10], inv[11]), '立案侦查');
  assert.equal(inv[3], '杭州市公安局');
  assert.equal(d.pages[inv[0]]!.href, 'https://news.example.cn/a/1');
  const planned = d.events.find((e) => e[2] === 'exit' && e[8] === 1)!;
  assert.equal(planned[9].slice(planned[10], planned[11]), '清退');
  const local = d.events.find((e) => e[4] === '合众宝' && e[2] === 'exit')!;
  assert.equal(d.pages[local[0]]!.href, 'pages/hezhongbao.html', 'no URL: the path links');
  // --no-text: the row is there, without a sentence.
  const noText = d.events.find((e) => e[2] === 'detention')!;
  assert.deepEqual(noText.slice(9), ['', 0, 0]);
  assert.equal(d.totals.withText, 4);
  // Rows are in month order.
  assert.deepEqual(d.events.map((e) => e[1]), [...d.events.map((e) => e[1])].sort());
});

test('platforms and agencies are ranked by pages and by events, with status and level', () => {
  const d = build(fixtureRecords());
  const p = new Map(d.platforms.map((r) => [r[0], r]));
  assert.deepEqual(p.get('鑫盈贷')!.slice(0, 5), ['鑫盈贷', 'lending', '经侦介入', 3, 2]);
  assert.deepEqual(p.get('合众宝')!.slice(3, 5), [2, 2]);
  const first = p.get('鑫盈贷')!;
  assert.equal(first[6].slice(first[7], first[8]), '鑫盈贷');
  const a = new Map(d.agencies.map((r) => [r[0], r]));
  assert.deepEqual(a.get('杭州市公安局')!.slice(0, 5), ['杭州市公安局', 'municipal', '', 2, 2]);
  assert.equal(a.get('杭州市公安局')![6].slice(a.get('杭州市公安局')![7], a.get('杭州市公安局')![8]), '杭州警方');
  assert.equal(d.platformCount, 3);
  // Cut to one per ranking: the top by pages and the top by events are both kept.
  const cut = build(fixtureRecords(), { entities: 1 });
  assert.deepEqual(cut.platforms.map((r) => r[0]), ['鑫盈贷']);
});

test('the largest money figures come biggest first; a retold amount is one row counting its other pages', () => {
  const recs: ArticleRecord[] = fixtureRecords();
  recs.push(record({
    id: 'f000000000000006', title: '转载', publishedAt: '2019-05-03', url: 'https://other.example.cn/x',
    text: '鑫盈贷涉及金额约45亿元，另有报道。', money: [{ word: '约45亿元', value: 4.5e9, subject: '涉及金额' }],
  }));
  const d = build(recs);
  assert.deepEqual(d.figures.map((f) => f[2]), [4.5e9, 1.25e9, 3.2e8]);
  assert.equal(d.figures[0]![7], 1);
  assert.equal(d.figures[0]![5], '涉及金额');
  const top = d.figures[1]!;
  assert.equal(top[8].slice(top[9], top[10]), '约12.5亿元');
  assert.equal(build(recs, { figures: 1 }).figures.length, 1);
});

test('caps: rows are cut to the limit by a stable sample, counts stay exact, and only linked pages ship', () => {
  const recs = fixtureRecords();
  const d = build(recs, { events: 2, figures: 1, entities: 1, perEntity: 0 });
  assert.equal(d.events.length, 2);
  assert.equal(d.eventsSampled, true);
  assert.equal(d.totals.events, 6);
  assert.equal(Object.values(d.timeline.counts).flat().reduce((a, b) => a + b, 0), 6);
  const linked = new Set([...d.events.map((e) => e[0]), ...d.figures.map((f) => f[0]), ...d.platforms.map((r) => r[5]), ...d.agencies.map((r) => r[5])]);
  assert.equal(d.pages.length, linked.size);
  // The same corpus in another order ships the same sample.
  const again = build([...recs].reverse(), { events: 2, figures: 1, entities: 1, perEntity: 0 });
  const key = (x: typeof d) => x.events.map((e) => `${x.pages[e[0]]!.title}|${e[2]}|${e[4]}`).sort();
  assert.deepEqual(key(again), key(d));
});

test('events are read in both shapes the SPEC allows: trigger words with start/end beside, or a trigger object', () => {
  const flat = fixtureRecords()[0]!;
  const ev = flat.events[0]!;
  const nested = { ...flat, events: [{ type: ev.type, trigger: { text: ev.trigger, start: ev.start, end: ev.end }, actor: ev.actor, target: ev.target, date: ev.date, amount: null }] };
  const broken = { ...flat, events: [{ type: 'exit' }, null, 'x'] };
  for (const r of [flat, nested]) {
    const events = eventsOf(r as ArticleRecord);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]!.trigger, { text: '立案侦查', start: ev.start, end: ev.end });
    assert.equal(events[0]!.actor, '杭州市公安局');
    assert.equal(events[0]!.planned, false);
  }
  assert.deepEqual(eventsOf(broken as unknown as ArticleRecord), []);
});

test('beside the sample, each ranked platform and agency ships its own rows, each event once', () => {
  const recs = fixtureRecords();
  // Sample of one: whatever it holds, 鑫盈贷 (the top platform) and 杭州市公安局 (the top agency) bring their own.
  const d = build(recs, { events: 1, entities: 1, perEntity: 5 });
  const targets = d.events.filter((e) => e[4] === '鑫盈贷').map((e) => e[2]).sort();
  assert.deepEqual(targets, ['default', 'investigation']);
  assert.deepEqual(d.events.filter((e) => e[3] === '杭州市公安局').map((e) => e[2]).sort(), ['detention', 'investigation']);
  const keys = d.events.map((e) => `${d.pages[e[0]]!.title}|${e[2]}|${e[4]}`);
  assert.equal(new Set(keys).size, keys.length, 'an event on two lists ships once');
  assert.ok(d.events.length <= 1 + 2 + 2);
  // One row each: the highest hash of that name's events.
  assert.equal(build(recs, { events: 1, entities: 1, perEntity: 1 }).events.filter((e) => e[4] === '鑫盈贷').length >= 1, true);
});

test('a page seen twice (same id) counts once', () => {
  const recs = fixtureRecords();
  const d = build([...recs, recs[0]!]);
  assert.equal(d.totals.pages, 5);
  assert.equal(d.totals.duplicates, 1);
  assert.equal(d.totals.events, 6);
});

test('records without events (before the events extractor) still give rankings and figures', () => {
  const recs = fixtureRecords().map((r) => { const { events: _drop, ...rest } = r; return rest as ArticleRecord; });
  const d = build(recs);
  assert.equal(d.totals.events, 0);
  assert.deepEqual(d.timeline.months, []);
  assert.ok(d.platforms.length > 0 && d.figures.length > 0);
});

test('evidence: the sentence, the item\'s place in it, a run-on sentence cut around the item', () => {
  const text = '第一句。第二句里有立案侦查。';
  const [s, a, b] = evidence(text, text.indexOf('立案'), text.indexOf('立案') + 4);
  assert.equal(s, '第二句里有立案侦查。');
  assert.equal(s.slice(a, b), '立案侦查');
  const long = `${'甲'.repeat(500)}清退${'乙'.repeat(500)}`;
  const [ls, la, lb] = evidence(long, 500, 502);
  assert.equal(ls.slice(la, lb), '清退');
  assert.ok(ls.length < 260 && ls.startsWith('…') && ls.endsWith('…'));
  // A repeated sentence: the one around the item, not the first copy.
  const twice = '逾期了。逾期了。';
  const [ts, ta, tb] = evidence(twice, 4, 6);
  assert.equal(ts.slice(ta, tb), '逾期');
  assert.deepEqual(evidence(undefined, 0, 2), ['', 0, 0]);
  assert.deepEqual(evidence('短', 0, 9), ['', 0, 0]);
});

test('TopK keeps the k best whatever the order, ties to the smaller key', () => {
  const k = new TopK<number>(3);
  for (const n of [5, 1, 9, 7, 3, 9]) k.offer(n, `k${n}`, n);
  assert.deepEqual(k.sorted(), [9, 9, 7]);
  const t = new TopK<string>(1);
  t.offer(1, 'b', 'b');
  t.offer(1, 'a', 'a');
  assert.deepEqual(t.sorted(), ['a']);
});
