// The shape of most unit tests here: a table of inputs, each with what one
// function must give for it (null: nothing), the input naming the failing row.
import assert from 'node:assert/strict';

export function eachCase<T>(fn: (input: string) => T, cases: ReadonlyArray<readonly [string, T]>): void {
  for (const [input, want] of cases) assert.deepEqual(fn(input), want, input);
}

/** Inputs that must all give nothing. */
export const none = (inputs: string[]): Array<[string, null]> => inputs.map((s) => [s, null]);
