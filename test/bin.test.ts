// A few runs of the real executable, for what only a real process shows:
// exit codes, a reader that leaves early, Ctrl-C.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/shared.js';
import { ARTICLE, fixture } from './helpers/fixtures.js';

const BIN = join(ROOT, 'bin/zhfin.js');

test('bin/zhfin.js runs: --version, exit 1 with a missing input among good ones', () => {
  const v = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  assert.equal(v.status, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+/);
  const f = fixture({ 'a.txt': ARTICLE });
  const r = spawnSync(process.execPath, [BIN, 'extract', f.path('a.txt'), f.path('missing.txt')], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stdout.trim().split('\n').length, 1);
  assert.match(r.stderr, /missing\.txt: no such file or folder/);
});

test('a reader that closes early (| head) ends the run quietly', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`p${String(i).padStart(2, '0')}.txt`] = ARTICLE;
  const f = fixture(files);
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" extract "${f.dir}" | head -n 1`], { encoding: 'utf8' });
  assert.equal(r.stdout.trim().split('\n').length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  assert.equal(r.status, 0, r.stderr);
});

test('Ctrl-C while waiting on standard input: exit 130, output complete lines', async () => {
  const child = spawn(process.execPath, [BIN, 'extract', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  const firstLine = new Promise<void>((res) => child.stdout.on('data', (d: string) => { out += d; if (out.includes('\n')) res(); }));
  child.stdin.write(`${JSON.stringify({ url: 'u1', text: '余额为12.5亿元。' })}\n`);
  await firstLine;
  child.kill('SIGINT');
  const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
  assert.equal(code, 130);
  const lines = out.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal(JSON.parse(lines[0]!).source.url, 'u1');
});

test('--segmenter nodejieba without nodejieba installed: exit 2, saying how to install it', () => {
  // nodejieba is an optional dependency; hide it as a failed native build would.
  const f = fixture({
    'a.txt': ARTICLE,
    'hide.cjs': `const M = require('node:module'); const resolve = M._resolveFilename;
M._resolveFilename = function (request, ...rest) {
  if (request === 'nodejieba') throw Object.assign(new Error("Cannot find module 'nodejieba'"), { code: 'MODULE_NOT_FOUND' });
  return resolve.call(this, request, ...rest);
};`,
  });
  const r = spawnSync(process.execPath, ['--require', f.path('hide.cjs'), BIN, 'extract', f.path('a.txt'), '--segmenter', 'nodejieba'], { encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /--segmenter nodejieba: nodejieba is not installed.*npm install nodejieba/);
  const ok = spawnSync(process.execPath, ['--require', f.path('hide.cjs'), BIN, 'extract', f.path('a.txt')], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
});
