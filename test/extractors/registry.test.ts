// Parity, as ESLint keeps for its rules: every extractor file is registered
// under its own id, and has a test file beside the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractors, EXTRACTOR_IDS } from '../../extractors/index.js';
import { ROOT } from '../helpers/shared.js';

const NOT_EXTRACTORS = new Set(['index.ts', 'types.ts']);
const files = readdirSync(join(ROOT, 'extractors')).filter((f) => f.endsWith('.ts') && !NOT_EXTRACTORS.has(f));

test('every extractor file is in the registry under its own id', () => {
  assert.deepEqual(files.map((f) => f.replace(/\.ts$/, '')).sort(), [...EXTRACTOR_IDS].sort());
  for (const id of EXTRACTOR_IDS) {
    assert.equal(extractors[id].meta.id, id);
    assert.ok(extractors[id].meta.description.length > 10, `${id} describes itself`);
  }
});

test('every registered extractor has a test file', () => {
  for (const id of EXTRACTOR_IDS) {
    assert.ok(existsSync(join(ROOT, 'test/extractors', `${id}.test.ts`)), `test/extractors/${id}.test.ts is missing`);
  }
});
