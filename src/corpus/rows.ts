// A record as rows of the corpus tables (src/corpus/tables.ts). Columns are
// filled by name from the record, so a field added to the schema lands in
// its column without code here.
import type { ArticleRecord } from '../schema.js';
import { sentenceFinder } from '../sentences.js';
import type { Column, ItemList, Table } from './tables.js';
import { singular } from './tables.js';

type Cell = string | number | bigint | Buffer | null;
type Obj = Record<string, unknown>;

export function cell(c: Column, v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (c.cell === 'json') return JSON.stringify(v);
  if (c.cell === 'bool') return v ? 1 : 0;
  return v as Cell;
}

// The finder of the last text asked about: a page's items come one after another.
let finderText: string | undefined;
let finder: ((start: number, end: number) => string) | undefined;

/** Sentence of an item, when the record carries its text. */
function sentenceOf(text: string | undefined, it: Obj): string | null {
  if (text === undefined || typeof it.start !== 'number' || typeof it.end !== 'number') return null;
  if (text !== finderText || !finder) { finderText = text; finder = sentenceFinder(text); }
  return finder(it.start, it.end);
}

/** The keys a row gets beside its item's fields: its article, place, entity and entity type, and the sentence. */
export interface RowKeys { article: number; ord: number; sentence: string | null; entity?: number; type?: string }

const enum Src { Article, Ord, Sentence, Entity, Type, Plain, Json, Bool }

/**
 * The row maker of a table: the cells of an item's row in column order. How
 * each column is filled is worked out once per table, not once per cell: a
 * page gives a few hundred rows.
 */
export function rowMaker(t: Table): (keys: RowKeys, it: Obj) => Cell[] {
  const srcs = t.columns.map((c): Src => {
    if (!c.field) {
      if (c.name === 'article') return Src.Article;
      if (c.name === 'ord') return Src.Ord;
      if (c.name === 'sentence') return Src.Sentence;
      if (c.name === 'entity') return Src.Entity;
      if (c.name === 'type') return Src.Type;
    }
    return c.cell === 'json' ? Src.Json : c.cell === 'bool' ? Src.Bool : Src.Plain;
  });
  const fields = t.columns.map((c) => c.field ?? c.name);
  return (k, it) => {
    const row = new Array<Cell>(srcs.length);
    for (let i = 0; i < srcs.length; i++) {
      const src = srcs[i]!;
      if (src === Src.Article) row[i] = k.article;
      else if (src === Src.Ord) row[i] = k.ord;
      else if (src === Src.Sentence) row[i] = k.sentence;
      else if (src === Src.Entity) row[i] = k.entity ?? null;
      else if (src === Src.Type) row[i] = k.type ?? null;
      else {
        const v = it[fields[i]!];
        row[i] = v === undefined || v === null ? null : src === Src.Json ? JSON.stringify(v) : src === Src.Bool ? (v ? 1 : 0) : v as Cell;
      }
    }
    return row;
  };
}

/** Values for an item table's columns (article and ord included), its sentence found in `text`. */
export function itemRow(t: Table, article: number, ord: number, it: Obj, text: string | undefined): Cell[] {
  return rowMaker(t)({ article, ord, sentence: sentenceOf(text, it) }, it);
}

/** Values for the articles columns derived from the record (the rest are set by the writer). */
export function articleCells(t: Table, r: ArticleRecord): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const rec = r as unknown as Obj;
  for (const c of t.columns) {
    if (!c.field) continue;
    const prefix = c.name.slice(0, c.name.length - c.field.length);
    const from = prefix ? (rec[prefix.replace(/_$/, '')] as Obj | undefined) ?? {} : rec;
    out.set(c.name, cell(c, from[c.field]));
  }
  return out;
}

/** Each entity of the record with its type, and its spans. */
export function entitiesOf(r: ArticleRecord, lists: ItemList[]): { type: string; ord: number; item: Obj; spans: Obj[] }[] {
  const out: { type: string; ord: number; item: Obj; spans: Obj[] }[] = [];
  for (const l of lists) {
    const items = ((r as unknown as Obj)[l.field] as Obj[] | undefined) ?? [];
    items.forEach((item, ord) => out.push({ type: singular(l.field), ord, item, spans: (item.spans as Obj[] | undefined) ?? [] }));
  }
  return out;
}

export { sentenceOf };
