// A synthetic corpus of Chinese fintech news pages for the benchmark: sizes
// like real pages (30-150 KB, most of it markup, scripts and link lists around
// a few KB of article), a share in GBK, generated from a seed so every run
// and every machine measures the same bytes. Written by the benchmark, never
// committed (bench/corpus/ is git-ignored).
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { loadData } from '../extractors/lib/data.js';
import { CURATED_PLATFORMS } from '../extractors/lib/platform-names.js';

/** Deterministic PRNG (mulberry32): the corpus depends on the seed only. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function names(file: string): string[] {
  const data = loadData<{ entries: { name: string; aliases: string[] }[] }>(file);
  return data.entries.flatMap((e) => [e.name, ...e.aliases]);
}

// Sentence patterns in the register of the pages zhfin is for; slots are filled at random.
const SENTENCES = [
  '{date}，{agency}发布通知，要求{platform}在{n}个月内完成整改。',
  '截至{date}，{platform}累计撮合借贷金额{money}，借款人数{count}人。',
  '据了解，{platform}的逾期率约为{pct}，较上一季度上升{pct2}。',
  '{agency}有关负责人表示，将继续推进网络借贷风险专项整治工作。',
  '{date}，{platform}宣布完成新一轮融资，融资金额达{money}。',
  '记者注意到，{platform}旗下产品的年化利率超过{pct}，远高于行业平均水平。',
  '{agency}数据显示，{date}全国共有{count}家机构退出市场。',
  '业内人士认为，监管趋严之下，中小平台的生存空间将进一步收窄。',
  '在此之前，{platform}曾于{date}被{agency}约谈。',
  '根据公告，{platform}{date}的营业收入为{money}，同比增长{pct}。',
  '多位投资者向记者反映，{platform}自{date}起出现提现困难。',
  '{agency}表示，将依法打击非法集资等违法犯罪活动，保护投资者合法权益。',
  '从数据来看，消费金融行业的不良率普遍在{pct}左右。',
  '截至目前，已有{count}余名出借人向{agency}报案。',
  '分析人士指出，金融科技企业应当回归本源，服务实体经济。',
];
const NAV = ['首页', '新闻', '财经', '科技', '理财', '银行', '保险', '证券', '基金', '期货', '外汇', '黄金', '专题', '视频', '图片', '论坛'];
const RELATED = ['相关推荐', '热点推荐', '新闻排行', '图文播报', '头条要闻'];
const FOOTER = '<div class="footer"><p>关于我们 | 联系方式 | 广告服务 | 友情链接 | XML地图</p><p>版权所有 © 财经资讯网 备案号：京ICP备00000000号</p></div>';

function pick<T>(r: () => number, xs: readonly T[]): T { return xs[Math.floor(r() * xs.length)]!; }

function dateText(r: () => number): string {
  const y = 2015 + Math.floor(r() * 8), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
  const k = r();
  return k < 0.5 ? `${y}年${m}月${d}日` : k < 0.7 ? `${y}年${m}月末` : k < 0.85 ? `${m}月${d}日` : `${y}年上半年`;
}

function sentence(r: () => number, platforms: string[], agencies: string[]): string {
  return pick(r, SENTENCES).replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'date': return dateText(r);
      case 'agency': return pick(r, agencies);
      case 'platform': return pick(r, platforms);
      case 'money': return `${(r() * 900 + 1).toFixed(r() < 0.5 ? 1 : 2)}${pick(r, ['亿元', '万元', '万亿元'])}`;
      case 'pct': case 'pct2': return `${(r() * 30).toFixed(2)}%`;
      case 'count': return String(Math.floor(r() * 9000 + 10));
      case 'n': return String(1 + Math.floor(r() * 11));
      default: return '';
    }
  });
}

function headline(r: () => number, platforms: string[]): string {
  return `${pick(r, platforms)}${pick(r, ['回应', '被约谈', '完成融资', '发布年报', '暴雷', '转型', '清退'])}：${pick(r, ['监管', '行业', '投资者', '资金'])}${pick(r, ['新动向', '何去何从', '再迎变局', '压力加大'])}`;
}

function linkList(r: () => number, platforms: string[], items: number): string {
  let s = '';
  for (let i = 0; i < items; i++) {
    const id = Math.floor(r() * 1e7);
    s += `<li><a href="/news/20${15 + Math.floor(r() * 8)}/${id}.html" title="${headline(r, platforms)}" target="_blank">${headline(r, platforms)}</a><span class="time">${dateText(r)}</span></li>\n`;
  }
  return s;
}

function scriptBlock(r: () => number, bytes: number): string {
  // Inline scripts (trackers, ad loaders) are a large part of real pages.
  let s = '<script type="text/javascript">\n';
  while (s.length < bytes) {
    const v = Math.floor(r() * 1e6).toString(36);
    s += `var _cfg_${v}={id:"${v}",slot:${Math.floor(r() * 100)},src:"//static.example.cn/js/${v}.js",lazy:true};(function(w,d){var e=d.createElement("script");e.src=_cfg_${v}.src;d.head.appendChild(e)})(window,document);\n`;
  }
  return s + '</script>\n';
}

export interface PageSpec { html: string; gbk: boolean }

/** Page number i of the corpus with this seed. */
export function makePage(i: number, seed: number, platforms: string[], agencies: string[]): PageSpec {
  const r = rng(seed * 1000003 + i);
  const target = 30_000 + Math.floor(r() * 120_000); // 30-150 KB
  const gbk = r() < 0.3;
  const title = headline(r, platforms);
  const paras: string[] = [];
  const articleChars = 800 + Math.floor(r() * 4000);
  for (let len = 0; len < articleChars;) {
    let p = '';
    const n = 2 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) p += sentence(r, platforms, agencies);
    paras.push(p);
    len += p.length;
  }
  const published = `${2016 + Math.floor(r() * 7)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')} ${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
  const head = `<!DOCTYPE html>\n<html>\n<head>\n<meta ${gbk ? 'http-equiv="Content-Type" content="text/html; charset=gbk"' : 'charset="utf-8"'}>\n<title>${title}_财经资讯网</title>\n<meta name="keywords" content="${pick(r, platforms)},网贷,监管">\n<style>body{font:14px/1.6 sans-serif}.nav li{float:left}.side{width:300px}</style>\n`;
  const nav = `<div class="nav"><ul>${NAV.map((x) => `<li><a href="/${encodeURIComponent(x)}/">${x}</a></li>`).join('')}</ul></div>\n<div class="crumb">您的位置：<a href="/">主页</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>\n`;
  const article = `<div class="article"><h1>${title}</h1>\n<div class="info"><span class="time">${published}</span> 来源：财经资讯网 作者：记者${pick(r, ['王', '李', '张', '刘', '陈'])}${pick(r, ['明', '华', '磊', '静', '婷'])}</div>\n<div class="content">\n${paras.map((p) => `<p>${p}</p>`).join('\n')}\n</div>\n<div class="tags">本文标签：${pick(r, platforms)} 网贷 监管</div>\n<div class="share">分享至：微信 微博 QQ空间</div></div>\n`;
  const comments = `<div class="comments"><h3>网友评论</h3>${Array.from({ length: 3 + Math.floor(r() * 5) }, () => `<div class="comment"><span class="user">网友${Math.floor(r() * 1e5)}</span><p>${sentence(r, platforms, agencies)}</p></div>`).join('')}</div>\n`;
  let html = head + scriptBlock(r, 2000) + '</head>\n<body>\n' + nav + article + comments;
  // Side lists and scripts up to the page's size, as on real portal pages.
  while (encodedSize(html, gbk) < target) {
    html += r() < 0.6
      ? `<div class="side"><h3>${pick(r, RELATED)}</h3><ul>\n${linkList(r, platforms, 20)}</ul></div>\n`
      : scriptBlock(r, 3000);
  }
  html += FOOTER + '\n</body>\n</html>\n';
  return { html, gbk };
}

/** Bytes the page will take: a CJK character is 3 bytes in UTF-8, 2 in GBK. */
function encodedSize(html: string, gbk: boolean): number {
  let n = 0;
  for (let i = 0; i < html.length; i++) n += html.charCodeAt(i) < 0x80 ? 1 : gbk ? 2 : 3;
  return n;
}

export function encodePage(p: PageSpec): Buffer {
  return p.gbk ? iconv.encode(p.html, 'gbk') : Buffer.from(p.html, 'utf8');
}

/** bench/corpus/pages-N-sSEED/ with N pages, generated once and reused. */
export function ensureCorpus(root: string, n: number, seed: number): { dir: string; files: string[]; bytes: number } {
  const dir = join(root, `pages-${n}-s${seed}`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    mkdirSync(dir, { recursive: true });
    const platforms = names(CURATED_PLATFORMS), agencies = names('agencies/data/agencies.json');
    let total = 0;
    for (let i = 0; i < n; i++) {
      const buf = encodePage(makePage(i, seed, platforms, agencies));
      total += buf.length;
      writeFileSync(join(dir, `${String(i).padStart(6, '0')}.html`), buf);
    }
    writeFileSync(done, String(total));
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
  return { dir, files, bytes: Number(readFileSync(done, 'utf8')) };
}

/**
 * A WARC of about `mb` megabytes made of the corpus pages as HTTP responses
 * (cycling through them under distinct URLs), with request records between
 * them as a crawler writes. Uncompressed unless gz, one gzip member a record.
 */
export function ensureWarc(root: string, files: string[], mb: number, gz: boolean): { file: string; pages: number; bytes: number } {
  const file = join(root, `bench-${mb}mb.warc${gz ? '.gz' : ''}`);
  const meta = `${file}.complete`;
  if (!existsSync(meta)) {
    const fd = openSync(file, 'w');
    let bytes = 0, pages = 0;
    const put = (b: Buffer) => { const out = gz ? gzipSync(b) : b; writeSync(fd, out); bytes += out.length; };
    for (let i = 0; bytes < mb * 1048576; i++) {
      const body = readFileSync(files[i % files.length]!);
      const gbk = body.subarray(0, 300).toString('latin1').includes('charset=gbk');
      const url = `http://news.example.cn/${Math.floor(i / files.length)}/${i}.html`;
      const date = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z');
      const req = Buffer.from(`GET /${i}.html HTTP/1.1\r\nHost: news.example.cn\r\n\r\n`);
      put(record('request', url, date, 'application/http; msgtype=request', req));
      const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=${gbk ? 'gbk' : 'utf-8'}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
      put(record('response', url, date, 'application/http; msgtype=response', http));
      pages++;
    }
    closeSync(fd);
    writeFileSync(meta, JSON.stringify({ pages, bytes }));
  }
  return { file, ...(JSON.parse(readFileSync(meta, 'utf8')) as { pages: number; bytes: number }) };
}

function record(type: string, url: string, date: string, contentType: string, block: Buffer): Buffer {
  const head = `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${url}\r\nWARC-Date: ${date}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(Math.abs(hash(url + type))).padStart(12, '0').slice(0, 12)}>\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
