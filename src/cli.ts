// The command line. run() takes the arguments and the streams and returns the
// exit status; it never calls process.exit, so tests run it in-process.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { abortable } from './abortable.js';
import { openCorpus, exportCommand, type CorpusFlags } from './corpus/command.js';
import { countPages, expandInputs, inputsAtOutput } from './inputs.js';
import { fileSink, nullSink, stdoutSink, type Sink } from './output.js';
import { DEFAULT_OPTIONS, type PipelineOptions } from './pipeline.js';
import { MIN_PAGES_FOR_WORKERS, processItems } from './process.js';
import { itemCounts } from './run-page.js';
import { progress } from './progress.js';
import { recordJsonSchema } from './schema.js';
import { REPORT_DEFAULTS, reportCommand, type ReportFlags } from './report/command.js';
import { NODEJIEBA_MISSING, segmenterAvailable, SEGMENTERS, type SegmenterName } from './segment.js';
import { RunSummary } from './summary.js';
import { CSV_TABLES, formatForName, formatter, OUTPUT_FORMATS, referenceMarkdown, type CsvTable, type OutputFormat } from './write.js';

export interface IO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Aborted on Ctrl-C: stop after the current page, close the output cleanly, exit 130. */
  signal?: AbortSignal;
}

export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const EXAMPLES = `
Examples:
  $ zhfin extract pages/                         every page under pages/, JSON Lines on stdout
  $ zhfin extract pages/ -o out.jsonl            the same, written to out.jsonl when complete
  $ zhfin extract 'crawl/**/*.html' --format csv --table figures -o figures.csv
                                                 one spreadsheet row per figure, opens in Excel
  $ zhfin extract page.html --format json --no-text
  $ cat pages.jsonl | zhfin extract -            one {"url", "html"|"text", "publishedAt"?} a line,
                                                 one record a line out, in order
  $ zhfin extract article.txt --no-strip         the input is already clean article text
  $ zhfin extract crawl/ --db corpus.sqlite      add the pages to a searchable SQLite corpus;
                                                 a re-run reads only what is new or changed
  $ zhfin export corpus.sqlite --format csv --table figures -o figures.csv
                                                 what extract would have written, from the database
  $ zhfin schema                                 the record's JSON Schema

Exit status: 0 every input became a record; 1 some inputs failed (each named on
stderr, the rest written); 2 bad command line or nothing could run; 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM): what was written is complete, valid output.`;

interface ExtractFlags extends CorpusFlags {
  /** Undefined: from the output file's name, else jsonl. */
  format?: OutputFormat;
  output?: string;
  table: CsvTable;
  text: boolean;
  strip: boolean;
  context: boolean;
  comments: boolean;
  maxSize: number;
  quiet: boolean;
  segmenter: SegmenterName;
  /** Undefined: one a core, once the input is big enough to pay for threads. */
  jobs?: number;
}

function positiveNumber(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function positiveInteger(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

export async function run(argv: string[], io: IO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('zhfin')
    .description('Turn scraped Chinese fintech news pages into structured records:\nclean simplified text, dates, figures, platforms and agencies.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run zhfin --help for usage)')
    .addHelpText('after', EXAMPLES);

  program.command('extract')
    .description('extract records from pages: files, folders (walked recursively), glob patterns, or - for standard input')
    .argument('<inputs...>', 'files, folders, globs, or - (one page, or JSON Lines with one page a line)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o name: .csv, .json, .jsonl/.ndjson; else jsonl)').choices(OUTPUT_FORMATS))
    .option('-o, --output <file>', 'write to FILE (atomically: complete or not at all) instead of standard output')
    .addOption(new Option('--table <table>', 'with CSV: one row a page (articles), or one row a figure / date / entity, each with its sentence').choices(CSV_TABLES).default('articles'))
    .option('--no-text', 'leave the clean text off the records')
    .option('--no-strip', 'the input is already clean article text: skip boilerplate removal')
    .option('--context', 'add each figure\'s sentence to the record as "context"', false)
    .option('--comments', 'keep reader comments on the record (never fed to the extractors)', false)
    .option('--max-size <MB>', 'refuse inputs larger than this', positiveNumber, DEFAULT_OPTIONS.maxBytes / 1048576)
    .addOption(new Option('--segmenter <name>', 'word segmenter (jieba-rs loads in a quarter of the time and memory)').choices(SEGMENTERS).default(DEFAULT_OPTIONS.segmenter))
    .option('-j, --jobs <n>', `pages processed in parallel on worker threads (default: one a core once the input holds ${MIN_PAGES_FOR_WORKERS} pages; a smaller input runs on one thread, as starting threads would cost more than they save); output is the same whatever N`, positiveInteger)
    .option('-q, --quiet', 'no progress, no skip notices and no summary at the end (errors are still printed)', false)
    .option('--db <file>', 'also write the records into a SQLite corpus (created if absent); alone, nothing goes to standard output')
    .option('--reextract', 'with --db: extract every input again, even those the database holds unchanged', false)
    .option('--lock-wait <seconds>', 'with --db: how long to wait for another zhfin writing the same database', positiveNumber, 30)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      exitCode = await extractCommand(inputs, flags, io);
    });

  program.command('export')
    .description('write the records of a corpus database exactly as extract wrote them, without extracting again')
    .argument('<database>', 'a database made by zhfin extract --db')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('jsonl'))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .addOption(new Option('--table <table>', 'with --format csv: which table').choices(CSV_TABLES).default('articles'))
    .action(async (database: string, flags: { format: OutputFormat; output?: string; table: CsvTable }) => {
      exitCode = await exportCommand(database, flags, io);
    });

  program.command('report')
    .description('one self-contained HTML page for people: timeline of events, rankings, largest figures, every row with its sentence and page')
    .argument('<input>', 'records from zhfin extract: JSON Lines (or - for standard input), a JSON array, or a corpus database (--db)')
    .option('-o, --output <file>', 'write the HTML to FILE (atomically) instead of standard output')
    .option('--title <text>', 'the page title', REPORT_DEFAULTS.title)
    .option('--max-events <n>', 'event rows shipped in the page (a fixed sample beyond this; the timeline counts all)', positiveInteger, REPORT_DEFAULTS.maxEvents)
    .option('--max-figures <n>', 'largest money figures listed', positiveInteger, REPORT_DEFAULTS.maxFigures)
    .option('--max-entities <n>', 'platforms and agencies ranked, by pages and by events', positiveInteger, REPORT_DEFAULTS.maxEntities)
    .option('--per-name <n>', 'event rows shipped for each ranked platform and agency besides the sample, so filtering on one shows some', positiveInteger, REPORT_DEFAULTS.perName)
    .option('-q, --quiet', 'no notices about skipped lines', false)
    .addHelpText('after', `
Examples:
  $ zhfin extract crawl/ -o records.jsonl && zhfin report records.jsonl -o report.html
  $ zhfin extract crawl/ | zhfin report - > report.html
  $ zhfin report corpus.sqlite -o report.html      a corpus database made by zhfin extract --db

The page opens from disk in any current browser with no network; send it as one file.`)
    .action(async (input: string, flags: ReportFlags) => {
      exitCode = await reportCommand(input, flags, io);
    });

  program.command('schema')
    .description('print the JSON Schema of a record (generated from src/schema.ts)')
    .option('--markdown', 'print the field reference as Markdown instead', false)
    .action((flags: { markdown: boolean }) => {
      io.stdout.write(flags.markdown ? referenceMarkdown() : `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw e;
  }
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  return exitCode;
}

/** The output format: --format, else the output file's name, else jsonl; null (said on stderr) when they disagree. */
function outputFormat(flags: ExtractFlags, io: IO): OutputFormat | null {
  const named = flags.output ? formatForName(flags.output) : undefined;
  if (flags.format && named && flags.format !== named) {
    io.stderr.write(`zhfin: --format ${flags.format} does not match the output name ${flags.output}, which asks for ${named}; ` +
      `drop --format to write ${named}, or give the file a name that ends in .${flags.format}\n`);
    return null;
  }
  const format = flags.format ?? named ?? 'jsonl';
  if (flags.table !== 'articles' && format !== 'csv') {
    io.stderr.write(`zhfin: --table ${flags.table} goes with CSV output; add --format csv or name the output file .csv\n`);
    return null;
  }
  return format;
}

async function extractCommand(inputs: string[], flags: ExtractFlags, io: IO): Promise<number> {
  const format = outputFormat(flags, io);
  if (!format) return EXIT.usage;
  if (!segmenterAvailable(flags.segmenter)) {
    io.stderr.write(`zhfin: --segmenter ${flags.segmenter}: ${NODEJIEBA_MISSING}\n`);
    return EXIT.usage;
  }
  const options: PipelineOptions = {
    strip: flags.strip, text: flags.text, context: flags.context, comments: flags.comments,
    segmenter: flags.segmenter, maxBytes: Math.round(flags.maxSize * 1048576),
  };
  const corpus = flags.db ? openCorpus(flags, options, io) : null;
  if (corpus?.error) return corpus.error;
  const writer = corpus?.writer;
  let sink: Sink;
  const outPath = flags.output ? resolve(io.cwd, flags.output) : null;
  const clash = outPath ? await inputsAtOutput(inputs, outPath, io.cwd) : [];
  if (clash.length) {
    io.stderr.write(`zhfin: -o ${flags.output} is also an input (${clash.join(', ')}); writing it would replace that page; name another output file\n`);
    return EXIT.usage;
  }
  try {
    sink = outPath ? await fileSink(outPath) : writer ? nullSink() : stdoutSink(io.stdout);
  } catch (e) {
    writer?.abort();
    io.stderr.write(`zhfin: cannot write ${flags.output}: ${(e as NodeJS.ErrnoException).code ?? e}; check that its folder exists and is writable\n`);
    return EXIT.usage;
  }
  const fmt = formatter(format, flags.table);
  const show = progress(io.stderr, !flags.quiet && !io.env.CI);
  if (show.enabled) void countPages(inputs, io.cwd).then((n) => { if (n !== null) show.total(n); });
  const summary = new RunSummary();
  let records = 0, failed = 0, notFound = 0;
  try {
    await sink.write(fmt.start());
    const items = expandInputs(inputs, { maxBytes: options.maxBytes, stdin: io.stdin, cwd: io.cwd, ...(writer ? { unchanged: writer.unchanged } : {}) });
    const outcomes = processItems(writer ? writer.screen(items) : items, {
      ...options, render: writer ? writer.renderTarget : { format, table: flags.table }, ...(io.signal ? { signal: io.signal } : {}),
      ...(flags.jobs ? { jobs: flags.jobs } : { jobs: availableParallelism(), minPagesForWorkers: MIN_PAGES_FOR_WORKERS }),
    });
    for await (const o of abortable(outcomes, io.signal)) {
      // With --db, records reach the output through the database writer: unchanged inputs give their stored records.
      const held = writer?.take(o);
      if (held && o.kind !== 'error' && o.kind !== 'skip') {
        records += held.length;
        for (const h of held) {
          summary.record(itemCounts(h.record));
          if (outPath) await sink.write(fmt.item(h.record, h.text));
        }
        show.tick(o.name, false);
        if (sink.closedByReader) break;
        continue;
      }
      if (o.kind === 'skip') {
        summary.skip();
        if (!flags.quiet) io.stderr.write(`${o.message}\n`);
        show.tick(o.name, false);
        continue;
      }
      if (o.kind === 'error') {
        failed++;
        summary.failure(o.record.error.code);
        if (o.record.error.code === 'not-found') notFound++;
        io.stderr.write(`${o.message}\n`);
        // A failed JSON Lines line keeps its place in JSON Lines output (mapper mode).
        if (format === 'jsonl' && o.record.source.line !== undefined) await sink.write(fmt.item(o.record));
      } else if (o.kind !== 'unchanged') {
        records++;
        summary.record(o.kind === 'rendered' ? o.counts : itemCounts(o.record));
        await sink.write(o.kind === 'rendered' ? fmt.place(o.output) : fmt.item(o.record));
      }
      show.tick(o.name, o.kind === 'error');
      if (sink.closedByReader) break;
    }
    show.done();
    await sink.write(fmt.end());
    if (writer) io.stderr.write(`${corpus!.finish(writer, !!io.signal?.aborted)}\n`);
    await sink.close();
  } catch (e) {
    show.done();
    sink.abort();
    writer?.abort();
    io.stderr.write(corpus?.isCorpusError(e) ? `zhfin: ${e.message}\n` : `zhfin: ${flags.output ?? 'output'}: ${(e as Error).message}; nothing was written\n`);
    return EXIT.usage;
  }
  if (sink.closedByReader) return EXIT.ok;
  if (!flags.quiet) {
    const as = ` as ${format === 'csv' ? `CSV (${flags.table} table)` : format === 'json' ? 'JSON' : 'JSON Lines'}`;
    const where = outPath ? `to ${flags.output}${as}${writer ? ` and into ${flags.db}` : ''}` : writer ? `into ${flags.db}` : `to standard output${as}`;
    const lines = summary.lines(where);
    if (io.signal?.aborted) lines.push('zhfin: interrupted: what was written is complete and valid; run again for the rest');
    io.stderr.write(`${lines.join('\n')}\n`);
  }
  if (io.signal?.aborted) return io.signal.reason === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
  if (records === 0 && failed > 0 && failed === notFound) {
    io.stderr.write('zhfin: no input found; name files, folders, glob patterns or - for standard input\n');
    return EXIT.usage;
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
