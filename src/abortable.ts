// Ctrl-C must end a run even while it waits for the next input (a quiet pipe
// on standard input), so iteration races the abort signal.
export async function* abortable<T>(source: AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  if (!signal) { yield* source; return; }
  const it = source[Symbol.asyncIterator]();
  const aborted = new Promise<'aborted'>((res) => {
    if (signal.aborted) res('aborted');
    else signal.addEventListener('abort', () => res('aborted'), { once: true });
  });
  try {
    for (;;) {
      const next = await Promise.race([it.next(), aborted]);
      if (next === 'aborted' || next.done) return;
      yield next.value;
    }
  } finally {
    // Do not wait for a source that may be blocked on input forever.
    void it.return?.();
  }
}
