// The curated platform gazetteer (lib/data/platforms.json) serves two
// extractors: platforms finds the names; figures must not read digits that
// begin one (51信用卡, 360借条) as a figure.
import { loadGazetteer } from './gazetteer.js';

/** The curated list's path, as loadData and loadGazetteer take it. */
export const CURATED_PLATFORMS = 'lib/data/platforms.json';

let brandPrefixes: string[] | null = null;
/** Platform names that begin with digits (51信用卡): the digits and the next character. */
export function digitBrandPrefixes(): string[] {
  if (brandPrefixes) return brandPrefixes;
  const out = new Set<string>();
  for (const e of loadGazetteer(CURATED_PLATFORMS)) {
    for (const name of [e.name, ...e.aliases]) {
      let k = 0;
      while (k < name.length && name[k]! >= '0' && name[k]! <= '9') k++;
      if (k > 0 && k < name.length) out.add(name.slice(0, k + 1));
    }
  }
  return (brandPrefixes = [...out]);
}
