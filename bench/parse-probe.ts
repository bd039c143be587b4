// What the htmlparser2 fork in src/strip/fast-parse.ts gains: the same pages
// parsed by htmlparser2's own parseDocument and by parseDocumentFast, taking
// turns, five rounds, the fastest round of each reported (a shared machine's
// noise only ever adds time). Prints one JSON line.
//   node dist/bench/parse-probe.js FILE...
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { decode } from '../src/decode.js';
import { parseDocumentFast } from '../src/strip/fast-parse.js';

const pages = process.argv.slice(2).map((f) => decode(readFileSync(f), f).text);
const round = (parse: (html: string) => unknown): number => {
  const t0 = performance.now();
  for (const p of pages) parse(p);
  return performance.now() - t0;
};
const library: number[] = [], fork: number[] = [];
for (let i = 0; i < 5; i++) {
  library.push(round((h) => parseDocument(h, { decodeEntities: true })));
  fork.push(round(parseDocumentFast));
}
const [lib, fast] = [Math.min(...library), Math.min(...fork)];
console.log(JSON.stringify({ pages: pages.length, libraryMs: lib, forkMs: fast, gain: lib / fast }));
