// A FORK OF htmlparser2 INTERNALS, written against htmlparser2 10.1.0 (the
// exact version package.json pins; FORKED_FROM below). It is htmlparser2's
// parseDocument with two costs taken out and one limit put in; on pages that
// stay within the limit the tree is the same, which test/strip/fast-parse.test.ts
// checks on committed pages and generated ones, and it fails on any other
// installed version, so a bump means re-reading this file.
//
// What it gains (bench/parse-probe.ts, run by `npm run bench`): the 1,000
// bench corpus pages parse in 2.37 s against htmlparser2's 3.39 s, 1.43x
// faster (fastest of 5 rounds each, 2026-12-04, machine under load), about
// 1 ms a page.
//
// 1. The tokenizer takes its long strides with indexOf. With entity decoding
// on, htmlparser2 looks at text and attribute values one character at a time,
// in a state-machine loop, only to find the next `<`, `&` or closing quote;
// and its fastForwardTo (script, style and comment bodies) is the same loop.
// Here those steps jump straight to the character they wait for. Every
// callback comes at the same index with the same arguments.
//
// 2. Tag and attribute names come from a small table of names already
// lowercased. htmlparser2 slices each name out of the page and lowercases it;
// on a Chinese page the page is a two-byte string, so every slice is too, and
// lowercasing a two-byte string takes V8's slow path (measured: 55 ns a name
// against 15). There are some ten thousand names on a page and a few dozen
// distinct ones, and a name from the table is a one-byte string that
// htmlparser2, domhandler and the walk all look up faster.
//
// 3. Nesting stops at MAX_DEPTH (see there): the one place the tree differs.
//
// All lean on fields and methods htmlparser2 does not type as public (the
// tokenizer's buffer, offset and index; the parser's stack, emitOpenTag and
// endOpenTag, and its reading a name with getSlice first thing in
// onopentagname, onclosetag and onattribname).
import type { Document } from 'domhandler';
import { DomHandler } from 'domhandler';
import { Parser, Tokenizer } from 'htmlparser2';

/** The htmlparser2 release this file was written against (package.json pins it exactly). */
export const FORKED_FROM = '10.1.0';

const LT = 0x3c, AMP = 0x26, DQUOTE = 0x22;

interface State {
  buffer: string;
  offset: number;
  index: number;
  decodeEntities: boolean;
}

type Base = new (options: { xmlMode?: boolean; decodeEntities?: boolean }, cbs: unknown) => {
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
};

const CHARS: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

class StridingTokenizer extends (Tokenizer as unknown as Base) {
  // The next place of each stop character, for the buffer it was found in:
  // strideTo asks for two characters and steps onto the nearer, so the other
  // answer must be kept. Searched afresh at every step, `a&` x 800,000 made
  // each `&` search the rest of the page for a `<` (quadratic: 23.8 s).
  private readonly next = new Map<string, { buffer: string; from: number; at: number }>();

  private get s(): State { return this as unknown as State; }

  /** buffer.indexOf(ch, from), reusing the last answer while it still holds. */
  private nextOf(ch: string, from: number): number {
    const { buffer } = this.s;
    const c = this.next.get(ch);
    // The last answer holds when it was found from at or before `from` and lies at or after it (-1: none to the end).
    if (c && c.buffer === buffer && c.from <= from && (c.at < 0 || c.at >= from)) return c.at;
    const at = buffer.indexOf(ch, from);
    this.next.set(ch, { buffer, from, at });
    return at;
  }

  /** Put the index just before the first of `stop` or `&` after it: the loop steps onto it. */
  private strideTo(stop: string): void {
    const s = this.s;
    const from = s.index - s.offset + 1;
    const a = this.nextOf(stop, from);
    const b = this.nextOf('&', from);
    let next = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (next < 0) next = s.buffer.length;
    s.index = next - 1 + s.offset;
  }

  override stateText(c: number): void {
    if (c === LT || c === AMP || !this.s.decodeEntities) super.stateText(c);
    else this.strideTo('<');
  }

  override handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || c === AMP || !this.s.decodeEntities) super.handleInAttributeValue(c, quote);
    else this.strideTo(quote === DQUOTE ? '"' : "'");
  }

  override fastForwardTo(c: number): boolean {
    const s = this.s;
    const i = s.buffer.indexOf(CHARS[c] ?? String.fromCharCode(c), s.index - s.offset + 1);
    if (i >= 0) { s.index = i + s.offset; return true; }
    s.index = s.buffer.length + s.offset - 1;
    return false;
  }
}

/** For htmlparser2's `Tokenizer` option. */
export const FastTokenizer = StridingTokenizer as unknown as typeof Tokenizer;

/** Names seen, raw -> lowercased, both as strings of their own (a slice would hold the whole page). */
const NAMES = new Map<string, string>();
/** Past this many distinct names (a hostile page), names are lowercased as htmlparser2 does. */
const MAX_NAMES = 4096;

/** A copy that shares nothing with the page (one-byte when every character fits). */
function ownString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += CHARS[s.charCodeAt(i)] ?? s[i];
  return out;
}

export function lowerName(raw: string): string {
  let name = NAMES.get(raw);
  if (name !== undefined) return name;
  name = raw.toLowerCase();
  if (NAMES.size < MAX_NAMES && raw.length <= 64) {
    name = ownString(name);
    NAMES.set(ownString(raw), name);
  }
  return name;
}

type ParserBase = new (cbs: unknown, options: unknown) => {
  onopentagname(start: number, end: number): void;
  onclosetag(start: number, end: number): void;
  onattribname(start: number, end: number): void;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  endOpenTag(isImplied: boolean): void;
  isVoidElement(name: string): boolean;
};

interface ParserState { lowerCaseTagNames: boolean; lowerCaseAttributeNames: boolean; stack: string[] }

/**
 * Elements open at once, at most; Chromium's parser stops nesting at 512 too.
 * htmlparser2 keeps its open elements in an array it unshifts onto and
 * searches at every close tag, so 40,000 unclosed <div> cost the square of that.
 */
export const MAX_DEPTH = 512;

class NamingParser extends (Parser as unknown as ParserBase) {
  /** The next slice read is a name to lowercase (set just before the base class reads it). */
  private naming = false;
  /** The tag being opened is past MAX_DEPTH: it is made empty, as a void element is, and what it held follows it. */
  private flat = false;
  /** Some tag was opened past MAX_DEPTH. */
  tooDeep = false;

  private get p(): ParserState { return this as unknown as ParserState; }

  override onopentagname(start: number, end: number): void {
    this.naming = this.p.lowerCaseTagNames;
    super.onopentagname(start, end);
  }

  override onclosetag(start: number, end: number): void {
    this.naming = this.p.lowerCaseTagNames;
    super.onclosetag(start, end);
  }

  override onattribname(start: number, end: number): void {
    this.naming = this.p.lowerCaseAttributeNames;
    super.onattribname(start, end);
  }

  override getSlice(start: number, end: number): string {
    const s = super.getSlice(start, end);
    if (!this.naming) return s;
    this.naming = false;
    return lowerName(s);
  }

  override emitOpenTag(name: string): void {
    this.flat = this.p.stack.length >= MAX_DEPTH && !super.isVoidElement(name);
    if (this.flat) this.tooDeep = true;
    super.emitOpenTag(name);
  }

  override endOpenTag(isImplied: boolean): void {
    super.endOpenTag(isImplied);
    this.flat = false;
  }

  override isVoidElement(name: string): boolean {
    return this.flat || super.isVoidElement(name);
  }
}

const OPTIONS = { xmlMode: false, decodeEntities: true, Tokenizer: FastTokenizer } as const;

/**
 * htmlparser2's parseDocument(html, { decodeEntities: true }), faster, and
 * with nesting stopped at MAX_DEPTH (`tooDeep` says it was reached).
 */
export function parseDocumentFast(html: string): { document: Document; tooDeep: boolean } {
  const handler = new DomHandler(undefined, OPTIONS);
  const parser = new (NamingParser as unknown as new (h: DomHandler, o: typeof OPTIONS) => NamingParser)(handler, OPTIONS);
  (parser as unknown as Parser).end(html);
  return { document: handler.root, tooDeep: parser.tooDeep };
}
