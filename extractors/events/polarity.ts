// Whether a trigger reports something that happened, is still to come, or is
// no event at all: negated (尚未立案, 没有跑路), asked about (是否会被约谈) or
// only supposed (如果跑路, 一旦爆雷). Read from the text before the trigger.
import type { Cues } from './lexicon.js';

export type Polarity = 'done' | 'planned' | 'none';

/** A cue table's entries, listed once per table (polarity runs for every trigger). */
const entriesMade = new WeakMap<Record<string, number>, [string, number][]>();
function entriesOf(table: Record<string, number>): [string, number][] {
  let entries = entriesMade.get(table);
  if (!entries) entriesMade.set(table, (entries = Object.entries(table)));
  return entries;
}

/** Does `marker` end at most `window` characters before the end of `before`? */
function endsNear(before: string, marker: string, window: number, not: string[]): boolean {
  const from = Math.max(0, before.length - window - marker.length);
  for (let i = before.indexOf(marker, from); i >= 0; i = before.indexOf(marker, i + 1)) {
    // 未来, 不良, 无论: the same characters, but no negation.
    if (not.some((w) => before.startsWith(w, i) || (w.length > marker.length && before.startsWith(w, i - w.indexOf(marker))))) continue;
    return true;
  }
  return false;
}

function containsWord(s: string, words: string[], not: string[]): boolean {
  for (const w of words) {
    for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
      if (!not.some((n) => s.startsWith(n, i))) return true;
    }
  }
  return false;
}

export interface PolarityInput {
  /** The clause up to the trigger. */
  clauseBefore: string;
  /** The sentence up to the trigger. */
  sentenceBefore: string;
  /** The clause after the trigger. */
  clauseAfter: string;
  /** Whether a noun or pronoun starts at this offset of clauseBefore. */
  nounAt(i: number): boolean;
}

export function polarity(p: PolarityInput, cues: Cues): Polarity {
  const neg = cues.negation;
  for (const [w, window] of entriesOf(neg.words)) {
    if (endsNear(p.clauseBefore, w, window, neg.notNegators)) return 'none';
  }
  if (containsWord(p.clauseBefore, neg.clause, [])) return 'none';
  const after = p.clauseAfter.trimStart();
  if (neg.after.some((w) => after.startsWith(w))) return 'none';
  const hyp = cues.hypothetical;
  if (containsWord(p.sentenceBefore, hyp.sentence, hyp.notWords)) return 'none';
  if (containsWord(p.clauseBefore, hyp.clause, hyp.notWords)) return 'none';
  return isPlanned(p, cues) ? 'planned' : 'done';
}

function isPlanned(p: PolarityInput, cues: Cues): boolean {
  const before = p.clauseBefore;
  const pl = cues.planned;
  for (const [w, window] of entriesOf(pl.words)) {
    const from = Math.max(0, before.length - window - w.length);
    for (let i = before.indexOf(w, from); i >= 0; i = before.indexOf(w, i + 1)) {
      if (w === '将') {
        // 将其刑事拘留, 已将该平台取缔, 将主犯抓获: 将 marks the object (a noun follows), and the act is done.
        const rest = before.slice(i + 1);
        if (pl.notAfterJiang.some((x) => rest.startsWith(x)) || p.nounAt(i + 1)) continue;
        if (pl.done.some((d) => before.startsWith(d, i - d.indexOf('将')))) continue;
      }
      return true;
    }
  }
  return false;
}
