// A full disk is a clear error with exit 2, and the database stays sound with
// what it held. Needs to mount a small tmpfs (root on Linux); skips otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, htmlPage } from '../helpers/fixtures.js';
import { BIN, count, exported, openDb, SAMPLES } from './helpers.js';

test('a full disk: exit 2 saying so, integrity_check passes, the pages written before stay', async (t) => {
  const mnt = mkdtempSync(join(tmpdir(), 'zhfin-full-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=600k', 'tmpfs', mnt]).status !== 0) {
    t.skip('cannot mount a small tmpfs here (needs root on Linux) to fill a disk');
    return;
  }
  try {
    const db = join(mnt, 'c.sqlite');
    const first = spawnSync(process.execPath, [BIN, 'extract', SAMPLES, '--db', db, '-q', '-j', '1'], { encoding: 'utf8' });
    assert.equal(first.status, 0, first.stderr);
    const before = await exported(db, ['-f', 'jsonl']);
    // Many pages, each with a long text of its own: more than the disk holds.
    const pages: Record<string, string> = {};
    for (let i = 0; i < 60; i++) pages[`p${i}.html`] = htmlPage(Array.from({ length: 80 }, (_, k) => `${2000 + i}年第${k}期，第${i}号平台借贷余额为${i}.${k}亿元。`).join(''));
    const f = fixture(pages);
    const r = spawnSync(process.execPath, [BIN, 'extract', f.dir, '--db', db, '-q', '-j', '1'], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /c\.sqlite: the disk is full .*free space and run again/);
    const d = openDb(db);
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    assert.ok(count(d, 'pages') >= 5);
    d.close();
    assert.ok((await exported(db, ['-f', 'jsonl'])).subarray(0, before.length).equals(before), 'the earlier pages are as they were');
    assert.ok(readdirSync(mnt).includes('c.sqlite'));
  } finally {
    spawnSync('umount', [mnt]);
  }
});
