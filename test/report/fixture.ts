// Records with events, written for the report tests: invented platforms and
// sentences, items placed by searching the text so no offset is typed by hand.
import type { ArticleRecord, EventType } from '../../src/schema.js';

export interface RecordSpec {
  id: string;
  title: string;
  publishedAt: string | null;
  text: string;
  url?: string;
  path?: string;
  platforms?: { name: string; word?: string; status?: string }[];
  agencies?: { name: string; word: string; level: 'central' | 'provincial' | 'municipal' | 'district' | 'association' }[];
  money?: { word: string; value: number; subject: string }[];
  events?: { type: string; word: string; actor?: string; target?: string; date?: string; amount?: number; planned?: boolean }[];
  /** Leave the text off, as --no-text does (offsets stay). */
  noText?: boolean;
}

function span(text: string, word: string) {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`fixture: "${word}" is not in "${text}"`);
  return { text: word, start, end: start + word.length };
}

/** An event as the events branch writes it: the trigger's words, with start and end beside them. */
export interface FixtureEvent {
  type: EventType; trigger: string; start: number; end: number; actor: string | null; target: string | null;
  date: string | null; amount: { value: number; unit: string } | null; planned: boolean;
}

export type FixtureRecord = ArticleRecord & { events: FixtureEvent[] };

export function record(s: RecordSpec): FixtureRecord {
  const t = s.text;
  return {
    id: s.id,
    source: { ...(s.path ? { path: s.path } : {}), ...(s.url ? { url: s.url } : {}), bytes: t.length * 3, encoding: 'utf-8', format: 'text', script: 'simplified' },
    title: s.title, publishedAt: s.publishedAt, author: null, siteName: null,
    ...(s.noText ? {} : { text: t }),
    dates: [],
    figures: (s.money ?? []).map((m) => ({ ...span(t, m.word), kind: 'money' as const, value: m.value, unit: 'CNY', qualifier: 'exact' as const, subject: m.subject })),
    platforms: (s.platforms ?? []).map((p) => {
      const sp = span(t, p.word ?? p.name);
      return { name: p.name, kind: 'lending', ...(p.status ? { status: p.status } : {}), mentions: [sp.text], count: 1, spans: [sp] };
    }),
    agencies: (s.agencies ?? []).map((a) => {
      const sp = span(t, a.word);
      return { name: a.name, level: a.level, mentions: [sp.text], count: 1, spans: [sp] };
    }),
    events: (s.events ?? []).map((e) => {
      const sp = span(t, e.word);
      return {
        type: e.type as EventType, trigger: sp.text, start: sp.start, end: sp.end, actor: e.actor ?? null, target: e.target ?? null,
        date: e.date ?? null, amount: e.amount === undefined ? null : { value: e.amount, unit: 'CNY' }, planned: e.planned ?? false,
      };
    }),
    warnings: [],
  };
}

const POLICE = '杭州市公安局';
const BUREAU = '北京市地方金融监督管理局';

/** Five invented pages: an investigation, a summons, an exit, a default, and one kept without text. */
export function fixtureRecords(): FixtureRecord[] {
  return [
    record({
      id: 'f000000000000001', title: '鑫盈贷被立案侦查', publishedAt: '2019-03-29', url: 'https://news.example.cn/a/1',
      text: '2019年3月28日，杭州警方对鑫盈贷立案侦查。该平台借贷余额约12.5亿元，出借人逾3万人。',
      platforms: [{ name: '鑫盈贷', status: '经侦介入' }], agencies: [{ name: POLICE, word: '杭州警方', level: 'municipal' }],
      money: [{ word: '约12.5亿元', value: 1.25e9, subject: '借贷余额' }],
      events: [{ type: 'investigation', word: '立案侦查', actor: POLICE, target: '鑫盈贷', date: '2019-03-28' }],
    }),
    record({
      id: 'f000000000000002', title: '监管约谈安途金服', publishedAt: '2019-07-15', url: 'https://news.example.cn/a/2',
      text: '2019年7月，北京市金融监管局约谈安途金服，要求其拟于年底前清退存量业务。',
      platforms: [{ name: '安途金服' }], agencies: [{ name: BUREAU, word: '北京市金融监管局', level: 'provincial' }],
      events: [
        { type: 'summons', word: '约谈', actor: BUREAU, target: '安途金服', date: '2019-07' },
        { type: 'exit', word: '清退', target: '安途金服', planned: true },
      ],
    }),
    record({
      id: 'f000000000000003', title: '合众宝宣布良性退出', publishedAt: '2020-01-08', path: 'pages/hezhongbao.html',
      text: '合众宝宣布良性退出，待收余额3.2亿元。鑫盈贷的出借人仍在等待兑付。',
      platforms: [{ name: '合众宝' }, { name: '鑫盈贷', status: '经侦介入' }],
      money: [{ word: '3.2亿元', value: 3.2e8, subject: '待收余额' }],
      events: [{ type: 'exit', word: '良性退出', target: '合众宝', amount: 3.2e8 }],
    }),
    record({
      id: 'f000000000000004', title: '<script>alert("标题")</script>鑫盈贷逾期', publishedAt: '2019-05-02', url: 'https://news.example.cn/a/4',
      text: '据报道，鑫盈贷</script><b>不是标记</b>已出现逾期，涉及金额约45亿元。',
      platforms: [{ name: '鑫盈贷', status: '经侦介入' }],
      money: [{ word: '约45亿元', value: 4.5e9, subject: '涉及金额' }],
      events: [{ type: 'default', word: '逾期', target: '鑫盈贷', amount: 4.5e9 }],
    }),
    record({
      id: 'f000000000000005', title: '无正文的记录', publishedAt: '2020-02-20', path: 'pages/notext.html', noText: true,
      text: '2020年2月，杭州警方对合众宝实际控制人刑事拘留。',
      platforms: [{ name: '合众宝' }], agencies: [{ name: POLICE, word: '杭州警方', level: 'municipal' }],
      events: [{ type: 'detention', word: '刑事拘留', actor: POLICE, target: '合众宝', date: '2020-02' }],
    }),
  ];
}
