// The one ExtractContext for extractor tests: the text, one paragraph a line
// (as the pipeline splits them), and tokens from the pipeline's default
// segmenter (jieba-rs) with every extractor's user words, as the pipeline loads it.
import { allUserWords, emptyResults, type ExtractContext, type Token } from '../../extractors/index.js';
import { paragraphSpans } from '../../src/extract.js';
import { DEFAULT_SEGMENTER, getSegmenter, type SegmenterName } from '../../src/segment.js';
import { sentenceSpans } from '../../src/sentences.js';

export interface ContextOptions {
  /** The publish date relative dates count from. */
  referenceDate?: string | null;
  /** Another backend, for the segmenter parity test. */
  segmenter?: SegmenterName;
}

export function contextOf(text: string, opts: ContextOptions = {}): ExtractContext {
  let tokens: Token[] | null = null;
  return {
    text,
    title: null,
    referenceDate: opts.referenceDate ?? null,
    paragraphs: paragraphSpans(text.split('\n')),
    sentences: () => sentenceSpans(text),
    tokens: () => (tokens ??= getSegmenter(opts.segmenter ?? DEFAULT_SEGMENTER, allUserWords).tag(text)),
    found: emptyResults(),
  };
}
