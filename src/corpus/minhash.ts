// Near-duplicate detection: MinHash over character shingles of the clean
// text, banded for locality-sensitive hashing so that finding candidates
// costs a few index lookups per page whatever the size of the corpus.
// A candidate is a duplicate only when the signatures agree closely AND the
// facts agree (figures, dates, entities): pages of one site template share
// most of their words but not their numbers.

/** Characters per shingle. */
export const SHINGLE = 5;
export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Shorter texts are not judged: a few shared phrases are not a story. */
export const MIN_CHARS = 80;
/** Share of signature positions that must agree (an estimate of the Jaccard similarity). */
export const TEXT_SIMILARITY = 0.6;
/**
 * Share of the smaller fact set that must be found in the other, for each
 * kind of fact: all of it. Overlap rather than Jaccard, since a copy that
 * drops a paragraph drops its figures too, while a page of the same template
 * reporting other facts differs in at least one. At 0.8, pages whose one
 * changed figure sat among five agreeing ones passed as copies
 * (bench/neardup.ts; numbers in docs/corpus.md).
 */
export const FACT_OVERLAP = 1;

/** murmur3's finalizer: a good 32-bit mix. */
function fmix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix(0x9e3779b9 * (i + 1)));

/** The signature of a text, or null when it is too short to judge. */
export function minhash(text: string): Uint32Array | null {
  const s = text.replace(/\s+/g, '');
  if (s.length < MIN_CHARS) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= s.length; i++) {
    let h = 0x811c9dc5; // FNV-1a over the shingle's code units
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    h >>>= 0;
    if (seen.has(h)) continue;
    seen.add(h);
    for (let j = 0; j < HASHES; j++) {
      const v = fmix(h ^ SEEDS[j]!);
      if (v < sig[j]!) sig[j] = v;
    }
  }
  return sig;
}

/** One key per band: band number x 2^32 + the hash of its rows (exact in a double). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = fmix(h ^ sig[b * ROWS + r]!) ^ Math.imul(h, 31);
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** |a ∩ b| / min(|a|, |b|); 1 when both are empty, 0 when only one is. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return a.size === b.size ? 1 : 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / Math.min(a.size, b.size);
}

export function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBlob(b: Uint8Array): Uint32Array {
  const copy = new Uint8Array(b); // aligned
  return new Uint32Array(copy.buffer, 0, HASHES);
}
