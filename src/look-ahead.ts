// Reading a little of the input before deciding how to run it: a small input
// runs on this thread, since starting worker threads costs more than they
// save on it (see MIN_PAGES_FOR_WORKERS in process.ts).
import { memoryBytes, type InputItem } from './page.js';

/** How long the look-ahead waits for the input to show its size (a slow standard input) before giving up. */
const LOOK_AHEAD_MS = 500;

/** Bytes a page holds in memory. */
export function sizeOf(item: InputItem): number {
  return item.kind === 'page' ? memoryBytes(item.page) : 0;
}

export interface LookAhead {
  ahead: InputItem[];
  /** The input ended within the look-ahead: it is all in `ahead`. */
  ended: boolean;
  /** A read still pending when the look-ahead gave up waiting. */
  pending: Promise<IteratorResult<InputItem>> | null;
}

/** Reads up to `min` pages (and at most `maxBytes` of them) ahead, or until the input stalls. */
export async function lookAhead(input: AsyncIterator<InputItem>, min: number, maxBytes: number): Promise<LookAhead> {
  const ahead: InputItem[] = [];
  let pages = 0, bytes = 0;
  const deadline = Date.now() + LOOK_AHEAD_MS;
  while (pages < min && bytes < maxBytes) {
    const next = input.next();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((res) => { timer = setTimeout(() => res(null), Math.max(0, deadline - Date.now())); });
    const r = await Promise.race([next, late]);
    clearTimeout(timer);
    if (r === null) return { ahead, ended: false, pending: next };
    if (r.done) return { ahead, ended: true, pending: null };
    ahead.push(r.value);
    if (r.value.kind === 'page') { pages++; bytes += sizeOf(r.value); }
  }
  return { ahead, ended: false, pending: null };
}

/** The items looked ahead at, then the rest of the input. */
export async function* resume(look: LookAhead, input: AsyncIterator<InputItem>): AsyncGenerator<InputItem> {
  yield* look.ahead;
  if (look.pending) {
    const r = await look.pending;
    if (r.done) return;
    yield r.value;
  }
  for (let r = await input.next(); !r.done; r = await input.next()) yield r.value;
}
