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

/** Bits of a shingle's hash that pick its bin (HASHES = 2^BIN_BITS); the rest are its value. */
const BIN_BITS = Math.log2(HASHES);
const VALUE_MASK = 2 ** (32 - BIN_BITS) - 1;
const EMPTY = 0xffffffff;
/** Scheme of the signatures: part of what made a page's rows (open.ts fingerprint), so a new one re-extracts. */
export const MINHASH_SCHEME = `oph-${SHINGLE}-${HASHES}`;

/**
 * The signature of a text, or null when it is too short to judge.
 * One-permutation MinHash: each shingle is hashed once, the top bits choose
 * one of HASHES bins and each bin keeps its least value: an estimate of the
 * Jaccard similarity close to HASHES separate permutations' at 1/HASHES of
 * the hashing. A bin no shingle fell into borrows from the next filled bin
 * (rotation densification), mixed with the distance, so two texts with the
 * same shingles still agree there.
 */
export function minhash(text: string): Uint32Array | null {
  const s = text.replace(/\s+/g, '');
  if (s.length < MIN_CHARS) return null;
  const sig = new Uint32Array(HASHES).fill(EMPTY);
  for (let i = 0; i + SHINGLE <= s.length; i++) {
    let h = 0x811c9dc5; // FNV-1a over the shingle's code units
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    const v = fmix(h);
    const bin = v >>> (32 - BIN_BITS);
    const value = v & VALUE_MASK;
    if (value < sig[bin]!) sig[bin] = value;
  }
  for (let j = 0; j < HASHES; j++) {
    if (sig[j] !== EMPTY) continue;
    let t = 1;
    // Past VALUE_MASK: empty or borrowed. Some bin is filled, since s has MIN_CHARS characters.
    while (sig[(j + t) % HASHES]! > VALUE_MASK) t++;
    const from = sig[(j + t) % HASHES]!;
    // Above VALUE_MASK: never equal to a filled bin's own value.
    sig[j] = (VALUE_MASK + 1 + (fmix(from ^ Math.imul(t, 0x9e3779b9)) % (EMPTY - VALUE_MASK - 1))) >>> 0;
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
