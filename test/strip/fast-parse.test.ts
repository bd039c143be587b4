// The faster parse must build exactly the tree htmlparser2's parseDocument builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { decode } from '../../src/decode.js';
import { FORKED_FROM, lowerName, MAX_DEPTH, parseDocumentFast } from '../../src/strip/fast-parse.js';
import { fuzzBases, fuzzPage } from '../helpers/fuzz.js';
import { HOSTILE } from '../helpers/hostile.js';
import { ROOT } from '../helpers/shared.js';
import { sharedOrSkip } from '../helpers/shared.js';

interface Plain { type: string; name?: string; data?: string; attribs?: Record<string, string>; children?: Plain[] }

function plain(n: AnyNode): Plain {
  const x = n as unknown as { type: string; name?: string; data?: string; attribs?: Record<string, string>; children?: AnyNode[] };
  return {
    type: x.type,
    ...(x.name !== undefined ? { name: x.name } : {}),
    ...(x.data !== undefined ? { data: x.data } : {}),
    ...(x.attribs ? { attribs: { ...x.attribs } } : {}),
    ...(x.children ? { children: x.children.map(plain) } : {}),
  };
}

const sameTree = (html: string, what: string) =>
  assert.deepEqual(plain(parseDocumentFast(html).document), plain(parseDocument(html, { decodeEntities: true })), what);

test('the same tree as parseDocument on markup written to catch each shortcut', () => {
  const cases: Array<[string, string]> = [
    ['entities in text', '<p>利率&amp;费率 &lt;5% &nbsp;中&#x4e2d;&#20013; &copy 2020 & 其他 &unknown; &amp</p>'],
    ['entities in attributes', '<a href="/x?a=1&amp;b=2&c=3&copy=4" title=\'甲&amp;乙\' data-x=a&amp;b>链接</a>'],
    ['upper and mixed case names', '<DIV CLASS="Nav" Id=Top><Br/><SPAN STYLE="display:none">x</SPAN></dIV><P>段落</p>'],
    ['a name outside ASCII', '<dİv clİss="a">文字</dİv><ÄRTICLE>x</ÄRTICLE>'],
    ['script and style bodies', '<script>if (a < b && c > d) { x = "</p>"; }</SCRIPT><style>p > a { color: red }</style><p>后</p>'],
    ['title and textarea decode entities', '<title>标题 &amp; 副题 &lt;1&gt;</title><textarea>a &amp; b <p>不是标签</p></textarea>'],
    ['comments, CDATA, doctype, processing instruction', '<!DOCTYPE html><!-- 注释 -- 还有 --><![CDATA[ x < y ]]><?xml version="1.0"?><p>正文</p><!---->'],
    ['attributes without values and odd spacing', '<input disabled checked = "yes" value = \'a b\'   ><img src=x.png alt=图 / >'],
    ['text ending on an ampersand', '<p>结尾 &'],
    ['an unclosed attribute quote at the end', '<div class="never closed'],
    ['an unclosed tag at the end', '<p>文字<a href="/x"'],
    ['less-than signs that open no tag', '<p>3 < 5 and 2<>1, a </ b, x <3</p>'],
    ['text without any special character', '纯文本，没有任何标签或实体。'.repeat(50)],
    ['empty input', ''],
    ['implied closes and void elements', '<ul><li>一<li>二</ul><p>段<p>段<table><tr><td>格<td>格</table><br><hr><wbr>'],
  ];
  for (const [what, html] of cases) sameTree(html, what);
});

test('names are lowercased as toLowerCase does, and share nothing with the page', () => {
  for (const raw of ['DIV', 'div', 'Data-Id', 'dİv', 'ÄRTICLE', 'x'.repeat(100)]) assert.equal(lowerName(raw), raw.toLowerCase(), raw);
  assert.equal(lowerName('SPAN'), lowerName('span'.toUpperCase()), 'the same name twice gives the same string');
});

test('the installed htmlparser2 is the exact release the fork was written against, as package.json pins it', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/htmlparser2/package.json'), 'utf8')) as { version: string };
  assert.equal(pkg.dependencies['htmlparser2'], FORKED_FROM, 'package.json pins the exact version');
  assert.equal(installed.version, FORKED_FROM, 'a new htmlparser2: re-read src/strip/fast-parse.ts against it, then move FORKED_FROM');
});

test('the same tree as parseDocument on the pages in samples/', () => {
  const dir = join(ROOT, 'samples');
  for (const f of readdirSync(dir)) sameTree(decode(readFileSync(join(dir, f)), f).text, f);
});

test('the same tree as parseDocument on 300 generated hostile pages within the depth limit', () => {
  const bases = fuzzBases();
  let compared = 0;
  for (let i = 0; i < 300; i++) {
    const page = fuzzPage(14, i, bases);
    let html: string;
    try { html = decode(page.bytes, page.name).text; } catch { continue; } // binary: never parsed
    if (parseDocumentFast(html).tooDeep) continue;
    sameTree(html, `fuzz page ${i} (${page.name})`);
    compared++;
  }
  assert.ok(compared > 200, `${compared} pages compared`);
  for (const [what, html] of Object.entries({ entities: HOSTILE.entityPairs(2000), numeric: HOSTILE.numericEntities(2000), amps: HOSTILE.bareAmpersands(5000) })) sameTree(html, what);
});

test(`past ${MAX_DEPTH} open elements, the deeper ones are empty and what they held follows them`, () => {
  const { document, tooDeep } = parseDocumentFast(`${'<div>'.repeat(MAX_DEPTH + 3)}文字`);
  assert.ok(tooDeep);
  let depth = 0;
  for (let n: AnyNode | undefined = document.children[0]; n && 'children' in n && n.children.length; n = n.children[0]) depth++;
  assert.equal(depth, MAX_DEPTH);
  assert.equal(parseDocumentFast(`${'<div>'.repeat(MAX_DEPTH)}文字`).tooDeep, false);
});

const cwced = sharedOrSkip('bench/html/cwced/pages');
test('the same tree as parseDocument on the shared pages', { skip: cwced.skip }, () => {
  const dirs = [cwced.path, sharedOrSkip('seeds').path];
  for (const dir of dirs) {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (!statSync(path).isFile()) continue;
      sameTree(decode(readFileSync(path), f).text, path);
    }
  }
});
