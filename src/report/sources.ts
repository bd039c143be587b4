// Where a report's data comes from. A source turns its input into ReportData
// in whatever way suits it: JSON Lines streams records through the
// aggregator; a corpus database can count in SQL and fetch only the rows it ships.
import { createReadStream, openSync, readFileSync, readSync, closeSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ArticleRecord } from '../schema.js';
import { ReportAggregator } from './aggregate.js';
import { ReportInputError, type ReportSource } from './source.js';
import { sqliteSource } from './sql-source.js';

/** Records as JSON Lines (what `zhfin extract` writes by default): one pass, bounded memory. */
export function jsonlSource(name: string, open: () => Readable): ReportSource {
  return {
    name,
    async build(options) {
      const agg = new ReportAggregator(options.limits);
      let line = 0, bad = 0;
      for await (const text of createInterface({ input: open(), crlfDelay: Infinity })) {
        line++;
        if (!text.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          if (++bad <= 5) options.onProblem?.(`${name}:${line}: not JSON; line skipped (is this JSON Lines from zhfin extract?)`);
          continue;
        }
        if (!isRecord(value)) continue; // an error record (mapper mode) or something else: no page to report
        agg.add(value);
      }
      if (bad > 5) options.onProblem?.(`${name}: ${bad} lines in all were not JSON and were skipped`);
      if (line > 0 && bad === line) throw new ReportInputError(`${name}: no line is a JSON record; pass JSON Lines written by zhfin extract`);
      return agg.result({ title: options.title, source: name, ...(options.generated ? { generated: options.generated } : {}) });
    },
  };
}

function isRecord(v: unknown): v is ArticleRecord {
  const r = v as ArticleRecord;
  return typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.source === 'object'
    && Array.isArray(r.figures) && Array.isArray(r.platforms) && Array.isArray(r.agencies);
}

/** The largest JSON array (`--format json`) read whole; JSON Lines has no limit. */
const JSON_ARRAY_MAX = 256 * 1048576;

/** Records as one JSON array (`zhfin extract --format json`): read whole, so only up to JSON_ARRAY_MAX. */
function jsonArraySource(path: string): ReportSource {
  const name = basename(path);
  return {
    name,
    async build(options) {
      if (statSync(path).size > JSON_ARRAY_MAX) {
        throw new ReportInputError(`${path}: a JSON array over ${JSON_ARRAY_MAX / 1048576} MB; write JSON Lines instead (zhfin extract's default format), which the report reads in one pass`);
      }
      let list: unknown;
      try {
        list = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new ReportInputError(`${path}: starts like a JSON array but does not parse (${(e as Error).message}); pass the file zhfin extract --format json wrote, or JSON Lines`);
      }
      const agg = new ReportAggregator(options.limits);
      for (const r of Array.isArray(list) ? list : []) if (isRecord(r)) agg.add(r);
      return agg.result({ title: options.title, source: name, ...(options.generated ? { generated: options.generated } : {}) });
    },
  };
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** What the file is, by its first bytes: a SQLite database, a JSON array, or (anything else) JSON Lines. */
function sniff(path: string): 'sqlite' | 'json' | 'jsonl' {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, buf.length, 0);
    if (n >= SQLITE_MAGIC.length && buf.toString('latin1', 0, SQLITE_MAGIC.length) === SQLITE_MAGIC) return 'sqlite';
    return /^(\ufeff)?\s*\[/.test(buf.toString('utf8', 0, n)) ? 'json' : 'jsonl';
  } finally {
    closeSync(fd);
  }
}

/** The source for a path (or - for standard input, JSON Lines): a SQLite corpus or a JSON array by their first bytes, else JSON Lines. */
export function openSource(input: string, stdin: Readable, resolvePath: (p: string) => string): ReportSource {
  if (input === '-') return jsonlSource('stdin', () => stdin);
  const path = resolvePath(input);
  let kind: ReturnType<typeof sniff>;
  try {
    kind = sniff(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReportInputError(code === 'ENOENT'
      ? `${input}: not found; pass a JSON Lines file from zhfin extract (or - for standard input)`
      : `${input}: cannot be read (${code ?? e}); check that it is a readable file`);
  }
  if (kind === 'sqlite') return sqliteSource(path);
  if (kind === 'json') return jsonArraySource(path);
  return jsonlSource(basename(path), () => createReadStream(path));
}
