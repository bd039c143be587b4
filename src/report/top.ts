// Keep the k best of a stream in O(k) memory: a min-heap on the score, so the
// worst kept item is at the top and a better newcomer replaces it.
export class TopK<T> {
  private heap: { score: number; key: string; item: T }[] = [];
  constructor(readonly k: number) {}

  get size(): number { return this.heap.length; }

  /** Would an item of this score be kept? Lets callers skip building items that would be dropped. */
  accepts(score: number, key = ''): boolean {
    if (this.k <= 0) return false;
    if (this.heap.length < this.k) return true;
    return this.less(this.heap[0]!, { score, key });
  }

  /** Offer an item; gives back the one that fell out (the newcomer itself when not kept). Ties on the score go to the smaller key, so the result does not depend on arrival order. */
  offer(score: number, key: string, item: T): { key: string; item: T } | undefined {
    if (!this.accepts(score, key)) return { key, item };
    const node = { score, key, item };
    if (this.heap.length < this.k) {
      this.heap.push(node);
      this.up(this.heap.length - 1);
      return undefined;
    }
    const out = this.heap[0]!;
    this.heap[0] = node;
    this.down(0);
    return out;
  }

  /** Every kept item, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (this.less(a, b) ? 1 : this.less(b, a) ? -1 : 0)).map((n) => n.item);
  }

  private less(a: { score: number; key: string }, b: { score: number; key: string }): boolean {
    return a.score < b.score || (a.score === b.score && a.key > b.key);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

/** FNV-1a, 32 bits: a stable pseudo-random score, so a sample is the same on every run. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
