import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { canonicalCharset, decode } from '../src/decode.js';
import { InputError } from '../src/errors.js';
import { htmlPage } from './helpers/fixtures.js';

const TEXT = '截至2020年6月末，该平台借贷余额为12.5亿元，出借人约3万人。監管部門表示將繼續推進。';
const bytes = (s: string, enc: string, bom = false) => new Uint8Array(iconv.encode(s, enc, { addBOM: bom }));

test('encoding evidence: BOM, then HTTP charset, then <meta>, then detection', async (t) => {
  const cases: { name: string; input: Uint8Array; http?: string; encoding: string; evidence: string }[] = [
    { name: 'UTF-8 with BOM', input: bytes(TEXT, 'utf-8', true), encoding: 'utf-8', evidence: 'bom' },
    { name: 'UTF-16LE with BOM', input: bytes(TEXT, 'utf-16le', true), encoding: 'utf-16le', evidence: 'bom' },
    { name: 'UTF-16BE with BOM', input: bytes(TEXT, 'utf-16be', true), encoding: 'utf-16be', evidence: 'bom' },
    { name: 'UTF-16LE without BOM', input: bytes(`abc ${TEXT} 2020`, 'utf-16le'), encoding: 'utf-16le', evidence: 'detected' },
    { name: 'GBK declared in <meta charset>', input: bytes(htmlPage(TEXT, '<meta charset="gbk">'), 'gbk'), encoding: 'gb18030', evidence: 'meta' },
    { name: 'GB2312 declared by http-equiv', input: bytes(htmlPage(TEXT, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk'), encoding: 'gb18030', evidence: 'meta' },
    { name: 'Big5 declared in <meta charset>', input: bytes(htmlPage(TEXT, '<meta charset="big5">'), 'big5'), encoding: 'big5', evidence: 'meta' },
    { name: 'HTTP charset beats <meta>', input: bytes(htmlPage(TEXT, '<meta charset="big5">'), 'gbk'), http: 'gbk', encoding: 'gb18030', evidence: 'http' },
    { name: 'declares gb2312 but is UTF-8', input: bytes(htmlPage(TEXT, '<meta charset="gb2312">'), 'utf-8'), encoding: 'utf-8', evidence: 'valid-utf8' },
    { name: 'undeclared GBK detected', input: bytes(TEXT.repeat(5), 'gbk'), encoding: 'gb18030', evidence: 'detected' },
    { name: 'undeclared Big5 detected', input: bytes('監管部門表示，將繼續推進網路借貸風險專項整治工作，維護金融穩定。'.repeat(5), 'big5'), encoding: 'big5', evidence: 'detected' },
  ];
  for (const c of cases) {
    await t.test(c.name, () => {
      const d = decode(c.input, c.name, c.http);
      assert.equal(d.encoding, c.encoding);
      assert.equal(d.evidence, c.evidence);
      assert.ok(d.text.includes('12.5') || d.text.includes('監管部門'), 'decoded text holds the page');
      assert.ok(!d.text.includes('\uFFFD'), 'no replacement characters');
    });
  }
});

test('binary and undecodable inputs are refused with a code', () => {
  const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 1, 2, 3]);
  assert.throws(() => decode(binary, 'x.png'), (e: unknown) => e instanceof InputError && e.code === 'binary' && e.message.startsWith('x.png:'));
  const garbage = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0x80 : 0xff)));
  assert.throws(() => decode(garbage, 'bad.txt'), (e: unknown) => e instanceof InputError && e.code === 'undecodable');
});

test('charset labels are canonical, GB2312 and GBK widened to GB18030', () => {
  assert.equal(canonicalCharset('GB2312'), 'gb18030');
  assert.equal(canonicalCharset('"gbk"'), 'gb18030');
  assert.equal(canonicalCharset('UTF8'), 'utf-8');
  assert.equal(canonicalCharset('Big5'), 'big5');
  assert.equal(canonicalCharset('no-such-charset'), null);
});

test('UTF-8 reads the same through either decoder: long and short, astral, BOM, a cut tail', () => {
  const body = `<p>${TEXT}𠀀😀 ascii é</p>`.repeat(20);
  const cases: Array<[string, Buffer, string]> = [
    ['long valid page (ICU path)', Buffer.from(body), body],
    ['short valid page (Node path)', Buffer.from(TEXT), TEXT],
    ['BOM is dropped', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), body],
    ['cut mid-character: Node marks the tail', Buffer.from(body).subarray(0, Buffer.byteLength(body) - 1), Buffer.from(body).subarray(0, Buffer.byteLength(body) - 1).toString('utf8')],
  ];
  for (const [name, input, want] of cases) assert.equal(decode(input, 'p.html').text, want, name);
});
