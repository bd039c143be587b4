// The library API is what the CLI writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, extractAll, InputError } from '../src/index.js';
import { runCli } from './helpers/io.js';
import { ARTICLE, htmlPage } from './helpers/fixtures.js';

test('extract() gives the record the CLI writes for the same page', async () => {
  const viaApi = extract({ text: ARTICLE });
  const viaCli = JSON.parse((await runCli(['extract', '-', '--format', 'jsonl'], { stdin: JSON.stringify({ text: ARTICLE }) })).stdout);
  assert.deepEqual(viaApi, { ...viaCli, source: viaApi.source });
  assert.equal(viaApi.source.format, 'text');
});

test('extract() accepts raw bytes and reports their encoding', async () => {
  const iconv = (await import('iconv-lite')).default;
  const bytes = new Uint8Array(iconv.encode(htmlPage('截至2020年6月末，余额为12.5亿元。', '<meta charset="gb2312">'), 'gbk'));
  const r = extract({ bytes, path: 'p.html' });
  assert.equal(r.source.encoding, 'gb18030');
  assert.ok(r.text?.includes('12.5亿元'));
});

test('a page handed over as text decoded with the wrong charset: the empty record says so, the bytes give the article', async () => {
  const iconv = (await import('iconv-lite')).default;
  const gbk = iconv.encode(htmlPage('截至2020年6月末，该平台借贷余额为12.5亿元，出借人约3万人，监管部门正在推进清退工作。', '<meta charset="gbk">'), 'gbk');
  for (const wrong of ['utf8', 'latin1'] as const) {
    const r = extract({ html: gbk.toString(wrong) });
    assert.equal(r.text, '', wrong);
    const w = r.warnings.find((x) => x.code === 'mis-decoded');
    assert.ok(w, `${wrong}: a mis-decoded warning`);
    assert.match(w.message, /decoded with the wrong charset.*pass the raw bytes/);
  }
  assert.ok(extract({ bytes: new Uint8Array(gbk) }).text?.includes('12.5亿元'));
  // Good text with no article in it is only no-article.
  const list = extract({ html: '<html><body><ul><li><a href="/1">新闻一</a></li></ul></body></html>' });
  assert.deepEqual(list.warnings.map((x) => x.code), ['no-article']);
});

test('extract() throws an InputError with a code for a page it cannot read', () => {
  assert.throws(() => extract({ bytes: new Uint8Array(0), path: 'empty.html' }), (e: unknown) => e instanceof InputError && e.code === 'empty');
});

test('extractAll() keeps order and puts an error record where a page fails', async () => {
  const out = [];
  for await (const r of extractAll([{ text: '余额为12.5亿元。', url: 'a' }, { bytes: new Uint8Array(0), url: 'b' }, { text: '约3万人。', url: 'c' }], { strip: false })) out.push(r);
  assert.equal(out.length, 3);
  assert.equal('error' in out[1]! && out[1].error.code, 'empty');
  assert.deepEqual(out.map((r) => r.source.url), ['a', 'b', 'c']);
});
