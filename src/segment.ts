// Segmentation behind one small interface, loaded once per process (per
// worker thread) and only when a page asks for tokens.
//
// Two backends, the same jieba dictionary and tag set:
// - `jieba-rs` (@node-rs/jieba, the default): measured by `npm run bench` at
//   about 0.2 s and 60 MB to load, against about 0.9 s and 255 MB for nodejieba.
//   A native addon's state is per thread, so with N workers the difference is
//   paid N times: nodejieba alone puts two workers over the 400 MB budget, and
//   its load alone takes most of the one-second start-up budget.
// - `nodejieba` (cppjieba): kept selectable with --segmenter nodejieba.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync, renameSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Token, UserWord } from './schema.js';

export interface Segmenter {
  readonly name: string;
  tag(text: string): Token[];
  /** Search-mode words: whole words and the dictionary words inside them (立案侦查 -> 立案, 侦查, 立案侦查). */
  forSearch(text: string): string[];
}

export type SegmenterName = 'jieba-rs' | 'nodejieba';
export const SEGMENTERS: readonly SegmenterName[] = ['jieba-rs', 'nodejieba'];
export const DEFAULT_SEGMENTER: SegmenterName = 'jieba-rs';

const require = createRequire(import.meta.url);
const loaded = new Map<SegmenterName, Segmenter>();

interface Tagged { word: string; tag: string }

/**
 * Where the next word of the segmenter's output starts, looking from `at`, or -1.
 * jieba drops nothing in practice; a word not found is skipped rather than misaligned.
 */
function placeWord(text: string, word: string, at: number): number {
  return text.startsWith(word, at) ? at : text.indexOf(word, at);
}

/** Give words from the jieba tagger their offsets in the text it was given. */
export function withOffsets(text: string, words: Tagged[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of words) {
    const i = placeWord(text, word, at);
    if (i < 0) continue;
    out.push({ word, tag, start: i, end: i + word.length });
    at = i + word.length;
  }
  return out;
}

const DIGITS = /^[0-9]+$/;

/**
 * jieba-rs cuts a decimal into `85` `.` `8` where cppjieba keeps `85.8`; join
 * them so extractors see the same number token from either backend.
 */
export function joinDecimals(tokens: Token[]): Token[] {
  let out: Token[] | null = null; // a copy only from the first decimal on; none in most texts
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!, dot = tokens[i + 1], b = tokens[i + 2];
    if (dot && b && dot.word === '.' && DIGITS.test(a.word) && DIGITS.test(b.word) && a.end === dot.start && dot.end === b.start) {
      out ??= tokens.slice(0, i);
      out.push({ word: a.word + '.' + b.word, tag: 'm', start: a.start, end: b.end });
      i += 2;
    } else out?.push(a);
  }
  return out ?? tokens;
}

/** cppjieba reads user words from a file: write one per distinct word list, reused across runs. */
function userDictFile(words: UserWord[]): string {
  const body = words.map((w) => `${w.word} ${w.tag}`).join('\n') + '\n';
  const hash = createHash('sha1').update(body).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'zhfin');
  const file = join(dir, `userdict-${hash}.txt`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(tmp, body);
    // Rename is atomic, so parallel workers never read a half-written dictionary.
    renameSync(tmp, file);
  }
  return file;
}

interface Nodejieba { load(o: { userDict?: string }): void; tag(s: string): Tagged[]; cutForSearch(s: string): string[] }

/** nodejieba, or null: an optional dependency, absent when its native build failed at install. */
function requireNodejieba(): Nodejieba | null {
  try {
    return require('nodejieba') as Nodejieba;
  } catch {
    return null;
  }
}

/** What to do when nodejieba is asked for and not installed. */
export const NODEJIEBA_MISSING = 'nodejieba is not installed (an optional dependency: its native build needs a C++ compiler and python3, and a failed build leaves it out). Install it with `npm install nodejieba`, or use the default `--segmenter jieba-rs`.';

/** Can this backend be loaded here? jieba-rs always can; nodejieba only when installed. */
export function segmenterAvailable(name: SegmenterName): boolean {
  return name !== 'nodejieba' || requireNodejieba() !== null;
}

function loadNodejieba(words: UserWord[]): Segmenter {
  // nodejieba's load() assigns undeclared globals (dict, hmmDict, ...): no
  // module of ours may declare a top-level `dict` in the same realm.
  const jieba = requireNodejieba();
  if (!jieba) throw new Error(NODEJIEBA_MISSING);
  jieba.load(words.length ? { userDict: userDictFile(words) } : {});
  return { name: 'nodejieba', tag: (text) => withOffsets(text, jieba.tag(text)), forSearch: (text) => jieba.cutForSearch(text) };
}

/**
 * jieba-rs reads user words as `word freq tag`. A frequency far above any
 * ordinary word's keeps a gazetteer name whole, as cppjieba's user dictionary does.
 */
export const USER_WORD_FREQ = 100000;

interface JiebaRs { loadDict(d: Uint8Array): void; tag(s: string): Tagged[]; cut(s: string): string[]; cutForSearch(s: string, hmm?: boolean): string[] }

/** Words remembered with their tags, at most this many (then forgotten and learnt again). */
export const TAG_CACHE_WORDS = 100000;

/**
 * Tags through `cut` and a cache of each word's tag. jieba-rs tags a word by
 * looking the word itself up (its dictionary entry, or its character classes),
 * never by its neighbours, and `cut` gives the same words as `tag`: checked on
 * 1.7 million words of 1,079 pages, no word ever had two tags. `tag` costs three
 * times `cut` (an object per word across the native boundary), so only words
 * never seen before are tagged, all of a page's in one call; if that call does
 * not give them back one by one, the whole text is tagged as before.
 */
export function cachedTagger(jieba: Pick<JiebaRs, 'tag' | 'cut'>, limit = TAG_CACHE_WORDS): (text: string) => Token[] {
  const tags = new Map<string, string>();
  const learn = (text: string): Token[] => {
    const all = jieba.tag(text);
    for (const t of all) tags.set(t.word, t.tag);
    return withOffsets(text, all);
  };
  return (text) => {
    const words = jieba.cut(text);
    // Words are placed as withOffsets places them, each made once as a token.
    const out: Token[] = [];
    let unseen: Set<string> | null = null;
    let at = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const start = placeWord(text, word, at);
      if (start < 0) continue;
      at = start + word.length;
      const tag = tags.get(word);
      if (tag === undefined) (unseen ??= new Set()).add(word);
      out.push({ word, tag: tag ?? '', start, end: at });
    }
    if (unseen) {
      const news = [...unseen];
      // Full: forget everything and learn this text's words afresh.
      if (tags.size + news.length > limit) { tags.clear(); return learn(text); }
      // Each unseen word on its own line: a line break always ends a jieba block.
      const got = jieba.tag(news.join('\n'));
      const aligned = got.length === 2 * news.length - 1 && news.every((w, i) => got[2 * i]!.word === w);
      if (!aligned) return learn(text);
      news.forEach((w, i) => tags.set(w, got[2 * i]!.tag));
      for (const t of out) if (t.tag === '') t.tag = tags.get(t.word)!;
    }
    return out;
  };
}

/**
 * jieba-rs allocates through its own mimalloc, which by default keeps freed
 * memory 10 ms before giving it back, and only when it next runs: with a
 * worker on each core the segmenting of long texts stayed resident (peak RSS
 * of 10,000 fuzzed pages at --jobs 2: 406 MB on average of 4 runs, 390 MB
 * with it given back at once, no CPU time measurably added). On one thread
 * it cost 0.2 s of system time in 1,000 pages for no need, so only the
 * worker pool asks for it, before its workers load jieba. mimalloc reads it
 * from the environment when the addon loads, and a worker's process.env is a
 * copy of its own: the main thread sets it. A value the user set is kept.
 */
export function returnFreedNativeMemory(): void {
  process.env.MIMALLOC_PURGE_DELAY ??= '0';
}

function loadJiebaRs(words: UserWord[]): Segmenter {
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): JiebaRs } };
  // The dictionary file read here and let go once loaded: `@node-rs/jieba/dict`
  // would also read idf.txt, which we never use, and keep both (11 MB) for
  // the thread's life, once per worker.
  const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  // Names with white space cannot be one line of a jieba dictionary.
  const lines = words.filter((w) => w.word && !/\s/.test(w.word)).map((w) => `${w.word} ${USER_WORD_FREQ} ${w.tag || 'n'}`);
  if (lines.length) jieba.loadDict(Buffer.from(lines.join('\n') + '\n'));
  const tag = cachedTagger(jieba);
  return { name: 'jieba-rs', tag: (text) => joinDecimals(tag(text)), forSearch: (text) => jieba.cutForSearch(text, true) };
}

/** The segmenter by name, loaded on first use with the user words `words()` gives (asked for only then). */
export function getSegmenter(name: SegmenterName, words: () => UserWord[]): Segmenter {
  let s = loaded.get(name);
  if (!s) {
    s = name === 'nodejieba' ? loadNodejieba(words()) : loadJiebaRs(words());
    loaded.set(name, s);
  }
  return s;
}
