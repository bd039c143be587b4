// The fast converter must answer exactly as opencc-js's own, on any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/t2cn';
import * as preset from 'opencc-js/preset/t2cn';
import { makeSimplifier } from '../src/simplify.js';
import { ROOT, sharedOrSkip } from './helpers/shared.js';

const opencc = Converter({ from: 'hk', to: 'cn' });
const fast = makeSimplifier();

function keys(): string[] {
  const c = preset.configs.hk2s!;
  const dicts = [c.segmentation, ...c.conversionChain, ...((c as { normalizationChain?: unknown[] }).normalizationChain ?? [])].flat(2);
  return dicts.flatMap((d) => (typeof d === 'string' ? d.split('|').map((e) => e.split(' ')[0]!) : []));
}

function sameAsOpencc(texts: string[], what: string): void {
  for (const t of texts) assert.equal(fast(t), opencc(t), `${what}: ${JSON.stringify(t.slice(0, 60))}`);
}

test('every dictionary key converts as opencc-js converts it: alone, in a sentence, run together', () => {
  const all = keys();
  assert.ok(all.length > 1000, `read ${all.length} keys from the opencc-js preset`);
  sameAsOpencc(all, 'key alone');
  sameAsOpencc(all.map((k) => `据报道，${k}的平台`), 'key in a sentence');
  // Run together, a key's tail can start the next match: the greedy order must be the same.
  for (let i = 0; i < all.length; i += 200) sameAsOpencc([all.slice(i, i + 200).join('')], 'keys run together');
});

test('our own traditional and mixed sentences convert as opencc-js converts them', () => {
  sameAsOpencc([
    '中國銀行業監督管理委員會發佈《網絡借貸資訊中介機構業務活動管理暫行辦法》。',
    '據統計，該平台累計借貸金額達12.5億元，逾期率為3.2%。',
    '這個網貸平臺於2018年爆雷，投資人報案後，警方已立案偵查。',
    '简体的段落里夹着幾個繁體字，也有English words和數字123。',
    '乾隆年間的著作與「著」字，發展與頭髮，後來與皇后。',
    '',
    'plain ASCII only <div class="x">text</div>',
  ], 'sentence');
});

test('astral characters, lone surrogates and ideographic description sequences take opencc-js steps', () => {
  sameAsOpencc([
    '𠀀網絡𡃁貸款𪚥',
    'a\ud800網b\udc00絡c\ud800',
    '⿰氵青的網絡，⿱艹⿰氵青與銀行',
    '網絡⿰',
    '⿲⿳',
  ], 'edge');
});

test('our own sample pages convert as opencc-js converts them (whole files, markup and all)', () => {
  const dir = join(ROOT, 'samples');
  const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f))).map((b) => b.toString('utf8'));
  assert.ok(texts.length >= 3);
  sameAsOpencc(texts, 'sample');
});

const seeds = sharedOrSkip('seeds');
test('the shared seed and CWCED pages convert as opencc-js converts them', { skip: seeds.skip }, () => {
  const cwced = sharedOrSkip('bench/html/cwced/pages');
  const files = readdirSync(seeds.path).map((f) => join(seeds.path, f));
  if (!cwced.skip) files.push(...readdirSync(cwced.path).slice(0, 100).map((f) => join(cwced.path, f)));
  sameAsOpencc(files.map((f) => readFileSync(f, 'utf8')), 'page');
});
