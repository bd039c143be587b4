// Dates: every calendar reference in the clean text, as ISO 8601 at the precision
// the text gives, resolved against the paragraph and the publish date (SPEC "Dates").
// Built as chrono is: parsers read candidates (extractors/dates/parsers.ts),
// refiners join and prune them (refiners.ts), and the resolver fills in what the
// text leaves to context (resolve.ts).
import type { DateItem } from '../../src/schema.js';
import type { ExtractContext, Extractor } from '../types.js';
import { parseAll } from './parsers.js';
import { REFINERS } from './refiners.js';
import { parseReference, resolveDates } from './resolve.js';

export const dates: Extractor<'dates'> = {
  meta: { id: 'dates', description: 'Calendar references, normalized to ISO 8601 and resolved against the publish date.' },
  extract(ctx: ExtractContext): DateItem[] {
    const { text } = ctx;
    let results = parseAll({ text, referenceYear: parseReference(ctx.referenceDate)?.y ?? null });
    for (const refine of REFINERS) results = refine(results, text);
    const paragraphs = ctx.paragraphs.length ? ctx.paragraphs : [{ start: 0, end: text.length }];
    return resolveDates(results, text, ctx.referenceDate, paragraphs);
  },
};
