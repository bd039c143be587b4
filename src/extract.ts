// The extract stage: run every registered extractor over a page's clean text.
import { allUserWords, emptyResults, extractors, EXTRACTOR_IDS, type ExtractContext, type Results, type Token } from '../extractors/index.js';
import type { Extractor } from '../extractors/types.js';
import type { Page } from './page.js';
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

/**
 * Every registered extractor over the page's clean text; the words are
 * segmented on first ask, and given back (null when no extractor asked) for
 * the corpus search index, which would otherwise cut the text again.
 */
export function runExtractors(
  page: Pick<Page, 'text' | 'paragraphs' | 'title'>,
  referenceDate: string | null,
  options: ExtractOptions,
): { results: Results; tokens: Token[] | null } {
  const { text, title } = page;
  let tokens: Token[] | null = null;
  let sentences: Span[] | null = null;
  const results = emptyResults();
  const ctx: ExtractContext = {
    text,
    title,
    referenceDate,
    paragraphs: paragraphSpans(page.paragraphs),
    sentences: () => (sentences ??= sentenceSpans(text)),
    tokens: () => (tokens ??= text ? getSegmenter(options.segmenter, allUserWords).tag(text) : []),
    found: results,
  };
  // In registry order, each extractor seeing in ctx.found what the ones before it found.
  for (const id of options.only ?? EXTRACTOR_IDS) {
    (results as unknown as Record<string, unknown>)[id] = (extractors[id] as Extractor).extract(ctx);
  }
  return { results, tokens };
}

/** The segmenter the extractors use, the gazetteers' names as its user words: the corpus search index cuts with it too. */
export function extractorSegmenter(name: SegmenterName): Segmenter {
  return getSegmenter(name, allUserWords);
}
