// The subject of an incident sentence is a platform, even one no list has:
// X平台已无法提现, X爆雷, X实控人被刑拘. The subject is read leftwards from the
// trigger over name-like tokens; it must look like a name (see README.md).
import type { Token } from '../types.js';
import { places } from '../lib/places.js';
import { acceptable, ASCII_WORD, inContext, isKnownPlace, isPunct, type Discovered } from './discover.js';
import { cues, type IncidentCues, type Prepared } from './cues.js';
import { Matcher } from '../lib/gazetteer.js';

/** A one-character token the segmenter made from a word it does not know (焱/g 淼/nrfg), or a Latin / digit name. */
export const unknownPiece = (t: Token) => (t.word.length === 1 && /^(x|g|ng|nr|nrfg|nrt|j)$/.test(t.tag)) || ((t.tag === 'eng' || t.tag === 'm') && ASCII_WORD(t.word));

/** Pronouns, prepositions, conjunctions, particles, adverbs: a single character with one of these tags ends a name. */
const FUNCTION_TAG = /^(p|c|u.*|d|r|y|e|o)$/;

/** By offset, the index of the token ending there (-1: none). */
export function tokenEnds(text: string, tokens: Token[]): Int32Array {
  const at = new Int32Array(text.length + 1).fill(-1);
  tokens.forEach((t, k) => { at[t.end] = k; });
  return at;
}

export interface Subject { start: number; end: number; tokens: Token[] }

/** The name-like tokens ending at `end`, read leftwards until punctuation, a function word or a lead word. */
export function subjectBefore(text: string, tokens: Token[], endingAt: Int32Array, end: number, c: Prepared): Subject | undefined {
  const inc = c.incident;
  const out: Token[] = [];
  let to = end;
  for (let k = endingAt[end]!; k >= 0; k--) {
    const t = tokens[k]!;
    if (out.length && t.end !== out[0]!.start) break;
    if (isPunct(t) || inc.leads.includes(t.word) || c.stopSet.has(t.word)) break;
    // 焱淼贷P2P平台: trade words between the name and the trigger are glue; before the name they end it (网贷平台焱淼贷).
    if ((c.genericSet.has(t.word) && !(out.length === 0 && inc.nameEnds.includes(t.word))) || c.platformWordSet.has(t.word)) {
      if (out.length) break;
      to = t.start;
      continue;
    }
    // A name the segmenter does not know comes out in single characters with any tag (鑫/nr 焱/g 金/nr 服/v):
    // a single character ends the name only when it is a function word (他/r, 在/p, 已/d).
    const single = t.word.length === 1 && !FUNCTION_TAG.test(t.tag);
    if (inc.stopTags.includes(t.tag) && !single && !unknownPiece(t)) break;
    out.unshift(t);
    if (to - t.start >= 10) break;
  }
  if (!out.length) return undefined;
  const start = out[0]!.start;
  // 某鑫金融, 某X平台: a name withheld is no name.
  if (c.anonymous.some((a) => text.startsWith(a, start - a.length) || text.slice(start, to).includes(a))) return undefined;
  return { start, end: to, tokens: out };
}

/** Does the subject look like a platform's name, not a person, a place or an ordinary noun? */
function nameLike(name: string, s: Subject, cuedByPlatformWord: boolean, c: Prepared): boolean {
  if (!acceptable(name, c) || isKnownPlace(name) || s.tokens.every((t) => c.genericSet.has(t.word))) return false;
  // 杭州网贷, 深圳P2P: a place and a trade word name a market, not a platform.
  const place = [...places().matcher.at(name, 0)][0];
  if (place) {
    const rest = name.slice(place.end);
    const trade = (w: string) => !w || c.genericSet.has(w) || c.platformWordSet.has(w);
    if (trade(rest) || [...c.nameSuffixes, ...c.charSuffixes].some((w) => rest.endsWith(w) && trade(rest.slice(0, -w.length)))) return false;
  }
  const suffixed = [...c.nameSuffixes, ...c.charSuffixes].some((sfx) => {
    const rest = name.slice(0, -sfx.length);
    return name.endsWith(sfx) && rest.length > 0 && !c.genericSet.has(rest) && !isKnownPlace(rest);
  });
  const unknown = s.tokens.some(unknownPiece) || name.endsWith('儿');
  const proper = s.tokens.length === 1 && s.tokens[0]!.tag === 'nz';
  return suffixed || unknown || (cuedByPlatformWord && proper);
}

let triggers: Matcher<[string, boolean]> | null = null;
/** All triggers, strong or not, found in one pass over the text. */
function triggerMatcher(inc: IncidentCues): Matcher<[string, boolean]> {
  return (triggers ??= new Matcher<[string, boolean]>([
    ...[...inc.triggers, ...inc.ownerTriggers].map((w): [string, boolean] => [w, true]),
    ...inc.weakTriggers.map((w): [string, boolean] => [w, false]),
  ], ([w]) => [w]));
}
let glue: string[] | null = null;
const glueWords = (inc: IncidentCues) => (glue ??= [...inc.glue, ...inc.owners]);

/** Every subject of an incident sentence that looks like a platform's name. */
export function incidentSubjects(text: string, tokens: Token[]): Discovered[] {
  const c = cues();
  const inc = c.incident;
  const out: Discovered[] = [];
  let endingAt: Int32Array | undefined;
  for (const { entry: [trigger, strong], start: i } of triggerMatcher(inc).findAll(text)) {
    endingAt ??= tokenEnds(text, tokens);
    // Back over the glue (已经, 平台, 被) to the subject's end; note whether 平台 / APP was written.
    let end = i;
    let platformWord = false;
    let owner = false;
    for (let moved = true; moved;) {
      moved = false;
      for (const g of glueWords(inc)) {
        if (end - g.length >= 0 && text.startsWith(g, end - g.length)) {
          if (c.platformWordSet.has(g)) platformWord = true;
          if (inc.owners.includes(g)) owner = true;
          end -= g.length;
          moved = true;
          break;
        }
      }
    }
    // 实控人被刑拘 names the company only through its owner.
    if (inc.ownerTriggers.includes(trigger) && !owner) continue;
    if (!strong && !owner && !platformWord) continue;
    const s = subjectBefore(text, tokens, endingAt, end, c);
    if (!s) continue;
    if (s.end <= s.start) continue;
    const name = text.slice(s.start, s.end);
    if (nameLike(name, s, platformWord || owner, c) && inContext(text, s.start, c)) out.push({ name, start: s.start, end: s.end, text: name });
  }
  return out;
}

/** App names with 儿 or digits before 平台 / APP (奶瓶儿平台, 速贷360 APP): the segmenter cuts them, so read them as a subject. */
export function appNames(text: string, tokens: Token[]): Discovered[] {
  const c = cues();
  const out: Discovered[] = [];
  let endingAt: Int32Array | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1]!;
    if (prev.word !== '儿' && prev.tag !== 'm') continue;
    const t = tokens[k]!;
    if (!c.platformWordSet.has(t.word) || prev.end !== t.start) continue;
    if (prev.word !== '儿' && !/^[0-9]+$/.test(prev.word)) continue;
    endingAt ??= tokenEnds(text, tokens);
    const s = subjectBefore(text, tokens, endingAt, t.start, c);
    // 3个平台 / 100家平台: digits alone, or digits after a measure word, are a count.
    if (!s || s.end !== t.start || s.tokens.length < 2) continue;
    const name = text.slice(s.start, s.end);
    if (nameLike(name, s, true, c) && inContext(text, s.start, c)) out.push({ name, start: s.start, end: s.end, text: name });
  }
  return out;
}
