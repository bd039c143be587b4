// Where a report's data comes from. A source turns its input into ReportData
// in whatever way suits it: JSON Lines streams records through the
// aggregator; a corpus database can count in SQL and fetch only the rows it ships.
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ArticleRecord } from '../schema.js';
import { ReportAggregator } from './aggregate.js';
import type { ReportData, ReportLimits } from './types.js';

export interface BuildOptions {
  title: string;
  limits: Partial<ReportLimits>;
  generated?: string;
  /** A line the source could not use, for the CLI to print. */
  onProblem?: (message: string) => void;
}

export interface ReportSource {
  /** What the input is called in messages and in the page header. */
  readonly name: string;
  build(options: BuildOptions): Promise<ReportData>;
}

/** A report's input is not usable; the message says what to do. */
export class ReportInputError extends Error {}

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

const SQLITE_MAGIC = 'SQLite format 3\0';

function startsWithSqliteMagic(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_MAGIC.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return n === buf.length && buf.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * The corpus database (issue #15) is not on this branch yet. When it lands, a
 * source here counts the timeline and rankings in SQL (GROUP BY month, type;
 * entities by page) and selects only the capped rows with their sentences, so
 * a 100,000-page corpus never passes through Node record by record.
 */
function sqliteSource(path: string): ReportSource {
  return {
    name: basename(path),
    build() {
      return Promise.reject(new ReportInputError(
        `${path}: is a SQLite database; this zhfin cannot read corpus databases yet. Pass the records as JSON Lines instead (zhfin extract ... -o records.jsonl, then zhfin report records.jsonl)`,
      ));
    },
  };
}

/** The source for a path (or - for standard input): a SQLite corpus by its header, else JSON Lines. */
export function openSource(input: string, stdin: Readable, resolvePath: (p: string) => string): ReportSource {
  if (input === '-') return jsonlSource('stdin', () => stdin);
  const path = resolvePath(input);
  let isDb: boolean;
  try {
    isDb = startsWithSqliteMagic(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReportInputError(code === 'ENOENT'
      ? `${input}: not found; pass a JSON Lines file from zhfin extract (or - for standard input)`
      : `${input}: cannot be read (${code ?? e}); check that it is a readable file`);
  }
  return isDb ? sqliteSource(path) : jsonlSource(basename(path), () => createReadStream(path));
}
