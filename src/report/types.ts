// The report's data: what the aggregation makes from a corpus and the HTML
// ships. Rows are arrays, not objects, because at 100,000 pages the field
// names would be most of the file; the client reads them by the indexes below.

/** A page some row links to. Only pages that a shipped row points at are listed. */
export interface PageRef {
  title: string;
  /** http(s) URL, or the path as the record gives it; empty when neither is usable. */
  href: string;
  /** What the link says: the URL or path. */
  label: string;
  /** YYYY-MM-DD or empty. */
  published: string;
}

/** The sentence an item sits in and where the item is in it, for highlighting. Empty sentence: the record had no text (--no-text). */
export type Evidence = [sentence: string, start: number, end: number];

/** [page, month, type, actor, target, date, amountValue, amountUnit, planned, ...evidence] */
export type EventRow = [
  page: number, month: string, type: string, actor: string, target: string, date: string,
  amount: number | null, unit: string, planned: 0 | 1, sentence: string, start: number, end: number,
];

/** [page, month, value, unit, qualifier, subject, text, also, ...evidence]; `also`: other pages giving the same amount for the same subject. */
export type FigureRow = [
  page: number, month: string, value: number, unit: string, qualifier: string, subject: string, text: string, also: number,
  sentence: string, start: number, end: number,
];

/** [name, kind or level, status, pages, events, page, ...evidence of its first mention] */
export type EntityRow = [
  name: string, kind: string, status: string, pages: number, events: number,
  page: number, sentence: string, start: number, end: number,
];

export interface ReportData {
  title: string;
  /** Where the data came from, for the page's header (a file name). */
  source: string;
  generated: string;
  totals: {
    pages: number; duplicates: number; withText: number; events: number; figures: number; undatedEvents: number;
    /** Dated events in sparse tails left off the chart (see chartRange). */
    outsideTimeline: number;
  };
  /** Months (YYYY-MM, sorted) and, per event type, a count for each month: every event, not only the shipped rows. */
  timeline: { months: string[]; types: string[]; counts: Record<string, number[]> };
  pages: PageRef[];
  events: EventRow[];
  /** True when not every event is shipped (the timeline still counts all): a sample plus each ranked name's own. */
  eventsSampled: boolean;
  figures: FigureRow[];
  platforms: EntityRow[];
  agencies: EntityRow[];
  /** How many distinct platforms / agencies there were before the rankings were cut. */
  platformCount: number;
  agencyCount: number;
}

/** How many rows a report ships at most: enough to browse, few enough to load fast. */
export interface ReportLimits {
  events: number;
  figures: number;
  entities: number;
  /** Event rows kept, beyond the sample, for each ranked platform (as target) and agency (as actor). */
  perEntity: number;
}

export const DEFAULT_LIMITS: ReportLimits = { events: 5000, figures: 300, entities: 200, perEntity: 20 };
