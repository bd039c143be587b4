// Fake streams for running the CLI in-process.
import { PassThrough, Readable, Writable } from 'node:stream';
import { run, type IO } from '../../src/cli.js';
import { ROOT } from './shared.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

class Collect extends Writable {
  chunks: Buffer[] = [];
  isTTY?: boolean;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    cb();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export async function runCli(
  argv: string[],
  opts: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string; tty?: boolean; signal?: AbortSignal } = {},
): Promise<RunResult> {
  const stdout = new Collect();
  const stderr = new Collect();
  if (opts.tty) stderr.isTTY = true;
  const stdin = opts.stdin === undefined ? new PassThrough() : Readable.from([Buffer.from(opts.stdin)]);
  if (opts.stdin === undefined) (stdin as PassThrough).end();
  const io: IO = {
    stdin, stdout, stderr, env: opts.env ?? {}, cwd: opts.cwd ?? ROOT,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text(), stdoutBytes: Buffer.concat(stdout.chunks) };
}
