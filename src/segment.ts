// Segmentation behind one small interface, loaded once per process (per
// worker thread) and only when a page asks for tokens.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Token, UserWord } from '../extractors/types.js';

export interface Segmenter {
  readonly name: string;
  tag(text: string): Token[];
}

export type SegmenterName = 'nodejieba';
export const SEGMENTERS: readonly SegmenterName[] = ['nodejieba'];

const require = createRequire(import.meta.url);
const loaded = new Map<string, Segmenter>();

/** Give words from the jieba tagger their offsets in the text it was given. */
export function withOffsets(text: string, words: { word: string; tag: string }[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of words) {
    const i = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (i < 0) continue; // jieba drops nothing in practice; be safe rather than misalign.
    out.push({ word, tag, start: i, end: i + word.length });
    at = i + word.length;
  }
  return out;
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
    require('node:fs').renameSync(tmp, file);
  }
  return file;
}

function loadNodejieba(words: UserWord[]): Segmenter {
  const jieba = require('nodejieba') as {
    load(o: { userDict?: string }): void;
    tag(s: string): { word: string; tag: string }[];
  };
  jieba.load(words.length ? { userDict: userDictFile(words) } : {});
  return { name: 'nodejieba', tag: (text) => withOffsets(text, jieba.tag(text)) };
}

export function getSegmenter(name: SegmenterName, words: UserWord[]): Segmenter {
  let s = loaded.get(name);
  if (!s) {
    s = loadNodejieba(words);
    loaded.set(name, s);
  }
  return s;
}
