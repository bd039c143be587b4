// The search words made from the extractors' words (searchWordsOf) against
// those made by cutting the text again in search mode (searchWords): what
// FTS5 indexes of them must be the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchWords, searchWordsOf } from '../../src/corpus/fts.js';
import { extractorSegmenter } from '../../src/extract.js';
import { extractPage } from '../../src/pipeline.js';
import { SAMPLES } from './helpers.js';

/** What unicode61 keeps of a word list: runs of letters and digits. */
const ftsTokens = (words: string) => words.match(/[\p{L}\p{N}]+/gu) ?? [];

test('a long word is indexed with the words inside it, and a run of characters the dictionary does not know is cut as jieba HMM cuts it', () => {
  const text = '记者走访了鑫禾融所在的写字楼，该平台已被立案侦查。';
  const tokens = extractorSegmenter('jieba-rs').tag(text);
  assert.ok(tokens.some((t) => t.word === '立案侦查') && tokens.some((t) => t.word === '禾'), 'the extractors cut 立案侦查 whole and 鑫禾融 into characters');
  const words = searchWordsOf(tokens, 'jieba-rs').split(' ');
  assert.deepEqual(words.slice(words.indexOf('被') + 1), ['立案', '侦查', '立案侦查']);
  assert.ok(words.includes('禾融'), words.join(' '));
  assert.equal(searchWordsOf(tokens, 'jieba-rs'), searchWords(text, 'jieba-rs'));
});

test('on the samples, the index gets the same words from the extractors\' words as from cutting the text again', () => {
  let same = 0, all = 0;
  for (const f of readdirSync(SAMPLES).filter((n) => /\.(html|txt)$/.test(n))) {
    const path = join(SAMPLES, f);
    const { text, tokens } = extractPage({ name: path, path, content: readFileSync(path) });
    if (!tokens) continue;
    const a = ftsTokens(searchWords(text, 'jieba-rs'));
    const b = ftsTokens(searchWordsOf(tokens, 'jieba-rs'));
    const left = new Map<string, number>();
    for (const w of a) left.set(w, (left.get(w) ?? 0) + 1);
    for (const w of b) { const n = left.get(w) ?? 0; if (n) { same++; left.set(w, n - 1); } }
    all += Math.max(a.length, b.length);
  }
  assert.ok(all > 500, `${all} words`);
  assert.ok(same / all >= 0.99, `${same} of ${all} indexed words agree`);
});
