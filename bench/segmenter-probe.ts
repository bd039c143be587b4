// One segmenter backend in a fresh process: the time and memory its load
// costs (with zhfin's user dictionary), and how fast it tags text.
import { readFileSync } from 'node:fs';
import { allUserWords } from '../extractors/index.js';
import { getSegmenter, type SegmenterName } from '../src/segment.js';

const name = process.argv[2] as SegmenterName;
const textFile = process.argv[3];
const words = allUserWords();
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const seg = getSegmenter(name, () => words);
seg.tag('预热');
const loadMs = performance.now() - t0;
const rssLoaded = process.memoryUsage().rss;
let tagMs = 0, chars = 0, tokens = 0;
if (textFile) {
  const texts = readFileSync(textFile, 'utf8').split('\n\n');
  const t1 = performance.now();
  for (const t of texts) { tokens += seg.tag(t).length; chars += t.length; }
  tagMs = performance.now() - t1;
}
process.stdout.write(JSON.stringify({ name, loadMs, loadMB: (rssLoaded - rss0) / 1048576, tagMs, chars, tokens, peakMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
