// Errors with stable codes. Every message names the input and says what to do,
// because the person reading it is often looking at a cron log, not the code.

export type ErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'undecodable'
  | 'bad-json-line'
  | 'bad-warc-record'
  | 'internal';

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

/** Raised for a wrong command line; the CLI turns it into exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
