// Every CSV table, read back by an independent parser (csv-parse): one row a
// record or an item plus the header, every row as wide as the header, and
// every cell what the JSON Lines output holds, in the cell formats that
// docs/record.md gives. Item tables are written with --no-text, so their
// sentences must come from where the page was processed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from './helpers/io.js';
import { ROOT, sharedOrSkip } from './helpers/shared.js';
import { sentenceAround } from '../src/sentences.js';
import { CSV_TABLES } from '../src/write.js';

type Rec = Record<string, unknown> & {
  id: string; title: string | null; publishedAt: string | null; text: string;
  source: Record<string, unknown>;
};
type Item = Record<string, unknown> & { start?: number; end?: number; spans?: { start: number; end: number }[] };

/** A value as the documented cell format writes it. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) {
    return v.map((x) => (typeof x === 'object' && x !== null ? `${(x as Item).start}-${(x as Item).end}` : String(x))).join('; ');
  }
  if (typeof v === 'string') return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return String(v);
}

/** The articles table's summary of each list: which field of an item it shows. */
const SUMMARY: Record<string, string> = { dates: 'value', figures: 'text', platforms: 'name', agencies: 'name', warnings: 'code', comments: 'text' };

function articleCell(rec: Rec, column: string): string {
  if (column.startsWith('source_')) return cell(rec.source[column.slice('source_'.length)]);
  if (column === 'events') return cell((rec.events as Item[]).map((e) => `${e.type}:${e.target ?? '-'}`).join('; '));
  if (column in SUMMARY) return cell(((rec[column] as Item[] | undefined) ?? []).map((it) => String(it[SUMMARY[column]!])).join('; '));
  return cell(rec[column]);
}

/** The rows an item table should hold for a record, each as [item, its fields plus type]. */
function itemsOf(rec: Rec, table: string): { item: Item; sentenceSpan: { start: number; end: number } }[] {
  const withSpan = (it: Item) => ({ item: it, sentenceSpan: { start: it.start!, end: it.end! } });
  if (table === 'entities') {
    const first = (it: Item) => it.spans!.reduce((a, b) => (b.start < a.start ? b : a));
    return [
      ...(rec.platforms as Item[]).map((it) => ({ item: { type: 'platform', ...it }, sentenceSpan: first(it) })),
      ...(rec.agencies as Item[]).map((it) => ({ item: { type: 'agency', ...it }, sentenceSpan: first(it) })),
    ];
  }
  if (table === 'events') {
    // The amount in two cells.
    return (rec.events as Item[]).map((e) => {
      const amount = e.amount as { value: number; unit: string } | null;
      return withSpan({ ...e, amount_value: amount?.value, amount_unit: amount?.unit });
    });
  }
  return (rec[table] as Item[]).map(withSpan);
}

function pageCell(rec: Rec, column: string): string | undefined {
  switch (column) {
    case 'page_id': return cell(rec.id);
    case 'page_title': return cell(rec.title);
    case 'page_publishedAt': return cell(rec.publishedAt);
    case 'page_source': return cell(rec.source.path ?? rec.source.url);
    default: return undefined;
  }
}

async function roundTrip(dir: string, t: { test: (name: string, fn: () => Promise<void>) => Promise<void> }): Promise<void> {
  const jl = await runCli(['extract', dir, '--format', 'jsonl']);
  assert.equal(jl.code, 0, jl.stderr);
  const recs = jl.stdout.trim().split('\n').map((l) => JSON.parse(l) as Rec).filter((r) => !('error' in r));
  assert.ok(recs.length > 0);
  for (const table of CSV_TABLES) {
    await t.test(table, async () => {
      const args = ['extract', dir, '--format', 'csv', '--table', table, ...(table === 'articles' ? [] : ['--no-text'])];
      const r = await runCli(args);
      assert.equal(r.code, 0, r.stderr);
      // Any line end ends a record, as in Python's csv and sqlite's .import: a
      // line break inside a cell must be quoted to survive.
      const rows = parse(r.stdout, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
      const [header, ...body] = rows;
      assert.ok(header && header.length > 1);
      for (const [i, row] of rows.entries()) assert.equal(row.length, header.length, `row ${i} is as wide as the header`);
      if (table === 'articles') {
        assert.equal(body.length, recs.length, 'one row a record');
        body.forEach((row, i) => header.forEach((col, j) => assert.equal(row[j], articleCell(recs[i]!, col), `record ${i}, ${col}`)));
        return;
      }
      assert.equal(header.at(-1), 'sentence');
      const expected = recs.flatMap((rec) => itemsOf(rec, table).map((x) => ({ rec, ...x })));
      assert.equal(body.length, expected.length, 'one row an item');
      assert.ok(expected.length > 0, `the pages hold ${table}`);
      body.forEach((row, i) => {
        const { rec, item, sentenceSpan } = expected[i]!;
        header.forEach((col, j) => {
          const want = col === 'sentence'
            ? cell(sentenceAround(rec.text, sentenceSpan.start, sentenceSpan.end))
            : pageCell(rec, col) ?? cell(item[col]);
          assert.equal(row[j], want, `${table} row ${i}, ${col}`);
        });
        assert.notEqual(row.at(-1), '', `${table} row ${i} has its sentence`);
      });
    });
  }
}

test('CSV round trip: samples/', async (t) => {
  await roundTrip(join(ROOT, 'samples'), t);
});

const seeds = sharedOrSkip('seeds');
test('CSV round trip: the seed pages', { skip: seeds.skip }, async (t) => {
  await roundTrip(seeds.path, t);
});

const cwced = sharedOrSkip('bench/html/cwced/pages');
test('CSV round trip: the CWCED pages', { skip: cwced.skip }, async (t) => {
  await roundTrip(cwced.path, t);
});
