import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every data file the code reads at run time, found by the paths it names. */
function dataFilesTheCodeReads(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const code = readFileSync(p, 'utf8');
        for (const m of code.matchAll(/'(?:\.\.\/)+((?:src|extractors)\/[\w/-]+\.json)'/g)) found.add(m[1]!);
        // Paths under extractors/ as loadData takes them: 'figures/data/figure-units.json'.
        for (const m of code.matchAll(/'([\w-]+\/data\/[\w/-]+\.json)'/g)) found.add(`extractors/${m[1]!}`);
      }
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'extractors'));
  // Extractors name their data by a path under extractors/ (loadData), and some
  // paths are made at run time: every file of every data/ folder is read.
  for (const e of readdirSync(join(ROOT, 'extractors'), { withFileTypes: true, recursive: true })) {
    const p = relative(ROOT, join(e.parentPath, e.name));
    if (e.isFile() && p.split('/').includes('data')) found.add(p);
  }
  return [...found].sort();
}

test('the published package holds every data file the code reads', () => {
  const wanted = dataFilesTheCodeReads();
  for (const f of ['src/strip/chrome.json', 'extractors/lib/data/places.json', 'extractors/figures/data/figure-units.json']) {
    assert.ok(wanted.includes(f), `found: ${wanted.join(', ')}`);
  }
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  const packed = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
  const missing = wanted.filter((f) => !packed.has(f));
  assert.deepEqual(missing, [], `not in package.json "files": ${missing.join(', ')} (under ${relative(process.cwd(), ROOT) || '.'})`);
});
