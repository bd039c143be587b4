// Scoring one sentence's items against what it expects, the way the gold scorer
// counts entities: an expected string matches an item by canonical name or by
// any of its surface forms.

export interface Tally { tp: number; fp: number; fn: number }

export function scoreRow(expected: string[], items: { name: string; mentions: string[] }[]): { tp: number; fp: string[]; fn: string[] } {
  const matches = (e: string, i: { name: string; mentions: string[] }) => i.name === e || i.mentions.includes(e);
  const fn = expected.filter((e) => !items.some((i) => matches(e, i)));
  const fp = items.filter((i) => !expected.some((e) => matches(e, i))).map((i) => `${i.name} (${i.mentions.join('/')})`);
  return { tp: expected.length - fn.length, fp, fn };
}
