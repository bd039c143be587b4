// The write stage: records to JSON, JSON Lines or CSV. Each writer turns one
// record into whole chunks of output, so whatever was written before an
// interrupt is valid on its own; the caller closes it with end().
import { stringify } from 'csv-stringify/sync';
import { articleRecord, recordMarkdown, type ArticleRecord, type ErrorRecord } from './schema.js';
import { sentenceAround, type Span } from './sentences.js';
import { ITEM_TABLES, type ItemTableName } from './tables.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'csv'];
export type CsvTable = 'articles' | ItemTableName;
export const CSV_TABLES: readonly CsvTable[] = ['articles', ...Object.keys(ITEM_TABLES) as ItemTableName[]];

/** The format an output file's name asks for (.csv, .json, .jsonl / .ndjson); undefined for any other name. */
export function formatForName(path: string): OutputFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : ext === 'jsonl' || ext === 'ndjson' ? 'jsonl' : undefined;
}

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
  /**
   * One record's output on its own; depends on nothing but the record and
   * its clean text, given when the record does not carry it (--no-text) so
   * that CSV rows still get their sentence.
   */
  render(r: OutputItem, text?: string): string;
  /** A rendered record in its place in the output. */
  place(rendered: string): string;
  /** render() then place(). */
  item(r: OutputItem, text?: string): string;
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
  return { start: p.start, render: p.render, place, item: (r, text) => place(p.render(r, text)), end: p.end };
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
  events: (e) => `${e.type}:${e.target ?? '-'}`,
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

/**
 * A list in an item cell: spans as `start-end`, anything else as itself,
 * joined by `; ` (the formats docs/record.md gives under "CSV tables").
 */
function itemCell(v: unknown): Cell {
  if (Array.isArray(v)) {
    return v.map((x) => (typeof x === 'object' && x !== null && 'start' in x ? `${(x as Span).start}-${(x as Span).end}` : String(x))).join('; ');
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
  const t = ITEM_TABLES[table];
  return make({
    start: () => start([...PAGE_COLUMNS, ...t.columns, 'sentence']),
    render: (r, text) => {
      if (isErrorRecord(r)) return '';
      const clean = r.text ?? text;
      return t.rows(r).map((row) => csvLine([
        ...pageCells(r),
        ...t.columns.map((k) => itemCell(row.fields[k])),
        row.span && clean !== undefined ? sentenceAround(clean, row.span.start, row.span.end) : '',
      ])).join('');
    },
    end: () => '',
  });
}

/** The CSV tables and their cell formats, for docs/record.md. */
export function csvMarkdown(): string {
  const out = [
    '## CSV tables', '',
    '`--format csv --table NAME`. Every table starts with a UTF-8 BOM and a header row; rows end with CRLF.',
    'Every item table begins with the page\'s columns (`page_id`, `page_title`, `page_publishedAt`,',
    '`page_source`) and ends with `sentence`: the sentence of the clean text the item sits in (see',
    '`src/sentences.ts`), there whether or not the text is on the record (`--no-text`).', '',
    '| table | rows | columns |', '|---|---|---|',
    '| `articles` | one row a page | the record\'s fields, `source` spread over `source_*` columns; lists summarised (`dates`: values, `figures`: texts, `platforms` / `agencies`: names, `events`: `type:target`, `-` for no target, `warnings`: codes) and joined by `; ` |',
    ...Object.entries(ITEM_TABLES).map(([name, t]) => `| \`${name}\` | ${t.description} | page columns, ${t.columns.map((c) => `\`${c}\``).join(', ')}, \`sentence\` |`),
    '',
    'Cell formats:', '',
    '- a list of spans (`spans`) is `start-end` for each mention, offsets into the record\'s `text`, joined by `; `: `12-15; 80-83`;',
    '- a list of strings (`mentions`) is the strings joined by `; `: `银保监会; 中国银保监会`;',
    '- numbers are written as numbers, `true` / `false` as words, an absent or null field as an empty cell;',
    '- a text cell starting with `=`, `+`, `-`, `@`, a tab or CR gets a leading `\'` so a spreadsheet shows it as text;',
    '- a cell holding a comma, a quote, CR, LF or a leading or trailing space is quoted (RFC 4180), quotes doubled.',
    '',
  ];
  return out.join('\n');
}

/** docs/record.md: the record's fields, then the CSV tables. */
export function referenceMarkdown(): string {
  return `${recordMarkdown()}\n${csvMarkdown()}`;
}
