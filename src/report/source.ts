// What a report source is: anything that turns its input into ReportData.
// JSON Lines streams records through the aggregator (sources.ts); the corpus
// database counts in SQL and fetches only the rows it ships (sql-source.ts).
import type { ReportData, ReportLimits } from './types.js';

export interface BuildOptions {
  title: string;
  limits: Partial<ReportLimits>;
  generated?: string;
  /** A line the source could not use, for the CLI to print. */
  onProblem?: (message: string) => void;
}

export interface ReportSource {
  /** What the input is called in messages and in the page header. */
  readonly name: string;
  build(options: BuildOptions): Promise<ReportData>;
}

/** A report's input is not usable; the message says what to do. */
export class ReportInputError extends Error {}
