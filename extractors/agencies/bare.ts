// A body after a bare level word (省工信厅, 市公安局, 自治区财政厅): the body of the
// page's own place of that level, the one it names most; as written when it names none.
import type { Place, PlaceLevel } from '../lib/places.js';

/** What agency-parts.json says about bare level words. */
export interface BareWords {
  barePrefixes: [string, PlaceLevel][];
  bareNotAfter: string;
  placeStops: string;
}

/** The place a bare level word stands for: resolved, or only its level when the page names none. */
export interface BarePlace {
  place: Place | undefined;
  written: string;
  start: number;
  level: PlaceLevel;
}

const isMunicipality = (p: Place) => p.level === 'provincial' && p.name.endsWith('市');

/** The province a place lies in (itself for a province). */
function provinceOf(p: Place): Place {
  let top = p;
  while (top.parent) top = top.parent;
  return top;
}

/** The one place of a level the page names most (a city or district named counts for its province). */
function pagePlace(prefix: string, counts: Map<Place, number>): Place | undefined {
  const score = new Map<Place, number>();
  for (const [p, n] of counts) {
    let target: Place | undefined;
    if (prefix === '省' || prefix === '自治区') target = provinceOf(p);
    else if (prefix === '市') target = p.level === 'municipal' || isMunicipality(p) ? p : p.parent?.level === 'municipal' ? p.parent : undefined;
    if (!target) continue;
    if (prefix === '省' && (isMunicipality(target) || target.name.endsWith('自治区'))) continue;
    if (prefix === '自治区' && !target.name.endsWith('自治区')) continue;
    score.set(target, (score.get(target) ?? 0) + n);
  }
  let best: Place | undefined;
  let bestScore = 0;
  for (const [p, n] of score) {
    if (n > bestScore) { best = p; bestScore = n; } else if (n === bestScore) best = undefined;
  }
  return best;
}

/** The bare level word ending at `end`, resolved by the page when it can be. */
export function barePlace(text: string, end: number, file: BareWords, counts: () => Map<Place, number>): BarePlace | undefined {
  for (const [prefix, level] of file.barePrefixes) {
    const start = end - prefix.length;
    if (start < 0 || !text.startsWith(prefix, start)) continue;
    // 各省公安厅: many places, no one body; 城市 / 辖区 / 上市: the level word ends another word.
    const before = text[start - 1];
    if (before !== undefined && file.bareNotAfter.includes(before)) return undefined;
    // 省 and 自治区 end few other words (近日省公安厅 is fine); 市 / 县 / 区 / 州 end many.
    const endsWords = level !== 'provincial';
    // 市委市政府, 县委县政府: the committee and the government of one place, written as a pair.
    const pair = before === '委';
    if (endsWords && !pair && before !== undefined && /[\u4e00-\u9fff]/.test(before) && !file.placeStops.includes(before)) return undefined;
    return { place: pagePlace(prefix, counts()), written: prefix, start, level };
  }
  return undefined;
}
