// The tables are read off the record's declaration: a new item kind gets its
// table, its columns and their descriptions with no corpus code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { array, integer, object, optional, string } from '../../src/schema-builder.js';
import { articleRecord, figureItem } from '../../src/schema.js';
import { createTableSql, corpusTables, itemLists } from '../../src/corpus/tables.js';
import { itemRow } from '../../src/corpus/rows.js';

test('every list of the record has its place: spanned items a table, entities one table, the rest JSON columns', () => {
  const shapes = Object.fromEntries(itemLists().map((l) => [l.field, l.shape]));
  assert.deepEqual(shapes, { dates: 'spanned', figures: 'spanned', platforms: 'entity', agencies: 'entity', comments: 'json', warnings: 'json', ...(shapes.events ? { events: 'spanned' } : {}) });
  const names = corpusTables().map((t) => t.name);
  for (const t of ['pages', 'articles', 'dates', 'figures', 'entities', 'mentions', 'meta', 'runs']) assert.ok(names.includes(t), t);
  const figures = corpusTables().find((t) => t.name === 'figures')!;
  assert.deepEqual(figures.columns.map((c) => c.name), ['article', 'ord', ...Object.keys(figureItem.shape), 'sentence']);
  assert.match(figures.columns.find((c) => c.name === 'inferred')!.description, /\(1 or 0\)$/);
});

test('a record with an events list gets an events table; an item field named like a table column keeps its own place', () => {
  const eventItem = object({
    text: string('The sentence part that states the event.'),
    start: integer('Start offset.'),
    end: integer('End offset.'),
    type: string('What happened: investigated, ...'),
    ord: optional(integer('An item field that clashes with the table\'s own ord.')),
    sentence: string('The event\'s own sentence.'),
  }, 'Something that happened to a platform.');
  const record = object({ ...articleRecord.shape, events: array(eventItem, 'Events.') }, 'A record with events.');
  const events = corpusTables(record).find((t) => t.name === 'events')!;
  assert.deepEqual(events.columns.map((c) => c.name), ['article', 'ord', 'text', 'start', 'end', 'type', 'item_ord', 'sentence']);
  assert.equal(events.columns.find((c) => c.name === 'type')!.description, 'What happened: investigated, ...');
  assert.match(createTableSql(events)[0]!, /"article" INTEGER NOT NULL REFERENCES articles\(article\) ON DELETE CASCADE/);
  const row = itemRow(events, 7, 0, { text: '被立案', start: 3, end: 6, type: 'investigated', ord: 9, sentence: '它自己的句子。' }, '某平台被立案侦查。另一句。');
  assert.deepEqual(row, [7, 0, '被立案', 3, 6, 'investigated', 9, '它自己的句子。']);
  const plain = corpusTables().find((t) => t.name === 'dates')!;
  assert.equal(itemRow(plain, 1, 0, { text: '2019年', start: 2, end: 7, value: '2019', precision: 'year' }, '去年，2019年的数据。另一句。').at(-1), '去年，2019年的数据。');
});
