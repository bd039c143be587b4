// The extract stage: run every registered extractor over a page's clean text.
import { allUserWords, extractors, EXTRACTOR_IDS, type ExtractContext, type Results, type Token } from '../extractors/index.js';
import type { Extractor } from '../extractors/types.js';
import { getSegmenter, type Segmenter, type SegmenterName } from './segment.js';
import { sentenceSpans, type Span } from './sentences.js';

export interface ExtractOptions {
  segmenter: SegmenterName;
  /** Extractors to run; all when absent. */
  only?: (keyof Results)[];
}

export function paragraphSpans(paragraphs: string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of paragraphs) {
    spans.push({ start: at, end: at + p.length });
    at += p.length + 1; // the \n between paragraphs
  }
  return spans;
}

export function runExtractors(
  text: string,
  paragraphs: string[],
  title: string | null,
  referenceDate: string | null,
  options: ExtractOptions,
): Results {
  let tokens: Token[] | null = null;
  let sentences: Span[] | null = null;
  const ctx: ExtractContext = {
    text,
    title,
    referenceDate,
    paragraphs: paragraphSpans(paragraphs),
    sentences: () => (sentences ??= sentenceSpans(text)),
    tokens: () => (tokens ??= text ? getSegmenter(options.segmenter, allUserWords).tag(text) : []),
  };
  const results: Results = { dates: [], figures: [], platforms: [], agencies: [] };
  for (const id of options.only ?? EXTRACTOR_IDS) {
    (results as unknown as Record<string, unknown>)[id] = (extractors[id] as Extractor).extract(ctx);
  }
  return results;
}

/** The segmenter the extractors use, the gazetteers' names as its user words: the corpus search index cuts with it too. */
export function extractorSegmenter(name: SegmenterName): Segmenter {
  return getSegmenter(name, allUserWords);
}
