// Near-duplicates: the same story in other chrome, lightly edited, is marked
// duplicate_of the first copy; the same template with other figures is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../helpers/io.js';
import { fixture, tempDir } from '../helpers/fixtures.js';
import { BAND_CAP, DuplicateFinder } from '../../src/corpus/duplicates.js';
import { openForWrite } from '../../src/corpus/open.js';
import { itemLists } from '../../src/corpus/tables.js';
import type { ArticleRecord } from '../../src/schema.js';
import { bandKeys, BANDS, MIN_CHARS, minhash, overlap, similarity, toBlob } from '../../src/corpus/minhash.js';
import { openDb } from './helpers.js';

const STORY = [
  '2019年3月28日，某市公安局经济犯罪侦查支队发布通报，某网贷平台因涉嫌非法吸收公众存款被立案侦查。',
  '截至案发，该平台累计借贷金额约为45.6亿元，涉及出借人约1.2万人，逾期率超过30%。',
  '警方提醒广大出借人，请于2019年5月底前携带相关材料到指定地点登记，配合调查取证工作。',
  '业内人士表示，此类案件的追赃挽损往往需要较长时间，出借人应理性维权，不要轻信网络上的谣言。',
];

const page = (site: string, paras: string[]) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>平台被立案侦查 - ${site}</title></head><body>
<div class="nav"><a href="/">${site}首页</a> <a href="/n">新闻</a> <a href="/m">理财</a></div>
<div class="article"><h1>平台被立案侦查</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="footer">版权所有 ${site}</div></body></html>`;

test('a story re-wrapped by another site is duplicate_of the first copy; the same words with other figures are not', async () => {
  const f = fixture({
    'a-first.html': page('甲财经网', STORY),
    // Another site, a lead-in, a paragraph dropped, an editor's line.
    'b-copy.html': page('乙新闻网', [`据媒体报道，${STORY[0]}`, STORY[1]!, STORY[3]!, '（责任编辑：王某）']),
    // The same template, one figure of three changed.
    'c-other.html': page('甲财经网', [STORY[0]!, STORY[1]!.replace('45.6亿元', '12.3亿元'), STORY[2]!, STORY[3]!]),
  });
  const db = join(tempDir(), 'nd.sqlite');
  const r = await runCli(['extract', f.dir, '--db', db, '-q']);
  assert.equal(r.code, 0, r.stderr);
  const d = openDb(db);
  const rows = d.prepare('SELECT p.input, a.article, a.duplicate_of FROM pages p JOIN articles a ON a.article = p.article ORDER BY p.ord').all();
  const by = Object.fromEntries(rows.map((x) => [String(x.input).replace(/.*\//, ''), x]));
  assert.equal(by['a-first.html']!.duplicate_of, null);
  assert.equal(by['b-copy.html']!.duplicate_of, by['a-first.html']!.article);
  assert.equal(by['c-other.html']!.duplicate_of, null, 'other figures: not the same report');
  d.close();
});

test('a copy stays out of the bands (its first copy stands for it), and a band crowded by one template still finds a copy of its latest page', async () => {
  // BAND_CAP + 10 pages of one template, each with its own figures: no copies of each other, all in the bands.
  const files: Record<string, string> = {};
  const n = BAND_CAP + 10;
  for (let i = 0; i < n; i++) {
    files[`t${String(i).padStart(3, '0')}.html`] = page('甲财经网', [STORY[0]!, STORY[1]!.replace('45.6亿元', `${i + 10}.${i % 10}亿元`).replace('1.2万人', `${i + 2}万人`), STORY[2]!, STORY[3]!]);
  }
  const latest = files[`t${String(n - 1).padStart(3, '0')}.html`]!;
  files['z-copy.html'] = latest.replace('甲财经网', '乙新闻网').replace('<p>2019年', '<p>据媒体报道，2019年');
  const f = fixture(files);
  const db = join(tempDir(), 'band.sqlite');
  const r = await runCli(['extract', f.dir, '--db', db, '-q', '-j', '1']);
  assert.equal(r.code, 0, r.stderr);
  const d = openDb(db);
  const rows = d.prepare('SELECT p.input, a.article, a.duplicate_of, (SELECT count(*) FROM lsh WHERE lsh.article = a.article) AS bands FROM pages p JOIN articles a ON a.article = p.article').all();
  const by = Object.fromEntries(rows.map((x) => [String(x.input).replace(/.*\//, ''), x]));
  const copy = by['z-copy.html']!, original = by[`t${String(n - 1).padStart(3, '0')}.html`]!;
  assert.equal(copy.duplicate_of, original.article);
  assert.equal(copy.bands, 0, 'a copy joins no band');
  assert.equal(rows.filter((x) => x.duplicate_of !== null).length, 1, 'the template pages are no copies of each other');
  assert.ok(rows.filter((x) => x.duplicate_of === null).every((x) => x.bands === BANDS));
  d.close();
});

test('a band crowded by one template gives its latest articles as candidates: a copy of the latest page is found', () => {
  const { db, lock } = openForWrite(join(tempDir(), 'cap.sqlite'), 'cap.sqlite', 0);
  const finder = new DuplicateFinder(db, itemLists());
  // One signature for all: every band is shared. Each article reports its own figure, so none is a copy.
  const sig = minhash(STORY.join(''))!;
  const add = (figure: number) => {
    const record = { figures: [{ text: `${figure}亿元`, start: 0, end: 4, kind: 'money', value: figure * 1e8, unit: 'CNY' }] };
    const article = Number(db.prepare('INSERT INTO articles(id, record, minhash) VALUES (?, ?, ?)').run(`a${figure}`, JSON.stringify(record), toBlob(sig)).lastInsertRowid);
    finder.mark(article, sig, record as unknown as ArticleRecord);
    return article;
  };
  for (let i = 1; i <= BAND_CAP + 10; i++) add(i);
  const copy = add(BAND_CAP + 10);
  const latest = copy - 1;
  assert.equal(db.prepare('SELECT duplicate_of FROM articles WHERE article = ?').pluck().get(copy), latest);
  assert.equal(db.prepare('SELECT count(*) FROM lsh WHERE article = ?').pluck().get(copy), 0);
  db.close();
  lock?.close();
});

test('MinHash: close texts agree on most positions and share a band; distant ones do not', () => {
  const a = minhash(STORY.join('\n'))!, b = minhash(`据媒体报道，${STORY.join('\n')}`)!;
  const c = minhash('监管部门近日发布通知，要求各地加快推进网络小额贷款公司的规范整顿工作，严格控制杠杆率，并定期报送经营数据。同时，各地金融监管部门将加强日常监测，对违规经营的机构依法采取措施，切实保护金融消费者的合法权益。')!;
  assert.ok(similarity(a, b) > 0.8, String(similarity(a, b)));
  assert.ok(similarity(a, c) < 0.2, String(similarity(a, c)));
  assert.ok(bandKeys(a).some((k, i) => k === bandKeys(b)[i]));
  assert.equal(minhash('太短'), null);
  assert.equal(overlap(new Set(['x', 'y']), new Set(['x', 'y', 'z'])), 1);
  assert.equal(overlap(new Set(['x']), new Set()), 0);
});

/** Jaccard similarity of two texts' 5-character shingles (white space left out, as minhash does). */
function jaccard(a: string, b: string): number {
  const shingles = (t: string) => { const s = t.replace(/\s+/g, ''); const out = new Set<string>(); for (let i = 0; i + 5 <= s.length; i++) out.add(s.slice(i, i + 5)); return out; };
  const x = shingles(a), y = shingles(b);
  let both = 0;
  for (const v of x) if (y.has(v)) both++;
  return both / (x.size + y.size - both);
}

test('MinHash: the share of agreeing positions estimates the shingles\' Jaccard similarity, short texts (empty bins) included', () => {
  const story = STORY.join('');
  const pairs: [string, string][] = [
    [story, `据媒体报道，${story}`],
    [story, STORY.slice(0, 3).join('')],
    [story, STORY.slice(1).join('') + '监管部门表示将继续加强对网络借贷行业的风险排查。'],
    [STORY[0]! + STORY[2]!, STORY[0]! + STORY[1]!],
    // Two unrelated texts just over the minimum: most of their 64 bins get no shingle of their own.
    [STORY[3]! + STORY[2]!.slice(0, 40), '监管部门近日发布通知，要求各地加快推进网络小额贷款公司的规范整顿工作，严格控制杠杆率，并定期报送经营数据，切实防范金融风险，依法保护广大金融消费者和投资者的合法权益。'],
  ];
  for (const [a, b] of pairs) {
    assert.ok(a.replace(/\s+/g, '').length >= MIN_CHARS && b.replace(/\s+/g, '').length >= MIN_CHARS);
    const est = similarity(minhash(a)!, minhash(b)!), exact = jaccard(a, b);
    assert.ok(Math.abs(est - exact) <= 0.15, `estimate ${est.toFixed(2)} against Jaccard ${exact.toFixed(2)}`);
  }
});
