// Near-duplicates at write time: an article's MinHash bands find the stored
// articles that may tell the same story (LSH, minhash.ts); one is a copy when
// the texts agree closely and the facts agree too, and the new article is
// marked `duplicate_of` the first copy seen.
import type { ArticleRecord } from '../schema.js';
import { bandKeys, FACT_OVERLAP, fromBlob, overlap, similarity, TEXT_SIMILARITY } from './minhash.js';
import type { Db, Statement } from './open.js';
import type { ItemList } from './tables.js';

type Facts = Map<string, Set<string>>;

const FACT_KEYS = ['kind', 'value', 'min', 'max', 'unit', 'name', 'precision', 'part'];

/** Articles whose facts are kept at hand: pages of one template meet the same candidates again and again. */
const FACTS_CACHED = 4096;

/**
 * Candidates taken from one band: its latest articles. A band grows with
 * the corpus only through pages that share boilerplate (a site's standing
 * sentences) but are no copies, since a copy is not added to the bands (its
 * first copy stands for it); without a cap every page of such a template
 * is compared with all the others (at 10,000 bench pages, bands of hundreds
 * of articles whose texts agree on a fifth of the signature). The latest,
 * since a copy is mostly crawled near its original; a copy also shares
 * several bands with it, most of them not crowded.
 */
export const BAND_CAP = 20;

/** Signatures kept at hand (about 350 bytes each): a page's candidates are mostly pages of the same run. */
const SIGNATURES_CACHED = 50_000;

/**
 * What a story says, beyond its words: figure values, dates, entity names
 * (see minhash.ts). A date resolved from context (今年, a yearless 7月4日) is
 * left out: a copy published on another day resolves it to another year.
 */
function factsOf(r: ArticleRecord, lists: ItemList[]): Facts {
  const out: Facts = new Map();
  for (const l of lists) {
    if (l.shape === 'json') continue;
    const set = new Set<string>();
    for (const it of ((r as unknown as Record<string, Record<string, unknown>[] | undefined>)[l.field] ?? [])) {
      if (it.resolved !== undefined) continue;
      // Counted: a figure said twice is two facts, so changing one of them shows.
      const fact = FACT_KEYS.filter((k) => it[k] !== undefined).map((k) => String(it[k])).join('|');
      let n = 0;
      while (set.has(`${fact}#${n}`)) n++;
      set.add(`${fact}#${n}`);
    }
    out.set(l.field, set);
  }
  return out;
}

/** Every kind of fact agrees, list by list (figures, dates, platforms ...); a list empty on one side says nothing. */
function factsAgree(a: Facts, b: Facts): boolean {
  for (const [field, x] of a) {
    const y = b.get(field);
    if (x.size && y?.size && overlap(x, y) < FACT_OVERLAP) return false;
  }
  return true;
}

export class DuplicateFinder {
  private readonly st: Record<'find' | 'put' | 'candidate' | 'record' | 'mark', Statement>;
  private readonly facts = new Map<number, Facts>();
  /** An article's signature and the first copy it stands for (itself, unless an older database put a copy in the bands). */
  private readonly sigs = new Map<number, { sig: Uint32Array; root: number }>();

  constructor(db: Db, private readonly lists: ItemList[]) {
    this.st = {
      find: db.prepare(`SELECT article FROM lsh WHERE band = ? ORDER BY article DESC LIMIT ${BAND_CAP}`).pluck(),
      put: db.prepare('INSERT OR IGNORE INTO lsh(band, article) VALUES (?, ?)'),
      // The signature first: a candidate's record (tens of KB) is read only when the text agrees.
      candidate: db.prepare('SELECT minhash, duplicate_of FROM articles WHERE article = ?'),
      record: db.prepare('SELECT record FROM articles WHERE article = ?').pluck(),
      mark: db.prepare('UPDATE articles SET duplicate_of = ? WHERE article = ?'),
    };
  }

  /**
   * LSH candidates sharing a band, kept when the text and the facts agree;
   * the first copy wins. An article that is no copy joins its bands.
   */
  mark(article: number, sig: Uint32Array, record: ArticleRecord): void {
    const keys = bandKeys(sig);
    const candidates = new Set<number>();
    for (const k of keys) for (const a of this.st.find.all(k) as unknown as number[]) candidates.add(a);
    let first: number | null = null;
    let facts: Facts | null = null;
    for (const c of candidates) {
      const known = this.signatureOf(c);
      if (!known || similarity(sig, known.sig) < TEXT_SIMILARITY) continue;
      facts ??= this.remember(article, factsOf(record, this.lists));
      if (!factsAgree(facts, this.factsOfArticle(c))) continue;
      if (first === null || known.root < first) first = known.root;
    }
    if (first !== null) { this.st.mark.run(first, article); return; }
    for (const k of keys) this.st.put.run(k, article);
    this.keep(article, { sig, root: article });
  }

  private signatureOf(article: number): { sig: Uint32Array; root: number } | null {
    const known = this.sigs.get(article);
    if (known) return known;
    const row = this.st.candidate.get(article);
    if (!row?.minhash) return null;
    return this.keep(article, { sig: fromBlob(row.minhash as Uint8Array), root: row.duplicate_of === null ? article : Number(row.duplicate_of) });
  }

  private keep(article: number, v: { sig: Uint32Array; root: number }): { sig: Uint32Array; root: number } {
    if (this.sigs.size >= SIGNATURES_CACHED) this.sigs.clear();
    this.sigs.set(article, v);
    return v;
  }

  /** An article's rows are gone: its row number may be given again. */
  forget(article: number): void {
    this.facts.delete(article);
    this.sigs.delete(article);
  }

  private remember(article: number, facts: Facts): Facts {
    if (this.facts.size >= FACTS_CACHED) this.facts.clear();
    this.facts.set(article, facts);
    return facts;
  }

  /** A stored article's facts, read from its record once. */
  private factsOfArticle(article: number): Facts {
    return this.facts.get(article) ?? this.remember(article, factsOf(JSON.parse(String(this.st.record.get(article))) as ArticleRecord, this.lists));
  }
}
