// Segmenter parity: both backends on the same written sentences, every
// extractor run on each. Dates and agencies read the text, not the words, and
// must agree exactly. Figures and platforms read the words: figures take a
// figure's subject from them, platforms discover names the segmenter does not
// know. jieba-rs, as src/segment.ts runs it (no HMM), cuts an unknown word into
// single characters where nodejieba keeps it whole (鑫焱/x against 鑫/nr 焱/g),
// so those two fields may differ; everything else must agree, and the
// differences these sentences show are pinned below so a new one fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractors, EXTRACTOR_IDS, type ExtractorId } from '../../extractors/index.js';
import type { SegmenterName } from '../../src/segment.js';
import { nodejiebaOrSkip } from '../helpers/segmenters.js';
import { contextOf } from './context.js';

const SENTENCES = [
  '2019年11月28日，杭州市公安局西湖区分局对焱淼贷立案侦查，涉案金额约3.5亿元。',
  '截至今年6月底，拍拍贷累计撮合借贷金额超过1200亿元，借款人数达到2000多万人。',
  '中国银保监会与中国人民银行联合发布通知，要求网贷机构在两年内完成整改。',
  '据了解，该平台的逾期率约为百分之五，较上一季度上升0.8个百分点。',
  '催收系统由杭州鑫焱科技研发，已接入多家放贷机构。',
  '该联盟上线鑫焱平台，联合打击金融黑产。',
  '部分消费者被骗金额超过10万元，湖南警方已介入调查。',
  '乐信、趣店和360借条都在美国上市，去年营收合计增长三成。',
  '借款人向深圳市焱淼网络小额贷款有限公司借款5000元，年化利率高达36%。',
  '蚂蚁金服于2020年更名为蚂蚁集团，上海证券交易所随后暂缓其上市。',
];

/** Fields that may differ between backends, per extractor (see the header). */
const WORD_FIELDS: Partial<Record<ExtractorId, (item: Record<string, unknown>) => Record<string, unknown> | null>> = {
  figures: ({ subject: _subject, ...rest }) => rest,
  platforms: (item) => (item.kind === 'discovered' ? null : item),
};

type Run = Record<ExtractorId, unknown[]>;
function run(text: string, segmenter: SegmenterName): Run {
  const ctx = contextOf(text, { segmenter });
  return Object.fromEntries(EXTRACTOR_IDS.map((id) => [id, extractors[id].extract(ctx) as unknown[]])) as Run;
}

/** What the backends give differently on SENTENCES, as `sentence# extractor: jieba-rs -> nodejieba`. */
const KNOWN_DIFFERENCES = [
  '1 figures: subject "借款人数" -> ""',
  '4 platforms: [] -> ["杭州鑫焱科技"]',
  '5 platforms: [] -> ["鑫焱"]',
  '6 figures: subject "部分消费者被骗金额" -> "金额"',
  '8 figures: subject "化利率" -> "利率"',
];

test('segmenter parity: every extractor gives the same items on jieba-rs and nodejieba, apart from the words they read', { skip: nodejiebaOrSkip() }, () => {
  const differences: string[] = [];
  SENTENCES.forEach((text, n) => {
    const rs = run(text, 'jieba-rs');
    const nj = run(text, 'nodejieba');
    for (const id of EXTRACTOR_IDS) {
      const keep = WORD_FIELDS[id] ?? ((i: Record<string, unknown>) => i);
      const strip = (items: unknown[]) => items.map((i) => keep(i as Record<string, unknown>)).filter((i) => i !== null);
      assert.deepEqual(strip(rs[id]), strip(nj[id]), `sentence ${n} (${text}): ${id} differ beyond the words they read`);
      if (id === 'platforms') {
        const found = (items: unknown[]) => JSON.stringify((items as { name: string; kind: string }[]).filter((i) => i.kind === 'discovered').map((i) => i.name));
        if (found(rs[id]) !== found(nj[id])) differences.push(`${n} platforms: ${found(rs[id])} -> ${found(nj[id])}`);
      }
      if (id === 'figures') {
        const a = rs[id] as { subject?: string }[], b = nj[id] as { subject?: string }[];
        a.forEach((f, i) => {
          if (f.subject !== b[i]!.subject) differences.push(`${n} figures: subject ${JSON.stringify(f.subject)} -> ${JSON.stringify(b[i]!.subject)}`);
        });
      }
    }
  });
  assert.deepEqual(differences, KNOWN_DIFFERENCES, 'the backends now differ elsewhere: check it is the words, then update KNOWN_DIFFERENCES');
});
