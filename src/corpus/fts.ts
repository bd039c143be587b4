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

/** Search-mode words of `text`, space-separated, each distinct word once per place it occurs. */
export function searchWords(text: string, segmenter: SegmenterName): string {
  if (!text) return '';
  return indexable(extractorSegmenter(segmenter).forSearch(text));
}

function indexable(words: string[]): string {
  let out = '';
  for (const w of words) {
    const x = indexWord(w);
    if (x) out = out ? `${out} ${x}` : x;
  }
  return out;
}

/** A word as indexed: without white space; '' when it holds no letter or digit. */
function indexWord(w: string): string {
  const c = w.charCodeAt(0);
  // Most words start with a Chinese character or an ASCII letter or digit: no regular expression for them.
  const plain = (c >= 0x4e00 && c <= 0x9fd5) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  // jieba ends a word at white space, so only a word of other characters (a user word, say) can hold any.
  if (plain) return w;
  return WORDY.test(w) ? w.replace(/\s+/g, '') : '';
}

/** The characters jieba's HMM cuts (its own range of Chinese characters). */
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fd5;

/** Search-mode forms already made, by segmenter: a page's words are mostly words seen before. */
const forms = new Map<SegmenterName, Map<string, string>>();
const FORMS_LIMIT = 200_000;

/**
 * Search-mode forms of the pieces not seen before, in one call to the
 * segmenter: each piece on its own line (a line break always ends a jieba
 * block, and comes back as a word of its own), so a page with many new words
 * does not cross into native code once a word.
 */
function learn(pieces: string[], segmenter: SegmenterName, memo: Map<string, string>): void {
  const seg = extractorSegmenter(segmenter);
  if (memo.size + pieces.length > FORMS_LIMIT) memo.clear();
  const batch: string[] = [];
  for (const p of pieces) {
    if (!WORDY.test(p)) memo.set(p, '');
    else if (p.includes('\n')) memo.set(p, indexable(seg.forSearch(p)));
    else batch.push(p);
  }
  if (!batch.length) return;
  // The words come back line by line: each line's words make one piece's form.
  const words = seg.forSearch(batch.join('\n'));
  const made: string[] = [];
  let form = '';
  for (const w of words) {
    if (w === '\n') { made.push(form); form = ''; continue; }
    const x = indexWord(w);
    if (x) form = form ? `${form} ${x}` : x;
  }
  made.push(form);
  if (made.length === batch.length) batch.forEach((p, i) => memo.set(p, made[i]!));
  else for (const p of batch) memo.set(p, indexable(seg.forSearch(p)));
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
  const pieces: string[] = [];
  let run = '';
  let runEnd = -1;
  for (const t of tokens) {
    if (t.word.length === 1 && isHan(t.word.charCodeAt(0))) {
      if (run && t.start !== runEnd) { pieces.push(run); run = ''; }
      run += t.word;
      runEnd = t.end;
      continue;
    }
    if (run) { pieces.push(run); run = ''; }
    pieces.push(t.word);
  }
  if (run) pieces.push(run);
  const unseen = new Set<string>();
  for (const p of pieces) if (!memo.has(p)) unseen.add(p);
  if (unseen.size) learn([...unseen], segmenter, memo);
  const out: string[] = [];
  for (const p of pieces) {
    const f = memo.get(p);
    if (f) out.push(f);
  }
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
