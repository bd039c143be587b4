// The registry: every extractor, in the order they run. A new extractor is a
// folder beside this one (index.ts, README.md with its rules, data/) plus a line
// here and its id in types.ts's Results (and a test; see test/extractors/registry.test.ts).
import type { Extractor, ExtractorId, Results, UserWord } from './types.js';
import { dates } from './dates/index.js';
import { figures } from './figures/index.js';
import { platforms } from './platforms/index.js';
import { agencies } from './agencies/index.js';
import { events } from './events/index.js';

// events last: it links what the others found.
export const extractors = { dates, figures, platforms, agencies, events } satisfies { [K in ExtractorId]: Extractor<K> };

export const EXTRACTOR_IDS = Object.keys(extractors) as ExtractorId[];

/** Results with nothing found yet: what ctx.found holds before the first extractor runs. */
export function emptyResults(): Results {
  return { dates: [], figures: [], platforms: [], agencies: [], events: [] };
}

/** Every extractor's words for the segmenter's user dictionary. */
export function allUserWords(): UserWord[] {
  const seen = new Set<string>();
  const out: UserWord[] = [];
  for (const id of EXTRACTOR_IDS) {
    const ex = extractors[id] as Extractor;
    for (const w of ex.userWords?.() ?? []) {
      if (!seen.has(w.word)) { seen.add(w.word); out.push(w); }
    }
  }
  return out;
}

export type { Extractor, ExtractContext, ExtractorId, Results, Token, UserWord } from './types.js';
