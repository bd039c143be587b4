// Gazetteers: JSON lists of names (read through lib/data.ts), and a
// matcher that finds every surface form of every entry in linear time
// (forms indexed by their first two characters; no regular expressions).
import type { Mention } from '../../src/schema.js';
import { loadData } from './data.js';
import { removeOverlaps } from './spans.js';

export interface GazetteerEntry {
  name: string;
  aliases: string[];
  /** When the body or brand took up / gave up this name (YYYY, YYYY-MM or YYYY-MM-DD). */
  validFrom?: string;
  validTo?: string;
  /** Canonical name of the entry that took over (银监会 -> 银保监会). */
  successor?: string;
  /** Where the entry comes from. */
  source: string;
  /** Forms that count only next to a cue: two-character names, ordinary words (快钱, 聚宝盆). */
  cueForms?: string[];
}

interface GazetteerFile<E> {
  /** Fields every entry of the file shares unless it says otherwise. */
  defaults?: Partial<E>;
  entries: E[];
}

/** Entries of one or more gazetteer files (paths under extractors/, as loadData takes them); an earlier file wins a name or alias a later one also has. */
export function loadGazetteer<E extends GazetteerEntry>(...files: string[]): E[] {
  const out: E[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const { defaults, entries } = loadData<GazetteerFile<E>>(file);
    for (const raw of entries) {
      const e = (defaults ? Object.assign({}, defaults, raw) : raw) as E;
      e.aliases ??= [];
      if (seen.has(e.name)) continue;
      e.aliases = e.aliases.filter((a) => !seen.has(a));
      for (const f of [e.name, ...e.aliases]) seen.add(f);
      out.push(e);
    }
  }
  return out;
}

export interface Hit<E> {
  entry: E;
  start: number;
  end: number;
  text: string;
}

function isAsciiWord(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
}
const isCjk = (c: string) => c >= '\u3400' && c <= '\u9fff';

/** A name mixing scripts is also written with spaces at the joins: 融360 -> 融 360. */
export function spacedVariant(form: string): string | null {
  if (!/[A-Za-z0-9]/.test(form)) return null;
  let out = '';
  for (let i = 0; i < form.length; i++) {
    const c = form[i]!;
    const prev = form[i - 1];
    if (prev !== undefined && ((isCjk(prev) && isAsciiWord(c)) || (isAsciiWord(prev) && isCjk(c)))) out += ' ';
    out += c;
  }
  return out === form ? null : out;
}

/**
 * The first two UTF-16 units at `i` as one number: no string is made per position looked at.
 * Packed into 32 bits with shifts (not a * 65536 + b, which passes 2^31 for most Chinese
 * characters) so the key stays a small integer, not a number boxed on the heap per look-up.
 */
const keyAt = (s: string, i: number): number => (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
/** The same two units folded into 16 bits, to index a table of the pairs forms start with. */
const pairSlot = (a: number, b: number): number => ((a * 31) ^ b) & 0xffff;

/** Finds the forms of many entries in a text. Build once, use for every page. */
export class Matcher<E> {
  private readonly index = new Map<number, { form: string; entry: E }[]>();
  /**
   * The first two characters of all forms, hashed into a table: most positions
   * of a text are passed over on one look-up, without the Map. (The first
   * characters alone let through every 中 and 国 of a page.)
   */
  private readonly firstPairs = new Uint8Array(65536);

  constructor(entries: Iterable<E>, formsOf: (e: E) => Iterable<string>) {
    for (const entry of entries) {
      for (const form of formsOf(entry)) {
        if (form.length < 2) continue;
        for (const f of [form, spacedVariant(form)]) {
          if (!f) continue;
          const key = keyAt(f, 0);
          this.firstPairs[pairSlot(f.charCodeAt(0), f.charCodeAt(1))] = 1;
          let list = this.index.get(key);
          if (!list) this.index.set(key, (list = []));
          list.push({ form: f, entry });
        }
      }
    }
    for (const list of this.index.values()) list.sort((a, b) => b.form.length - a.form.length);
  }

  /** Does `form` stand at `i` as a whole name? An ASCII name must not be cut out of a longer ASCII word (AIF in AIFX, 51 in 151). */
  private standsAt(text: string, i: number, form: string): boolean {
    if (!text.startsWith(form, i)) return false;
    if (isAsciiWord(form[0]) && isAsciiWord(text[i - 1])) return false;
    return !(isAsciiWord(form[form.length - 1]) && isAsciiWord(text[i + form.length]));
  }

  /** Every form starting at `i`, longest first. */
  *at(text: string, i: number): Generator<Hit<E>> {
    const list = this.index.get(keyAt(text, i));
    if (!list) return;
    for (const { form, entry } of list) {
      if (this.standsAt(text, i, form)) yield { entry, start: i, end: i + form.length, text: form };
    }
  }

  /** The longest form ending exactly at `end`, looking back at most `maxLen` characters. */
  endingAt(text: string, end: number, maxLen = 12): Hit<E> | undefined {
    for (let len = Math.min(maxLen, end); len >= 2; len--) {
      // The loop of at() for forms of this length, without a generator object per length.
      const start = end - len;
      const list = this.index.get(keyAt(text, start));
      if (!list) continue;
      for (const { form, entry } of list) {
        if (form.length === len && this.standsAt(text, start, form)) return { entry, start, end, text: form };
      }
    }
    return undefined;
  }

  /** Non-overlapping hits, a longer one winning over a shorter one it overlaps; `accept` can veto a hit. */
  findAll(text: string, accept: (h: Hit<E>) => boolean = () => true): Hit<E>[] {
    const hits: Hit<E>[] = [];
    for (let i = 0; i < text.length - 1; i++) {
      if (!this.firstPairs[pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))]) continue; // most positions start no name
      const list = this.index.get(keyAt(text, i));
      if (!list) continue;
      // The loop of at(), without a generator object per position.
      for (const { form, entry } of list) {
        if (!this.standsAt(text, i, form)) continue;
        const h = { entry, start: i, end: i + form.length, text: form };
        if (accept(h)) { hits.push(h); break; }
      }
    }
    return removeOverlaps(hits);
  }
}

export interface Found<E> {
  entry: E;
  name: string;
  mentions: string[];
  spans: Mention[];
}

/** Group hits by canonical name: surface forms in order of first appearance, spans in text order. */
export function groupHits<E>(hits: (Hit<E> & { name: string })[]): Found<E>[] {
  const byName = new Map<string, Found<E>>();
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    let f = byName.get(h.name);
    if (!f) byName.set(h.name, (f = { entry: h.entry, name: h.name, mentions: [], spans: [] }));
    f.spans.push({ text: h.text, start: h.start, end: h.end });
    if (!f.mentions.includes(h.text)) f.mentions.push(h.text);
  }
  return [...byName.values()];
}
