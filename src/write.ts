// The write stage: records to JSON, JSON Lines or CSV. Each writer turns one
// record into whole chunks of output, so whatever was written before an
// interrupt is valid on its own; the caller closes it with end().
import { stringify } from 'csv-stringify/sync';
import {
  agencyItem, articleRecord, dateItem, figureItem, platformItem,
  type ArticleRecord, type ErrorRecord,
} from './schema.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'csv'];
export type CsvTable = 'articles' | 'figures' | 'dates' | 'entities';
export const CSV_TABLES: readonly CsvTable[] = ['articles', 'figures', 'dates', 'entities'];

export type OutputItem = ArticleRecord | ErrorRecord;
export const isErrorRecord = (r: OutputItem): r is ErrorRecord => 'error' in r;

/**
 * A pure formatter: strings out, no I/O. The CLI and library wrap it around a
 * stream. A record's output is made in two steps so that the costly one,
 * render(), can run on a worker thread: only place() knows where in the
 * output the record falls (JSON's commas).
 */
export interface Formatter {
  start(): string;
  /** One record's output on its own; depends on nothing but the record. */
  render(r: OutputItem): string;
  /** A rendered record in its place in the output. */
  place(rendered: string): string;
  /** render() then place(). */
  item(r: OutputItem): string;
  end(): string;
}

/** What a worker needs to render records as the output wants them. */
export interface RenderSpec {
  format: OutputFormat;
  table: CsvTable;
}

type Parts = Pick<Formatter, 'start' | 'render' | 'end'> & { place?: Formatter['place'] };

function make(p: Parts): Formatter {
  const place = p.place ?? ((x: string) => x);
  return { start: p.start, render: p.render, place, item: (r) => place(p.render(r)), end: p.end };
}

export function formatter(format: OutputFormat, table: CsvTable = 'articles'): Formatter {
  switch (format) {
    case 'jsonl':
      return make({ start: () => '', render: (r) => `${JSON.stringify(r)}\n`, end: () => '' });
    case 'json': {
      let n = 0;
      return make({
        start: () => '[',
        render: (r) => JSON.stringify(r, null, 2).replace(/\n/g, '\n  ').replace(/^/, '  '),
        place: (x) => `${n++ ? ',' : ''}\n${x}`,
        end: () => (n ? '\n]\n' : ']\n'),
      });
    }
    case 'csv':
      return csvFormatter(table);
  }
}

// ---- CSV ----------------------------------------------------------------

type Cell = string | number | boolean | null | undefined;

/** Spreadsheet formula injection: a text cell starting with = + - @ (or tab/CR) is shown as text. */
export function safeCell(v: Cell): Cell {
  if (typeof v !== 'string') return v;
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

// RFC 4180: a cell with CR, LF, a quote or a comma is quoted, and so is one with
// a leading or trailing space (readers trim those otherwise). csv-stringify
// quotes a bare LF only when told to once the record delimiter is CRLF.
const CSV_OPTIONS = {
  record_delimiter: '\r\n',
  quote_record_delimiter: true,
  quoted_match: /^\s|\s$/,
  cast: { boolean: (b: boolean) => String(b) },
};

function csvLine(cells: Cell[]): string {
  return stringify([cells.map(safeCell)], CSV_OPTIONS);
}

const PAGE_COLUMNS = ['page_id', 'page_title', 'page_publishedAt', 'page_source'] as const;
const pageCells = (r: ArticleRecord): Cell[] => [r.id, r.title, r.publishedAt, r.source.path ?? r.source.url];

/** How a list on the record becomes one cell of the articles table. */
const LIST_SUMMARY: Record<string, (item: Record<string, unknown>) => string> = {
  dates: (d) => String(d.value),
  figures: (f) => String(f.text),
  platforms: (p) => String(p.name),
  agencies: (a) => String(a.name),
  warnings: (w) => String(w.code),
  comments: (c) => String(c.text),
};

// Columns come from the record's one declaration in src/schema.ts.
function articleColumns(): { header: string; cell: (r: ArticleRecord) => Cell }[] {
  const cols: { header: string; cell: (r: ArticleRecord) => Cell }[] = [];
  for (const key of Object.keys(articleRecord.shape) as (keyof ArticleRecord)[]) {
    if (key === 'source') {
      for (const sub of Object.keys(articleRecord.shape.source.shape)) {
        cols.push({ header: `source_${sub}`, cell: (r) => (r.source as Record<string, Cell>)[sub] });
      }
    } else if (key in LIST_SUMMARY) {
      const f = LIST_SUMMARY[key]!;
      cols.push({ header: key, cell: (r) => ((r[key] as Record<string, unknown>[] | undefined) ?? []).map(f).join('; ') });
    } else {
      cols.push({ header: key, cell: (r) => r[key] as Cell });
    }
  }
  return cols;
}

function itemCell(v: unknown): Cell {
  if (Array.isArray(v)) {
    return v.map((x) => (typeof x === 'object' && x !== null && 'start' in x ? `${(x as { start: number }).start}-${(x as { end: number }).end}` : String(x))).join('; ');
  }
  return v as Cell;
}

function csvFormatter(table: CsvTable): Formatter {
  const start = (header: string[]) => `\uFEFF${csvLine(header)}`;
  if (table === 'articles') {
    const cols = articleColumns();
    return make({
      start: () => start(cols.map((c) => c.header)),
      render: (r) => (isErrorRecord(r) ? '' : csvLine(cols.map((c) => c.cell(r)))),
      end: () => '',
    });
  }
  if (table === 'figures' || table === 'dates') {
    const keys = Object.keys((table === 'figures' ? figureItem : dateItem).shape);
    return make({
      start: () => start([...PAGE_COLUMNS, ...keys]),
      render: (r) => {
        if (isErrorRecord(r)) return '';
        const items = (table === 'figures' ? r.figures : r.dates) as unknown as Record<string, unknown>[];
        return items.map((it) => csvLine([...pageCells(r), ...keys.map((k) => itemCell(it[k]))])).join('');
      },
      end: () => '',
    });
  }
  // entities: platforms and agencies in one table, one row an entity.
  const keys = [...new Set([...Object.keys(platformItem.shape), ...Object.keys(agencyItem.shape)])];
  return make({
    start: () => start([...PAGE_COLUMNS, 'type', ...keys]),
    render: (r) => {
      if (isErrorRecord(r)) return '';
      const rows = [
        ...r.platforms.map((p) => ['platform', p] as const),
        ...r.agencies.map((a) => ['agency', a] as const),
      ];
      return rows.map(([type, it]) => csvLine([...pageCells(r), type, ...keys.map((k) => itemCell((it as Record<string, unknown>)[k]))])).join('');
    },
    end: () => '',
  });
}
