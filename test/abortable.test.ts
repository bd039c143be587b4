import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abortable } from '../src/abortable.js';

test('stops waiting for the next value as soon as the signal aborts', async () => {
  const controller = new AbortController();
  async function* never(): AsyncGenerator<number> { yield 1; await new Promise(() => undefined); }
  const got: number[] = [];
  setTimeout(() => controller.abort(), 20);
  for await (const v of abortable(never(), controller.signal)) got.push(v);
  assert.deepEqual(got, [1]);
});
