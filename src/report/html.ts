// The report as one self-contained HTML file: the page template, its style,
// Chart.js and the client script inlined, the data as a JSON island.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReportData } from './types.js';

const require = createRequire(import.meta.url);
const ASSETS = new URL('../../../src/report/assets/', import.meta.url);

function asset(name: string): string {
  return readFileSync(new URL(name, ASSETS), 'utf8');
}

/** Chart.js's UMD build, without its source-map comment (a browser's devtools would try to fetch the map). */
function chartJs(): string {
  const main = require.resolve('chart.js'); // dist/chart.cjs; the UMD build sits beside it
  return readFileSync(join(dirname(main), 'chart.umd.min.js'), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside <script>: no `</script>` or `<!--` can close or confuse the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** An inlined script must not hold `</script` (it would end the element early). */
function inlineScript(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script');
}

export function renderHtml(data: ReportData): string {
  const fill: Record<string, string> = {
    '{{title}}': escapeHtml(data.title),
    '{{source}}': escapeHtml(data.source),
    '{{generated}}': escapeHtml(data.generated),
    '/*{{style}}*/': asset('report.css'),
    '{{data}}': scriptJson(data),
    '/*{{chart}}*/': inlineScript(chartJs()),
    '/*{{client}}*/': inlineScript(`${asset('patterns.js')}\n${asset('client.js')}`),
  };
  // One pass with a function: the inlined code holds `$` sequences a replacement string would expand.
  const pattern = new RegExp(Object.keys(fill).map((k) => k.replace(/[{}*/]/g, '\\$&')).join('|'), 'g');
  return asset('page.html').replace(pattern, (k) => fill[k]!);
}
