// Places of China (provinces, cities, districts) from lib/data/places.json,
// for building local agency names: 杭州 + 公安局, 北京市 + 朝阳区 + 人民法院.
import { loadData } from './data.js';
import { Matcher } from './gazetteer.js';

export type PlaceLevel = 'provincial' | 'municipal' | 'district';

export interface Place {
  name: string;
  /** What people also write: 浙江, 杭州 (for 浙江证监局). */
  short: string;
  level: PlaceLevel;
  /** The province or city it lies in (a district of 北京 lies in the province-level 北京市). */
  parent?: Place;
}

interface PlacesFile {
  provinces: [string, string][];
  cities: [string, string, number][];
  districts: [string, number][];
}

export interface Places {
  /** Surface form -> every place it may name (西湖区 is in 杭州 and in 南昌). */
  matcher: Matcher<{ form: string; places: Place[] }>;
  /**
   * Districts and counties without 区 / 县 / 旗 (海淀, 余杭), where that is no other
   * place's form: only right before a court or the police (海淀法院, 余杭警方),
   * since alone they are often something else (西湖 is a lake).
   */
  districtShorts: Matcher<{ form: string; places: Place[] }>;
}

let cached: Places | null = null;

export function places(): Places {
  if (cached) return cached;
  const data = loadData<PlacesFile>('lib/data/places.json');
  const byForm = new Map<string, Place[]>();
  const add = (form: string, p: Place) => {
    if (form.length < 2) return;
    let list = byForm.get(form);
    if (!list) byForm.set(form, (list = []));
    list.push(p);
  };
  const provinces = data.provinces.map(([name, short]) => {
    const p: Place = { name, short, level: 'provincial' };
    add(name, p);
    if (short !== name) add(short, p);
    return p;
  });
  const cities = data.cities.map(([name, short, pi]) => {
    const c: Place = { name, short: short || name, level: 'municipal', parent: provinces[pi] };
    add(name, c);
    if (short) add(short, c);
    return c;
  });
  const shorts = new Map<string, Place[]>();
  for (const [name, ci] of data.districts) {
    const d: Place = { name, short: name, level: 'district', parent: ci >= 0 ? cities[ci] : provinces[-1 - ci] };
    add(name, d);
    const short = name.replace(/(新区|区|县|旗)$/, '');
    if (short !== name && short.length >= 2) {
      let list = shorts.get(short);
      if (!list) shorts.set(short, (list = []));
      list.push(d);
    }
  }
  const entries = [...byForm].map(([form, list]) => ({ form, places: list }));
  const shortEntries = [...shorts].filter(([form]) => !byForm.has(form)).map(([form, list]) => ({ form, places: list }));
  cached = { matcher: new Matcher(entries, (e) => [e.form]), districtShorts: new Matcher(shortEntries, (e) => [e.form]) };
  return cached;
}

/** Is `outer` the place `inner` lies in (directly or through its city)? */
export function contains(outer: Place, inner: Place): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

/** How often each place is named in the text, to tell 杭州's 西湖区 from 南昌's. */
export function placeCounts(text: string): Map<Place, number> {
  const counts = new Map<Place, number>();
  for (const h of places().matcher.findAll(text)) {
    for (const p of h.entry.places) {
      counts.set(p, (counts.get(p) ?? 0) + 1);
      // A district named also names its city.
      if (p.level === 'district' && h.entry.places.length === 1 && p.parent) counts.set(p.parent, (counts.get(p.parent) ?? 0) + 1);
    }
  }
  return counts;
}

/** The one place among candidates the page is about: the only one, or the one whose city the page names most. */
export function pickPlace(candidates: Place[], counts: Map<Place, number>): Place | undefined {
  if (candidates.length === 1) return candidates[0];
  let best: Place | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const score = c.parent ? counts.get(c.parent) ?? 0 : 0;
    if (score > bestScore) { best = c; bestScore = score; } else if (score === bestScore) best = undefined;
  }
  return best;
}
