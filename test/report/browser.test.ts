// The report of the samples and seeds (plus invented pages with events) in
// real headless Chromium: it renders, filters, asks the network for nothing,
// logs no error; a screenshot goes to test-output/report/ to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractAll, type PageLike } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { browserSkip, launch } from '../helpers/browser.js';
import { runCli } from '../helpers/io.js';
import { ROOT, SHARED } from '../helpers/shared.js';
import { fixtureRecords } from './fixture.js';

const OUT = join(ROOT, 'test-output/report');

function pagesOf(dir: string): PageLike[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((f) => ({ bytes: readFileSync(join(dir, f)), path: join(dir, f) }));
}

async function reportFile(): Promise<{ file: string; seeds: boolean; dir: string }> {
  const seedsDir = join(SHARED, 'seeds');
  const pages = [...pagesOf(join(ROOT, 'samples')), ...pagesOf(seedsDir)];
  const lines: string[] = [];
  // The real pages' own events are left off: the filter counts below are the invented
  // pages' (the extracted events are test/extractors/events.test.ts's to check).
  for await (const r of extractAll(pages, { jobs: 1 } as object)) lines.push(JSON.stringify('events' in r ? { ...r, events: [] } : r));
  for (const r of fixtureRecords()) lines.push(JSON.stringify(r));
  const dir = mkdtempSync(join(tmpdir(), 'zhfin-report-'));
  writeFileSync(join(dir, 'records.jsonl'), `${lines.join('\n')}\n`);
  const r = await runCli(['report', join(dir, 'records.jsonl'), '-o', join(dir, 'report.html')]);
  assert.equal(r.code, 0, r.stderr);
  return { file: join(dir, 'report.html'), seeds: existsSync(seedsDir), dir };
}

test('the report opens in headless Chromium: chart, tables, filters; no request leaves it; no console error', { skip: browserSkip() }, async (t) => {
  const { file, seeds, dir } = await reportFile();
  if (!seeds) t.diagnostic(`no ${join(SHARED, 'seeds')}: report of samples/ and the invented pages only`);
  let browser: Awaited<ReturnType<typeof launch>>;
  try {
    browser = await launch();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    t.skip(`Chromium would not start here: ${(e as Error).message.split('\n')[0]}`);
    return;
  }
  try {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const self = pathToFileURL(file).href;
    page.on('request', (req) => { if (req.url() !== self) requests.push(req.url()); });
    await page.route('**/*', (route) => (route.request().url() === self ? route.continue() : route.abort()));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto(self);
    await page.waitForSelector('body[data-ready="true"][data-chart="ready"]', { timeout: 15000 });

    // The chart drew bars: the canvas has a size and dark pixels beyond its axes.
    const inked = await page.evaluate(() => {
      const c = document.getElementById('chart') as HTMLCanvasElement;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
      return { w: c.width, h: c.height, n };
    });
    assert.ok(inked.w > 300 && inked.h > 100, `canvas ${inked.w}x${inked.h}`);
    assert.ok(inked.n > 2000, `only ${inked.n} painted pixels on the chart`);
    const rows = (id: string) => page.locator(`#${id} tbody tr`).count();
    const months = await rows('t-months');
    assert.ok(months >= 5, `${months} month rows`);
    const events = await rows('t-events');
    assert.ok(events >= 6, `${events} event rows`);
    assert.ok(await rows('t-platforms') >= 3);
    assert.ok(await rows('t-agencies') >= 1);
    assert.ok(await rows('t-figures') >= 3);
    // The trigger is highlighted in its sentence; the page's title is text, never markup.
    assert.equal(await page.locator('#t-events mark', { hasText: '立案侦查' }).count(), 1);
    assert.equal(await page.locator('#t-events td', { hasText: '<b>不是标记</b>' }).count(), 1);
    assert.equal(await page.locator('#t-events b', { hasText: '不是标记' }).count(), 0);
    assert.ok(await page.locator('#t-events a', { hasText: '<script>alert' }).count() >= 1);

    // Filters: by type, by platform, by search, by date; reset brings every row back.
    // Each waits until every visible row fits, since the filters apply after a short pause.
    const settle = (col: number, expect: string, n: number, how: 'eq' | 'has' | 'ge') => page.waitForFunction(
      ([c, x, k, h]) => {
        const cells = [...document.querySelectorAll(`#t-events tbody tr td:nth-child(${c})`)].map((td) => td.textContent ?? '');
        return cells.length === k && cells.every((v) => (h === 'eq' ? v === x : h === 'has' ? v.includes(x as string) : v >= (x as string)));
      },
      [col, expect, n, how] as const, { timeout: 5000 },
    ).catch(async (e: Error) => {
      const seen = await page.locator('#t-events tbody tr').allInnerTexts();
      throw new Error(`waiting for ${n} rows with column ${col} ${how} ${expect}: ${e.message}; rows: ${seen.join(' | ')}`);
    });
    await page.selectOption('#f-type', 'exit');
    await settle(2, 'exit', 2, 'has');
    await page.selectOption('#f-type', '');
    await page.selectOption('#f-platform', '鑫盈贷');
    await settle(4, '鑫盈贷', 2, 'eq');
    assert.match(await page.locator('#chart-cap').textContent() ?? '', /共 2 个（按筛选后的事件表行计数）/);
    await page.selectOption('#f-platform', '');
    await page.fill('#f-q', '立案侦查');
    await settle(7, '立案侦查', 1, 'has');
    await page.fill('#f-q', '');
    await page.fill('#f-from', '2020-01');
    await settle(1, '2020-01', 2, 'ge');
    await page.click('#f-reset');
    await page.waitForFunction((n) => document.querySelectorAll('#t-events tbody tr').length === n, events);
    // Sorting a ranking by events puts 鑫盈贷 (2 events) above a platform with none.
    await page.click('#t-platforms th[data-sort="4"] button');
    assert.equal(await page.locator('#t-platforms th[data-sort="4"]').getAttribute('aria-sort'), 'descending');

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, 'report-print.png'), fullPage: false });
    assert.deepEqual(requests, [], 'the page asked the network for something');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
