// The platform extractor's word lists (data/platform-cues.json and
// data/not-platforms.json), loaded once and indexed for look-ups.
import { loadData } from '../lib/data.js';

export interface Cues {
  nameSuffixes: string[];
  charSuffixes: string[];
  generic: string[];
  notBefore: string[];
  quoteCuesBefore: string[];
  namingCues: string[];
  namedWhat: string[];
  quoteCuesAfter: string[];
  platformWords: string[];
  companySuffixes: string[];
  companyCues: string[];
  nameStops: string[];
  stopTags: string[];
  anonymous: string[];
  context: string[];
  cueBefore: string[];
  cueAfter: string[];
  listEnds: string[];
  mediaAfter: string[];
  incident: IncidentCues;
  /** Words that show a bank (lending) or a brokerage (margin) spoken of as a lender. */
  lenderCues: Record<string, string[]>;
  /** Lender name endings (消费金融, 银行, 证券) -> the lenderCues they need. */
  lenderSuffixes: Record<string, string>;
}

/** Words of incident sentences whose subject is a platform (incident.ts). */
export interface IncidentCues {
  /** What only a platform or company suffers: 爆雷, 无法提现. */
  triggers: string[];
  /** What a person also does (跑路, 失联): the subject must look like a platform. */
  weakTriggers: string[];
  /** X实控人被刑拘: X is the company. */
  owners: string[];
  /** What the owner suffers. */
  ownerTriggers: string[];
  /** Between the subject and the trigger: 平台, 已, 突然. */
  glue: string[];
  /** Words that are never a subject's first word (近日, 据悉, 其中). */
  leads: string[];
  /** Token tags that end a subject read leftwards. */
  stopTags: string[];
  /** Trade words that may end a name right before the trigger (焱淼财富爆雷), though elsewhere they are generic. */
  nameEnds: string[];
}

export interface Prepared extends Cues {
  suffixSet: Set<string>;
  charSet: Set<string>;
  /** platformWords, asked of every word of a page. */
  platformWordSet: Set<string>;
  genericSet: Set<string>;
  stopSet: Set<string>;
  stopTagSet: Set<string>;
  notPlatforms: Set<string>;
}

let cached: Prepared | null = null;
export function cues(): Prepared {
  if (cached) return cached;
  const c = loadData<Cues>('platforms/data/platform-cues.json');
  cached = {
    ...c,
    suffixSet: new Set(c.nameSuffixes),
    charSet: new Set(c.charSuffixes),
    platformWordSet: new Set(c.platformWords),
    genericSet: new Set(c.generic),
    stopSet: new Set(c.nameStops),
    stopTagSet: new Set(c.stopTags),
    notPlatforms: new Set(loadData<{ names: string[] }>('platforms/data/not-platforms.json').names),
  };
  return cached;
}
