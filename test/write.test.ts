import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatter, safeCell } from '../src/write.js';
import { extract } from '../src/index.js';

test('text cells that a spreadsheet would run as a formula are escaped; numbers are not', () => {
  const cases: [unknown, unknown][] = [
    ['=1+1', "'=1+1"], ['+86 10', "'+86 10"], ['-5', "'-5"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"],
    ['普通文本', '普通文本'], [-5, -5], [12.5, 12.5], [null, null],
  ];
  for (const [input, want] of cases) assert.equal(safeCell(input as string), want);
});

test('CSV quoting follows RFC 4180: commas, quotes and line breaks are quoted, quotes doubled', () => {
  const r = extract({ text: '标题,带逗号\n某平台称"余额为12.5亿元"，\n另一段。', path: 'q.txt' }, { strip: false });
  r.title = '标题,带"引号"\n第二行';
  const f = formatter('csv', 'articles');
  const row = f.item(r);
  assert.ok(row.includes('"标题,带""引号""\n第二行"'), row);
  assert.ok(row.endsWith('\r\n'));
  // A line break with no comma or quote beside it, and edge spaces, are quoted too.
  r.title = '第一行\n第二行';
  r.author = ' 记者 ';
  const row2 = f.item(r);
  assert.ok(row2.includes('"第一行\n第二行"'), row2);
  assert.ok(row2.includes('" 记者 "'), row2);
});

test('JSON output is one array however many records; JSON Lines one line each', () => {
  const r = extract({ text: '余额为12.5亿元。' }, { strip: false });
  const json = formatter('json');
  const s = json.start() + json.item(r) + json.item(r) + json.end();
  assert.equal(JSON.parse(s).length, 2);
  const jl = formatter('jsonl');
  assert.equal((jl.item(r) + jl.item(r)).split('\n').filter(Boolean).length, 2);
});
