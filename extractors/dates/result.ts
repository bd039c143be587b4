// What a date parser reads from one match, before the refiners resolve it.
// As in chrono, each component is either read from the text (a number here),
// counted from something (a `Relative`), or unknown; the refiners and the
// resolver fill in what is implied and say so (`resolved: 'relative'`).
import type { DatePart } from '../../src/schema.js';

/**
 * Counted from the reference (publish) date, from the nearest preceding date in
 * the paragraph (当年), or from that date when there is one and else the
 * reference date (年底, 月底 with no year or month written).
 */
export interface Relative {
  from: 'publish' | 'anchor' | 'context';
  offset: number;
}

export type Period = 'am' | 'pm' | 'noon';

export interface DateResult {
  start: number;
  end: number;
  /** Which parser read it (for tests and debugging). */
  parser: string;
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  part?: DatePart;
  relYear?: Relative;
  relMonth?: Relative;
  relDay?: Relative;
  /** The previous or next half year (上个半年): counted in halves from the publish date. */
  relHalf?: number;
  /** Morning or evening implied by the word (今晚), for a time that follows. */
  period?: Period;
  /** A number whose unit comes from the date after it: the 2014 of 2014、2015年, the 1 of 1-3月. */
  bare?: { text: string };
  range?: 'from' | 'to';
  /** The date whose year this one shares when the text gives it none (the 1 of 1-9月 shares 9月's). */
  yearOf?: DateResult;
}

/** The largest unit the result reads from the text (what a bare number before it borrows). */
export function leadUnit(r: DateResult): 'year' | 'month' | 'day' | 'quarter' | null {
  if (r.year !== undefined) return r.part && /^q\d$/.test(r.part) && r.month === undefined ? 'quarter' : 'year';
  if (r.relYear) return r.part && /^q\d$/.test(r.part) && r.month === undefined ? 'quarter' : null;
  if (r.month !== undefined) return 'month';
  if (r.relMonth) return null;
  if (r.day !== undefined) return 'day';
  if (r.part && /^q\d$/.test(r.part)) return 'quarter';
  return null;
}
