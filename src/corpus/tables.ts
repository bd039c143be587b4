// The corpus database's tables, read off the record's one declaration in
// src/schema.ts: a list on the record whose items carry start/end becomes a
// table of its own (dates, figures, events ...), a list whose items carry
// `spans` becomes rows of `entities` with their `mentions`, any other list is
// a JSON column of `articles`. A new item kind on the record gets its table,
// its columns and their descriptions with no code here.
import { articleRecord } from '../schema.js';
import type { JsonSchema, Node } from '../schema-builder.js';

/** The record declaration the tables are read from: src/schema.ts's, or another shaped like it (tests). */
export type RecordShape = { json: JsonSchema; shape: Record<string, Node<unknown>> };

/** Bumped when the layout below changes in a way an old database cannot take. */
export const DB_LAYOUT_VERSION = 1;

export type SqlType = 'TEXT' | 'INTEGER' | 'REAL' | 'BLOB';

export interface Column {
  name: string;
  type: SqlType;
  description: string;
  /** How a record value becomes a cell: as is, JSON text, or 1/0. */
  cell: 'plain' | 'json' | 'bool';
  /** Extra DDL after the type: NOT NULL, PRIMARY KEY, REFERENCES ... */
  ddl?: string;
  /** The record field it comes from (for item and entity columns). */
  field?: string;
}

export interface Table {
  name: string;
  description: string;
  columns: Column[];
  /** Table constraints (composite keys). */
  constraints?: string[];
  withoutRowid?: boolean;
  indexes?: string[];
}

type Props = Record<string, JsonSchema>;

const propsOf = (json: JsonSchema): Props => (json.properties ?? {}) as Props;
const desc = (json: JsonSchema): string => String(json.description ?? '');

function typeOf(json: JsonSchema): { type: SqlType; cell: Column['cell'] } {
  const t = Array.isArray(json.type) ? json.type.find((x) => x !== 'null') : json.type;
  if (t === 'integer') return { type: 'INTEGER', cell: 'plain' };
  if (t === 'number') return { type: 'REAL', cell: 'plain' };
  if (t === 'boolean') return { type: 'INTEGER', cell: 'bool' };
  if (t === 'string') return { type: 'TEXT', cell: 'plain' };
  return { type: 'TEXT', cell: 'json' };
}

function fieldColumn(name: string, json: JsonSchema, prefix = ''): Column {
  const t = typeOf(json);
  const suffix = t.cell === 'json' ? ' (JSON)' : t.cell === 'bool' ? ' (1 or 0)' : '';
  return { name: prefix + name, ...t, description: desc(json) + suffix, field: name };
}

/** Item lists of the record: arrays of objects, and what kind of table each makes. */
export interface ItemList {
  /** The record field, e.g. `figures`. */
  field: string;
  /** `spanned`: its own table; `entity`: rows of entities; `json`: a column of articles. */
  shape: 'spanned' | 'entity' | 'json';
  items: JsonSchema;
  description: string;
}

export function itemLists(record: RecordShape = articleRecord): ItemList[] {
  const out: ItemList[] = [];
  for (const [field, node] of Object.entries(record.shape)) {
    const json = node.json;
    if (json.type !== 'array') continue;
    const items = json.items as JsonSchema;
    const props = propsOf(items);
    const shape = 'start' in props && 'end' in props ? 'spanned' : 'spans' in props ? 'entity' : 'json';
    out.push({ field, shape, items, description: `${desc(json)} ${desc(items)}`.trim() });
  }
  return out;
}

/** platforms -> platform, agencies -> agency, events -> event. */
export function singular(field: string): string {
  return field.replace(/ies$/, 'y').replace(/s$/, '');
}

const ARTICLE_REF = 'NOT NULL REFERENCES articles(article) ON DELETE CASCADE';

const sentence: Column = { name: 'sentence', type: 'TEXT', cell: 'plain', description: 'The sentence of the clean text the item sits in (src/sentences.ts), to check it against.' };

/** The articles table: one row per page that gave a record. */
function articlesTable(record: RecordShape): Table {
  const columns: Column[] = [
    { name: 'article', type: 'INTEGER', cell: 'plain', ddl: 'PRIMARY KEY', description: 'Row number of this article in the database (what the other tables refer to).' },
  ];
  const lists = new Map(itemLists(record).map((l) => [l.field, l]));
  for (const [field, node] of Object.entries(record.shape)) {
    const list = lists.get(field);
    if (list && list.shape !== 'json') continue;
    if (node.json.type === 'object') {
      for (const [sub, json] of Object.entries(propsOf(node.json))) columns.push(fieldColumn(sub, json, `${field}_`));
    } else {
      columns.push(fieldColumn(field, node.json));
    }
  }
  columns.find((c) => c.name === 'id')!.ddl = 'NOT NULL';
  columns.push(
    { name: 'duplicate_of', type: 'INTEGER', cell: 'plain', ddl: 'REFERENCES articles(article) ON DELETE SET NULL', description: 'The first article seen with the same story (MinHash over the clean text, figures and entities agreeing); NULL when this is the first or only copy.' },
    { name: 'title_words', type: 'TEXT', cell: 'plain', description: 'The title cut into words in search mode (whole words and their parts), space-separated: what articles_fts indexes.' },
    { name: 'text_words', type: 'TEXT', cell: 'plain', description: 'The clean text cut into words in search mode, space-separated: what articles_fts indexes.' },
    { name: 'record', type: 'TEXT', cell: 'plain', ddl: 'NOT NULL', description: 'The record as zhfin wrote it, as JSON with `text` held in the text column: what `zhfin export` writes from.' },
    { name: 'minhash', type: 'BLOB', cell: 'plain', description: 'MinHash signature of the clean text (64 x 32 bits), for near-duplicate detection.' },
  );
  return {
    name: 'articles', description: String(record.json.description), columns,
    indexes: ['CREATE INDEX IF NOT EXISTS articles_id ON articles(id)', 'CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of)'],
  };
}

/** Item fields as columns; a field named like one of the table's own columns is prefixed with item_. */
function itemColumns(items: JsonSchema, own: string[]): Column[] {
  return Object.entries(propsOf(items)).map(([name, json]) => ({ ...fieldColumn(name, json), ...(own.includes(name) ? { name: `item_${name}` } : {}) }));
}

function spannedTable(list: ItemList): Table {
  const fields = itemColumns(list.items, ['article', 'ord']);
  const columns: Column[] = [
    { name: 'article', type: 'INTEGER', cell: 'plain', ddl: ARTICLE_REF, description: 'The article it was found in.' },
    { name: 'ord', type: 'INTEGER', cell: 'plain', ddl: 'NOT NULL', description: `Position in the record's ${list.field} list, from 0.` },
    ...fields,
    // An item that carries its own sentence keeps it; the others get theirs here.
    ...(fields.some((c) => c.name === 'sentence') ? [] : [sentence]),
  ];
  return { name: list.field, description: list.description, columns, constraints: ['PRIMARY KEY (article, ord)'] };
}

/** entities: every entity list of the record (platforms, agencies) in one table; mentions: their spans. */
function entityTables(lists: ItemList[]): Table[] {
  const columns: Column[] = [
    { name: 'entity', type: 'INTEGER', cell: 'plain', ddl: 'PRIMARY KEY', description: 'Row number of the entity.' },
    { name: 'article', type: 'INTEGER', cell: 'plain', ddl: ARTICLE_REF, description: 'The article it is named in.' },
    { name: 'type', type: 'TEXT', cell: 'plain', ddl: 'NOT NULL', description: `Which list of the record it is in: ${lists.map((l) => `${singular(l.field)} (${l.field})`).join(', ')}.` },
    { name: 'ord', type: 'INTEGER', cell: 'plain', ddl: 'NOT NULL', description: 'Position in that list, from 0.' },
  ];
  let spans: JsonSchema | null = null;
  for (const l of lists) {
    for (const [name, json] of Object.entries(propsOf(l.items))) {
      if (name === 'spans') { spans ??= json.items as JsonSchema; continue; }
      if (!columns.some((c) => c.name === name)) columns.push(fieldColumn(name, json));
    }
  }
  const mentions: Column[] = [
    { name: 'entity', type: 'INTEGER', cell: 'plain', ddl: 'NOT NULL REFERENCES entities(entity) ON DELETE CASCADE', description: 'The entity named.' },
    { name: 'ord', type: 'INTEGER', cell: 'plain', ddl: 'NOT NULL', description: 'Position in the entity\'s spans, from 0.' },
    ...Object.entries(propsOf(spans ?? {})).map(([name, json]) => fieldColumn(name, json)),
    sentence,
  ];
  return [
    { name: 'entities', description: lists.map((l) => l.description).join(' '), columns, indexes: ['CREATE INDEX IF NOT EXISTS entities_article ON entities(article)', 'CREATE INDEX IF NOT EXISTS entities_name ON entities(name)'] },
    { name: 'mentions', description: String((spans ?? {}).description ?? 'Each place an entity is named.'), columns: mentions, constraints: ['PRIMARY KEY (entity, ord)'], withoutRowid: true },
  ];
}

function pagesTable(): Table {
  const c = (name: string, type: SqlType, description: string, ddl?: string): Column => ({ name, type, cell: 'plain', description, ...(ddl ? { ddl } : {}) });
  return {
    name: 'pages',
    description: 'One row per input zhfin has read into this database: where it came from, what it held, and the article it gave or why it gave none.',
    columns: [
      c('page', 'INTEGER', 'Row number of the page.', 'PRIMARY KEY'),
      c('input', 'TEXT', 'The input as zhfin names it in messages: the path, `URL (file at byte N)` inside a WARC, the URL or stdin:LINE of a JSON Lines line.', 'NOT NULL UNIQUE'),
      c('path', 'TEXT', 'File path as given (the WARC file for a WARC record).'),
      c('url', 'TEXT', 'URL from a JSON Lines line or a WARC record.'),
      c('line', 'INTEGER', 'Line number in a JSON Lines input.'),
      c('warc_record_id', 'TEXT', 'WARC-Record-ID of the record the page came from.'),
      c('bytes', 'INTEGER', 'Size of the page in bytes.'),
      c('sha256', 'TEXT', 'SHA-256 of the page\'s bytes: what decides that a touched file did not change.'),
      c('file_size', 'INTEGER', 'Size of the file it was read from, when it was read.'),
      c('file_mtime', 'REAL', 'Modification time of that file (milliseconds since 1970), when it was read.'),
      c('encoding', 'TEXT', 'Encoding the page was read as.'),
      c('first_seen', 'TEXT', 'When a run first read it (ISO 8601, UTC).'),
      c('last_seen', 'TEXT', 'When a run last met it (ISO 8601, UTC).'),
      c('run', 'INTEGER', 'The last run that met it.', 'REFERENCES runs(run)'),
      c('ord', 'INTEGER', 'Its position among that run\'s inputs: `export` writes pages in (run, ord) order.'),
      c('status', 'TEXT', 'ok (it gave an article) or failed.', 'NOT NULL'),
      c('error_code', 'TEXT', 'Stable error code when it failed (not-found, binary, too-large, ...).'),
      c('error_message', 'TEXT', 'What went wrong and what to do.'),
      c('article', 'INTEGER', 'The article it gave.', 'REFERENCES articles(article) ON DELETE SET NULL'),
      c('made_by', 'TEXT', 'Fingerprint of the zhfin version, rules, gazetteers and options that made its rows: a different one is re-extracted.'),
    ],
    indexes: ['CREATE INDEX IF NOT EXISTS pages_path ON pages(path)', 'CREATE INDEX IF NOT EXISTS pages_order ON pages(run, ord)', 'CREATE INDEX IF NOT EXISTS pages_article ON pages(article)'],
  };
}

function bookkeepingTables(): Table[] {
  const c = (name: string, type: SqlType, description: string, ddl?: string): Column => ({ name, type, cell: 'plain', description, ...(ddl ? { ddl } : {}) });
  return [
    {
      name: 'runs', description: 'One row per `zhfin extract --db` run.',
      columns: [
        c('run', 'INTEGER', 'Run number.', 'PRIMARY KEY'), c('started', 'TEXT', 'Start (ISO 8601, UTC).'), c('finished', 'TEXT', 'End; NULL when the run was killed.'),
        c('zhfin_version', 'TEXT', 'zhfin version.'), c('made_by', 'TEXT', 'Fingerprint of version, rules and options.'),
        c('new', 'INTEGER', 'Pages read for the first time.'), c('changed', 'INTEGER', 'Pages whose content changed, re-extracted.'),
        c('unchanged', 'INTEGER', 'Pages met again unchanged (not re-extracted).'), c('failed', 'INTEGER', 'Inputs that gave no record.'),
      ],
    },
    {
      name: 'files', description: 'Files read whole by a run: size and modification time, so the next run passes over a file that did not change without reading it.',
      columns: [
        c('path', 'TEXT', 'File path as given.', 'PRIMARY KEY'), c('size', 'INTEGER', 'Size in bytes.'), c('mtime', 'REAL', 'Modification time (milliseconds since 1970).'),
        c('made_by', 'TEXT', 'Fingerprint of the run that read it.'), c('run', 'INTEGER', 'The run that read it.'),
      ],
    },
    {
      name: 'meta', description: 'About the database: layout version, the zhfin version and the hash of the rules and gazetteers that made its rows.',
      columns: [c('key', 'TEXT', 'Name.', 'PRIMARY KEY'), c('value', 'TEXT', 'Value.')],
    },
    {
      name: 'lsh', description: 'Locality-sensitive hashing bands of each article\'s MinHash, for the articles that are no copies (a copy\'s first copy stands for it): articles sharing a band are near-duplicate candidates.',
      columns: [c('band', 'INTEGER', 'Band number x 2^32 + the hash of the band\'s rows.', 'NOT NULL'), c('article', 'INTEGER', 'The article.', ARTICLE_REF)],
      constraints: ['PRIMARY KEY (band, article)'], withoutRowid: true, indexes: ['CREATE INDEX IF NOT EXISTS lsh_article ON lsh(article)'],
    },
  ];
}

/** Every table, in the order they are created (referred-to tables first). */
export function corpusTables(record: RecordShape = articleRecord): Table[] {
  const lists = itemLists(record);
  return [
    ...bookkeepingTables().slice(0, 3),
    articlesTable(record),
    pagesTable(),
    ...lists.filter((l) => l.shape === 'spanned').map(spannedTable),
    ...entityTables(lists.filter((l) => l.shape === 'entity')),
    bookkeepingTables()[3]!,
  ];
}

const quote = (name: string) => `"${name}"`;

export function createTableSql(t: Table): string[] {
  const cols = t.columns.map((c) => `  ${quote(c.name)} ${c.type}${c.ddl ? ` ${c.ddl}` : ''}`);
  const body = [...cols, ...(t.constraints ?? []).map((x) => `  ${x}`)].join(',\n');
  return [`CREATE TABLE IF NOT EXISTS ${quote(t.name)} (\n${body}\n)${t.withoutRowid ? ' WITHOUT ROWID' : ''}`, ...(t.indexes ?? [])];
}

/** Datasette metadata (datasette corpus.sqlite -m corpus.metadata.json): the same descriptions. */
export function datasetteMetadata(dbName: string, tables: Table[], fts: { table: string; fts: string; pk: string }): JsonSchema {
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    out[t.name] = {
      description: t.description,
      columns: Object.fromEntries(t.columns.map((c) => [c.name, c.description])),
      ...(t.name === fts.table ? { fts_table: fts.fts, fts_pk: fts.pk } : {}),
    };
  }
  return {
    title: 'zhfin corpus',
    description: 'Chinese fintech news pages extracted by zhfin. Search articles with words separated by spaces (立案 清退).',
    databases: { [dbName]: { tables: out } },
  };
}
