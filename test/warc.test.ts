// WARC and WARC.gz input: which records become pages, what they carry, and
// how a broken record is reported without losing the rest of the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { InputItem } from '../src/page.js';
import { charsetOf, readWarc } from '../src/warc.js';
import { runCli } from './helpers/io.js';

const DATE = '2021-03-04T05:06:07Z';

function record(type: string, url: string, contentType: string, block: Buffer, extra = ''): Buffer {
  const head = `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${url}\r\nWARC-Date: ${DATE}\r\nWARC-Record-ID: <urn:uuid:${url.length}>\r\n${extra}Content-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

function response(url: string, body: Buffer, contentType: string, status = '200 OK'): Buffer {
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  return record('response', url, 'application/http; msgtype=response', http);
}

const ARTICLE = '<html><head><title>平台整改</title></head><body><div class="content"><p>5月4日，银保监会要求某平台整改，贷款余额为85.8亿元。</p></div></body></html>';
// No charset in the page itself: only the HTTP header says GBK.
const gbkPage = iconv.encode(ARTICLE, 'gbk');

/** The records of a small crawl, each a separate Buffer (so a .gz can be one member each). */
function crawl(): Buffer[] {
  return [
    record('warcinfo', '', 'application/warc-fields', Buffer.from('software: test\r\n')),
    record('request', 'http://a.cn/1', 'application/http; msgtype=request', Buffer.from('GET /1 HTTP/1.1\r\nHost: a.cn\r\n\r\n')),
    response('http://a.cn/1', gbkPage, 'text/html; charset=GBK'),
    response('http://a.cn/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    response('http://a.cn/gone', Buffer.from('<html>not here</html>'), 'text/html', '404 Not Found'),
    record('resource', 'http://a.cn/2.txt', 'text/plain; charset=utf-8', Buffer.from('证监会表示，2020年共有364家机构退出。')),
  ];
}

async function items(file: string, maxBytes = 1 << 30): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const it of readWarc(file, file, statSync(file).size, maxBytes)) out.push(it);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'zhfin-warc-'));

test('charsetOf reads the charset parameter of a Content-Type', () => {
  const cases: [string | null, string | undefined][] = [
    ['text/html; charset=GBK', 'GBK'],
    ['text/html;charset="utf-8"', 'utf-8'],
    ['text/html; boundary=x; Charset=big5', 'big5'],
    ['text/html', undefined],
    [null, undefined],
  ];
  for (const [ct, want] of cases) assert.equal(charsetOf(ct), want, String(ct));
});

for (const gz of [false, true]) {
  test(`${gz ? 'WARC.gz' : 'WARC'}: response and resource records with HTML or text become pages`, async () => {
    const file = join(dir, `crawl.warc${gz ? '.gz' : ''}`);
    writeFileSync(file, Buffer.concat(crawl().map((r) => (gz ? gzipSync(r) : r))));
    const got = await items(file);
    assert.deepEqual(got.map((i) => i.kind), ['page', 'page']);
    const [a, b] = got.map((i) => (i as InputItem & { kind: 'page' }).page);
    assert.equal(a!.url, 'http://a.cn/1');
    assert.equal(a!.charset, 'GBK');
    assert.equal(a!.fetchedAt, DATE);
    assert.equal(a!.fromWarc, true);
    assert.ok(Buffer.from(a!.content as Uint8Array).equals(gbkPage), 'the HTTP payload, without its headers');
    assert.equal(b!.url, 'http://a.cn/2.txt');
    assert.equal(b!.format, 'text');
  });
}

test('WARC: a broken record is reported with its offset and the records after it are still read', async () => {
  const recs = crawl();
  const garbage = Buffer.from('this is not a record\r\nat all\r\n\r\n');
  const badLength = Buffer.from(recs[5]!.toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: lots'), 'latin1');
  const file = join(dir, 'broken.warc');
  const parts = [recs[2]!, garbage, recs[5]!, badLength, recs[2]!];
  writeFileSync(file, Buffer.concat(parts));
  const got = await items(file);
  assert.deepEqual(got.map((i) => i.kind), ['page', 'error', 'page', 'error', 'page']);
  const garbageAt = parts[0]!.length;
  const e = got[1] as InputItem & { kind: 'error' };
  assert.equal(e.error.code, 'bad-warc-record');
  assert.equal(e.error.input, `${file} at byte ${garbageAt}`);
  const e2 = got[3] as InputItem & { kind: 'error' };
  assert.equal(e2.error.input, `${file} at byte ${garbageAt + garbage.length + recs[5]!.length}`);
});

test('WARC.gz: a corrupt gzip member costs that record only', async () => {
  const members = crawl().map((r) => gzipSync(r));
  const bad = Buffer.from(members[2]!);
  for (let i = 20; i < bad.length - 8; i++) bad[i] ^= 0x5a;
  const file = join(dir, 'corrupt.warc.gz');
  writeFileSync(file, Buffer.concat([members[0]!, members[1]!, bad, ...members.slice(3)]));
  const got = await items(file);
  assert.deepEqual(got.map((i) => i.kind), ['error', 'page']);
  assert.equal((got[0] as InputItem & { kind: 'error' }).error.code, 'bad-warc-record');
  assert.equal((got[1] as InputItem & { kind: 'page' }).page.url, 'http://a.cn/2.txt');
});

test('WARC: a truncated file gives the whole records and reports the cut one', async () => {
  const recs = crawl();
  const whole = Buffer.concat([recs[2]!, recs[5]!]);
  for (const cutAt of [60, recs[5]!.length - 12]) { // in the headers, in the body
    const file = join(dir, `cut-${cutAt}.warc`);
    writeFileSync(file, whole.subarray(0, recs[2]!.length + cutAt));
    const got = await items(file);
    assert.deepEqual(got.map((i) => i.kind), ['page', 'error'], `cut ${cutAt} bytes into the second record`);
  }
});

test('WARC: a record over the size limit is refused by itself', async () => {
  const file = join(dir, 'big.warc');
  writeFileSync(file, Buffer.concat([response('http://a.cn/big', Buffer.alloc(5000, 0x41), 'text/html'), crawl()[5]!]));
  const got = await items(file, 1000);
  assert.deepEqual(got.map((i) => i.kind), ['error', 'page']);
  assert.equal((got[0] as InputItem & { kind: 'error' }).error.code, 'too-large');
});

test('CLI: a WARC.gz in a folder gives records with the URL, header encoding and the WARC date as reference', async () => {
  const sub = mkdtempSync(join(tmpdir(), 'zhfin-warc-cli-'));
  writeFileSync(join(sub, 'crawl.warc.gz'), Buffer.concat(crawl().map((r) => gzipSync(r))));
  const r = await runCli(['extract', sub, '-j', '1']);
  assert.equal(r.code, 0, r.stderr);
  const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { url: string; encoding: string; format: string }; text: string; dates: { value: string }[] });
  assert.equal(recs.length, 2);
  assert.equal(recs[0]!.source.url, 'http://a.cn/1');
  assert.equal(recs[0]!.source.format, 'warc');
  assert.match(recs[0]!.source.encoding, /^(gbk|gb18030)$/);
  assert.match(recs[0]!.text, /银保监会/);
  // "5月4日" has no year: the WARC-Date (2021-03-04) is the reference, so it is 2020-05-04.
  assert.ok(recs[0]!.dates.some((d) => d.value === '2020-05-04'), JSON.stringify(recs[0]!.dates));
});
