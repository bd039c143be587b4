// Hostile pages made on demand (never committed as files): a page from
// samples/ with something pathological put into its article, sized by the caller.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './shared.js';

/** A sample page we wrote (UTF-8, with an article), as text. */
export const SAMPLE = readFileSync(join(ROOT, 'samples/jsonld-utf8.html'), 'utf8');

/** The sample page with `run` put inside its first article paragraph. */
export function withRun(run: string, page = SAMPLE): string {
  const at = page.indexOf('。</p>') + 1;
  return page.slice(0, at) + run + page.slice(at);
}

/** The pathological shapes of issue 16, each as a function of its size n. */
export const HOSTILE = {
  percents: (n: number) => withRun('1%'.repeat(n)),
  years: (n: number) => withRun('1年'.repeat(n)),
  entityPairs: (n: number) => withRun('&copy;&reg;'.repeat(n)),
  numericEntities: (n: number) => withRun('&#20013;&#x6587;'.repeat(n)),
  bareAmpersands: (n: number) => withRun('a&'.repeat(n)),
  unclosedDivs: (n: number) => withRun('<div>'.repeat(n)),
  nestedClosedDivs: (n: number) => withRun(`${'<div>'.repeat(n)}文${'</div>'.repeat(n)}`),
  longLine: (n: number) => withRun('数字人民币'.repeat(n)),
};
