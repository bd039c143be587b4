// Dates: calendar references in the clean text, as ISO 8601 at the precision
// the text gives. First version: explicit years, months and days, times, and
// yearless month-days resolved against the paragraph or the reference date.
import type { DateItem } from '../src/schema.js';
import type { ExtractContext, Extractor } from './types.js';
import { paragraphAt, removeOverlaps } from './lib/spans.js';

const pad = (n: number) => String(n).padStart(2, '0');

const FULL = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g;
const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(?![度龄代期])/g;
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?/g;
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;

function valid(m: number, d?: number): boolean {
  return m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31));
}

export const dates: Extractor<'dates'> = {
  meta: { id: 'dates', description: 'Calendar references, normalized to ISO 8601 and resolved against the publish date.' },
  extract(ctx: ExtractContext): DateItem[] {
    const { text } = ctx;
    const found: DateItem[] = [];
    for (const m of text.matchAll(ISO)) {
      const [, y, mo, d, h, mi] = m;
      if (!valid(+mo!, +d!)) continue;
      const day = `${y}-${pad(+mo!)}-${pad(+d!)}`;
      const value = h ? `${day}T${pad(+h)}:${mi}:00+08:00` : day;
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, value, precision: h ? 'minute' : 'day' });
    }
    for (const m of text.matchAll(FULL)) {
      const [, y, mo, d] = m;
      if (!valid(+mo!, d ? +d : undefined)) continue;
      const value = d ? `${y}-${pad(+mo!)}-${pad(+d)}` : `${y}-${pad(+mo!)}`;
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, value, precision: d ? 'day' : 'month' });
    }
    for (const m of text.matchAll(YEAR)) {
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, value: m[1]!, precision: 'year' });
    }
    const explicit = removeOverlaps(found);
    const out = [...explicit];
    const refYear = ctx.referenceDate ? Number(ctx.referenceDate.slice(0, 4)) : null;
    for (const m of text.matchAll(MONTH_DAY)) {
      const mo = +m[1]!, d = +m[2]!;
      if (!valid(mo, d)) continue;
      const start = m.index, end = start + m[0].length;
      if (explicit.some((e) => start < e.end && end > e.start)) continue;
      // The nearest preceding explicit year in the same paragraph, else the reference year.
      const para = paragraphAt(ctx.paragraphs, start);
      const before = explicit.filter((e) => e.end <= start && (!para || e.start >= para.start));
      let year: number | null = before.length ? Number(before[before.length - 1]!.value.slice(0, 4)) : null;
      if (year === null && refYear !== null && ctx.referenceDate) {
        year = `${refYear}-${pad(mo)}-${pad(d)}` <= ctx.referenceDate.slice(0, 10) ? refYear : refYear - 1;
      }
      const value = year === null ? `--${pad(mo)}-${pad(d)}` : `${year}-${pad(mo)}-${pad(d)}`;
      out.push({ text: m[0], start, end, value, precision: 'day', resolved: 'relative' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
