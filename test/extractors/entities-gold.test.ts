// The seeds against their gold files: platforms and agencies F1 over the shared
// seeds, scored as ../shared/tools/score.mjs does (a prediction matches a gold
// item by canonical name, alias or mention; optional items neither help nor hurt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processPage } from '../../src/pipeline.js';
import { sharedOrSkip } from '../helpers/shared.js';

interface GoldEntity { name: string; aliases?: string[]; optional?: boolean }
interface Predicted { name: string; mentions: string[] }

function score(gold: GoldEntity[], pred: Predicted[]): { tp: number; fp: number; fn: number } {
  const items = gold.map((g) => ({ g, names: new Set([g.name, ...(g.aliases ?? [])]), hit: false }));
  let tp = 0;
  let fp = 0;
  for (const p of pred) {
    const match = items.find((x) => [p.name, ...p.mentions].some((n) => x.names.has(n)));
    if (!match) { fp++; continue; }
    if (!match.g.optional && !match.hit) { match.hit = true; tp++; }
  }
  return { tp, fp, fn: items.filter((x) => !x.g.optional && !x.hit).length };
}

const gold = sharedOrSkip('gold');
const seeds = sharedOrSkip('seeds');

for (const field of ['platforms', 'agencies'] as const) {
  test(`seeds: ${field} F1 >= 0.95 against the gold files`, { skip: gold.skip || seeds.skip }, () => {
    const total = { tp: 0, fp: 0, fn: 0 };
    const misses: string[] = [];
    for (const file of readdirSync(gold.path).filter((f) => f.endsWith('.json')).sort()) {
      const g = JSON.parse(readFileSync(join(gold.path, file), 'utf8')) as Record<string, GoldEntity[]>;
      const seed = join(seeds.path, file.replace(/\.json$/, '.txt'));
      const record = processPage({ name: seed, path: seed, content: readFileSync(seed) });
      const s = score(g[field] ?? [], record[field]);
      if (s.fp || s.fn) misses.push(`${file}: fp ${s.fp} fn ${s.fn}`);
      total.tp += s.tp; total.fp += s.fp; total.fn += s.fn;
    }
    const f1 = total.tp === 0 && total.fp === 0 && total.fn === 0 ? 1 : (2 * total.tp) / (2 * total.tp + total.fp + total.fn);
    assert.ok(f1 >= 0.95, `${field} F1 ${f1.toFixed(3)} (${misses.join('; ')})`);
  });
}
