// What the database needs of a record, made where the page ran (a worker
// thread with --jobs): the record's JSON, its search-mode words and its
// MinHash signature, as one string, since a string crosses threads as one
// copy and a record as thousands of small objects. The main thread only
// parses it and writes rows.
import type { ArticleRecord, Token } from '../schema.js';
import type { SegmenterName } from '../segment.js';
import { searchWords, searchWordsOf } from './fts.js';
import { minhash } from './minhash.js';

export interface Prepared {
  /** JSON.stringify(record): what `-o x.jsonl` would hold, less the newline. */
  json: string;
  record: ArticleRecord;
  /** The clean text, also when the record leaves it out (--no-text): CSV rows and the search index need it. */
  text: string;
  titleWords: string;
  textWords: string;
  minhash: Uint32Array | null;
}

// Lines: the JSON (never holds a raw line break), the title's words, the text's
// words, the signature, and the clean text as JSON when the record leaves it out.
export function prepare(record: ArticleRecord, segmenter: SegmenterName, text: string, tokens?: readonly Token[] | null): string {
  const sig = minhash(text);
  return [
    JSON.stringify(record),
    searchWords(record.title ?? '', segmenter),
    tokens ? searchWordsOf(tokens, segmenter) : searchWords(text, segmenter),
    sig ? Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64') : '',
    record.text === undefined ? JSON.stringify(text) : '',
  ].join('\n');
}

export function unprepare(s: string): Prepared {
  const [json, titleWords, textWords, sig, aside] = s.split('\n') as [string, string, string, string, string];
  let mh: Uint32Array | null = null;
  if (sig) {
    const b = Buffer.from(sig, 'base64');
    mh = new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }
  const record = JSON.parse(json) as ArticleRecord;
  return { json, record, text: record.text ?? (aside ? JSON.parse(aside) as string : ''), titleWords, textWords, minhash: mh };
}

/**
 * The record JSON as stored: its `text` (kept once, in articles.text) stands
 * as 0. The record's own text is the first "text" key of its JSON: the keys
 * before it (id, source, title ...) hold no object with one, and a quote
 * inside a string is escaped.
 */
export function withoutText(json: string, text: string | undefined): string {
  if (text === undefined) return json;
  const full = `"text":${JSON.stringify(text)}`;
  const at = json.indexOf('"text":');
  if (at < 0 || !json.startsWith(full, at)) throw new Error('record JSON does not hold its text where expected');
  return `${json.slice(0, at)}"text":0${json.slice(at + full.length)}`;
}

export function withText(stored: string, text: string | null): string {
  const at = stored.indexOf('"text":0');
  if (at < 0 || text === null) return stored;
  return `${stored.slice(0, at)}"text":${JSON.stringify(text)}${stored.slice(at + '"text":0'.length)}`;
}
