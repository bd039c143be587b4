// Chinese full-text search. FTS5's unicode61 tokenizer does not split Chinese
// and trigram finds nothing for two-character words, so the words come from
// the segmenter zhfin already loads, in search mode (立案侦查 is indexed as
// 立案侦查, 立案 and 侦查), kept in shadow columns of `articles` that an
// external-content FTS5 table indexes. `content="articles"` is what
// `sqlite-utils search` and Datasette look for to find the index.
import { extractorSegmenter } from '../extract.js';
import type { Token } from '../schema.js';
import type { SegmenterName } from '../segment.js';

export const FTS_TABLE = 'articles_fts';
export const FTS_COLUMNS = ['title_words', 'text_words'] as const;

/** A word worth indexing holds a letter or a digit (not punctuation or space). */
const WORDY = /[\p{L}\p{N}]/u;
const HAN = /^\p{Script=Han}$/u;

/** Search-mode words of `text`, space-separated, each distinct word once per place it occurs. */
export function searchWords(text: string, segmenter: SegmenterName): string {
  if (!text) return '';
  return indexable(extractorSegmenter(segmenter).forSearch(text));
}

function indexable(words: string[]): string {
  return words.filter((w) => WORDY.test(w)).map((w) => w.replace(/\s+/g, '')).join(' ');
}

/** Search-mode forms already made, by segmenter: a page's words are mostly words seen before. */
const forms = new Map<SegmenterName, Map<string, string>>();
const FORMS_LIMIT = 200_000;

function formOf(piece: string, segmenter: SegmenterName, memo: Map<string, string>): string {
  let f = memo.get(piece);
  if (f === undefined) {
    f = indexable(extractorSegmenter(segmenter).forSearch(piece));
    if (memo.size >= FORMS_LIMIT) memo.clear();
    memo.set(piece, f);
  }
  return f;
}

/**
 * The same words as searchWords(text), made from the words the extractors
 * already cut it into instead of cutting it again: each word in search mode
 * (itself and the dictionary words inside it), made once per distinct word.
 * The extractors cut without jieba's HMM, which in search mode joins a run of
 * single characters the dictionary does not know (a new platform's name) into
 * words; such a run is cut in search mode whole, as it would have been.
 */
export function searchWordsOf(tokens: readonly Token[], segmenter: SegmenterName): string {
  let memo = forms.get(segmenter);
  if (!memo) forms.set(segmenter, (memo = new Map()));
  const out: string[] = [];
  let run = '';
  let runEnd = -1;
  const put = (piece: string) => { const f = formOf(piece, segmenter, memo!); if (f) out.push(f); };
  for (const t of tokens) {
    if (t.word.length === 1 && HAN.test(t.word)) {
      if (run && t.start !== runEnd) { put(run); run = ''; }
      run += t.word;
      runEnd = t.end;
      continue;
    }
    if (run) { put(run); run = ''; }
    put(t.word);
  }
  if (run) put(run);
  return out.join(' ');
}

export function ftsSql(): string[] {
  const cols = FTS_COLUMNS.join(', ');
  const news = FTS_COLUMNS.map((c) => `new.${c}`).join(', ');
  const olds = FTS_COLUMNS.map((c) => `old.${c}`).join(', ');
  return [
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_TABLE} USING fts5(${cols}, content="articles", content_rowid="article", tokenize="unicode61")`,
    `CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
       INSERT INTO ${FTS_TABLE}(rowid, ${cols}) VALUES (new.article, ${news}); END`,
    `CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
       INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, ${cols}) VALUES ('delete', old.article, ${olds}); END`,
    `CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF ${cols} ON articles BEGIN
       INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, ${cols}) VALUES ('delete', old.article, ${olds});
       INSERT INTO ${FTS_TABLE}(rowid, ${cols}) VALUES (new.article, ${news}); END`,
  ];
}
