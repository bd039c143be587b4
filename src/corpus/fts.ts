// Chinese full-text search. FTS5's unicode61 tokenizer does not split Chinese
// and trigram finds nothing for two-character words, so the words come from
// the segmenter zhfin already loads, in search mode (立案侦查 is indexed as
// 立案侦查, 立案 and 侦查), kept in shadow columns of `articles` that an
// external-content FTS5 table indexes. `content="articles"` is what
// `sqlite-utils search` and Datasette look for to find the index.
import { extractorSegmenter } from '../extract.js';
import type { SegmenterName } from '../segment.js';

export const FTS_TABLE = 'articles_fts';
export const FTS_COLUMNS = ['title_words', 'text_words'] as const;

/** A word worth indexing holds a letter or a digit (not punctuation or space). */
const WORDY = /[\p{L}\p{N}]/u;

/** Search-mode words of `text`, space-separated, each distinct word once per place it occurs. */
export function searchWords(text: string, segmenter: SegmenterName): string {
  if (!text) return '';
  const words = extractorSegmenter(segmenter).forSearch(text);
  return words.filter((w) => WORDY.test(w)).map((w) => w.replace(/\s+/g, '')).join(' ');
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
