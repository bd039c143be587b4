// Every gazetteer entry is well formed: a canonical name used once, aliases that
// name one entry only, dates that parse, successors that exist, a source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { AGENCY_LEVELS } from '../../../src/schema.js';
import { loadData } from '../../../extractors/lib/data.js';
import type { GazetteerEntry } from '../../../extractors/lib/gazetteer.js';
import { CURATED_PLATFORMS } from '../../../extractors/lib/platform-names.js';

interface File { defaults?: Record<string, unknown>; entries: (GazetteerEntry & Record<string, unknown>)[] }

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function parseDate(s: string): number | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const [y, mo = '01', d = '01'] = [Number(m[1]), m[2], m[3]];
  const t = Date.UTC(y, Number(mo) - 1, Number(d));
  const back = new Date(t);
  return back.getUTCMonth() === Number(mo) - 1 && back.getUTCDate() === Number(d) ? t : null;
}

const gazetteers: Record<string, { files: string[]; field: 'kind' | 'level' }> = {
  platforms: { files: [CURATED_PLATFORMS, 'platforms/data/lenders.json', 'platforms/data/p2p-platforms.json'], field: 'kind' },
  agencies: { files: ['agencies/data/agencies.json', 'agencies/data/foreign.json', 'agencies/data/gov-bodies.json'], field: 'level' },
};

for (const [label, { files, field }] of Object.entries(gazetteers)) {
  test(`gazetteer data: ${label} entries are well formed`, () => {
    const all = files.flatMap((f) => {
      const data = loadData<File>(f);
      return data.entries.map((e) => ({ file: f, e: { ...data.defaults, ...e } as GazetteerEntry & Record<string, unknown> }));
    });
    const names = new Map<string, string>();
    const forms = new Map<string, string>();
    for (const { file, e } of all) {
      const where = `${file}: ${e.name}`;
      assert.equal(typeof e.name, 'string', where);
      assert.ok(e.name.trim() === e.name && e.name.length >= 2, `${where}: name trimmed, 2+ characters`);
      assert.ok(Array.isArray(e.aliases), `${where}: aliases is a list`);
      assert.ok(typeof e.source === 'string' && e.source.length > 0, `${where}: has a source`);
      assert.ok(typeof e[field] === 'string' && (e[field] as string).length > 0, `${where}: has a ${field}`);
      if (field === 'level') assert.ok((AGENCY_LEVELS as readonly string[]).includes(e.level as string), `${where}: level`);
      assert.ok(!names.has(e.name), `${where}: canonical name already used in ${names.get(e.name)}`);
      names.set(e.name, file);
      for (const f of new Set([e.name, ...e.aliases])) {
        assert.ok(f.length >= 2, `${where}: alias ${f} too short`);
        assert.ok(!forms.has(f), `${where}: form ${f} also names ${forms.get(f)}`);
        forms.set(f, e.name);
      }
      for (const f of e.cueForms ?? []) assert.ok(f === e.name || e.aliases.includes(f), `${where}: cue form ${f} is one of its forms`);
      for (const k of ['validFrom', 'validTo'] as const) {
        if (e[k] !== undefined) assert.ok(parseDate(e[k]!) !== null, `${where}: ${k} ${e[k]} parses`);
      }
      if (e.validFrom && e.validTo) assert.ok(parseDate(e.validFrom)! <= parseDate(e.validTo)!, `${where}: validFrom before validTo`);
    }
    for (const { file, e } of all) {
      if (e.successor) assert.ok(names.has(e.successor), `${file}: ${e.name}: successor ${e.successor} is an entry`);
    }
  });
}

test('gazetteer data: lib/data/places.json indexes point at real places', () => {
  const p = loadData<{ provinces: [string, string][]; cities: [string, string, number][]; districts: [string, number][] }>('lib/data/places.json');
  assert.ok(p.provinces.length >= 31 && p.cities.length >= 300 && p.districts.length >= 2800);
  for (const [name, , pi] of p.cities) assert.ok(p.provinces[pi], `${name}: province index`);
  for (const [name, ci] of p.districts) assert.ok(ci >= 0 ? p.cities[ci] : p.provinces[-1 - ci], `${name}: parent index`);
});

test('gazetteer data: every lender needs a kind of cue the cue list has', () => {
  const { lenderCues, lenderSuffixes } = loadData<{ lenderCues: Record<string, string[]>; lenderSuffixes: Record<string, string> }>('platforms/data/platform-cues.json');
  const lenders = loadData<{ defaults: { needs: string }; entries: { name: string; needs?: string }[] }>('platforms/data/lenders.json');
  for (const e of lenders.entries) assert.ok(lenderCues[e.needs ?? lenders.defaults.needs]?.length, `${e.name}: needs`);
  for (const [suffix, needs] of Object.entries(lenderSuffixes)) assert.ok(lenderCues[needs]?.length, `${suffix}: needs`);
});

test('gazetteer data: curated platforms with a P2P status name curated entries', () => {
  const names = new Set(loadData<{ entries: { name: string }[] }>(CURATED_PLATFORMS).entries.map((e) => e.name));
  const { status } = loadData<{ status: Record<string, string> }>('platforms/data/curated-status.json');
  assert.ok(Object.keys(status).length > 0);
  for (const name of Object.keys(status)) assert.ok(names.has(name), name);
});

test('gazetteer data: agency parts have known levels', () => {
  const parts = loadData<{ bodies: { suffix: string; level?: string }[] }>('agencies/data/agency-parts.json');
  for (const b of parts.bodies) {
    if (b.level) assert.ok((AGENCY_LEVELS as readonly string[]).includes(b.level), `${b.suffix}: ${b.level}`);
  }
});

test('gazetteer data: HanLP-derived entries ship with their licence notice', () => {
  for (const f of ['NOTICE', 'HanLP-Apache-2.0.txt']) {
    assert.ok(existsSync(new URL(`../../../../extractors/lib/data/licenses/${f}`, import.meta.url)), f);
  }
});

test('gazetteer data: date check rejects impossible dates', () => {
  assert.equal(parseDate('2018-03-38'), null);
  assert.equal(parseDate('2018-13'), null);
  assert.ok(parseDate('2018-04') !== null);
});
