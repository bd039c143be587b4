// The subject of a figure: the noun phrase it measures in its clause, from the
// segmenter's part-of-speech tags. Chinese puts it before a linking verb
// (平台贷款余额为85.8亿元, 投资者超过22万) or, for a count, right after the
// measure word (两个主要案由). Best effort: empty rather than wrong, so the
// search gives up at anything else (another verb, a date, a number, a pronoun).
import type { FigureKind } from '../../src/schema.js';
import type { Token } from '../types.js';

/** Tags of words that can make up the noun phrase. */
const NOUNISH = /^(n|nr|ns|nt|nz|nrt|nrfg|vn|eng|j|an|l|b)$/;
/** Tags of words between the subject and the figure that are always stepped over: adverbs, particles, prepositions. */
const PASSABLE = /^(d|p|u|uj|ul|uz|ug|uv|zg)$/;
const QUOTE = /^[“”"《》「」]$/;
/** The links that make a noun what a duration measures (借款期限为7天), unlike 在 (公司计划在三年内). */
const DURATION_LINKS = new Set(['为', '是', '约为', '达', '长达']);
const MAX_WORDS = 5;
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

/** The phrase of a run of words, without quote marks at its ends and with its quotes balanced. */
function phraseOf(text: string, run: Token[]): string {
  while (run.length && QUOTE.test(run[0]!.word)) run.shift();
  while (run.length && QUOTE.test(run[run.length - 1]!.word)) run.pop();
  if (!run.some((t) => NOUNISH.test(t.tag) && t.tag !== 'b')) return '';
  let phrase = text.slice(run[0]!.start, run[run.length - 1]!.end).trim();
  if ((phrase.match(/“/g) ?? []).length !== (phrase.match(/”/g) ?? []).length) phrase = phrase.replace(/^.*[“”]/s, '');
  return phrase.length >= 2 && phrase.length <= MAX_CHARS ? phrase : '';
}

const isPart = (t: Token): boolean => NOUNISH.test(t.tag) || QUOTE.test(t.word);

/** Noun words right after the figure (a count's measure word is already part of it). */
function nounsAfter(text: string, tokens: Token[], end: number): string {
  const run: Token[] = [];
  let at = end;
  for (let k = firstAtOrAfter(tokens, end); k < tokens.length && run.length < MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (text.slice(at, t.start).trim() !== '' || !isPart(t)) break;
    run.push(t);
    at = t.end;
  }
  return phraseOf(text, run);
}

/** Noun words before the figure, past the linking words between them. */
function nounsBefore(text: string, tokens: Token[], start: number, links: Set<string>, needLink: boolean): string {
  let k = firstAtOrAfter(tokens, start) - 1;
  while (k >= 0 && tokens[k]!.end > start) k--; // a word that runs into the figure
  let linked = false;
  for (; k >= 0; k--) {
    const t = tokens[k]!;
    if (links.has(t.word)) linked ||= DURATION_LINKS.has(t.word);
    else if (!PASSABLE.test(t.tag) && t.word.trim() !== '') break;
  }
  // A duration measures its subject only through a link (借款期限为7天), not next to any noun.
  if (needLink && !linked) return '';
  const run: Token[] = [];
  for (; k >= 0 && run.length < MAX_WORDS && !links.has(tokens[k]!.word); k--) {
    const t = tokens[k]!;
    // A verb between two nouns belongs to the phrase (网络催收平台), not at its edge (协助警方追逃).
    const inner = t.tag === 'v' && run.length > 0 && k > 0 && NOUNISH.test(tokens[k - 1]!.tag) && tokens[k - 1]!.end === t.start;
    if (!isPart(t) && !inner) break;
    run.unshift(t);
  }
  return phraseOf(text, run);
}

export function findSubject(text: string, tokens: Token[], fig: { start: number; end: number; kind: FigureKind }, links: Set<string>): string {
  if (fig.kind === 'count') {
    const after = nounsAfter(text, tokens, fig.end);
    if (after) return after;
  }
  return nounsBefore(text, tokens, fig.start, links, fig.kind === 'duration');
}
