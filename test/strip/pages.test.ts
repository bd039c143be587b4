// Whole pages we wrote in the shapes the strip stage must handle (test/strip/pages/):
// an article split by an ad box, Hong Kong and Taiwan pages with heavy and inline
// chrome, a page without <title>, a placeholder <title> over an article inside a
// misleading wrapper, a script-rendered shell with JSON-LD. Each page's expected
// headline, byline, time and paragraphs are written by hand in the table below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPage, DEFAULT_OPTIONS } from '../../src/pipeline.js';
import { ROOT } from '../helpers/shared.js';

interface Want { title: string; author: string | null; publishedAt: string | null; paragraphs: string[] }

const PAGES: Record<string, Want> = {
  'split-by-ads.html': {
    // The <title> adds a column label before the headline: the visible h1 wins.
    title: '城商行合并潮再起', author: null, publishedAt: '2024-05-20T09:30:00+08:00',
    paragraphs: [
      '今年以来，已有多个省份推动辖内城商行与农商行合并重组，涉及资产规模超过万亿元，合并后的新银行普遍获得了更高的信用评级。',
      '分析人士指出，合并有助于化解中小银行风险，但整合后的管理融合、系统切换和人员安置同样考验着新银行的经营能力。',
      '从已完成的案例看，合并后的银行普遍面临网点重叠的问题，部分银行已经开始撤并同城网点，并将节省下来的资源投向县域和小微金融。',
      '监管部门表示，将坚持“一省一策”，支持地方政府统筹资源化解风险，同时防止借合并之名行利益输送之实，确保改革平稳有序推进。',
    ],
  },
  'hk-heavy-chrome.html': {
    title: '虚拟银行首度全年盈利 业界料明年加快扩张', author: '陈嘉欣', publishedAt: '2024-03-18T18:42:00+08:00',
    paragraphs: [
      '本港八间虚拟银行中，有两间去年首度录得全年盈利，其余数间的亏损亦较前年明显收窄，业界普遍认为行业已走过「烧钱」阶段。',
      '其中一间虚拟银行的行政总裁表示，去年存款总额按年增长逾三成，贷款业务亦稳步上升，净息差改善是扭亏为盈的主要原因。',
      '不过，有分析指出，虚拟银行的客户仍以年轻人为主，平均存款额偏低，要与传统银行竞争中小企业务，仍需时间建立信用数据。',
      '金管局发言人回应查询时称，当局会继续密切监察虚拟银行的业务发展及风险管理，确保其稳健经营并保障存户利益。',
    ],
  },
  'tw-inline-chrome.html': {
    // <title> is `首頁`; the caption (▲…（圖／…）), the further-reading box and the re-post line stay out.
    title: '央行理监事会维持利率不变 房市信用管制再加码', author: '林晓东', publishedAt: '2024-06-13T17:05:00+08:00',
    paragraphs: [
      '（中央社记者林晓东台北13日电）中央银行今天召开理监事联席会议，决议政策利率维持不变，同时宣布第五波选择性信用管制措施，以抑制房市过热。',
      '央行指出，近期国内房价涨幅扩大，银行不动产贷款集中度逼近历史高点，有必要进一步强化信用管制，避免资金过度流向房市。',
      '新措施包括调降第二户购屋贷款成数上限，并要求银行自主管理不动产放款总量，预计将于下周一起生效实施。',
      '市场人士认为，此次措施力道超乎预期，短期内房市交易量可能明显降温，但对房价的影响仍有待观察。',
    ],
  },
  'no-title-blog.html': {
    title: '我为什么把货币基金换成了国债逆回购', author: '小林', publishedAt: '2024-05-28T21:40:00+08:00',
    paragraphs: [
      '去年下半年开始，手里那只货币基金的七日年化收益率一路下滑，最低的时候已经跌破了百分之二，和活期存款拉不开多少差距。',
      '恰好月末和季末的时候，国债逆回购的利率经常会冲高，操作起来也不复杂，于是我试着把一部分闲钱挪了过去，效果还算不错。',
      '当然，逆回购也有自己的麻烦：资金要等到期才能用，节假日前后的计息天数也得算清楚，不然收益可能不如预期。',
    ],
  },
  'article-in-comment-wrapper.html': {
    // The wrapper's class says `comment`: the strict and loose readings find nothing, the bare one finds the article.
    title: '保险业一季度保费收入同比增长', author: null, publishedAt: '2024-04-20T10:00:00+08:00',
    paragraphs: [
      '监管部门最新公布的数据显示，今年一季度保险业原保险保费收入同比增长约百分之五，其中人身险公司保费收入增速快于财产险公司。',
      '业内人士表示，储蓄型保险产品仍然是拉动保费增长的主力，但随着预定利率下调，相关产品的吸引力可能会有所减弱。',
    ],
  },
  'jsonld-shell.html': {
    title: '两部门发布个人养老金新规', author: '周文远', publishedAt: '2024-12-12T09:00:00+08:00',
    paragraphs: [
      '人力资源社会保障部等部门近日联合发布通知，个人养老金制度将从先行城市推开至全国。',
      '通知明确，参加人每年缴纳个人养老金的上限仍为一万二千元，并可按规定享受税收优惠政策。',
    ],
  },
};

for (const [name, want] of Object.entries(PAGES)) {
  test(`whole page: ${name}`, () => {
    const path = join(ROOT, 'test', 'strip', 'pages', name);
    const page = cleanPage({ name, path, content: readFileSync(path) }, DEFAULT_OPTIONS);
    assert.deepEqual(
      { title: page.title, author: page.author, publishedAt: page.publishedAt, paragraphs: page.paragraphs },
      want,
    );
    assert.deepEqual(page.warnings.map((w) => w.code), [], 'no warning: the article was found');
  });
}
