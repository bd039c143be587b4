// Ctrl-C must end a run even while it waits for the next input (a quiet pipe
// on standard input), so each wait races the abort signal.
//
// Each wait gets its own abort promise, dropped once the wait is over: racing
// one long-lived promise would keep a reaction, and so every value, alive for
// the whole run (a leak of every record in a long run).
export async function* abortable<T>(source: AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  if (!signal) { yield* source; return; }
  const it = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (signal.aborted) return;
      let onAbort: () => void = () => undefined;
      const aborted = new Promise<'aborted'>((res) => {
        onAbort = () => res('aborted');
        signal.addEventListener('abort', onAbort, { once: true });
      });
      let next: IteratorResult<T> | 'aborted';
      try {
        next = await Promise.race([it.next(), aborted]);
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
      if (next === 'aborted' || next.done) return;
      yield next.value;
    }
  } finally {
    // Do not wait for a source that may be blocked on input forever.
    void it.return?.();
  }
}
