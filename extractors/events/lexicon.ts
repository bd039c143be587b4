// The events lexicon (data/triggers.json, data/cues.json) and the scan that finds
// trigger words in a text: longest word first at each place, whatever its type,
// with the near-misses (立案标准, 退出登录) and modifiers (倒闭潮, 跑路风险) taken out.
import type { EventType } from '../../src/schema.js';
import { loadData } from '../lib/data.js';

/** What a trigger group needs in its clause before it fires. */
export type Need = 'agent' | 'platform' | 'title' | 'before';

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
  /** Trigger words by their first character, longest first. */
  byFirst: Map<string, TriggerWord[]>;
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
  // Longest first; of equal words, the group with no need first (it fires more often).
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length || Number(!!a.needs) - Number(!!b.needs));
  lexicon = {
    byFirst, nearMisses: file.nearMisses, notAfterAny: file.notAfterAny,
    ruleTitleEnds: file.ruleTitleEnds, warningTitleEnds: file.warningTitleEnds,
    cues: readJson<Cues>('cues.json'),
  };
  return lexicon;
}

/** Marks, per character, whether a near-miss phrase covers it. */
function nearMissCover(text: string, phrases: string[]): Uint8Array {
  const cover = new Uint8Array(text.length);
  for (const p of phrases) {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) cover.fill(1, i, i + p.length);
  }
  return cover;
}

/**
 * Every trigger word in `text`: at each place the longest word of the lexicon, then
 * on after it. A trigger inside a near-miss phrase, or followed by a notAfterAny word
 * (倒闭潮, 跑路风险) or by one of its group's notAfter words, is dropped (other words of the same place are
 * still tried: 逾期兑付 before 逾期).
 */
export function findTriggers(text: string, lex: Lexicon = loadLexicon()): TriggerHit[] {
  const cover = nearMissCover(text, lex.nearMisses);
  const out: TriggerHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const list = lex.byFirst.get(text[i]!);
    if (!list) continue;
    for (const w of list) {
      if (!text.startsWith(w.word, i)) continue;
      const end = i + w.word.length;
      if (cover.subarray(i, end).some((c) => c === 1)) continue;
      if (lex.notAfterAny.some((x) => text.startsWith(x, end))) continue;
      if (w.notAfter?.some((x) => text.startsWith(x, end))) continue;
      out.push({ ...w, start: i, end });
      i = end - 1;
      break;
    }
  }
  return out;
}
