// The samples we wrote, end to end through the CLI: each is read in its own
// encoding and script, and yields a record with the article's facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './helpers/io.js';

interface Rec {
  source: { path: string; encoding: string; script: string; format: string };
  text: string;
  figures: { kind: string }[];
  dates: unknown[];
  agencies: { name: string }[];
}

test('every sample decodes in its own encoding and script and yields facts', async () => {
  const r = await runCli(['extract', 'samples']);
  assert.equal(r.code, 0, r.stderr);
  const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Rec);
  const byName = new Map(recs.map((x) => [x.source.path.replace(/^samples\//, ''), x]));
  const expected: [string, string, string][] = [
    ['dump-utf8-comments.txt', 'utf-8', 'simplified'],
    ['jsonld-utf8.html', 'utf-8', 'simplified'],
    ['news-gbk.html', 'gb18030', 'simplified'],
    ['notice-utf16le.txt', 'utf-16le', 'simplified'],
    ['traditional-big5-pinyin.html', 'big5', 'traditional'],
  ];
  assert.deepEqual([...byName.keys()].sort(), expected.map((e) => e[0]));
  for (const [name, encoding, script] of expected) {
    const rec = byName.get(name)!;
    assert.equal(rec.source.encoding, encoding, name);
    assert.equal(rec.source.script, script, name);
    assert.ok(rec.text.length > 50, `${name} has article text`);
    assert.doesNotMatch(rec.text, /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/, `${name}: no injected pinyin left`);
    assert.ok(rec.figures.length > 0 && rec.dates.length > 0, `${name} yields figures and dates`);
  }
  const big5 = byName.get('traditional-big5-pinyin.html')!;
  assert.doesNotMatch(big5.text, /[網監會貸機構]/, 'converted to simplified');
});
