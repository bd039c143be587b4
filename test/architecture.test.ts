// The import direction STYLE.md asks for, checked on the source tree itself:
// no cycles; an extractor imports only extractors and the record schema; the
// schema imports nothing of ours; only the extract stage and the library entry
// reach into extractors/; nothing below the CLI imports the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers/shared.js';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every module of src/ and extractors/ with the modules it imports, as paths from the root. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'extractors'))]) {
    const text = readFileSync(file, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      deps.push(relative(ROOT, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))));
    }
    graph.set(relative(ROOT, file), deps);
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return null;
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, deps]) => deps.map((to) => ({ from, to })));

test('no import cycles in src/ and extractors/', () => {
  assert.equal(findCycle(graph)?.join(' -> ') ?? null, null);
});

test('an extractor imports only extractors and the record schema', () => {
  const bad = edges.filter((e) => e.from.startsWith('extractors/') && !e.to.startsWith('extractors/') && e.to !== 'src/schema.ts');
  assert.deepEqual(bad, []);
});

test('an extractor folder imports no other extractor: what two share is in extractors/lib/', () => {
  // extractors/<name>/... -> <name>; the registry and the interface sit loose in extractors/.
  const folder = (p: string) => /^extractors\/([^/]+)\//.exec(p)?.[1];
  const bad = edges.filter((e) => {
    const from = folder(e.from), to = folder(e.to);
    return from !== undefined && to !== undefined && from !== to && to !== 'lib';
  });
  assert.deepEqual(bad, []);
});

test('the schema imports nothing of ours but its builder', () => {
  const bad = edges.filter((e) => e.from === 'src/schema.ts' && e.to !== 'src/schema-builder.ts');
  assert.deepEqual(bad, []);
});

test('only the extract stage and the library entry reach into extractors/', () => {
  const allowed = new Set(['src/extract.ts', 'src/index.ts']);
  const bad = edges.filter((e) => e.from.startsWith('src/') && e.to.startsWith('extractors/') && !allowed.has(e.from));
  assert.deepEqual(bad, []);
});

test('nothing below the command line imports it', () => {
  const bad = edges.filter((e) => e.to === 'src/cli.ts');
  assert.deepEqual(bad, []);
});
