// Traditional -> simplified as opencc-js's `Converter({ from: 'hk', to: 'cn' })`
// does it, with its own dictionaries and tries, but without asking a trie about
// characters that no key of it starts with.
//
// opencc-js tries a match at every character in every pass (a normalization
// pass, a segmentation pass, then two conversion passes), a Map lookup each
// time. Most characters of a simplified article start no key, so a table of
// the characters that do lets the loops skip straight past the rest: the
// profile had opencc at 5% of a page, almost all of it on text it left alone.
// The answers are the same by construction (a trie with no entry for the first
// character matches nothing there) and the tests compare the two on real text
// and on every dictionary key.
//
// A fork of opencc-js internals (its Trie and preset dictionaries), so the
// package is pinned to the exact version this was written against (1.4.2 in
// package.json); test/simplify.test.ts compares the two on every dictionary key
// and on committed pages, and fails first when an upgrade changes either.
// What it pays: the article paragraphs of the 69 CWCED pages and the 5 seeds
// (291,591 characters) convert in 31-66 ms against opencc-js's 112-269 ms
// (3.5-6x; three rounds, in one process), about 1 ms of a page's 7-10 ms.
import { Trie } from 'opencc-js/core';
import { Converter } from 'opencc-js/t2cn';
import * as preset from 'opencc-js/preset/t2cn';

type DictLike = string | readonly (readonly [string, string])[];
type Convert = (s: string) => string;

interface Pass {
  trie: Trie;
  /** By code unit: 1 starts a key, 2 is an ideographic description operator (see pass()), 0 neither. */
  starts: Uint8Array;
}

/** The keys of a dictionary as opencc-js's Trie.loadDict reads them. */
function keysOf(dict: DictLike): string[] {
  if (typeof dict !== 'string') return dict.map(([k]) => k);
  return dict ? dict.split('|').map((entry) => entry.split(' ')[0]!) : [];
}

function pass(group: readonly DictLike[]): Pass {
  const trie = new Trie();
  trie.loadDictGroup(group as DictLike[]);
  const starts = new Uint8Array(65536);
  for (const dict of group) {
    for (const key of keysOf(dict)) if (key) starts[key.charCodeAt(0)] = 1; // an astral key: its high surrogate
  }
  // opencc-js steps over an ideographic description sequence (⿰氵青 ...) whole
  // when nothing matches at its operator; such text goes to opencc-js itself.
  for (let c = 0x2ff0; c <= 0x2fff; c++) starts[c] = 2;
  return { trie, starts };
}

/** Thrown out of a pass to hand the whole text to opencc-js. */
const AS_OPENCC = Symbol('as opencc');

/** Where the next match starts from `i` on: a key's first character, or the end. */
function nextStart(p: Pass, s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const f = p.starts[s.charCodeAt(i)]!;
    if (f === 1) return i;
    if (f === 2) throw AS_OPENCC;
    i++;
  }
  return n;
}

/** The step past a character no key matched at: a code point, as opencc-js steps. */
function step(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Trie.convert: longest match at each position, left to right. */
function convertPass(p: Pass, s: string): string {
  let out = '', last = 0;
  for (let i = nextStart(p, s, 0); i < s.length; i = nextStart(p, s, i)) {
    const m = p.trie.matchPrefix(s, i);
    if (m === null) { i += step(s, i); continue; }
    out += s.slice(last, i) + m.value;
    i = last = m.end;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Trie.segment: the text cut before and after each match. */
function segmentPass(p: Pass, s: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (let i = nextStart(p, s, 0); i < s.length; i = nextStart(p, s, i)) {
    const m = p.trie.matchPrefix(s, i);
    if (m === null) { i += step(s, i); continue; }
    if (i > last) out.push(s.slice(last, i));
    out.push(s.slice(i, m.end));
    i = last = m.end;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

interface Config {
  segmentation: DictLike | readonly DictLike[];
  conversionChain: readonly (readonly DictLike[])[];
  normalizationChain?: readonly (readonly DictLike[])[];
}

/**
 * The converter for opencc-js's `hk2s` configuration (what `from: 'hk', to: 'cn'`
 * builds): normalize, cut by the segmentation dictionary, run each piece
 * through the conversion chain, join. A configuration of another shape (a
 * later opencc-js) gets opencc-js's own converter.
 */
export function makeSimplifier(): Convert {
  // opencc-js's own converter, built only for the rare text that needs it (it takes a moment to build).
  let built: Convert | null = null;
  const opencc: Convert = (s) => (built ??= Converter({ from: 'hk', to: 'cn' }))(s);
  const config = (preset.configs as Record<string, Config | undefined> | undefined)?.hk2s;
  const seg = config?.segmentation;
  if (!config || !Array.isArray(seg) || !seg.every((d) => typeof d === 'string')) return opencc;
  const normalize = (config.normalizationChain ?? []).map(pass);
  const segmentation = pass(seg as string[]);
  const chain = config.conversionChain.map(pass);
  return (s) => {
    try {
      let t = s;
      for (const p of normalize) t = convertPass(p, t);
      const pieces = segmentPass(segmentation, t);
      // The pieces put together again are t: on simplified text no pass changes
      // any of them (a pass gives back the very string it had nothing to do in),
      // and t is returned as it is instead of a copy built piece by piece.
      let changed = false;
      for (let k = 0; k < pieces.length; k++) {
        let piece = pieces[k]!;
        for (const p of chain) piece = convertPass(p, piece);
        if (piece !== pieces[k]) { pieces[k] = piece; changed = true; }
      }
      return changed ? pieces.join('') : t;
    } catch (e) {
      if (e === AS_OPENCC) return opencc(s);
      throw e;
    }
  };
}
