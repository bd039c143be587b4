// The written sentences of entity-sentences.ts: every row gives exactly its
// platforms and agencies (by canonical name or surface form), and the
// precision and recall per rule are printed as a diagnostic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencies } from '../../extractors/agencies/index.js';
import { platforms } from '../../extractors/platforms/index.js';
import { contextOf } from './context.js';
import { rows } from './entity-sentences.js';
import { scoreRow, type Tally } from './entity-score.js';

const byRule = new Map<string, Tally>();

for (const row of rows) {
  test(`entity table (${row.rule}): ${row.text}`, () => {
    const ctx = contextOf(row.text);
    const a = scoreRow(row.agencies ?? [], agencies.extract(ctx));
    const p = scoreRow(row.platforms ?? [], platforms.extract(ctx));
    const t = byRule.get(row.rule) ?? { tp: 0, fp: 0, fn: 0 };
    for (const s of [a, p]) { t.tp += s.tp; t.fp += s.fp.length; t.fn += s.fn.length; }
    byRule.set(row.rule, t);
    assert.deepEqual({ agencies: { extra: a.fp, missed: a.fn }, platforms: { extra: p.fp, missed: p.fn } },
      { agencies: { extra: [], missed: [] }, platforms: { extra: [], missed: [] } });
  });
}

test('entity table: precision and recall per rule', (t) => {
  for (const [rule, { tp, fp, fn }] of byRule) {
    // Near-misses expect nothing: what counts there is the number of false positives.
    const pr = tp + fp + fn === 0 ? 'nothing expected, nothing found' : `P ${(tp / Math.max(1, tp + fp)).toFixed(2)} R ${(tp / Math.max(1, tp + fn)).toFixed(2)}`;
    t.diagnostic(`${rule}: ${pr} (tp ${tp} fp ${fp} fn ${fn})`);
  }
  assert.ok(byRule.size > 0);
});
