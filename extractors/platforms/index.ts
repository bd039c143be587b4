// Platforms: lending, payment, credit and fintech platforms and companies.
// Two sources: the gazetteers (curated lib/data/platforms.json, then the generated
// data/p2p-platforms.json) and discovery of names no list has (discover.ts).
// Its rules where SPEC is silent are in README.md beside this file.
import type { PlatformItem } from '../../src/schema.js';
import type { ExtractContext, Extractor, UserWord } from '../types.js';
import { groupHits, loadGazetteer, Matcher, type GazetteerEntry, type Hit } from '../lib/gazetteer.js';
import { discoverPlatforms, inContext } from './discover.js';
import { cues } from './cues.js';
import { appNames, incidentSubjects } from './incident.js';
import { lenderNames } from './lenders.js';
import { CURATED_PLATFORMS } from '../lib/platform-names.js';
import { loadData } from '../lib/data.js';
import { removeOverlaps } from '../lib/spans.js';
import { copyWith } from '../lib/objects.js';

export interface PlatformEntry extends GazetteerEntry {
  kind: string;
  status?: string;
  /** A licensed lender (lenders.json): counts only in a sentence that speaks of it as one (lenderCues). */
  needs?: string;
}

const P2P_LIST = 'platforms/data/p2p-platforms.json';
const LENDERS = 'platforms/data/lenders.json';
let curated = new Set<string>();
let gazetteer: { entries: PlatformEntry[]; matcher: Matcher<PlatformEntry>; byForm: Map<string, PlatformEntry> } | null = null;
function load() {
  if (!gazetteer) {
    const notPlatforms = cues().notPlatforms;
    const entries = loadGazetteer<PlatformEntry>(CURATED_PLATFORMS, LENDERS, P2P_LIST)
      .filter((e) => !notPlatforms.has(e.name));
    curated = new Set(loadGazetteer<PlatformEntry>(CURATED_PLATFORMS, LENDERS).map((e) => e.name));
    // A curated entry wins the name from the P2P list but keeps the status the list records (e租宝: 经侦介入).
    const { status } = loadData<{ status: Record<string, string> }>('platforms/data/curated-status.json');
    for (const e of entries) if (!e.status && status[e.name]) e.status = status[e.name];
    const byForm = new Map<string, PlatformEntry>();
    for (const e of entries) for (const f of [e.name, ...e.aliases]) byForm.set(f, e);
    gazetteer = { entries, matcher: new Matcher(entries, (e) => [e.name, ...e.aliases]), byForm };
  }
  return gazetteer;
}

/** Is the sentence at `pos` about lending (a bank as lender or creditor) or margin loans (a brokerage)? */
function asLender(ctx: ExtractContext, pos: number, needs: string): boolean {
  const words = cues().lenderCues[needs] ?? [];
  const s = ctx.sentences().find((x) => pos >= x.start && pos < x.end);
  const sentence = s ? ctx.text.slice(s.start, s.end) : ctx.text;
  return words.some((w) => sentence.includes(w));
}

/** A cue-only form counts next to a platform word, or in a list (、) with a platform that needs no cue. */
function cued(text: string, h: Hit<PlatformEntry>, sure: { starts: Set<number>; ends: Set<number> }): boolean {
  const c = cues();
  if (c.cueBefore.some((w) => text.startsWith(w, h.start - w.length))) return true;
  if (c.cueAfter.some((w) => text.startsWith(w, h.end))) return true;
  return (text[h.start - 1] === '、' && sure.ends.has(h.start - 1)) || (text[h.end] === '、' && sure.starts.has(h.end + 1));
}

export const platforms: Extractor<'platforms'> = {
  meta: { id: 'platforms', description: 'Lending, payment, credit and fintech platforms named in the article.' },
  userWords(): UserWord[] {
    // Only the curated names: the big P2P list is full of ordinary-looking names (钱生钱) that
    // would split ordinary text, and its names count only where the segmenter itself finds a whole word.
    return load().entries.filter((e) => curated.has(e.name))
      .flatMap((e) => [e.name, ...e.aliases].filter((f) => !e.cueForms?.includes(f))).map((word) => ({ word, tag: 'nz' }));
  },
  extract(ctx: ExtractContext): PlatformItem[] {
    const { text } = ctx;
    const g = load();
    const tokens = ctx.tokens();
    // Word boundaries as marks by offset (1: a word starts here, 2: one ends here).
    const bounds = new Uint8Array(text.length + 1);
    for (const t of tokens) { bounds[t.start]! |= 1; bounds[t.end]! |= 2; }
    // A listed name must be a whole word: 金融加 in 互联网金融加速 and 乐信 in 娱乐信报 are not.
    // Names of the big P2P list, ordinary-looking (小油菜, 钱生钱), also need a text about lending.
    const all = g.matcher.findAll(text, (h) => (bounds[h.start]! & 1) !== 0 && (bounds[h.end]! & 2) !== 0 &&
      (curated.has(h.entry.name) || inContext(text, h.start)) && (!h.entry.needs || asLender(ctx, h.start, h.entry.needs)));
    const needsCue = (entry: PlatformEntry, form: string) => entry.cueForms?.includes(form) ?? false;
    const sureHits = all.filter((h) => !needsCue(h.entry, h.text));
    const sure = { starts: new Set(sureHits.map((h) => h.start)), ends: new Set(sureHits.map((h) => h.end)) };
    const listed = all.filter((h) => !needsCue(h.entry, h.text) || cued(text, h, sure));
    type Item = { entry: PlatformEntry | null; name: string; kind: string; start: number; end: number; text: string };
    // Fields named, not spread: a spread copy of every hit of every page was a hot spot.
    const items: Item[] = listed.map((h) => ({ entry: h.entry, start: h.start, end: h.end, text: h.text, name: h.entry.name, kind: h.entry.kind }));
    const listedAt = new Uint8Array(text.length);
    for (const h of listed) listedAt.fill(1, h.start, h.end);
    const sentenceAt = (pos: number) => ctx.sentences().find((x) => pos >= x.start && pos < x.end);
    for (const d of [...discoverPlatforms(text, tokens), ...incidentSubjects(text, tokens), ...appNames(text, tokens), ...lenderNames(text, tokens, sentenceAt)]) {
      // A discovered name that is a listed form takes the list's canonical name.
      const known = g.byForm.get(d.name);
      if (known) {
        if (!needsCue(known, d.name)) items.push(copyWith(d, { entry: known, name: known.name, kind: known.kind }));
        continue;
      }
      // Inside a listed name it adds nothing (京东金融 in 京东金融科技 is fine, a list name wins ties).
      if (listedAt.subarray(d.start, d.end).every((x) => x === 1)) continue;
      items.push(copyWith(d, { entry: null, name: d.name, kind: 'discovered' as const }));
    }
    const kept = removeOverlaps(items);
    const kindOf = new Map(kept.map((i) => [i.name, i.kind]));
    return groupHits(kept).map((f) => ({
      name: f.name,
      kind: kindOf.get(f.name)!,
      ...(f.entry?.status ? { status: f.entry.status } : {}),
      mentions: f.mentions,
      count: f.spans.length,
      spans: f.spans,
    }));
  },
};
