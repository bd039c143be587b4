// The external suites in ../shared/bench (Recognizers-Text currency and
// percentage, JioNLP money) run through the CLI exactly as a user would, and
// scored by ../shared/tools/suite.mjs: each must pass at least 97% of the
// cases it scores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, sharedOrSkip } from '../helpers/shared.js';

const SUITES = ['msrt_zh_currency', 'msrt_zh_percentage', 'jionlp_money_parser', 'jionlp_money_extractor'];
const FLOOR = 0.97;
const tool = sharedOrSkip('tools', 'suite.mjs');

for (const name of SUITES) {
  const suite = sharedOrSkip('bench', `${name}.jsonl`);
  test(`bench suite ${name} passes at least ${FLOOR * 100}%`, { skip: tool.skip || suite.skip, timeout: 120_000 }, () => {
    const input = execFileSync(process.execPath, [tool.path, 'input', suite.path], { encoding: 'utf8' });
    const out = execFileSync(process.execPath, [resolve(ROOT, 'bin/zhfin.js'), 'extract', '-', '--no-strip', '--format', 'jsonl'],
      { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const records = join(mkdtempSync(join(tmpdir(), 'zhfin-bench-')), `${name}.out.jsonl`);
    writeFileSync(records, out);
    const report = JSON.parse(execFileSync(process.execPath, [tool.path, 'score', suite.path, '--records', records, '--json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as {
      summary: { total: { passRate: number; scored: number } };
      cases: { id: string; status: string; input?: string }[];
    };
    const failed = report.cases.filter((c) => c.status === 'FAIL' || c.status === 'NEAR').map((c) => `${c.id} ${c.input ?? ''}`);
    assert.ok(report.summary.total.scored > 0, 'the suite scored no case');
    assert.ok(report.summary.total.passRate >= FLOOR,
      `pass rate ${(100 * report.summary.total.passRate).toFixed(1)}% is below ${FLOOR * 100}%; not passed:\n${failed.join('\n')}`);
  });
}
