// Synthetic records for the report bench: pages that read like the corpus's
// (invented sentences around real platform and agency names from our
// gazetteers), with figures, mentions and events as the events branch writes
// them (trigger words with start/end beside), items placed by
// searching the text. Deterministic for a seed.
import { closeSync, openSync, writeSync } from 'node:fs';
import { loadData } from '../extractors/lib/data.js';
import { rng } from './corpus.js';

interface Named { name: string; status?: string; level?: string }

function gazetteer(path: string): Named[] {
  const data = loadData<{ entries: Named[] } | Named[]>(path);
  return Array.isArray(data) ? data : data.entries;
}

const EVENTS: [type: string, template: string, actor: boolean][] = [
  ['investigation', '{a}对{p}立案侦查', true],
  ['detention', '{a}对{p}实际控制人采取刑事强制措施', true],
  ['summons', '{a}约谈{p}相关负责人', true],
  ['penalty', '{a}依法对{p}作出罚款{m}的处罚', true],
  ['default', '{p}出现逾期，涉及金额{m}', false],
  ['abscond', '{p}被曝跑路', false],
  ['exit', '{p}宣布良性退出，待收余额{m}', false],
  ['repayment', '{p}启动兑付，首批兑付{m}', false],
  ['closure', '{a}责令{p}停业整顿', true],
];
const TRIGGERS: Record<string, string> = {
  investigation: '立案侦查', detention: '刑事强制措施', summons: '约谈', penalty: '罚款', default: '逾期',
  abscond: '跑路', exit: '良性退出', repayment: '兑付', closure: '停业',
};
const FILLER = [
  '业内人士表示，网贷行业的风险仍在出清之中。', '出借人希望尽快拿回本金。', '记者多次拨打该平台客服电话，均无人接听。',
  '截至发稿，平台官网已无法打开。', '有关部门提醒投资者提高风险意识，理性投资。', '据了解，该平台成立于数年前，注册资本数千万元。',
];

/** Write `pages` records as JSON Lines to `path`; about 0.5-1 KB of text a page. */
export function writeSyntheticRecords(path: string, pages: number, seed = 1): void {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  // A skewed pick, so a few names come up on many pages as in real news.
  const skewed = <T>(xs: T[]) => xs[Math.floor(xs.length * rand() ** 3)]!;
  const platforms = gazetteer('platforms/data/p2p-platforms.json').slice(0, 3000);
  const agencies = gazetteer('agencies/data/agencies.json').filter((a) => a.level);
  const fd = openSync(path, 'w');
  let buf = '';
  for (let i = 0; i < pages; i++) {
    const year = 2015 + Math.floor(rand() * 8), month = 1 + Math.floor(rand() * 12), day = 1 + Math.floor(rand() * 28);
    const mm = String(month).padStart(2, '0');
    const date = `${year}-${mm}-${String(day).padStart(2, '0')}`;
    let text = '';
    const figures: object[] = [], events: object[] = [];
    const seenP = new Map<string, { name: string; status?: string; spans: { text: string; start: number; end: number }[] }>();
    const seenA = new Map<string, { name: string; level: string; spans: { text: string; start: number; end: number }[] }>();
    const n = Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) {
      const [type, template, hasActor] = pick(EVENTS);
      const p = skewed(platforms), a = skewed(agencies);
      const amount = Math.round((1 + rand() * 999) * 10 ** (4 + Math.floor(rand() * 6)));
      const m = `${amount}元`;
      const sentence = `${year}年${month}月${day}日，${template.replace('{a}', a.name).replace('{p}', p.name).replace('{m}', m)}。`;
      const at = text.length;
      text += sentence + pick(FILLER);
      const place = (word: string) => { const s = at + sentence.indexOf(word); return { text: word, start: s, end: s + word.length }; };
      const ps = place(p.name);
      seenP.set(p.name, { name: p.name, ...(p.status ? { status: p.status } : {}), spans: [...(seenP.get(p.name)?.spans ?? []), ps] });
      if (hasActor) seenA.set(a.name, { name: a.name, level: a.level!, spans: [...(seenA.get(a.name)?.spans ?? []), place(a.name)] });
      const hasMoney = template.includes('{m}');
      if (hasMoney) figures.push({ ...place(m), kind: 'money', value: amount, unit: 'CNY', qualifier: 'exact', subject: type === 'exit' ? '待收余额' : '涉及金额' });
      const trigger = place(TRIGGERS[type]!);
      events.push({
        type, trigger: trigger.text, start: trigger.start, end: trigger.end, actor: hasActor ? a.name : null, target: p.name,
        date: `${year}-${mm}-${String(day).padStart(2, '0')}`, amount: hasMoney ? { value: amount, unit: 'CNY' } : null, planned: false,
      });
    }
    while (text.length < 500) text += pick(FILLER);
    const record = {
      id: (i + seed * 1e9).toString(16).padStart(16, '0'),
      source: { url: `https://news.example.cn/${year}/${mm}/${i}.html`, bytes: text.length * 3 + 4000, encoding: 'utf-8', format: 'html', script: 'simplified' },
      title: events.length ? `${[...seenP.keys()][0]}最新消息` : '行业观察', publishedAt: date, author: null, siteName: null, text,
      dates: [], figures,
      platforms: [...seenP.values()].map((p) => ({ name: p.name, kind: 'p2p', ...(p.status ? { status: p.status } : {}), mentions: [p.name], count: p.spans.length, spans: p.spans })),
      agencies: [...seenA.values()].map((a) => ({ name: a.name, level: a.level, mentions: [a.name], count: a.spans.length, spans: a.spans })),
      events, warnings: [],
    };
    buf += `${JSON.stringify(record)}\n`;
    if (buf.length > 1 << 20) { writeSync(fd, buf); buf = ''; }
  }
  writeSync(fd, buf);
  closeSync(fd);
}
