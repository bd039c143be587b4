// Parity, as ESLint keeps for its rules: every folder under extractors/ (but
// lib/, the shared helpers) is an extractor registered under its own id, with
// its entry index.ts, its rules in README.md and a test file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractors, EXTRACTOR_IDS } from '../../extractors/index.js';
import { ROOT } from '../helpers/shared.js';

const folders = readdirSync(join(ROOT, 'extractors'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'lib').map((e) => e.name);

test('every extractor folder is in the registry under its own id, and nothing else is', () => {
  assert.deepEqual(folders.sort(), [...EXTRACTOR_IDS].sort());
  for (const id of EXTRACTOR_IDS) {
    assert.equal(extractors[id].meta.id, id);
    assert.ok(extractors[id].meta.description.length > 10, `${id} describes itself`);
  }
});

test('every extractor folder has its entry and its rules', () => {
  for (const name of folders) {
    for (const f of ['index.ts', 'README.md']) {
      assert.ok(existsSync(join(ROOT, 'extractors', name, f)), `extractors/${name}/${f} is missing`);
    }
  }
});

test('every extractor folder has a test file', () => {
  for (const name of folders) {
    assert.ok(existsSync(join(ROOT, 'test/extractors', `${name}.test.ts`)), `test/extractors/${name}.test.ts is missing`);
  }
});

test('no file sits loose in extractors/ but the registry and the interface', () => {
  const loose = readdirSync(join(ROOT, 'extractors'), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  assert.deepEqual(loose.sort(), ['index.ts', 'types.ts']);
});
