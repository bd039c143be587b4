// Licensed lenders no list has, named the way they name themselves: 哈银消费金融,
// 焱淼小贷, 长沙银行, 焱淼农商银行, 鑫焱证券. Like the listed banks and brokerages
// (lenders.json) they count only in a sentence that speaks of them as lenders.
import type { Token } from '../types.js';
import { Matcher } from '../lib/gazetteer.js';
import { isKnownPlace, type Discovered } from './discover.js';
import { cues } from './cues.js';
import { subjectBefore, tokenEnds, unknownPiece } from './incident.js';

/** [start, end) of the sentence holding `pos`. */
type SentenceAt = (pos: number) => { start: number; end: number } | undefined;

let suffixes: Matcher<[string, string]> | null = null;

export function lenderNames(text: string, tokens: Token[], sentenceAt: SentenceAt): Discovered[] {
  const c = cues();
  suffixes ??= new Matcher(Object.entries(c.lenderSuffixes), ([s]) => [s]);
  const out: Discovered[] = [];
  let endingAt: Int32Array | undefined;
  for (const { entry: [suffix, needs], start: i } of suffixes.findAll(text)) {
    const s = sentenceAt(i);
    const sentence = s ? text.slice(s.start, s.end) : text;
    if (!(c.lenderCues[needs] ?? []).some((w) => sentence.includes(w))) continue;
    endingAt ??= tokenEnds(text, tokens);
    const subject = subjectBefore(text, tokens, endingAt, i, c);
    // The name must run right up to the suffix (商业 | 银行 is no name) and be a place or a word the segmenter does not know.
    if (!subject || subject.end !== i || subject.end - subject.start < 2) continue;
    const x = text.slice(subject.start, i);
    const named = isKnownPlace(x) || subject.tokens.some(unknownPiece) || (subject.tokens.length === 1 && subject.tokens[0]!.tag === 'nz');
    if (!named || c.notPlatforms.has(x + suffix)) continue;
    const name = x + suffix;
    out.push({ name, start: subject.start, end: i + suffix.length, text: name });
  }
  return out;
}
