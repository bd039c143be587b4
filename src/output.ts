// Where output goes: standard output, or a file written under a temporary
// name in the same folder and renamed at the end, so a failed or killed run
// never leaves a half-written file behind.
import { createWriteStream, readdirSync, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Sink {
  /** Write a chunk; resolves once the stream can take more (backpressure). */
  write(chunk: string): Promise<void>;
  /** Finish: flush, and for a file, move it into place. */
  close(): Promise<void>;
  /** Give up: for a file, remove the temporary file. */
  abort(): void;
  /** True once the reader went away (EPIPE from `| head`). */
  readonly closedByReader: boolean;
}

function streamSink(stream: Writable, onClose: () => Promise<void>, onAbort: () => void): Sink {
  let gone = false;
  let failure: Error | null = null;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') gone = true;
    else failure = e;
  });
  return {
    get closedByReader() { return gone; },
    write(chunk) {
      if (failure) return Promise.reject(failure);
      if (gone || !chunk) return Promise.resolve();
      if (stream.write(chunk)) return Promise.resolve();
      return new Promise((res) => {
        const done = () => { stream.off('drain', done); stream.off('error', done); stream.off('close', done); res(); };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
    },
    close: onClose,
    abort: onAbort,
  };
}

export function stdoutSink(stdout: Writable): Sink {
  return streamSink(stdout, async () => undefined, () => undefined);
}

/** The temporary name a run with this pid writes `path` under. */
const tmpName = (path: string, pid: number) => join(dirname(path), `.${basename(path)}.${pid}.tmp`);

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Temporary files a killed run (SIGKILL, a crash) left for this output: removed, unless their run still lives. */
function removeStale(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try { names = readdirSync(dirname(path)); } catch { return; }
  for (const n of names) {
    const pid = n.startsWith(prefix) && n.endsWith('.tmp') ? Number(n.slice(prefix.length, -4)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) {
      try { unlinkSync(join(dirname(path), n)); } catch { /* raced with another run */ }
    }
  }
}

/** Open a file sink; throws (with the path) when the folder is not writable. */
export async function fileSink(path: string): Promise<Sink> {
  removeStale(path);
  const tmp = tmpName(path, process.pid);
  const stream: WriteStream = createWriteStream(tmp, { flags: 'w' });
  await new Promise<void>((res, rej) => { stream.once('open', () => res()); stream.once('error', rej); });
  let finished = false;
  // The process may end without close or abort (a second Ctrl-C, process.exit): no temporary file stays.
  const onExit = () => { if (!finished) { try { unlinkSync(tmp); } catch { /* already gone */ } } };
  process.once('exit', onExit);
  return streamSink(
    stream,
    () => new Promise<void>((res, rej) => {
      stream.end(() => {
        process.off('exit', onExit);
        try { renameSync(tmp, path); finished = true; res(); } catch (e) { rej(e); }
      });
    }),
    () => {
      process.off('exit', onExit);
      if (finished) return;
      stream.destroy();
      try { unlinkSync(tmp); } catch { /* already gone */ }
    },
  );
}

/** Output nobody asked for (extract --db without -o). */
export function nullSink(): Sink {
  return { write: async () => undefined, close: async () => undefined, abort: () => undefined, closedByReader: false };
}
