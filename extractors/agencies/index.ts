// Agencies: government bodies, regulators, courts, police and official associations.
// Two sources: the gazetteers (central bodies with their abbreviations and name
// history) and local bodies built from a place and a body (local.ts).
// Its rules where SPEC is silent are in README.md beside this file.
import type { AgencyItem, AgencyLevel } from '../../src/schema.js';
import type { ExtractContext, Extractor, UserWord } from '../types.js';
import { groupHits, loadGazetteer, Matcher, type GazetteerEntry, type Hit } from '../lib/gazetteer.js';
import { bodyWords, findLocalAgencies } from './local.js';
import { removeOverlaps } from '../lib/spans.js';

export interface AgencyEntry extends GazetteerEntry {
  level: AgencyLevel;
  kind?: string;
}

let gazetteer: { entries: AgencyEntry[]; matcher: Matcher<AgencyEntry> } | null = null;
function load() {
  if (!gazetteer) {
    const entries = loadGazetteer<AgencyEntry>('agencies/data/agencies.json', 'agencies/data/gov-bodies.json');
    gazetteer = { entries, matcher: new Matcher(entries, (e) => [e.name, ...e.aliases]) };
  }
  return gazetteer;
}

// 公安部门, 财政部门, 司法部门 are generic ("the police", "finance departments"), not 公安部.
const notAfterMinistry = '门';

export const agencies: Extractor<'agencies'> = {
  meta: { id: 'agencies', description: 'Government bodies, regulators, courts, police and official associations.' },
  userWords(): UserWord[] {
    const names = load().entries.flatMap((e) => [e.name, ...e.aliases]);
    return [...names, ...bodyWords()].map((word) => ({ word, tag: 'nt' }));
  },
  extract(ctx: ExtractContext): AgencyItem[] {
    const { text } = ctx;
    const central = load().matcher.findAll(text, (h) => !(h.text.endsWith('部') && text[h.end] === notAfterMinistry));
    type Item = Hit<AgencyEntry | null> & { name: string; level: AgencyLevel };
    const items: Item[] = [
      ...central.map((h) => ({ ...h, name: h.entry.name, level: h.entry.level })),
      ...findLocalAgencies(text).map((l) => ({ ...l, entry: null })),
    ];
    const levelOf = new Map(items.map((i) => [i.name, i.level]));
    return groupHits(removeOverlaps(items)).map((f) => {
      const e = f.entry;
      return {
        name: f.name,
        level: levelOf.get(f.name)!,
        ...(e?.validTo ? { validTo: e.validTo } : {}),
        ...(e?.successor ? { successor: e.successor } : {}),
        mentions: f.mentions,
        count: f.spans.length,
        spans: f.spans,
      };
    });
  },
};
