// A real ExtractContext for extractor tests: the text, one paragraph a line,
// and tokens from the same segmenter (with the same user words) the pipeline uses.
import { allUserWords, type ExtractContext, type Token } from '../../extractors/index.js';
import { getSegmenter } from '../../src/segment.js';
import { sentenceSpans } from '../../src/sentences.js';

export function contextOf(text: string): ExtractContext {
  let tokens: Token[] | null = null;
  const paragraphs: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    paragraphs.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return {
    text,
    title: null,
    referenceDate: null,
    paragraphs,
    sentences: () => sentenceSpans(text),
    tokens: () => (tokens ??= getSegmenter('nodejieba', allUserWords).tag(text)),
  };
}
