// Helpers shared by the extractors for spans and overlap.

export interface Span {
  start: number;
  end: number;
}

/** Keep the longest of overlapping items, earliest first (a refiner, as in chrono). */
export function removeOverlaps<T extends Span>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: T[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && it.start < last.end) {
      if (it.end - it.start > last.end - last.start) out[out.length - 1] = it;
      continue;
    }
    out.push(it);
  }
  return out;
}
