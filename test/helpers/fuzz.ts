// A seeded generator of hostile pages, mutated from the pages in samples/
// (ours): byte flips, cuts, tag soup, deep nesting, NUL bytes, invalid UTF-8,
// mixed and swapped encodings, huge lines, entity floods, runs of digits and
// numerals. The same seed gives the same pages, so a failure can be replayed.
// Used by test/fuzz.test.ts (a few hundred pages) and the bench (10,000).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { rng } from '../../bench/corpus.js';
import { ROOT } from './shared.js';

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const SOUP = ['<div>', '</div>', '<p>', '</p>', '<a href="', '<a ', '"', "'", '>', '<', '</', '<!--', '-->', '<script>', '</script>', '<style>',
  '<![CDATA[', ']]>', '<br/>', '<table><tr><td>', '</td>', '<svg><g>', '&', '&amp;', '&#', '&#x', '<?xml ?>', '<!DOCTYPE x>', '<html>', '</html>', '<title>', '<meta charset="gbk">'];
/** The units of the long hostile lines the issue names. */
export const LINE_UNITS = ['1', '12345', '亿', '年', '1年', '一二三四五六七八九十百千万', '%', '1%', '<a ', '3.5亿元', '同比增长', '2023年10月18日'] as const;
const ENTITIES = ['&copy;', '&reg;', '&amp;', '&#20013;', '&#x6587;', '&#99999999;', '&#0;', '&nbsp;', '&unknown;', '&', '&#x', '&lt;p&gt;'];

function insert(b: Buffer, r: Rand, what: Buffer): Buffer {
  const at = int(r, 0, b.length);
  return Buffer.concat([b.subarray(0, at), what, b.subarray(at)]);
}

const repeatTo = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.ceil(chars / unit.length)));

/** One mutation of a page's bytes; `big` allows the megabyte-sized ones. */
function mutateOnce(b: Buffer, r: Rand, big: boolean): Buffer {
  const scale = big ? 200_000 : 20_000;
  switch (int(r, 0, 11)) {
    case 0: { // byte flips
      const out = Buffer.from(b);
      for (let k = int(r, 1, 8); k > 0 && out.length; k--) out[int(r, 0, out.length - 1)] ^= int(r, 1, 255);
      return out;
    }
    case 1: return b.subarray(0, int(r, 0, b.length)); // cut
    case 2: return insert(b, r, Buffer.from(Array.from({ length: int(r, 5, 400) }, () => pick(r, SOUP)).join(''))); // tag soup
    case 3: { // deep nesting
      const tag = pick(r, ['div', 'span', 'b', 'li', 'table', 'svg']);
      const n = int(r, 100, big ? 50_000 : 3_000);
      return insert(b, r, Buffer.from(`<${tag}>`.repeat(n) + (r() < 0.5 ? `</${tag}>`.repeat(n) : '')));
    }
    case 4: return insert(b, r, Buffer.alloc(int(r, 1, 16), 0)); // NUL bytes
    case 5: return insert(b, r, Buffer.from(pick(r, [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xe4, 0xb8], [0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]))); // invalid UTF-8
    case 6: return insert(b, r, iconv.encode(pick(r, ['监管部门表示将继续推进清退工作。', '貸款餘額為85.8億元。', '数字人民币']), pick(r, ['gbk', 'big5', 'utf16le']))); // mixed encodings
    case 7: return insert(b, r, Buffer.from(repeatTo(pick(r, LINE_UNITS), int(r, 1000, scale)))); // a huge line
    case 8: return insert(b, r, Buffer.from(Array.from({ length: int(r, 100, scale / 4) }, () => pick(r, ENTITIES)).join(''))); // entity flood
    case 9: return Buffer.concat([b, b.subarray(int(r, 0, b.length))]); // repeated content
    case 10: { // the whole page in another encoding, with or without BOM
      const enc = pick(r, ['gbk', 'big5', 'utf16le', 'utf16be']);
      const text = b.toString('utf8');
      const body = enc === 'utf16be' ? Buffer.from(text, 'utf16le').swap16() : iconv.encode(text, enc);
      return r() < 0.5 && enc.startsWith('utf16') ? Buffer.concat([Buffer.from(enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
    }
    default: { // every `<` or `>` gone
      const drop = r() < 0.5 ? 0x3c : 0x3e;
      return Buffer.from(b.filter((c) => c !== drop));
    }
  }
}

export interface FuzzPage { name: string; bytes: Buffer }

/** The sample pages we wrote, as the material to mutate. */
export function fuzzBases(): Buffer[] {
  const dir = join(ROOT, 'samples');
  return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f)));
}

/** Page `i` of the sequence for `seed`: the same every time. */
export function fuzzPage(seed: number, i: number, bases: Buffer[], big = false): FuzzPage {
  const r = rng(seed * 1_000_003 + i);
  let b = pick(r, bases);
  for (let k = int(r, 1, 3); k > 0; k--) b = mutateOnce(b, r, big && r() < 0.05);
  const ending = pick(r, ['.html', '.html', '.htm', '.txt', '']);
  return { name: `f${String(i).padStart(5, '0')}${ending}`, bytes: b };
}

/** `n` fuzzed pages written into `dir` (made if missing); returns their names. */
export function writeFuzzPages(dir: string, seed: number, n: number, big = false): string[] {
  mkdirSync(dir, { recursive: true });
  const bases = fuzzBases();
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = fuzzPage(seed, i, bases, big);
    writeFileSync(join(dir, p.name), p.bytes);
    names.push(p.name);
  }
  return names;
}
