// The subject of a figure: the noun phrase it measures in its clause, from the
// segmenter's part-of-speech tags. Chinese puts it before a linking verb
// (平台贷款余额为85.8亿元, 投资者超过22万, 借贷余额下降84%) or, for a count, right
// after the measure word (两个主要案由). Best effort: empty rather than wrong, so the
// search gives up at anything else (another verb, a date, a number, a pronoun), and
// a phrase that is only a time word, a qualifier, a place or a person is dropped.
import type { FigureKind } from '../../src/schema.js';
import type { Token } from '../types.js';

/** Tags of words that can make up the noun phrase. */
const NOUNISH = /^(n|nr|ns|nt|nz|nrt|nrfg|vn|eng|j|an|l|b)$/;
/** Person names: never the subject, and nothing before them belongs to it (张某借款金额 -> 借款金额). */
const PERSON = /^(nr|nrt|nrfg)$/;
/** Tags of words between the subject and the figure that are always stepped over: adverbs, particles, prepositions. */
const PASSABLE = /^(d|p|u|uj|ul|uz|ug|uv|zg)$/;
const QUOTE = /^[“”"《》「」]$/;
/** One-character endings the segmenter may tag as verbs that close a noun (佣金|率, 交易|额). */
const NOUN_ENDINGS = new Set([...'率额量数价费值']);
/** Prepositions opening a comparison between the subject and the figure (股价从高点下跌了90%, 运营比年初下降了86%). */
const COMPARISONS = new Set(['比', '较', '从', '相比', '较之']);
/** The links that make a noun what a duration measures (借款期限为7天), unlike 在 (公司计划在三年内). */
const DURATION_LINKS = new Set(['为', '是', '约为', '达', '长达']);
const MAX_WORDS = 5;
const MAX_CHARS = 14;

export interface SubjectWords {
  /** Verbs stepped over between the subject and the figure. */
  links: Set<string>;
  /** Words that are never a subject on their own (月份, 同比, 差不多). */
  notSubjects: Set<string>;
  /** Heads too general to stand alone, which take the noun before 的 (问题平台的数量). */
  genericHeads: Set<string>;
  /** Money nouns (投资, 融资): as the verb right before an amount they are what it measures (投资了130多亿元). */
  moneyNouns: Set<string>;
}

/** Index of the first token starting at or after `pos`. */
function firstAtOrAfter(tokens: Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The phrase of a run of words, without quote marks, persons, places or time words at its ends, and with its quotes balanced. */
function phraseOf(text: string, run: Token[], sw: SubjectWords): string {
  for (let i = run.length - 1; i >= 0; i--) if (PERSON.test(run[i]!.tag)) { run = run.slice(i + 1); break; }
  while (run.length && (QUOTE.test(run[0]!.word) || sw.notSubjects.has(run[0]!.word))) run.shift();
  while (run.length && QUOTE.test(run[run.length - 1]!.word)) run.pop();
  if (!run.length || sw.notSubjects.has(run[run.length - 1]!.word) || run[run.length - 1]!.tag === 'ns') return '';
  if (!run.some((t) => NOUNISH.test(t.tag) && t.tag !== 'b')) return '';
  let phrase = text.slice(run[0]!.start, run[run.length - 1]!.end).trim();
  if ((phrase.match(/“/g) ?? []).length !== (phrase.match(/”/g) ?? []).length) phrase = phrase.replace(/^.*[“”]/s, '');
  return phrase.length >= 2 && phrase.length <= MAX_CHARS ? phrase : '';
}

/** One-character verbs that start a new predicate rather than sit inside a noun (资金|来|启动项目). */
const LIGHT_VERBS = new Set([...'来去到给让被把是有在用做']);

const isPart = (t: Token): boolean => NOUNISH.test(t.tag) || QUOTE.test(t.word);
const glued = (a: Token | undefined, b: Token | undefined): boolean => Boolean(a && b && a.end === b.start);

/** Noun words right after the figure (a count's measure word is already part of it). */
function nounsAfter(text: string, tokens: Token[], end: number, sw: SubjectWords, of = false): string {
  const run: Token[] = [];
  let at = end;
  let k = firstAtOrAfter(tokens, end);
  if (of && tokens[k]?.word === '的' && tokens[k]!.start === end) at = tokens[k++]!.end; // 100万元的资金
  for (; k < tokens.length && run.length < MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (t.word.trim() === '') continue; // 近百家 P2P 平台: typesetting spaces
    if (text.slice(at, t.start).trim() !== '') break;
    // A one-character word between nouns belongs to them (网|贷|机构, 地|市|公安机关).
    const inner = t.word.length === 1 && /^(v|uv|ng|a)$/.test(t.tag) && !LIGHT_VERBS.has(t.word)
      && glued(t, tokens[k + 1]) && NOUNISH.test(tokens[k + 1]!.tag);
    if (!isPart(t) && !inner) break;
    run.push(t);
    at = t.end;
  }
  return phraseOf(text, run, sw);
}

/** Step back from token k over links and particles; with a comparison (比2019年初), over it too. */
function stepBack(tokens: Token[], k: number, links: Set<string>): { k: number; linked: boolean } {
  let linked = false;
  for (let jumped = false; ;) {
    for (; k >= 0; k--) {
      const t = tokens[k]!;
      if (links.has(t.word)) linked ||= DURATION_LINKS.has(t.word);
      else if (!PASSABLE.test(t.tag) && t.word.trim() !== '') break;
    }
    if (jumped || k < 0) return { k, linked };
    // 运营比2019年初下降了86%: the subject stands before the comparison, within its clause.
    let j = k;
    while (j >= 0 && k - j < 8 && !COMPARISONS.has(tokens[j]!.word) && !/^[，。；：,;:！？!?\n]$/.test(tokens[j]!.word)) j--;
    if (j < 0 || !COMPARISONS.has(tokens[j]!.word)) return { k, linked };
    k = j - 1; jumped = true;
  }
}

/** Noun words before the figure, past the linking words between them. */
function nounsBefore(text: string, tokens: Token[], start: number, sw: SubjectWords, needLink: boolean, money: boolean): string {
  let k0 = firstAtOrAfter(tokens, start) - 1;
  while (k0 >= 0 && tokens[k0]!.end > start) k0--; // a word that runs into the figure
  const { k: stop, linked } = stepBack(tokens, k0, sw.links);
  // A duration measures its subject only through a link (借款期限为7天), not next to any noun.
  if (needLink && !linked) return '';
  const run: Token[] = [];
  let k = stop;
  for (; k >= 0 && run.length < MAX_WORDS && !sw.links.has(tokens[k]!.word); k--) {
    const t = tokens[k]!;
    // A verb between two nouns belongs to the phrase (网络催收平台), not at its edge (协助警方追逃).
    const inner = t.tag === 'v' && run.length > 0 && k > 0 && NOUNISH.test(tokens[k - 1]!.tag) && glued(tokens[k - 1], t);
    const ending = run.length === 0 && NOUN_ENDINGS.has(t.word) && k > 0 && NOUNISH.test(tokens[k - 1]!.tag) && glued(tokens[k - 1], t);
    // 问题平台的数量: a general head takes the nouns before its 的.
    const of = t.word === '的' && run.length === 1 && sw.genericHeads.has(run[0]!.word) && k > 0 && NOUNISH.test(tokens[k - 1]!.tag);
    // 平台投资了130多亿元: a verbal noun with 了 is the predicate, not the subject; of an amount
    // it is what the amount measures (the investment), if it is a money word.
    if (run.length === 0 && t.tag === 'vn' && tokens[k + 1]?.word === '了') return money && sw.moneyNouns.has(t.word) ? t.word : '';
    if (!isPart(t) && !inner && !ending && !of) break;
    run.unshift(t);
  }
  return phraseOf(text, run, sw);
}

/** A clause that opens with a comparison (，比2019年初下降了99%) measures the previous figure's subject. */
const CONTINUES = /^[，,]\s*(?:比|较|同比|环比)/;

export function findSubject(
  text: string, tokens: Token[], fig: { start: number; end: number; kind: FigureKind }, sw: SubjectWords,
  previous?: { end: number; subject: string },
  restates = false,
): string {
  // ……共计3.74万亿元。近4万亿，……: an amount restating the money figure before it measures the same thing.
  if (restates && previous?.subject) return previous.subject;
  if (fig.kind === 'count') {
    const after = nounsAfter(text, tokens, fig.end, sw);
    if (after) return after;
  }
  const before = nounsBefore(text, tokens, fig.start, sw, fig.kind === 'duration', fig.kind === 'money');
  if (before) return before;
  // 他的400万元奖金, 100万元的资金, 41.1%的受访者: the noun the amount or share qualifies.
  // A share needs its 的 (69.7%乳房开始发育 opens the next clause); 1000元以下的学生 bounds the students, it does not measure them.
  const bounded = /(以下|以上|以内|之内)$/.test(text.slice(fig.start, fig.end));
  if ((fig.kind === 'money' || (fig.kind === 'percent' && text[fig.end] === '的')) && !bounded) {
    const after = nounsAfter(text, tokens, fig.end, sw, true);
    if (after) return after;
  }
  if (previous?.subject && fig.kind !== 'duration' && CONTINUES.test(text.slice(previous.end, fig.start))) return previous.subject;
  return '';
}
