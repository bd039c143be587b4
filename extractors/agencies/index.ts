// Agencies: government bodies, regulators, courts, police and official associations.
// Two sources: the gazetteers (central bodies with their abbreviations and name
// history) and local bodies built from a place and a body (local.ts).
// Its rules where SPEC is silent are in README.md beside this file.
import type { AgencyItem, AgencyLevel } from '../../src/schema.js';
import type { ExtractContext, Extractor, UserWord } from '../types.js';
import { groupHits, loadGazetteer, Matcher, type GazetteerEntry, type Hit } from '../lib/gazetteer.js';
import { bodyWords, findLocalAgencies } from './local.js';
import { removeOverlaps } from '../lib/spans.js';
import { loadData } from '../lib/data.js';
import { copyWith } from '../lib/objects.js';

export interface AgencyEntry extends GazetteerEntry {
  level: AgencyLevel;
  kind?: string;
}

const FOREIGN = 'agencies/data/foreign.json';
let gazetteer: { entries: AgencyEntry[]; matcher: Matcher<AgencyEntry>; countries: Matcher<string> } | null = null;
function load() {
  if (!gazetteer) {
    const entries = loadGazetteer<AgencyEntry>('agencies/data/agencies.json', FOREIGN, 'agencies/data/gov-bodies.json');
    const countries = loadData<{ countries: string[] }>(FOREIGN).countries;
    gazetteer = { entries, matcher: new Matcher(entries, (e) => [e.name, ...e.aliases]), countries: new Matcher(countries, (c) => [c]) };
  }
  return gazetteer;
}

// 公安部门, 财政部门, 司法部门 are generic ("the police", "finance departments"), not 公安部.
const notAfterMinistry = '门';
// 地方发改委, 各地金融办, 当地卫健委: the kind of body everywhere, not the central one.
const GENERIC_BEFORE = ['地方', '各地', '各级', '当地', '基层', '省级', '市级', '县级', '各'];

export const agencies: Extractor<'agencies'> = {
  meta: { id: 'agencies', description: 'Government bodies, regulators, courts, police and official associations.' },
  userWords(): UserWord[] {
    const names = load().entries.flatMap((e) => [e.name, ...e.aliases]);
    return [...names, ...bodyWords()].map((word) => ({ word, tag: 'nt' }));
  },
  extract(ctx: ExtractContext): AgencyItem[] {
    const { text } = ctx;
    const g = load();
    const central = g.matcher.findAll(text, (h) => !(h.text.endsWith('部') && text[h.end] === notAfterMinistry) &&
      !(h.entry.level !== 'foreign' && GENERIC_BEFORE.some((w) => text.startsWith(w, h.start - w.length))));
    type Item = Hit<AgencyEntry | null> & { name: string; level: AgencyLevel };
    const items: Item[] = [
      ...central.map((h): Item => {
        // 美国国务院, 英国财政部: a country before a Chinese body's name makes it that country's body.
        const country = h.entry.level === 'foreign' ? undefined : g.countries.endingAt(text, h.start, 6);
        // Fields named, not spread (…h): a spread copy of every hit was a hot spot.
        if (!country) return { entry: h.entry, start: h.start, end: h.end, text: h.text, name: h.entry.name, level: h.entry.level };
        const surface = text.slice(country.start, h.end);
        return { entry: null, start: country.start, end: h.end, text: surface, name: surface, level: 'foreign' };
      }),
      ...findLocalAgencies(text).map((l) => copyWith(l, { entry: null })),
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
