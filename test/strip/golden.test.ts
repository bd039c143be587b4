// Golden tests of the strip stage (decode -> strip -> normalize) over samples/.
// Regenerate after an intended change with: UPDATE_GOLDEN=1 npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPage, DEFAULT_OPTIONS } from '../../src/pipeline.js';
import { ROOT } from '../helpers/shared.js';

const SAMPLES = join(ROOT, 'samples');
const GOLDEN = join(ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const names = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => /\.(html?|txt)$/.test(f)).sort() : [];

test('samples/ holds the pages the golden tests read', () => {
  assert.ok(names.length >= 4, `expected the sample pages in ${SAMPLES} (node scripts/make-samples.mjs writes them)`);
});

for (const name of names) {
  test(`golden: ${name}`, () => {
    const page = cleanPage({ name, path: `samples/${name}`, content: readFileSync(join(SAMPLES, name)) }, DEFAULT_OPTIONS);
    const got = {
      encoding: page.encoding, format: page.format, script: page.script,
      title: page.title, publishedAt: page.publishedAt, author: page.author, siteName: page.siteName,
      paragraphs: page.paragraphs, comments: page.comments, warnings: page.warnings.map((w) => w.code),
    };
    const file = join(GOLDEN, `${name}.json`);
    if (update || !existsSync(file)) {
      if (!update) assert.fail(`no golden file ${file}; run with UPDATE_GOLDEN=1 to write it, then review it`);
      writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
      return;
    }
    assert.deepEqual(got, JSON.parse(readFileSync(file, 'utf8')));
  });
}
