// Reading records back out of the corpus database, exactly as `extract`
// wrote them: the stored record JSON with its text put back, in the order
// the last run that met each page read it, through the same formatter.
import type { Sink } from '../output.js';
import type { ArticleRecord, ErrorRecord } from '../schema.js';
import { formatter, type CsvTable, type OutputFormat, type OutputItem } from '../write.js';
import type { Db } from './open.js';
import { withText } from './prepare.js';

export function recordFromRow(stored: string, text: string | null): ArticleRecord {
  return JSON.parse(withText(stored, text)) as ArticleRecord;
}

/** The error record extract writes in place of a failed JSON Lines line (mapper mode). */
function errorRecord(r: Record<string, unknown>): ErrorRecord {
  const source: ErrorRecord['source'] = {
    ...(r.path !== null ? { path: String(r.path) } : {}),
    ...(r.url !== null ? { url: String(r.url) } : {}),
    ...(r.line !== null ? { line: Number(r.line) } : {}),
  };
  return { source, error: { code: String(r.error_code) as ErrorRecord['error']['code'], message: String(r.error_message) } };
}

/** A record with the clean text (kept also when the record leaves it out: CSV rows quote its sentences). */
export interface Stored { item: OutputItem; text?: string }

/** Every stored record (and, for JSON Lines, each failed line's error record), in output order. */
export function* storedItems(db: Db, lineErrors: boolean): Generator<Stored> {
  const rows = db.prepare(`SELECT p.path, p.url, p.line, p.status, p.error_code, p.error_message, a.record, a.text
    FROM pages p LEFT JOIN articles a ON a.article = p.article ORDER BY p.run, p.ord, p.page`).iterate();
  for (const r of rows) {
    if (r.status === 'ok' && typeof r.record === 'string') yield { item: recordFromRow(r.record, r.text as string | null), text: (r.text as string | null) ?? '' };
    else if (r.status === 'failed' && lineErrors && r.line !== null) yield { item: errorRecord(r) };
  }
}

/** Write the corpus as `zhfin extract --format F --table T` would have; returns the number of records. */
export async function exportCorpus(db: Db, format: OutputFormat, table: CsvTable, sink: Sink): Promise<number> {
  const fmt = formatter(format, table);
  let n = 0;
  await sink.write(fmt.start());
  for (const { item, text } of storedItems(db, format === 'jsonl')) {
    if (!('error' in item)) n++;
    await sink.write(fmt.item(item, text));
    if (sink.closedByReader) return n;
  }
  await sink.write(fmt.end());
  return n;
}
