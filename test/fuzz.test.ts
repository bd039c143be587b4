// A fuzz test: a few hundred hostile pages from a seeded generator
// (test/helpers/fuzz.ts), run through the CLI at --jobs 1 and --jobs 2.
// Set ZHFIN_FUZZ_SEED to replay another seed; the default is fixed so CI is repeatable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFuzzPages } from './helpers/fuzz.js';
import { tempDir } from './helpers/fixtures.js';
import { runCli } from './helpers/io.js';

const SEED = Number(process.env.ZHFIN_FUZZ_SEED ?? 16);
const PAGES = 300;

interface Item { text: string; start: number; end: number }
type Rec = { source: { path?: string }; text?: string; error?: unknown } & Record<string, unknown>;

/** Every extracted item on a record: the arrays of objects with text, start and end. */
function items(rec: Rec): Item[] {
  const out: Item[] = [];
  for (const v of Object.values(rec)) {
    if (!Array.isArray(v)) continue;
    for (const x of v) if (x && typeof x === 'object' && 'start' in x && 'end' in x && 'text' in x) out.push(x as Item);
  }
  return out;
}

test(`fuzz: ${PAGES} hostile pages (seed ${SEED}): one record or one error line each, spans exact, valid JSON Lines, --jobs 1 and 2 byte-identical`, async (t) => {
  const dir = tempDir();
  const names = writeFuzzPages(dir, SEED, PAGES);
  const one = await runCli(['extract', dir, '-j', '1']);
  const two = await runCli(['extract', dir, '-j', '2']);
  assert.ok(two.stdoutBytes.equals(one.stdoutBytes), 'stdout byte-identical at --jobs 1 and 2');
  // Per-input lines name a file under dir; the run's summary (its time aside) follows them.
  const perInput = (err: string) => err.split('\n').filter((l) => l.startsWith(`zhfin: ${dir}/`));
  const summary = (err: string) => err.split('\n').filter((l) => l && !l.startsWith(`zhfin: ${dir}/`)).map((l) => l.replace(/ in [\d.]+ s/, ''));
  assert.deepEqual(perInput(two.stderr), perInput(one.stderr), 'the same error and skip lines, in the same order');
  assert.deepEqual(summary(two.stderr), summary(one.stderr), 'the same summary');
  assert.equal(two.code, one.code);

  const lines = one.stdout.split('\n').filter(Boolean);
  // Binary files without an ending are skipped with a notice: neither record nor error.
  const notices = perInput(one.stderr);
  const skipped = notices.filter((l) => l.endsWith('looks binary, not a page; skipped'));
  const errors = notices.filter((l) => !skipped.includes(l));
  for (const e of errors) assert.match(e, /^zhfin: .+ \[[a-z-]+\]$/, 'an error line names the input and its code');
  assert.equal(one.code, errors.length ? 1 : 0, 'exit status as documented');

  const seen = new Map<string, number>();
  const count = (name: string) => seen.set(name, (seen.get(name) ?? 0) + 1);
  for (const l of lines) {
    const rec = JSON.parse(l) as Rec;
    assert.ok(rec.source.path, l.slice(0, 200));
    count(rec.source.path.slice(dir.length + 1));
    for (const it of items(rec)) assert.equal(rec.text!.slice(it.start, it.end), it.text, `${rec.source.path}: span ${it.start}-${it.end}`);
  }
  for (const e of [...errors, ...skipped]) count(e.slice(`zhfin: ${dir}/`.length).split(':')[0]!);
  for (const n of names) assert.equal(seen.get(n), 1, `${n}: exactly one record or one error line`);
  assert.equal(seen.size, names.length);
  assert.ok(lines.length > PAGES / 2, `most pages give a record (${lines.length} of ${PAGES})`);
  const byCode = new Map<string, number>();
  for (const e of errors) { const c = /\[([a-z-]+)\]$/.exec(e)![1]!; byCode.set(c, (byCode.get(c) ?? 0) + 1); }
  t.diagnostic(`${lines.length} records, ${skipped.length} skipped as binary, errors: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
});

test('fuzz: JSON Lines on stdin, some lines broken: one line out per line in, in order', async () => {
  const dir = tempDir();
  const names = writeFuzzPages(dir, SEED + 1, 60);
  const { readFileSync } = await import('node:fs');
  const input = names.map((n, i) => {
    const html = readFileSync(join(dir, n)).toString('utf8');
    const line = JSON.stringify({ url: `u${i}`, html });
    return i % 7 === 3 ? line.slice(0, Math.floor(line.length / 2)) : line;
  }).join('\n');
  const r = await runCli(['extract', '-', '-j', '2', '-q'], { stdin: input });
  const out = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: { url?: string; line?: number } });
  assert.equal(out.length, names.length);
  out.forEach((o, i) => assert.ok(o.source.url === `u${i}` || o.source.line === i + 1, `line ${i + 1} in its place`));
});
