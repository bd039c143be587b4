// Who acts, on whom, when and for how much: each read from the items the other
// extractors put on the record, in the trigger's clause first, then its sentence.
import type { DateItem, FigureItem } from '../../src/schema.js';
import type { Span } from '../lib/spans.js';
import type { Cues } from './lexicon.js';

export interface Mention extends Span {
  name: string;
}

/** Every mention of the found platforms and agencies, in text order. */
export function mentionsOf(items: { name: string; spans: Span[] }[]): Mention[] {
  // Plain loops: flatMap over a page's many spans showed in profiles.
  const out: Mention[] = [];
  for (const it of items) {
    for (const s of it.spans) out.push({ name: it.name, start: s.start, end: s.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const within = <T extends Span>(items: T[], from: number, to: number): T[] =>
  items.filter((m) => m.start >= from && m.end <= to);

const endsWithAny = (s: string, words: string[]) => words.some((w) => s.endsWith(w));
const startsWithAny = (s: string, words: string[]) => words.some((w) => s.startsWith(w));

/** The last position of any of `words` in text[from, to), or -1. */
export function lastIndexOfAny(text: string, words: string[], from: number, to: number): { at: number; word: string } | null {
  let best: { at: number; word: string } | null = null;
  for (const w of words) {
    // Back from the last place w may start, down to `from` only: text.lastIndexOf
    // would read on to the text's start wherever w is absent from the range.
    let i = Math.max(0, to - w.length);
    while (i >= from && !text.startsWith(w, i)) i--;
    if (i >= from && (!best || i > best.at || (i === best.at && w.length > best.word.length))) best = { at: i, word: w };
  }
  return best;
}

export interface Place {
  text: string;
  trigger: Span;
  clause: Span;
  sentence: Span;
  /** The clause before the trigger's, in the same sentence. */
  previous: Span | null;
}

/**
 * The agency that acts: in a passive (X被Y立案) the one between 被 and the trigger;
 * else the first named before the trigger in its clause, else in its sentence when
 * the clause has no subject of its own (`ownSubject`: in 《办法》出台 an agency of an
 * earlier clause did something else).
 * An agency after 在/向/根据 (在公安部的协调下, 向法院起诉) is not the one acting.
 */
export function pickActor(p: Place, agencies: Mention[], cues: Cues, ownSubject: boolean): string | null {
  const { text, trigger, clause, sentence } = p;
  const acting = (m: Mention) => !endsWithAny(text.slice(Math.max(sentence.start, m.start - 3), m.start), cues.notActorBefore);
  const passive = lastIndexOfAny(text, cues.passive, clause.start, trigger.start);
  if (passive) {
    const agent = within(agencies, passive.at, trigger.start)[0];
    if (agent) return agent.name;
  }
  const inClause = within(agencies, clause.start, trigger.start).filter(acting);
  if (inClause.length) return inClause[0]!.name;
  if (ownSubject) return null;
  const inSentence = within(agencies, sentence.start, trigger.start).filter(acting);
  return inSentence[0]?.name ?? null;
}

/** A platform named as a helper, a source or a comparison (协助警方, 据X数据, 和X一样) is no target. */
function targetable(text: string, m: Mention, clause: Span, cues: Cues): boolean {
  const before = text.slice(Math.max(clause.start, m.start - 4), m.start);
  if (endsWithAny(before, cues.notTargetBefore)) return false;
  const after = text.slice(m.end, clause.end);
  if (startsWithAny(after.replace(/^(?:平台|公司)/, ''), cues.notTargetAfter)) return false;
  if (endsWithAny(before, cues.comparison.before) && cues.comparison.after.some((w) => after.includes(w))) return false;
  return true;
}

const distinct = (ms: Mention[]) => [...new Set(ms.map((m) => m.name))];

/**
 * The platforms an event is about, one event each. In the trigger's clause:
 * after 对/将 (对X立案侦查), before 被/遭 (X被约谈), else every platform the
 * clause names. A clause naming none takes the platform named last before it
 * in the sentence: the subject the clause goes on about (X发布公告，称…，退出网贷行业).
 */
export function pickTargets(p: Place, platforms: Mention[], cues: Cues): string[] {
  const { text, trigger, clause, sentence } = p;
  const ok = (m: Mention) => targetable(text, m, clause, cues);
  const inClause = within(platforms, clause.start, clause.end).filter(ok);
  if (inClause.length) {
    const object = lastIndexOfAny(text, cues.objectMarkers, clause.start, trigger.start);
    if (object) {
      const objects = inClause.filter((m) => m.start >= object.at && m.end <= trigger.start);
      if (objects.length) return distinct(objects);
    }
    const passive = lastIndexOfAny(text, cues.passive, clause.start, trigger.start);
    if (passive) {
      const subjects = inClause.filter((m) => m.end <= passive.at);
      if (subjects.length) return distinct(subjects);
    }
    return distinct(inClause);
  }
  const before = within(platforms, sentence.start, clause.start)
    .filter((m) => targetable(text, m, { start: sentence.start, end: clause.start }, cues));
  const last = before[before.length - 1];
  return last ? [last.name] : [];
}

/** Rule titles in the clause (《…办法》), without a short name given after 简称. */
export function titlesIn(text: string, clause: Span, cues: Cues): { title: string; start: number }[] {
  const out: { title: string; start: number }[] = [];
  const re = /《([^《》]{2,80})》/g;
  re.lastIndex = clause.start;
  const slice = text.slice(0, clause.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (endsWithAny(text.slice(Math.max(clause.start, m.index - 4), m.index), cues.shortName)) continue;
    out.push({ title: m[1]!.trim(), start: m.index });
  }
  return out;
}

/** The title without a closing note in brackets: 《公约（试行）》 ends in 公约. */
export const titleHead = (title: string) => title.replace(/[（(][^（()）]*[)）]\s*$/, '').trim();

/**
 * The date of the event's clause (the last before the trigger, else the first
 * after it), else of the clause before it in the sentence (a clause that is only a
 * date, 2019年11月28日，, is always such), else the only date in the sentence.
 */
export function pickDate(p: Place, dates: DateItem[]): string | null {
  const own = within(dates, p.clause.start, p.clause.end);
  if (own.length) return (own.filter((d) => d.end <= p.trigger.start).pop() ?? own[0]!).value;
  if (p.previous) {
    const prev = within(dates, p.previous.start, p.previous.end);
    if (prev.length) return prev[prev.length - 1]!.value;
  }
  const inSentence = within(dates, p.sentence.start, p.sentence.end);
  return inSentence.length === 1 ? inSentence[0]!.value : null;
}

/** A money figure in the clause: the first after the trigger (罚款50万元), else the last before it. */
export function pickAmount(p: Place, figures: FigureItem[]): { value: number; unit: string } | null {
  const money = within(figures, p.clause.start, p.clause.end).filter((f) => f.kind === 'money' && f.value !== undefined);
  const pick = money.find((f) => f.start >= p.trigger.end) ?? money[money.length - 1];
  return pick ? { value: pick.value!, unit: pick.unit } : null;
}
