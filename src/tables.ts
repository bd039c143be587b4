// The CSV tables with one row an item (a figure, a date, an entity ...). A
// table is declared by the shape of its item, the items of a record, and the
// span whose sentence each row carries, so that a row reads on its own. Add
// a table by adding an entry to ITEM_TABLES.
import { agencyItem, dateItem, eventItem, figureItem, platformItem, type ArticleRecord } from './schema.js';
import type { Span } from './sentences.js';

export interface ItemRow {
  /** The item's fields by column name. */
  fields: Record<string, unknown>;
  /** What the row's `sentence` is the sentence of; null: none. */
  span: Span | null;
}

export interface ItemTable {
  /** One line for --help and docs/record.md. */
  description: string;
  /** Columns between the page's columns and `sentence`. */
  columns: readonly string[];
  rows(r: ArticleRecord): ItemRow[];
}

/**
 * A table whose row is one item of one list on the record: its columns are
 * the item's fields as src/schema.ts declares them, and `sentenceOf` says
 * which span of the item its sentence is taken around.
 */
export function itemTable<I extends object>(
  item: { shape: object },
  items: (r: ArticleRecord) => readonly I[],
  sentenceOf: (it: I) => Span | null,
  description: string,
): ItemTable {
  return {
    description,
    columns: Object.keys(item.shape),
    rows: (r) => items(r).map((it) => ({ fields: it as Record<string, unknown>, span: sentenceOf(it) })),
  };
}

/** The earliest of an entity's mentions: its sentence introduces the entity. */
export function firstMention(it: { spans: readonly Span[] }): Span | null {
  let first: Span | null = null;
  for (const s of it.spans) if (!first || s.start < first.start) first = s;
  return first;
}

const itself = (it: Span): Span => it;

/** Platforms and agencies in one table, told apart by `type`. */
function entitiesTable(): ItemTable {
  const columns = ['type', ...new Set([...Object.keys(platformItem.shape), ...Object.keys(agencyItem.shape)])];
  return {
    description: 'one row an entity (a platform or an agency), with the sentence of its first mention',
    columns,
    rows: (r) => [
      ...r.platforms.map((p) => ({ fields: { type: 'platform', ...p }, span: firstMention(p) })),
      ...r.agencies.map((a) => ({ fields: { type: 'agency', ...a }, span: firstMention(a) })),
    ],
  };
}

/** Events, the amount in two cells (value, unit), each row with its trigger's sentence. */
function eventsTable(): ItemTable {
  const fields = Object.keys(eventItem.shape).filter((k) => k !== 'amount');
  return {
    description: 'one row an event (which agency did what to which platform), with its trigger\'s sentence',
    columns: [...fields, 'amount_value', 'amount_unit'],
    rows: (r) => r.events.map((e) => ({
      fields: { ...e, amount_value: e.amount?.value, amount_unit: e.amount?.unit },
      span: { start: e.start, end: e.end },
    })),
  };
}

export const ITEM_TABLES = {
  figures: itemTable(figureItem, (r) => r.figures, itself, 'one row a figure, with its sentence'),
  dates: itemTable(dateItem, (r) => r.dates, itself, 'one row a date, with its sentence'),
  entities: entitiesTable(),
  events: eventsTable(),
} satisfies Record<string, ItemTable>;

export type ItemTableName = keyof typeof ITEM_TABLES;
