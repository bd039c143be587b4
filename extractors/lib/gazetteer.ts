// Matching names from a gazetteer: every surface form (name and aliases)
// found in the text, longest first, grouped by canonical name.
import { readFileSync } from 'node:fs';
import type { Mention } from '../../src/schema.js';

export interface GazetteerEntry {
  name: string;
  aliases: string[];
  [key: string]: unknown;
}

export function loadGazetteer<E extends GazetteerEntry>(file: string): E[] {
  const url = new URL(`../../../extractors/data/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { entries: E[] }).entries;
}

export interface Found<E> {
  entry: E;
  mentions: string[];
  spans: Mention[];
}

/** Find every form of every entry; a longer form wins over a shorter one inside it. */
export function findAll<E extends GazetteerEntry>(text: string, entries: E[]): Found<E>[] {
  const forms: { form: string; entry: E }[] = [];
  for (const e of entries) for (const f of new Set([e.name, ...e.aliases])) forms.push({ form: f, entry: e });
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const byName = new Map<string, Found<E>>();
  for (const { form, entry } of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      let free = true;
      for (let k = i; k < i + form.length; k++) if (taken[k]) { free = false; break; }
      if (!free) continue;
      taken.fill(1, i, i + form.length);
      let f = byName.get(entry.name);
      if (!f) { f = { entry, mentions: [], spans: [] }; byName.set(entry.name, f); }
      f.spans.push({ text: form, start: i, end: i + form.length });
    }
  }
  const out = [...byName.values()];
  for (const f of out) {
    f.spans.sort((a, b) => a.start - b.start);
    f.mentions = [...new Set(f.spans.map((s) => s.text))];
  }
  return out.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
