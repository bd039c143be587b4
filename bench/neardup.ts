// Near-duplicate detection, measured: precision and recall of `duplicate_of`
// in a corpus database built from
//   - real pages (the CWCED pages in ../shared/bench/html/cwced),
//   - each of them re-wrapped in another site's chrome and lightly edited
//     (a lead-in added, a paragraph dropped, an editor's line, punctuation),
//   - the same real pages reporting other facts, as one site's template does
//     (a daily report): the digits of every figure changed, in the same
//     chrome as the copies, so the words agree and the figures do not;
//   - distinct pages of one site template reporting different facts
//     (the benchmark's synthetic corpus: the same sentence patterns throughout).
// A copy must be marked duplicate_of its original; nothing else may be marked.
//
//   npm run build && node dist/bench/neardup.js [--negatives 300]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import { ensureCorpus, rng } from './corpus.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CWCED = resolve(ROOT, '../shared/bench/html/cwced/pages');
const i = process.argv.indexOf('--negatives');
const NEGATIVES = i >= 0 ? Number(process.argv[i + 1]) : 300;

/** Another site's page around the same story, lightly edited. */
function rewrap(title: string, paragraphs: string[], r: () => number): string {
  const ps = [...paragraphs];
  if (ps.length >= 4) ps.splice(1 + Math.floor(r() * (ps.length - 2)), 1); // a middle paragraph dropped
  if (ps.length) ps[0] = `据媒体报道，${ps[0]}`;
  const k = Math.floor(r() * ps.length);
  if (ps[k]) ps[k] = ps[k]!.replace(/，/, ',');
  ps.push('（责任编辑：张某）');
  const nav = ['要闻', '财经', '理财', '科技', '房产', '汽车'].map((x) => `<a href="/${x}">${x}</a>`).join(' | ');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} - 另一家财经网</title></head><body>
<header class="top">${nav}</header><div class="crumb">当前位置：首页 &gt; 财经 &gt; 正文</div>
<div id="main"><h1 class="title">${title}</h1><div class="meta">来源：另一家财经网 2024-01-01</div>
<div class="body">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<aside><h3>猜你喜欢</h3><ul><li><a href="/1">理财产品收益率走低</a></li><li><a href="/2">银行调整存款利率</a></li></ul></aside>
<footer>关于我们 | 联系我们 | 版权所有 另一家财经网</footer></body></html>`;
}

function main(): void {
  if (!existsSync(CWCED)) { console.log(`needs ${CWCED} (the shared/ folder beside the repository); not present here`); return; }
  const tmp = mkdtempSync(join(tmpdir(), 'zhfin-neardup-'));
  const orig = join(tmp, 'a-orig'), copies = join(tmp, 'b-copy'), others = join(tmp, 'd-other');
  mkdirSync(orig); mkdirSync(copies); mkdirSync(others);
  const r = rng(5);
  let made = 0, otherFacts = 0;
  for (const f of readdirSync(CWCED).filter((x) => x.endsWith('.html')).sort()) {
    copyFileSync(join(CWCED, f), join(orig, f));
    const rec = extract({ bytes: new Uint8Array(readFileSync(join(CWCED, f))) });
    const paragraphs = (rec.text ?? '').split('\n').filter(Boolean);
    if ((rec.text ?? '').length < 200) continue; // too short to be judged (MIN_CHARS) or to edit
    writeFileSync(join(copies, f), rewrap(rec.title ?? '', paragraphs, r));
    made++;
    // Other facts: the digits inside each figure moved by 3 (85.8亿元 -> 18.1亿元).
    let text = rec.text ?? '';
    for (const fig of [...rec.figures].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, fig.start) + text.slice(fig.start, fig.end).replace(/\d/g, (d) => String((Number(d) + 3) % 10)) + text.slice(fig.end);
    }
    if (text !== rec.text) { writeFileSync(join(others, f), rewrap(rec.title ?? '', text.split('\n').filter(Boolean), rng(5 + made))); otherFacts++; }
  }
  const neg = ensureCorpus(join(tmp, 'c-neg'), NEGATIVES, 11);
  const db = join(tmp, 'nd.sqlite');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/zhfin.js'), 'extract', orig, copies, others, neg.dir, '--db', db, '-q'], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(run.stderr);
  const Database = createRequire(import.meta.url)('better-sqlite3') as new (p: string) => { prepare(s: string): { all(): { page: string; first: string }[] } };
  const rows = new Database(db).prepare(`SELECT p.path AS page, q.path AS first FROM articles a
    JOIN pages p ON p.article = a.article JOIN pages q ON q.article = a.duplicate_of WHERE a.duplicate_of IS NOT NULL`).all();
  const name = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  const right = rows.filter((x) => x.page.startsWith(copies) && x.first.startsWith(orig) && name(x.page) === name(x.first));
  const wrong = rows.filter((x) => !right.includes(x));
  console.log(`pages: ${readdirSync(orig).length} real, ${made} re-wrapped and edited copies, ${otherFacts} of them with other figures (not duplicates), ${NEGATIVES} synthetic pages of one template; extract --db ${(ms / 1000).toFixed(1)} s`);
  console.log(`marked duplicate_of: ${rows.length}; right ${right.length}, wrong ${wrong.length}`);
  console.log(`precision ${(rows.length ? right.length / rows.length : 1).toFixed(3)}, recall ${(right.length / made).toFixed(3)} (${right.length} of ${made} copies found)`);
  for (const w of wrong.slice(0, 10)) console.log(`  wrong: ${w.page.slice(tmp.length + 1)} -> ${w.first.slice(tmp.length + 1)}`);
  if (!process.env.KEEP) rmSync(tmp, { recursive: true, force: true }); else console.log(tmp);
}

main();
