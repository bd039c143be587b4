// The comparison: @mozilla/readability with jsdom finding the main content of
// each page named on the command line, in one process (the benchmark starts
// a fresh one every 60 pages, since jsdom's memory grows page after page).
// It is given the raw bytes, so jsdom sniffs the encoding as a browser would.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom') as { JSDOM: new (html: Buffer, o: { url: string; contentType: string }) => { window: { document: unknown; close(): void } } };
const { Readability } = require('@mozilla/readability') as { Readability: new (doc: unknown) => { parse(): { textContent?: string | null } | null } };

let chars = 0;
for (const file of process.argv.slice(2)) {
  const dom = new JSDOM(readFileSync(file), { url: 'http://news.example.cn/', contentType: 'text/html' });
  const article = new Readability(dom.window.document).parse();
  chars += article?.textContent?.length ?? 0;
  dom.window.close();
}
// The amount of text found, so the work cannot be optimized away unseen.
process.stdout.write(`${chars}\n`);
