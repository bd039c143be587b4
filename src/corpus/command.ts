// The corpus database on the command line: `extract --db` and `export`.
// cli.ts stays the one place that parses arguments; this turns the flags
// into a writer or an export and database problems into exit status 2.
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { fileSink, stdoutSink, type Sink } from '../output.js';
import type { PipelineOptions } from '../pipeline.js';
import type { CsvTable, OutputFormat } from '../write.js';
import { exportCorpus } from './export.js';
import { CorpusError, openForRead } from './open.js';
import { CorpusWriter, summaryLine } from './writer.js';

export interface CorpusFlags {
  db?: string;
  reextract: boolean;
  /** Seconds. */
  lockWait: number;
}

interface Streams { stdout: Writable; stderr: Writable; cwd: string }

const USAGE = 2;

export interface OpenedCorpus {
  writer?: CorpusWriter;
  /** Exit status when the database could not be opened. */
  error?: number;
  finish(writer: CorpusWriter, interrupted: boolean): string;
  isCorpusError(e: unknown): e is CorpusError;
}

export function openCorpus(flags: CorpusFlags & { output?: string }, pipeline: PipelineOptions, io: Streams): OpenedCorpus {
  const shown = flags.db!;
  const base = {
    finish: (w: CorpusWriter, interrupted: boolean) => summaryLine(shown, w.finish(interrupted)),
    isCorpusError: (e: unknown): e is CorpusError => e instanceof CorpusError,
  };
  try {
    const writer = new CorpusWriter({
      path: resolve(io.cwd, shown), shown, pipeline, reextract: flags.reextract,
      lockWaitMs: Math.round(flags.lockWait * 1000), wantRecords: flags.output !== undefined,
    });
    return { ...base, writer };
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    io.stderr.write(`zhfin: ${e.message}\n`);
    return { ...base, error: USAGE };
  }
}

export async function exportCommand(database: string, flags: { format: OutputFormat; output?: string; table: CsvTable }, io: Streams): Promise<number> {
  if (flags.table !== 'articles' && flags.format !== 'csv') {
    io.stderr.write(`zhfin: --table ${flags.table} goes with --format csv; add --format csv\n`);
    return USAGE;
  }
  let opened;
  try {
    opened = openForRead(resolve(io.cwd, database), database);
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    io.stderr.write(`zhfin: ${e.message}\n`);
    return USAGE;
  }
  let sink: Sink;
  try {
    sink = flags.output ? await fileSink(resolve(io.cwd, flags.output)) : stdoutSink(io.stdout);
  } catch (e) {
    opened.db.close();
    io.stderr.write(`zhfin: cannot write ${flags.output}: ${(e as NodeJS.ErrnoException).code ?? e}; check that its folder exists and is writable\n`);
    return USAGE;
  }
  try {
    await exportCorpus(opened.db, flags.format, flags.table, sink);
    await sink.close();
    return 0;
  } catch (e) {
    sink.abort();
    io.stderr.write(`zhfin: ${database}: ${(e as Error).message}; nothing was written\n`);
    return USAGE;
  } finally {
    opened.db.close();
  }
}
