// Errors with stable codes. Every message names the input and says what to do,
// because the person reading it is often looking at a cron log, not the code.

import type { ErrorCode } from './schema.js';

export type { ErrorCode };

export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly input: string,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${input}: ${problem}; ${hint}`);
    this.name = 'InputError';
  }
}

/** The one line printed on standard error for a failed input. */
export function errorLine(err: unknown, input: string): string {
  if (err instanceof InputError) return `zhfin: ${err.message} [${err.code}]`;
  const msg = err instanceof Error ? err.message : String(err);
  return `zhfin: ${input}: internal error (${msg}); please report it with this input attached [internal]`;
}

export function errorCode(err: unknown): ErrorCode {
  return err instanceof InputError ? err.code : 'internal';
}

const MB = 1048576;

/** The one size check: null when `bytes` is within the limit, else the error to report. */
export function sizeError(input: string, bytes: number, maxBytes: number, hint = 'skipped; raise the limit with --max-size MB if it really is one page'): InputError | null {
  if (bytes <= maxBytes) return null;
  return new InputError('too-large', input, `is ${(bytes / MB).toFixed(1)} MB, over the ${(maxBytes / MB).toFixed(0)} MB limit`, hint);
}
