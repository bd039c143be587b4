// The one small interface every extractor implements, and what it is given.
// Extractors see only this: never the CLI, a writer or another stage.
import type { AgencyItem, DateItem, EventItem, FigureItem, PlatformItem, Token, UserWord } from '../src/schema.js';

export type { Token, UserWord };


export interface ExtractContext {
  /** The clean simplified body; every offset refers to it. */
  text: string;
  title: string | null;
  /** Reference date for relative dates: the publish time, or one supplied with the input. */
  referenceDate: string | null;
  /** [start, end) of each paragraph in `text`. */
  paragraphs: { start: number; end: number }[];
  /** [start, end) of each sentence in `text` (src/sentences.ts), computed on first call. */
  sentences(): { start: number; end: number }[];
  /** Segmented words of `text`, computed on first call and shared between extractors. */
  tokens(): Token[];
  /**
   * What the extractors registered before this one found on the page (empty lists
   * for those not run yet or not at all): the events extractor links their items.
   */
  found: Readonly<Results>;
}

export interface Results {
  dates: DateItem[];
  figures: FigureItem[];
  platforms: PlatformItem[];
  agencies: AgencyItem[];
  events: EventItem[];
}

export type ExtractorId = keyof Results;

export interface ExtractorMeta<Id extends ExtractorId> {
  id: Id;
  description: string;
}

export interface Extractor<Id extends ExtractorId = ExtractorId> {
  meta: ExtractorMeta<Id>;
  /** Words the segmenter should know (names from a gazetteer), loaded once. */
  userWords?(): UserWord[];
  extract(ctx: ExtractContext): Results[Id];
}
