// The segmentation interface: both backends give words with offsets into the
// text, keep user words whole, and agree on number tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token, UserWord } from '../extractors/types.js';
import { DEFAULT_OPTIONS } from '../src/pipeline.js';
import { createRequire } from 'node:module';
import { cachedTagger, DEFAULT_SEGMENTER, getSegmenter, joinDecimals, SEGMENTERS, withOffsets } from '../src/segment.js';
import { nodejiebaOrSkip } from './helpers/segmenters.js';

// Names jieba's own dictionary cuts apart, so keeping them whole is the user dictionary's doing.
const USER_WORDS: UserWord[] = [
  { word: '51人品贷', tag: 'nt' },
  { word: '微贷网', tag: 'nt' },
  { word: '马上消费', tag: 'nt' },
];
const TEXT = '2019年11月28日，微贷网和51人品贷的贷款余额为85.8亿元，马上消费的逾期率约为1.25%。 Hello  world';

test('the default segmenter is jieba-rs, and the pipeline uses it', () => {
  assert.deepEqual([...SEGMENTERS].sort(), ['jieba-rs', 'nodejieba']);
  assert.equal(DEFAULT_SEGMENTER, 'jieba-rs');
  assert.equal(DEFAULT_OPTIONS.segmenter, 'jieba-rs');
});

test('withOffsets places each word at its place in the text', () => {
  const cases: [string, { word: string; tag: string }[], [number, number][]][] = [
    ['银保监会表示', [{ word: '银保监会', tag: 'nt' }, { word: '表示', tag: 'v' }], [[0, 4], [4, 6]]],
    ['a  b', [{ word: 'a', tag: 'x' }, { word: 'b', tag: 'x' }], [[0, 1], [3, 4]]],
    ['贷款', [{ word: '不在', tag: 'x' }, { word: '贷款', tag: 'n' }], [[0, 2]]], // a word not found is dropped
  ];
  for (const [text, words, spans] of cases) {
    assert.deepEqual(withOffsets(text, words).map((t) => [t.start, t.end]), spans, text);
  }
});

test('joinDecimals joins digits, point, digits that touch, and nothing else', () => {
  const tok = (word: string, start: number, tag = 'm'): Token => ({ word, tag, start, end: start + word.length });
  const cases: [Token[], string[]][] = [
    [[tok('85', 0), tok('.', 2, 'x'), tok('8', 3), tok('亿元', 4)], ['85.8', '亿元']],
    [[tok('v2', 0, 'eng'), tok('.', 2, 'x'), tok('0', 3)], ['v2', '.', '0']],
    [[tok('3', 0), tok('.', 2, 'x'), tok('5', 3)], ['3', '.', '5']], // not touching
    [[tok('1', 0), tok('.', 1, 'x')], ['1', '.']],
  ];
  for (const [tokens, words] of cases) assert.deepEqual(joinDecimals(tokens).map((t) => t.word), words);
  const joined = joinDecimals([tok('85', 10), tok('.', 12, 'x'), tok('8', 13)])[0]!;
  assert.deepEqual([joined.start, joined.end, joined.tag], [10, 14, 'm']);
});

for (const name of SEGMENTERS) {
  test(`${name}: tokens point into the text, in order, and keep user words and decimals whole`, { skip: name === 'nodejieba' && nodejiebaOrSkip() }, () => {
    const tokens = getSegmenter(name, () => USER_WORDS).tag(TEXT);
    assert.ok(tokens.length > 10);
    let at = 0;
    for (const t of tokens) {
      assert.equal(TEXT.slice(t.start, t.end), t.word, `${t.word} at ${t.start}`);
      assert.ok(t.start >= at, 'in order, no overlap');
      at = t.end;
    }
    // Every character except white space is covered.
    const covered = tokens.reduce((n, t) => n + t.word.replace(/\s/g, '').length, 0);
    assert.equal(covered, TEXT.replace(/\s/g, '').length);
    const words = tokens.map((t) => t.word);
    for (const w of ['51人品贷', '微贷网', '马上消费', '85.8', '1.25']) assert.ok(words.includes(w), `${name} keeps ${w} whole: ${words.join('|')}`);
    const byWord = new Map(tokens.map((t) => [t.word, t.tag]));
    assert.equal(byWord.get('微贷网'), 'nt', 'user word keeps its tag');
    assert.equal(byWord.get('85.8'), 'm');
  });
}

test('the two backends agree on the words of a plain sentence', { skip: nodejiebaOrSkip() }, () => {
  const text = '中国人民银行发布公告，要求金融机构加强风险管理。';
  const [a, b] = SEGMENTERS.map((n) => getSegmenter(n, () => USER_WORDS).tag(text).map((t) => `${t.word}/${t.tag}`));
  assert.deepEqual(a, b);
});

test('the cached tagger gives exactly what jieba-rs tag gives, page after page and across cache resets', () => {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { tag(s: string): { word: string; tag: string }[]; cut(s: string): string[] } } };
  const jieba = Jieba.withDict((require('@node-rs/jieba/dict') as { dict: Uint8Array }).dict);
  const texts = [
    TEXT,
    '截至6月末，该平台借款人数为12.5万人，同比下降三成。\n\n公安机关  已经立案。',
    '“小油菜”APP的年化利率超过36%（含服务费），用户Ａ反映：借了5000元。',
    TEXT, // every word seen before: no tag call at all
    '',
  ];
  for (const limit of [100000, 5]) { // 5: the cache is forgotten on nearly every text
    const tag = cachedTagger(jieba, limit);
    for (const t of texts) assert.deepEqual(tag(t), withOffsets(t, jieba.tag(t)), `limit ${limit}: ${t.slice(0, 20)}`);
  }
});

test('the cached tagger falls back to tagging the whole text when unseen words do not come back one by one', () => {
  // A stand-in jieba whose cut of 金融科技 alone differs from the page's: the batch call misaligns.
  const page = ['平台', '金融科技', '公司'];
  const fake = {
    cut: (s: string) => (s === page.join('') ? page : s.split('')),
    tag: (s: string) => (s === page.join('') ? page.map((word) => ({ word, tag: 'n' })) : fake.cut(s).map((word) => ({ word, tag: 'x' }))),
  };
  assert.deepEqual(cachedTagger(fake)(page.join('')), withOffsets(page.join(''), page.map((word) => ({ word, tag: 'n' }))));
});
