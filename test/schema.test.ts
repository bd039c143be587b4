// The record's one declaration: the printed schema, the docs and the records agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordJsonSchema } from '../src/schema.js';
import { referenceMarkdown } from '../src/write.js';
import { extract } from '../src/index.js';
import { validate } from './helpers/validate.js';
import { ARTICLE, htmlPage } from './helpers/fixtures.js';
import { ROOT } from './helpers/shared.js';

test('records the pipeline writes validate against the schema zhfin prints', () => {
  const schema = recordJsonSchema();
  const records = [
    extract({ text: ARTICLE, path: 'a.txt' }),
    extract({ html: htmlPage('截至2020年6月末，余额为12.5亿元，出借人约3万人。'), url: 'https://example.cn/x' }, { text: false }),
    extract({ text: `${ARTICLE}\n网友评论\n甲:好`, path: 'c.txt' }, { comments: true, context: true }),
  ];
  for (const r of records) assert.deepEqual(validate(r, schema), []);
  // The check itself bites: a stray field and a wrong enum are caught.
  assert.notDeepEqual(validate({ ...records[0], extra: 1 }, schema), []);
  assert.notDeepEqual(validate({ ...records[0], source: { ...records[0]!.source, script: 'latin' } }, schema), []);
});

test('docs/record.md is generated from the schema and up to date (zhfin schema --markdown > docs/record.md)', () => {
  const onDisk = readFileSync(join(ROOT, 'docs/record.md'), 'utf8');
  assert.equal(onDisk.trim(), referenceMarkdown().trim());
  assert.match(onDisk, /`spans`\) is `start-end` for each mention/, 'the cell formats of spans and mentions');
});
