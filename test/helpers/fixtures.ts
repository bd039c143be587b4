// Pages written by the tests themselves, in the encodings and broken shapes
// users bring, into a fresh temporary folder.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const ARTICLE = [
  '您的位置: 主页 > 新闻 > 正文',
  '某网贷平台清退进展',
  '作者:记者甲 时间:2020-07-10 08:30',
  '截至2020年6月末，该平台借贷余额为12.5亿元，出借人约3万人。',
  '上海市地方金融监督管理局表示，将继续推进清退工作。',
  '版权所有 某某网 备案号:沪ICP备00000000号',
].join('\n');

export function htmlPage(body: string, charsetMeta = '<meta charset="utf-8">'): string {
  return `<!DOCTYPE html><html><head>${charsetMeta}<title>平台清退进展 - 某某网</title></head><body>` +
    `<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>` +
    `<div class="article"><h1>平台清退进展</h1><p>${body}</p><p>监管部门表示，将继续推进相关工作，保护出借人合法权益。</p></div>` +
    `<div class="footer">版权所有 某某网</div></body></html>`;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'zhfin-test-'));
}

export interface Fixture {
  dir: string;
  path(name: string): string;
}

/** A folder of pages: name -> bytes or text (text is written as UTF-8). */
export function fixture(files: Record<string, string | Buffer>): Fixture {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
  }
  return { dir, path: (name) => join(dir, name) };
}

export const encode = (s: string, enc: string): Buffer => iconv.encode(s, enc);
