// The word tables of data/figure-units.json, loaded once, with
// longest-match lookups forwards (a unit after a number) and backwards (a
// qualifier before it). Lookups try only the words that start (or end) with
// the character at the position, so they cost a constant per position.
import type { Qualifier } from '../../src/schema.js';
import { loadData } from '../lib/data.js';

interface FigureUnitsFile {
  currencies: Record<string, string>;
  currencyPrefixes: string[];
  yuanWords: string[];
  subUnits: Record<string, number>;
  moneyTails: string[];
  measureWords: string[];
  measureCompounds: string[];
  quantityUnits: string[];
  perUnits: string[];
  notSignWords: string[];
  negativePrefixes: string[];
  notFigureWords: string[];
  placeSuffixes: string;
  placeInfixes: string;
  durations: Record<string, string>;
  personNouns: string[];
  moneyNouns: string[];
  qualifierPrefixes: Record<string, Qualifier>;
  qualifierSuffixes: Record<string, Qualifier>;
  rangeSeparators: string[];
  inclusiveMarks: string[];
  percentSuffixes: Record<string, string>;
  chengBlockers: string;
  ordinalMarks: string[];
  demonstratives: string[];
  subjectLinks: string[];
  notSubjects: string[];
  genericHeads: string[];
  moneyVerbs: string[];
}

function byCharacter(words: string[]): FigureWords['notFigureAt'] {
  const out = new Map<string, { word: string; k: number }[]>();
  let maxLen = 0;
  for (const word of words) {
    maxLen = Math.max(maxLen, word.length);
    for (let k = 0; k < word.length; k++) {
      let list = out.get(word[k]!);
      if (!list) out.set(word[k]!, (list = []));
      list.push({ word, k });
    }
  }
  return { byChar: out, maxLen };
}

/** A set of words with longest-match lookups at a position. */
export class WordSet<V = true> {
  private readonly map = new Map<string, V>();
  // The words by first and by last character, longest first: a position is tried against the
  // few words that can stand there, with startsWith, not a substring made per length.
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();
  constructor(entries: Iterable<[string, V]>) {
    for (const [w, v] of entries) this.map.set(w, v);
    for (const w of this.map.keys()) {
      if (w === '') continue; // never matched: a lookup takes at least one character
      listAt(this.byFirst, w[0]!).push(w);
      listAt(this.byLast, w[w.length - 1]!).push(w);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.length - a.length);
  }
  static of(words: Iterable<string>): WordSet<true> {
    return new WordSet([...words].map((w): [string, true] => [w, true]));
  }
  has(w: string): boolean { return this.map.has(w); }
  get(w: string): V | undefined { return this.map.get(w); }
  /** Longest word starting at `i`. */
  after(s: string, i: number): { word: string; value: V } | null {
    const list = i >= 0 ? this.byFirst.get(s[i]!) : undefined;
    if (list) for (const w of list) if (s.startsWith(w, i)) return { word: w, value: this.map.get(w)! };
    return null;
  }
  /** Longest word ending at `i` (exclusive). */
  before(s: string, i: number): { word: string; value: V } | null {
    const list = i <= s.length ? this.byLast.get(s[i - 1]!) : undefined;
    if (list) for (const w of list) if (w.length <= i && s.startsWith(w, i - w.length)) return { word: w, value: this.map.get(w)! };
    return null;
  }
}

function listAt(index: Map<string, string[]>, key: string): string[] {
  let list = index.get(key);
  if (!list) index.set(key, (list = []));
  return list;
}

export interface FigureWords {
  currencies: WordSet<string>;
  currencyPrefixes: WordSet;
  yuanWords: Set<string>;
  subUnits: WordSet<number>;
  moneyTails: WordSet;
  measures: WordSet;
  measureCompounds: Set<string>;
  quantityUnits: WordSet;
  perUnits: WordSet;
  notSignWords: WordSet;
  negativePrefixes: WordSet;
  notFigureWords: string[];
  /** notFigureWords by each character in them (the word and where in it that character stands), and their longest length. */
  notFigureAt: { byChar: Map<string, { word: string; k: number }[]>; maxLen: number };
  placeSuffixes: Set<string>;
  placeInfixes: Set<string>;
  durations: WordSet<string>;
  personNouns: WordSet;
  moneyNouns: WordSet;
  personNounList: string[];
  moneyNounList: string[];
  qualifierPrefixes: WordSet<Qualifier>;
  qualifierSuffixes: WordSet<Qualifier>;
  rangeSeparators: WordSet;
  inclusiveMarks: WordSet;
  percentSuffixes: WordSet<string>;
  chengBlockers: Set<string>;
  ordinalMarks: WordSet;
  demonstratives: WordSet;
  subjectLinks: Set<string>;
  notSubjects: Set<string>;
  genericHeads: Set<string>;
}

let loaded: FigureWords | null = null;

export function figureWords(): FigureWords {
  if (loaded) return loaded;
  const d = loadData<FigureUnitsFile>('figures/data/figure-units.json');
  loaded = {
    currencies: new WordSet(Object.entries(d.currencies)),
    currencyPrefixes: WordSet.of(d.currencyPrefixes),
    yuanWords: new Set(d.yuanWords),
    subUnits: new WordSet(Object.entries(d.subUnits)),
    moneyTails: WordSet.of(d.moneyTails),
    measures: WordSet.of(d.measureWords),
    measureCompounds: new Set(d.measureCompounds),
    quantityUnits: WordSet.of(d.quantityUnits),
    perUnits: WordSet.of(d.perUnits),
    notSignWords: WordSet.of(d.notSignWords),
    negativePrefixes: WordSet.of(d.negativePrefixes),
    notFigureWords: d.notFigureWords,
    notFigureAt: byCharacter(d.notFigureWords),
    placeSuffixes: new Set([...d.placeSuffixes]),
    placeInfixes: new Set([...d.placeInfixes]),
    durations: new WordSet(Object.entries(d.durations)),
    personNouns: WordSet.of(d.personNouns),
    personNounList: d.personNouns,
    moneyNounList: d.moneyNouns,
    moneyNouns: WordSet.of([...d.moneyNouns, ...d.moneyVerbs]),
    qualifierPrefixes: new WordSet(Object.entries(d.qualifierPrefixes)),
    qualifierSuffixes: new WordSet(Object.entries(d.qualifierSuffixes)),
    rangeSeparators: WordSet.of(d.rangeSeparators),
    inclusiveMarks: WordSet.of(d.inclusiveMarks),
    percentSuffixes: new WordSet(Object.entries(d.percentSuffixes)),
    chengBlockers: new Set([...d.chengBlockers]),
    ordinalMarks: WordSet.of(d.ordinalMarks),
    demonstratives: WordSet.of(d.demonstratives),
    subjectLinks: new Set(d.subjectLinks),
    notSubjects: new Set(d.notSubjects),
    genericHeads: new Set(d.genericHeads),
  };
  return loaded;
}
