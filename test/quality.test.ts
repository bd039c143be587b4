// The quality gate, as trafilatura keeps one: run the tool over the seeds, the
// external suites and the HTML bench, score them with the shared scorers, and
// fail when any score falls below its floor in test/quality-floors.json.
// Floors only go up: raise them when a change reaches more, never lower them
// to make a change pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED, sharedOrSkip, toolOutput } from './helpers/shared.js';
import { tempDir } from './helpers/fixtures.js';

interface Floors {
  seeds: Record<string, number>;
  suites: Record<string, number>;
  cwced: Record<string, number>;
}
const floors = JSON.parse(readFileSync(join(ROOT, 'test/quality-floors.json'), 'utf8')) as Floors;
const BIN = join(ROOT, 'bin/zhfin.js');
const tmp = tempDir();

/** Every input here is a good page: any failure is a failure of the gate, shown with zhfin's own message. */
function zhfin(args: string[], input?: string): void {
  const r = spawnSync(process.execPath, [BIN, 'extract', ...args, '--quiet'], {
    ...(input !== undefined ? { input } : {}), encoding: 'utf8', maxBuffer: 1 << 28,
  });
  assert.equal(r.status, 0, `zhfin extract ${args.join(' ')} exited ${r.status}:\n${r.stderr.slice(0, 2000)}`);
}
const node = toolOutput;

let report: (msg: string) => void = () => undefined;

function atLeast(name: string, got: number, floor: number | undefined): void {
  report(`${name}: ${Number.isInteger(got) ? got : got.toFixed(4)} (floor ${floor ?? 'none'})`);
  if (floor === undefined) return;
  assert.ok(got >= floor - 1e-9, `${name}: ${got.toFixed(4)} fell below its floor ${floor}`);
}

const seeds = sharedOrSkip('seeds');
test('seeds: extraction F1 per field, body checks, title and publish time', { skip: seeds.skip }, (t) => {
  report = (m) => t.diagnostic(m);
  const out = join(tmp, 'seeds.jsonl');
  zhfin([seeds.path, '-o', out]);
  const { summary } = JSON.parse(node([join(SHARED, 'tools/score.mjs'), '--gold', join(SHARED, 'gold'), out, '--json'])) as {
    summary: {
      matched: number; pages: number; fields: Record<string, { f1: number }>; body: { pass: number; all: number }; title: number[]; publishedAt: number[];
      subjects: { n: number; right: number; empty: number; wrong: number }; eventArgs?: { actor: number | null };
    };
  };
  assert.equal(summary.matched, summary.pages, 'every seed yields a record');
  for (const f of ['dates', 'figures', 'platforms', 'agencies']) atLeast(`seeds ${f} F1`, summary.fields[f]!.f1, floors.seeds[`${f}F1`]);
  // Gold files that list events (the scorer scores them when any does).
  if (summary.fields.events) {
    atLeast('seeds events F1', summary.fields.events.f1, floors.seeds.eventsF1);
    atLeast('seeds events with the right actor', summary.eventArgs?.actor ?? 0, floors.seeds.eventsActor);
  }
  atLeast('seeds body checks', summary.body.pass / summary.body.all, floors.seeds.bodyChecks);
  atLeast('seeds titles', summary.title[0]!, floors.seeds.titles);
  atLeast('seeds publish times', summary.publishedAt[0]!, floors.seeds.publishedAt);
  // Figure subjects (of matched figures whose gold has one): the share right, and the share not wrong (empty is allowed).
  const subj = summary.subjects;
  assert.ok(subj.n > 0, 'some matched figures have a gold subject');
  atLeast('seeds figure subjects right', subj.right / subj.n, floors.seeds.figureSubjectsRight);
  atLeast('seeds figure subjects not wrong', 1 - subj.wrong / subj.n, floors.seeds.figureSubjectsNotWrong);
});

for (const suite of Object.keys(floors.suites)) {
  const s = sharedOrSkip('bench', `${suite}.jsonl`);
  test(`suite ${suite}: pass rate`, { skip: s.skip }, (t) => {
    report = (m) => t.diagnostic(m);
    const input = node([join(SHARED, 'tools/suite.mjs'), 'input', s.path]);
    const out = join(tmp, `${suite}.jsonl`);
    zhfin(['-', '--no-strip', '--format', 'jsonl', '-o', out], input);
    const { summary } = JSON.parse(node([join(SHARED, 'tools/suite.mjs'), 'score', s.path, '--records', out, '--json'])) as {
      summary: { total: { passRate: number | null; scored: number } };
    };
    assert.ok(summary.total.scored > 0, 'the suite scored some cases');
    atLeast(`${suite} pass rate`, summary.total.passRate ?? 0, floors.suites[suite]);
  });
}

const cwced = sharedOrSkip('bench', 'html', 'cwced');
test('HTML bench (CWCED): main text F1, dates, authors, titles, no page mostly chrome', { skip: cwced.skip }, (t) => {
  report = (m) => t.diagnostic(m);
  const out = join(tmp, 'cwced.jsonl');
  zhfin([join(cwced.path, 'pages'), '-o', out]);
  const { summary } = JSON.parse(node([join(SHARED, 'tools/html-score.mjs'), '--gold', join(cwced.path, 'gold.jsonl'), out, '--json'])) as {
    summary: { F1: number; mostlyChrome: number; dates: { ok: number }; authors: { ok: number }; titles?: { ok: number } };
  };
  atLeast('CWCED main text F1', summary.F1, floors.cwced.textF1);
  atLeast('CWCED dates', summary.dates.ok, floors.cwced.dates);
  atLeast('CWCED authors', summary.authors.ok, floors.cwced.authors);
  // Older scorers report no titles: the floor applies once the scorer counts them.
  if (summary.titles && floors.cwced.titles !== undefined) atLeast('CWCED titles', summary.titles.ok, floors.cwced.titles);
  if (floors.cwced.mostlyChromeMax !== undefined) {
    assert.ok(summary.mostlyChrome <= floors.cwced.mostlyChromeMax, `${summary.mostlyChrome} pages mostly chrome (at most ${floors.cwced.mostlyChromeMax})`);
  }
  report(`CWCED pages mostly chrome: ${summary.mostlyChrome}`);
});
