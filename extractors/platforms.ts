// Platforms: lending, payment, credit and fintech companies, from the shipped gazetteer.
import type { PlatformItem } from '../src/schema.js';
import type { ExtractContext, Extractor, UserWord } from './types.js';
import { findAll, loadGazetteer, type GazetteerEntry } from './lib/gazetteer.js';

interface PlatformEntry extends GazetteerEntry { kind: string }

let entries: PlatformEntry[] | null = null;
const gazetteer = () => (entries ??= loadGazetteer<PlatformEntry>('platforms.json'));

export const platforms: Extractor<'platforms'> = {
  meta: { id: 'platforms', description: 'Lending, payment, credit and fintech platforms named in the article.' },
  userWords(): UserWord[] {
    return gazetteer().flatMap((e) => [e.name, ...e.aliases]).map((word) => ({ word, tag: 'nz' }));
  },
  extract(ctx: ExtractContext): PlatformItem[] {
    return findAll(ctx.text, gazetteer()).map((f) => ({
      name: f.entry.name, kind: f.entry.kind, mentions: f.mentions, count: f.spans.length, spans: f.spans,
    }));
  },
};
