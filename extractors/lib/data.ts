// The one data loader. Each extractor's JSON lives in its folder's data/
// (extractors/<name>/data/), data two or more extractors read in lib/data/.
// Files are read from the source tree, which the package ships beside dist/.
import { readFileSync } from 'node:fs';

/** Parse a JSON file given by its path under extractors/ ('figures/data/figure-units.json'). */
export function loadData<T>(path: string): T {
  // This module runs as dist/extractors/lib/data.js; the files sit in extractors/.
  const url = new URL(`../../../extractors/${path}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}
