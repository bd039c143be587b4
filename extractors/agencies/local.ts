// Local agencies built from parts: a place (../lib/data/places.json) followed
// by a body (data/agency-parts.json): 杭州市公安局上城区分局, 深圳市地方金融监督管理局,
// 北京市朝阳区人民法院. The rules (警方, districts, levels) are in README.md.
import type { AgencyLevel } from '../../src/schema.js';
import { loadData } from '../lib/data.js';
import { Matcher, type Hit } from '../lib/gazetteer.js';
import { contains, pickPlace, placeCounts, places, type Place, type PlaceLevel } from '../lib/places.js';
import { barePlace } from './bare.js';
import { copyWith } from '../lib/objects.js';

interface Body {
  suffix: string;
  level?: AgencyLevel;
  police?: boolean;
  unit?: boolean;
  canonical?: string;
  shortPlace?: boolean;
  /** 分局: a district branch of a city bureau. */
  branch?: boolean;
  /** 警方 / 公安: the police of the place before it. */
  policeWord?: boolean;
  /** A local office of a central body: how the parent is written -> its canonical form. */
  parents?: Record<string, string>;
  /** Words that, right after the body, make it part of another word (杭州市委托). */
  notBefore?: string[];
  /** The body starts with the place's last character: 杭州市委 is 杭州市 + 委. */
  markerPlace?: boolean;
  /** Written before the place in the canonical name (中共杭州市委员会). */
  prefix?: string;
  /** A station with a name of its own between place and body: 西湖区 | 北山 | 派出所. */
  named?: boolean;
  /** May follow a district written without 区 / 县 (海淀法院, 余杭警方). */
  districtShort?: boolean;
}

/** [short form, full form or null, kinds]: 工信 + 厅 -> 工信厅 (工业和信息化厅). */
type Department = [string, string | null, string[]];

interface PartsFile {
  bodies: Body[];
  districtBranch: string[];
  policeWords: string[];
  policeNotBefore: string[];
  bureaus: string[];
  placeStops: string;
  departments: Department[];
  barePrefixes: [string, PlaceLevel][];
  bareNotAfter: string;
  notPlaceWords: string[];
  unknownMarkers: Record<string, PlaceLevel>;
}

export interface LocalAgency {
  name: string;
  level: AgencyLevel;
  start: number;
  end: number;
  text: string;
}

interface Parts { matcher: Matcher<Body>; file: PartsFile }
let cached: Parts | null = null;

function parts(): Parts {
  if (cached) return cached;
  const file = loadData<PartsFile>('agencies/data/agency-parts.json');
  const bodies: Body[] = [
    ...file.bodies,
    ...file.departments.flatMap(departmentBodies),
    ...file.districtBranch.map((suffix) => ({ suffix, police: true, branch: true })),
    ...file.policeWords.map((suffix) => ({ suffix, police: true, policeWord: true, districtShort: true })),
  ];
  cached = { matcher: new Matcher(bodies, (b) => [b.suffix]), file };
  return cached;
}

/** The bodies one department makes: 工信厅 and 工业和信息化厅, 发改委 and 发展和改革委员会. */
function departmentBodies([short, full, kinds]: Department): Body[] {
  return kinds.flatMap((kind) => {
    const canonical = `${full ?? short}${kind === '委' ? '委员会' : kind}`;
    const level: AgencyLevel | undefined = kind === '厅' ? 'provincial' : undefined;
    const forms = new Set([`${short}${kind}`, canonical, ...(full ? [`${full}${kind}`] : [])]);
    return [...forms].map((suffix) => ({ suffix, canonical, ...(level ? { level } : {}) }));
  });
}

/**
 * Words the segmenter should keep whole. Not the departments: agencies are found
 * on the text, not on words, and hundreds more user words cost every run's start.
 */
export function bodyWords(): string[] {
  return parts().file.bodies.map((b) => b.suffix);
}

interface Chain {
  /** The most specific place, or undefined when the name is ambiguous and the page does not tell. */
  place: Place | undefined;
  /** What the text wrote for it, when it could not be resolved (西湖区 with no city in sight). */
  written: string;
  start: number;
  /** The level of what was written, when the place is not known (市 in 市公安局). */
  level?: PlaceLevel;
}

const isMunicipality = (p: Place) => p.level === 'provincial' && p.name.endsWith('市');

/** The places written right before `end` (杭州市 / 浙江杭州 / 北京市朝阳区), most specific last. */
function chainBefore(text: string, end: number, counts: () => Map<Place, number>): Chain | undefined {
  const m = places().matcher;
  const inner = m.endingAt(text, end, 10);
  if (!inner) return undefined;
  let start = inner.start;
  // 东莞市, 中山市: cities without districts are listed as their own district too; the city is meant.
  let candidates = inner.entry.places.filter((p) => !(p.level === 'district' && p.parent?.name === p.name));
  if (!candidates.length) candidates = inner.entry.places;
  // Outer places narrow the inner one down: 杭州 + 西湖区, 北京市 + 朝阳区, 浙江省 + 温州市 + 鹿城区.
  for (let k = 0; k < 2; k++) {
    const outer = m.endingAt(text, start, 10);
    if (!outer) break;
    const narrowed = candidates.filter((c) => outer.entry.places.some((o) => contains(o, c)));
    if (!narrowed.length) break;
    candidates = narrowed;
    start = outer.start;
  }
  // Counting the page's places costs a pass over it: only when the name is ambiguous.
  return { place: candidates.length === 1 ? candidates[0] : pickPlace(candidates, counts()), written: inner.text, start };
}

const LEVEL_CHARS = '省市县区州委';

/** A place missing from places.json before 省/市 (garbled or new): up to three characters, never a function word. */
function unknownPlace(text: string, end: number, file: PartsFile): Chain | undefined {
  const marker = text[end - 1]!;
  const markerLevel = file.unknownMarkers[marker];
  if (!markerLevel) return undefined;
  let s = end - 1;
  // Back over at most three characters, never across a function word (政府和市 is no place).
  // Nor across a level word: 南京市委 | 市政府 and 山东省 | 聊市 are two names, not one.
  while (s > end - 4 && s > 0 && /[\u4e00-\u9fff]/.test(text[s - 1]!) && !file.placeStops.includes(text[s - 1]!) && !LEVEL_CHARS.includes(text[s - 1]!)) s--;
  if (end - 1 - s < 2) return undefined;
  // 记者致电市: three characters cut out of a longer run are no name.
  if (s === end - 4 && s > 0 && /[\u4e00-\u9fff]/.test(text[s - 1]!) && !file.placeStops.includes(text[s - 1]!)) return undefined;
  const name = text.slice(s, end);
  if (file.notPlaceWords.some((w) => name.includes(w))) return undefined;
  return { place: { name, short: name, level: markerLevel }, written: name, start: s };
}

/** The police bureau of a place: 浙江省公安厅, 杭州市公安局, 杭州市公安局西湖区分局. */
function policeName(p: Place | undefined, written: string, level: AgencyLevel = 'district'): { name: string; level: AgencyLevel } {
  if (!p) return { name: `${written}公安局`, level };
  if (p.level === 'provincial') return { name: `${p.name}${isMunicipality(p) ? '公安局' : '公安厅'}`, level: 'provincial' };
  if (p.level === 'municipal') return { name: `${p.name}公安局`, level: 'municipal' };
  if (p.name.endsWith('区') && p.parent) return { name: `${p.parent.name}公安局${p.name}分局`, level: 'district' };
  return { name: `${p.name}公安局`, level: 'district' };
}

function bodyName(p: Place | undefined, written: string, b: Body): string {
  const body = b.canonical ?? b.suffix;
  const pre = b.prefix ?? '';
  if (!p) return `${pre}${written}${body}`;
  if (b.shortPlace) return `${pre}${p.short}${body}`;
  if (p.level === 'district' && p.name.endsWith('区') && p.parent) return `${pre}${p.parent.name}${p.name}${body}`;
  return `${pre}${p.name}${body}`;
}

/** Every local agency named in the text, with its span (place through body). */
export function findLocalAgencies(text: string): LocalAgency[] {
  const { matcher, file } = parts();
  let counts: Map<Place, number> | undefined;
  const getCounts = () => (counts ??= placeCounts(text));
  const out: LocalAgency[] = [];
  for (const hit of matcher.findAll(text)) {
    const found = build(text, hit, file, getCounts);
    if (found) out.push(found);
  }
  return out;
}

function build(text: string, hit: Hit<Body>, file: PartsFile, counts: () => Map<Place, number>): LocalAgency | undefined {
  const b = hit.entry;
  // A unit or a district branch may hang under a bureau word: 杭州市公安局 | 经侦支队, 杭州市公安局上城区 | 分局.
  let end = hit.start;
  if (b.unit) {
    const bureau = file.bureaus.find((w) => text.startsWith(w, end - w.length));
    if (bureau) end -= bureau.length;
  }
  if (b.policeWord && file.policeNotBefore.some((w) => text.startsWith(w, hit.end))) return undefined;
  if (b.notBefore?.some((w) => text.startsWith(w, hit.end))) return undefined;
  let chain = chainBefore(text, end, counts);
  if (b.markerPlace) {
    // 杭州市委: the place ends inside the body (杭州市 + 委); 冠县县委 writes it twice.
    const marked = chainBefore(text, end + 1, counts);
    if (marked && marked.written.endsWith(text[end]!)) chain = marked;
  }
  if (b.branch && !chain) {
    // 东莞市公安局 | 南城 | 分局: a branch named for a town or subdistrict the place list lacks, right after a city bureau.
    for (const len of [2, 3]) {
      const own = text.slice(end - len, end);
      if (!/^[\u4e00-\u9fff]+$/.test(own) || [...own].some((ch) => file.placeStops.includes(ch))) continue;
      const bureau = file.bureaus.find((w) => text.startsWith(w, end - len - w.length));
      const at = end - len - (bureau?.length ?? 0);
      const city = bureau ? chainBefore(text, at, counts) ?? unknownPlace(text, at, file) : undefined;
      if (!city?.place || city.place.level === 'district') continue;
      const parent = policeName(city.place, city.written);
      return { start: city.start, end: hit.end, text: text.slice(city.start, hit.end), name: `${parent.name}${own}分局`, level: 'district' };
    }
  }
  if (b.branch) {
    // 分局 needs a district before it, itself maybe after a city bureau.
    if (!chain || (chain.place && chain.place.level !== 'district')) return undefined;
    const bureau = file.bureaus.find((w) => text.startsWith(w, chain!.start - w.length));
    if (bureau) {
      const city = chainBefore(text, chain.start - bureau.length, counts);
      if (city) chain = { ...chain, start: city.start };
    }
  }
  if (b.parents) {
    // 中国人民银行 | 杭州 | 中心支行: the parent must be written, else 杭州分行 is any bank's branch.
    if (!chain?.place) return undefined;
    const at = chain.start;
    const written = Object.keys(b.parents).filter((w) => text.startsWith(w, at - w.length)).sort((x, y) => y.length - x.length)[0];
    if (!written) return undefined;
    const start = at - written.length;
    return { start, end: hit.end, text: text.slice(start, hit.end), name: `${b.parents[written]}${chain.place.short}${b.suffix}`, level: chain.place.level };
  }
  if (!chain && b.districtShort) {
    const short = places().districtShorts.endingAt(text, end, 6);
    if (short) chain = { place: short.entry.places.length === 1 ? short.entry.places[0] : pickPlace(short.entry.places, counts()), written: short.text, start: short.start };
  }
  let own = '';
  if (!chain && b.named) {
    // 北山派出所 under 西湖区: two or three characters of the station's own name, never a function word.
    for (const len of [2, 3]) {
      const name = text.slice(end - len, end);
      if (!/^[\u4e00-\u9fff]+$/.test(name) || [...name].some((ch) => file.placeStops.includes(ch) || LEVEL_CHARS.includes(ch))) continue;
      const outer = chainBefore(text, end - len, counts);
      if (outer?.place) { chain = outer; own = name; break; }
    }
  }
  if (!chain && !b.policeWord && !b.branch) {
    chain = unknownPlace(text, end, file) ?? barePlace(text, b.markerPlace ? end + 1 : end, file, counts);
  }
  if (!chain) return undefined;
  // 中共杭州市委: the prefix of the canonical name, when written, belongs to the mention.
  const start = b.prefix && text.startsWith(b.prefix, chain.start - b.prefix.length) ? chain.start - b.prefix.length : chain.start;
  const span = { start, end: hit.end, text: text.slice(start, hit.end) };
  if (b.police && !b.unit && b.suffix !== '公安厅') return copyWith(span, policeName(chain.place, chain.written, chain.level));
  if (b.unit) {
    const parent = policeName(chain.place, chain.written, chain.level);
    return copyWith(span, { name: `${parent.name}${b.canonical ?? b.suffix}`, level: parent.level });
  }
  const level = b.level ?? chain.place?.level ?? chain.level ?? 'district';
  const body = own ? copyWith(b, { canonical: own + (b.canonical ?? b.suffix) }) : b;
  return copyWith(span, { name: bodyName(chain.place, chain.written, body), level });
}
