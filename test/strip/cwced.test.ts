// The CWCED bench (../shared/bench/html/cwced) as a quality gate: main-text
// character-bigram F1, publish dates and authors must not fall below the floors
// measured when this was written. Raising a floor is fine; lowering one needs a
// reason in the commit. Skips, saying why, when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processPage, DEFAULT_OPTIONS } from '../../src/pipeline.js';
import { sharedOrSkip } from '../helpers/shared.js';

const bench = sharedOrSkip('bench', 'html', 'cwced');

const FLOORS = { f1: 0.945, mostlyChrome: 2, dates: 48, authors: 36 };

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) { const k = s.slice(i, i + 2); m.set(k, (m.get(k) ?? 0) + 1); }
  return m;
}
/** Character-bigram precision/recall/F1, as the bench's scorer defines them. */
export function bigramScore(gold: string, pred: string): { P: number; R: number; F1: number } {
  const g = bigrams(norm(gold)), p = bigrams(norm(pred));
  let tp = 0, gs = 0, ps = 0;
  for (const v of g.values()) gs += v;
  for (const v of p.values()) ps += v;
  for (const [k, v] of p) tp += Math.min(v, g.get(k) ?? 0);
  const P = ps ? tp / ps : 0, R = gs ? tp / gs : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}
const day = (s: string | null) => {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s ?? '');
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
};

test('CWCED bench: main text, dates and authors stay above their floors', { skip: bench.skip }, () => {
  interface Gold { id: string; text: string; date: string; author: string }
  const gold = readFileSync(join(bench.path, 'gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Gold);
  const files = new Set(readdirSync(join(bench.path, 'pages')));
  let f1 = 0, chromey = 0, dates = 0, authors = 0;
  for (const g of gold) {
    const name = `${g.id}.html`;
    assert.ok(files.has(name), name);
    const r = processPage({ name, path: name, content: readFileSync(join(bench.path, 'pages', name)) }, DEFAULT_OPTIONS);
    const s = bigramScore(g.text, r.text ?? '');
    f1 += s.F1;
    if (s.P < 0.5) chromey++;
    const gd = day(g.date);
    if (gd && r.publishedAt?.slice(0, 10) === gd) dates++;
    if (g.author && g.author !== 'UNKNOWN' && r.author?.includes(g.author)) authors++;
  }
  const meanF1 = f1 / gold.length;
  const msg = `F1 ${meanF1.toFixed(3)}, mostly chrome ${chromey}, dates ${dates}, authors ${authors}`;
  assert.ok(meanF1 >= FLOORS.f1, msg);
  assert.ok(chromey <= FLOORS.mostlyChrome, msg);
  assert.ok(dates >= FLOORS.dates, msg);
  assert.ok(authors >= FLOORS.authors, msg);
});
