// The events lexicon (data/triggers.json, data/cues.json) and the scan that finds
// trigger words in a text: longest word first at each place, whatever its type,
// with the near-misses (立案标准, 退出登录) and modifiers (倒闭潮, 跑路风险) taken out.
import type { EventType } from '../../src/schema.js';
import { loadData } from '../lib/data.js';
import { copyWith } from '../lib/objects.js';

/** What a trigger group needs in its clause before it fires. */
export type Need = 'agent' | 'police' | 'platform' | 'title' | 'before';

interface Group {
  words: string[];
  needs?: Need;
  /** With needs `before`: the words one of which must come earlier in the clause. */
  before?: string[];
  notAfter?: string[];
}

interface TriggerFile {
  types: Record<EventType, Group[]>;
  nearMisses: string[];
  notAfterAny: string[];
  ruleTitleEnds: string[];
  warningTitleEnds: string[];
}

export interface Cues {
  negation: { words: Record<string, number>; clause: string[]; notNegators: string[]; after: string[] };
  hypothetical: { sentence: string[]; clause: string[]; notWords: string[] };
  planned: { words: Record<string, number>; notAfterJiang: string[]; done: string[] };
  passive: string[];
  objectMarkers: string[];
  authority: string[];
  crime: string[];
  platformWords: string[];
  borrowers: string[];
  notActorBefore: string[];
  notTargetBefore: string[];
  notTargetAfter: string[];
  comparison: { before: string[]; after: string[] };
  shortName: string[];
  connectives: string[];
}

export interface TriggerWord {
  type: EventType;
  word: string;
  /** The near-miss phrases holding this word, each with where the word sits in it. */
  nearMisses?: { phrase: string; at: number }[];
  /** Any one of these is enough; absent: the word fires on its own. */
  needs?: Need[];
  before?: string[];
  notAfter?: string[];
}

export interface TriggerHit extends TriggerWord {
  start: number;
  end: number;
}

export interface Lexicon {
  /**
   * The words that can start at a place, keyed by its first two code units
   * (pairKey): the longer words with that prefix and the one-character words of
   * its first, longest first. Most places whose first character starts a word
   * have no word with their first two, so the scan tries few or no words there.
   */
  byPair: Map<number, TriggerWord[]>;
  /** The one-character words, by their character: what a place whose pair starts no longer word may hold. */
  single: Map<number, TriggerWord[]>;
  /** Per UTF-16 code unit: 1 when some trigger word starts with it (the scan's quick test). */
  starts: Uint8Array;
  nearMisses: string[];
  notAfterAny: string[];
  ruleTitleEnds: string[];
  warningTitleEnds: string[];
  cues: Cues;
}

const readJson = <T>(file: string): T => loadData<T>(`events/data/${file}`);

let lexicon: Lexicon | null = null;

export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const file = readJson<TriggerFile>('triggers.json');
  const byFirst = new Map<string, TriggerWord[]>();
  for (const [type, groups] of Object.entries(file.types) as [EventType, Group[]][]) {
    for (const g of groups) {
      for (const word of g.words) {
        const list = byFirst.get(word[0]!) ?? [];
        byFirst.set(word[0]!, list);
        // A word in two groups of a type fires when either group's need is met.
        const same = list.find((w) => w.word === word && w.type === type);
        if (same) {
          if (!g.needs) delete same.needs;
          else same.needs?.push(g.needs);
          continue;
        }
        list.push({
          type, word, ...(g.needs ? { needs: [g.needs] } : {}),
          ...(g.before ? { before: g.before } : {}), ...(g.notAfter ? { notAfter: g.notAfter } : {}),
        });
      }
    }
  }
  // Each word knows the near-miss phrases that hold it (checked only where the word is found).
  for (const list of byFirst.values()) {
    for (const w of list) {
      const nm: { phrase: string; at: number }[] = [];
      for (const phrase of file.nearMisses) {
        for (let at = phrase.indexOf(w.word); at >= 0; at = phrase.indexOf(w.word, at + 1)) nm.push({ phrase, at });
      }
      if (nm.length) w.nearMisses = nm;
    }
  }
  // Longest first; of equal words, the group with no need first (it fires more often).
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length || Number(!!a.needs) - Number(!!b.needs));
  const starts = new Uint8Array(0x10000);
  const byPair = new Map<number, TriggerWord[]>();
  const single = new Map<number, TriggerWord[]>();
  for (const [first, list] of byFirst) {
    starts[first.charCodeAt(0)] = 1;
    const ones = list.filter((w) => w.word.length === 1);
    if (ones.length) single.set(first.charCodeAt(0), ones);
    // Filtering the sorted list keeps its order: the scan tries the words as before.
    for (const w of list) {
      const key = pairKey(w.word, 0);
      if (w.word.length > 1 && !byPair.has(key)) {
        byPair.set(key, list.filter((x) => x.word.length === 1 || x.word.startsWith(w.word.slice(0, 2))));
      }
    }
  }
  lexicon = {
    byPair, single, starts, nearMisses: file.nearMisses, notAfterAny: file.notAfterAny,
    ruleTitleEnds: file.ruleTitleEnds, warningTitleEnds: file.warningTitleEnds,
    cues: readJson<Cues>('cues.json'),
  };
  return lexicon;
}

/** The code units at i and i + 1 as one number (0 after the end), with no string made. */
const pairKey = (s: string, i: number) => (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) || 0);

/** Is this occurrence of the word inside one of its near-miss phrases? */
function inNearMiss(text: string, w: TriggerWord, start: number): boolean {
  return w.nearMisses?.some((n) => start >= n.at && text.startsWith(n.phrase, start - n.at)) ?? false;
}

/**
 * Every trigger word in `text`: at each place the longest word of the lexicon, then
 * on after it. A trigger inside a near-miss phrase, or followed by a notAfterAny word
 * (倒闭潮, 跑路风险) or by one of its group's notAfter words, is dropped (other words of the same place are
 * still tried: 逾期兑付 before 逾期).
 */
export function findTriggers(text: string, lex: Lexicon = loadLexicon()): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!lex.starts[text.charCodeAt(i)]) continue;
    const list = lex.byPair.get(pairKey(text, i)) ?? lex.single.get(text.charCodeAt(i));
    if (!list) continue;
    for (const w of list) {
      if (!text.startsWith(w.word, i)) continue;
      const end = i + w.word.length;
      if (inNearMiss(text, w, i)) continue;
      if (lex.notAfterAny.some((x) => text.startsWith(x, end))) continue;
      if (w.notAfter?.some((x) => text.startsWith(x, end))) continue;
      out.push(copyWith(w, { start: i, end }));
      i = end - 1;
      break;
    }
  }
  return out;
}
