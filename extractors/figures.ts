// Figures: money, percentages and counts. First version: Arabic numbers with
// 万 / 亿 magnitudes, a currency, %, or a measure word, and the common qualifiers.
import type { FigureItem, Qualifier } from '../src/schema.js';
import type { ExtractContext, Extractor } from './types.js';
import { parseArabic } from './lib/numerals.js';

const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 千万: 1e7, 百万: 1e6 };
const CURRENCY: Record<string, string> = { 元: 'CNY', 人民币: 'CNY', 美元: 'USD', 港元: 'HKD', 欧元: 'EUR', 日元: 'JPY', 英镑: 'GBP' };
const MEASURE = '家|人|个|台|起|名|条|笔|张|份|户|款|次|位|单|件';

const FIGURE = new RegExp(
  `(近|约|超过|超|逾|不到|不足)?(\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?)(万亿|千亿|百亿|千万|百万|万|亿)?(多|余)?(%|元|人民币|美元|港元|欧元|日元|英镑|${MEASURE})?(左右|以上|以下)?`,
  'g',
);

function qualifierOf(pre?: string, mid?: string, post?: string): Qualifier {
  if (pre === '近' || pre === '约' || post === '左右') return 'approx';
  if (pre === '超过' || pre === '超' || pre === '逾' || mid || post === '以上') return 'over';
  if (pre === '不到' || pre === '不足' || post === '以下') return 'under';
  return 'exact';
}

export const figures: Extractor<'figures'> = {
  meta: { id: 'figures', description: 'Money, percentages and counts with qualifiers.' },
  extract(ctx: ExtractContext): FigureItem[] {
    const out: FigureItem[] = [];
    for (const m of ctx.text.matchAll(FIGURE)) {
      const [whole, pre, num, mag, mid, unit, post] = m;
      if (!unit) continue;
      // A year such as 2019 followed by a measure word is not a count.
      if (!mag && /^(19|20)\d{2}$/.test(num!) && unit !== '%' && !(unit in CURRENCY)) continue;
      const base = parseArabic(num!);
      if (base === null) continue;
      const value = Number((base * (mag ? MAGNITUDE[mag]! : 1)).toPrecision(12));
      const kind = unit === '%' ? 'percent' : unit in CURRENCY ? 'money' : 'count';
      out.push({
        text: whole, start: m.index, end: m.index + whole.length, kind, value,
        unit: kind === 'money' ? CURRENCY[unit]! : unit, qualifier: qualifierOf(pre, mid, post), subject: '',
      });
    }
    return out;
  },
};
