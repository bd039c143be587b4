// The subject of a figure: the noun phrase it measures in its clause, from the
// segmenter's part-of-speech tags. Chinese puts it before the predicate
// (平台贷款余额为85.8亿元, 投资者超过22万) or, for a count, right after the
// measure word (两个主要案由). Best effort: empty rather than wrong, so the
// search gives up at anything it does not understand (a date, a number, a pronoun).
import type { FigureKind } from '../../src/schema.js';
import type { Token } from '../types.js';

/** Tags of words that can make up the noun phrase. */
const NOUNISH = /^(n|nr|ns|nt|nz|nrt|nrfg|vn|eng|j|an|l|b)$/;
/** Tags of words between the subject and the figure that the search steps over: verbs, adverbs, particles. */
const PASSABLE = /^(v|vd|d|p|u|uj|ul|uz|ug|uv|c|zg|x)$/;
const CLAUSE_END = /^[，。；！？,;!?：:\n、（）()“”"《》]$|^\s+$/;
const MAX_WORDS = 4;
const MAX_CHARS = 14;

/** Index of the first token starting at or after `pos`. */
function firstAtOrAfter(tokens: Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function joinRun(text: string, run: Token[]): string {
  if (!run.length) return '';
  const phrase = text.slice(run[0]!.start, run[run.length - 1]!.end).trim();
  return phrase.length <= MAX_CHARS ? phrase : '';
}

/** Noun words right after the figure (a count's measure word is already part of it). */
function nounsAfter(text: string, tokens: Token[], end: number): string {
  const run: Token[] = [];
  for (let k = firstAtOrAfter(tokens, end); k < tokens.length && run.length < MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (t.start > (run.length ? run[run.length - 1]!.end : end)) break;
    if (!NOUNISH.test(t.tag)) break;
    run.push(t);
  }
  // A lone distinguishing word (主要) is not a phrase.
  return run.length && run.some((t) => t.tag !== 'b') ? joinRun(text, run) : '';
}

/** Noun words before the figure, past the verbs and adverbs that link them to it. */
function nounsBefore(text: string, tokens: Token[], start: number): string {
  let k = firstAtOrAfter(tokens, start) - 1;
  while (k >= 0 && tokens[k]!.end > start) k--; // a word that runs into the figure
  while (k >= 0 && PASSABLE.test(tokens[k]!.tag) && !CLAUSE_END.test(tokens[k]!.word)) k--;
  const run: Token[] = [];
  while (k >= 0 && run.length < MAX_WORDS && NOUNISH.test(tokens[k]!.tag) && !CLAUSE_END.test(tokens[k]!.word)) run.unshift(tokens[k--]!);
  return joinRun(text, run);
}

export function findSubject(text: string, tokens: Token[], fig: { start: number; end: number; kind: FigureKind }): string {
  if (fig.kind === 'count') {
    const after = nounsAfter(text, tokens, fig.end);
    if (after) return after;
  }
  return nounsBefore(text, tokens, fig.start);
}
