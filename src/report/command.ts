// `zhfin report`: the input's source, the aggregation, the HTML, written
// atomically like every other output.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileSink, stdoutSink, type Sink } from '../output.js';
import { renderHtml } from './html.js';
import { ReportInputError } from './source.js';
import { openSource } from './sources.js';
import { DEFAULT_LIMITS, type ReportData } from './types.js';

export interface ReportFlags {
  output?: string;
  title: string;
  maxEvents: number;
  maxFigures: number;
  maxEntities: number;
  perName: number;
  quiet: boolean;
}

export interface ReportIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
}

export const REPORT_DEFAULTS = {
  title: '金融科技新闻报告',
  maxEvents: DEFAULT_LIMITS.events,
  maxFigures: DEFAULT_LIMITS.figures,
  maxEntities: DEFAULT_LIMITS.entities,
  perName: DEFAULT_LIMITS.perEntity,
};

/** Returns the exit status: 0 written, 2 the input or output could not be used. */
export async function reportCommand(input: string, flags: ReportFlags, io: ReportIO): Promise<number> {
  let html: string;
  let problems = 0;
  try {
    const source = openSource(input, io.stdin, (p) => resolve(io.cwd, p));
    const data = await source.build({
      title: flags.title,
      limits: { events: flags.maxEvents, figures: flags.maxFigures, entities: flags.maxEntities, perEntity: flags.perName },
      onProblem: (m) => { problems++; if (!flags.quiet) io.stderr.write(`zhfin: ${m}\n`); },
    });
    if (flags.output) linkPathsFrom(data, dirname(resolve(io.cwd, flags.output)), io.cwd);
    html = renderHtml(data);
  } catch (e) {
    if (!(e instanceof ReportInputError)) throw e;
    io.stderr.write(`zhfin: ${e.message}\n`);
    return 2;
  }
  let sink: Sink;
  try {
    sink = flags.output ? await fileSink(resolve(io.cwd, flags.output)) : stdoutSink(io.stdout);
  } catch (e) {
    io.stderr.write(`zhfin: cannot write ${flags.output}: ${(e as NodeJS.ErrnoException).code ?? e}; check that its folder exists and is writable\n`);
    return 2;
  }
  try {
    await sink.write(html);
    await sink.close();
  } catch (e) {
    sink.abort();
    io.stderr.write(`zhfin: ${flags.output ?? 'output'}: ${(e as Error).message}; nothing was written\n`);
    return 2;
  }
  return problems > 0 ? 1 : 0;
}

/**
 * A page known by its path links relative to the report's folder (resolved
 * against the current folder, as zhfin extract was most likely run from it),
 * so the links work when the report sits beside the pages or moves with them.
 */
export function linkPathsFrom(data: ReportData, reportDir: string, cwd: string): void {
  for (const p of data.pages) {
    if (!p.href || /^[a-z][a-z0-9+.-]*:/i.test(p.href)) continue;
    const target = isAbsolute(p.href) ? p.href : resolve(cwd, p.href);
    p.href = relative(reportDir, target).split(sep).map(encodeURIComponent).join('/');
  }
}
