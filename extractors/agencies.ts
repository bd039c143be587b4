// Agencies: government bodies, regulators, courts, police and official associations.
import type { AgencyItem, AgencyLevel } from '../src/schema.js';
import type { ExtractContext, Extractor, UserWord } from './types.js';
import { findAll, loadGazetteer, type GazetteerEntry } from './lib/gazetteer.js';

interface AgencyEntry extends GazetteerEntry { level: AgencyLevel }

let entries: AgencyEntry[] | null = null;
const gazetteer = () => (entries ??= loadGazetteer<AgencyEntry>('agencies.json'));

export const agencies: Extractor<'agencies'> = {
  meta: { id: 'agencies', description: 'Government bodies, regulators, courts, police and official associations.' },
  userWords(): UserWord[] {
    return gazetteer().flatMap((e) => [e.name, ...e.aliases]).map((word) => ({ word, tag: 'nt' }));
  },
  extract(ctx: ExtractContext): AgencyItem[] {
    return findAll(ctx.text, gazetteer()).map((f) => ({
      name: f.entry.name, level: f.entry.level, mentions: f.mentions, count: f.spans.length, spans: f.spans,
    }));
  },
};
