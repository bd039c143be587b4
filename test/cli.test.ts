import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './helpers/io.js';

test('extract reads a page from standard input and writes one JSON line', async () => {
  const r = await runCli(['extract', '-'], { stdin: '标题\n2019年11月28日,某平台贷款余额为85.8亿元。\n' });
  assert.equal(r.code, 0, r.stderr);
  const rec = JSON.parse(r.stdout.trim());
  assert.equal(rec.figures[0].value, 8580000000);
});
