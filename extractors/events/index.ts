// Events: who did what to which platform, when, for how much. Runs after the
// other extractors and links their items: a trigger word (data/triggers.json)
// in a clause, its actor from `agencies`, its target from `platforms` (or a
// rule's 《title》), its date from `dates` and its amount from `figures`.
// The rules are written in README.md beside this file.
import type { EventItem, EventType } from '../../src/schema.js';
import type { ExtractContext, Extractor } from '../types.js';
import type { Span } from '../lib/spans.js';
import { clauseSpans, headlineLines, spanAt, indexAt } from './clauses.js';
import { findTriggers, loadLexicon, type Lexicon, type TriggerHit } from './lexicon.js';
import { polarity } from './polarity.js';
import {
  mentionsOf, pickActor, pickAmount, pickDate, pickTargets, titleHead, titlesIn, within,
  type Mention, type Place,
} from './arguments.js';

/** What a platform does or suffers by itself: no agency acts in it. */
const NO_ACTOR: ReadonlySet<EventType> = new Set(['default', 'abscond']);

/** Is what the trigger's group needs there, before the trigger in its clause? */
function needsMet(hit: TriggerHit, p: Place, lex: Lexicon, agencies: Mention[], platforms: Mention[], titled: boolean): boolean {
  if (!hit.needs) return true;
  const before = p.text.slice(p.clause.start, hit.start);
  return hit.needs.some((need) => {
    switch (need) {
      case 'agent':
        return lex.cues.passive.some((w) => before.includes(w)) ||
          within(agencies, p.clause.start, hit.start).length > 0 ||
          lex.cues.authority.some((w) => before.includes(w));
      case 'police': {
        const sentenceBefore = p.text.slice(p.sentence.start, hit.start);
        return within(agencies, p.sentence.start, hit.start).length > 0 ||
          lex.cues.authority.some((w) => sentenceBefore.includes(w)) ||
          lex.cues.crime.some((w) => sentenceBefore.includes(w));
      }
      case 'platform':
        // 借款人失联, 客户逾期: a borrower's, not a platform's.
        if (lex.cues.borrowers.some((w) => before.includes(w))) return false;
        return within(platforms, p.sentence.start, hit.start).length > 0 ||
          lex.cues.platformWords.some((w) => before.includes(w));
      case 'title':
        return titled;
      case 'before':
        return hit.before?.some((w) => before.includes(w)) ?? false;
    }
  });
}

/** regulation / warning: the rule or notice titles of the clause, each with its type. */
function titledTargets(hit: TriggerHit, p: Place, lex: Lexicon): { type: EventType; target: string; start: number }[] {
  if (hit.type !== 'regulation' && hit.type !== 'warning') return [];
  const out: { type: EventType; target: string; start: number }[] = [];
  for (const t of titlesIn(p.text, p.clause, lex.cues)) {
    const head = titleHead(t.title);
    if (lex.warningTitleEnds.some((w) => head.endsWith(w))) out.push({ type: 'warning', target: t.title, start: t.start });
    else if (lex.ruleTitleEnds.some((w) => head.endsWith(w))) out.push({ type: 'regulation', target: t.title, start: t.start });
  }
  return out;
}

export function extractEvents(ctx: ExtractContext): EventItem[] {
  const { text, found } = ctx;
  const lex = loadLexicon();
  const hits = findTriggers(text, lex);
  if (!hits.length) return [];
  const sentences = ctx.sentences();
  const headlines = headlineLines(text, ctx.paragraphs);
  const agencies = mentionsOf(found.agencies);
  const platforms = mentionsOf(found.platforms);
  const clauseCache = new Map<Span, Span[]>();
  const tokens = ctx.tokens();
  const wordStartsAt = (pos: number) => tokens[indexAt(tokens, pos)]?.start === pos;
  const wordEndsAt = (pos: number) => tokens[indexAt(tokens, pos - 1)]?.end === pos;
  // Does a noun (or pronoun) start at this offset? (将主犯抓获: 将 marks an object.)
  const nounAt = (pos: number) => {
    const t = tokens[indexAt(tokens, pos)];
    return t !== undefined && t.start === pos && /^(?:n|r)/.test(t.tag);
  };
  const out: (EventItem & { sentence: Span })[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (!wordStartsAt(hit.start) && !wordEndsAt(hit.end)) continue;
    if (spanAt(headlines, hit.start)) continue;
    const sentence = spanAt(sentences, hit.start);
    if (!sentence) continue;
    let clauses = clauseCache.get(sentence);
    if (!clauses) clauseCache.set(sentence, (clauses = clauseSpans(text, sentence)));
    const clause = spanAt(clauses, hit.start) ?? sentence;
    const i = clauses.indexOf(clause);
    const p: Place = { text, trigger: hit, clause, sentence, previous: i > 0 ? clauses[i - 1]! : null };
    const titled = titledTargets(hit, p, lex);
    if (hit.type === 'regulation' && !titled.length) continue;
    if (!needsMet(hit, p, lex, agencies, platforms, titled.length > 0)) continue;
    const pol = polarity({
      clauseBefore: text.slice(clause.start, hit.start),
      sentenceBefore: text.slice(sentence.start, hit.start),
      clauseAfter: text.slice(hit.end, clause.end),
      nounAt: (i) => nounAt(clause.start + i),
    }, lex.cues);
    if (pol === 'none') continue;
    const events = titled.length ? titled : (() => {
      const targets = pickTargets(p, platforms, lex.cues);
      return (targets.length ? targets : [null]).map((target) => ({ type: hit.type, target }));
    })();
    // A title before the trigger is the clause's own subject (《办法》出台): no actor from
    // other clauses. A platform there is not: it is what the action is done to (X已立案侦查).
    const actor = pickActor(p, agencies, lex.cues, titled.some((t) => t.start < hit.start));
    const date = pickDate(p, found.dates);
    const amount = pickAmount(p, found.figures);
    for (const e of events) {
      const who = NO_ACTOR.has(e.type) ? null : actor;
      // One event per type, actor and target in an article: the first clause gives its trigger.
      const key = `${e.type}\u0000${who ?? ''}\u0000${e.target ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        type: e.type, trigger: hit.word, start: hit.start, end: hit.end,
        actor: who, target: e.target, date, amount, planned: pol === 'planned', sentence,
      });
    }
  }
  return out.filter((e) => !restated(e, out)).map(({ sentence: _, ...e }) => e);
}

/**
 * 发出立案通知书，对X依法立案侦查: an event with no target, of the same type and
 * actor as one with a target in the same sentence, says the same thing again.
 */
function restated(e: EventItem & { sentence: Span }, all: (EventItem & { sentence: Span })[]): boolean {
  return e.target === null &&
    all.some((o) => o !== e && o.sentence === e.sentence && o.type === e.type && o.actor === e.actor && o.target !== null);
}

export const events: Extractor<'events'> = {
  meta: { id: 'events', description: 'Linked facts: which agency did what to which platform, when, for how much.' },
  extract: extractEvents,
};
