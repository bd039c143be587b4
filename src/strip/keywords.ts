// A list of short keywords looked for in a line in one pass, through an index
// by first character, instead of one String.includes per keyword: the chrome
// tables hold over a hundred keywords and every block of every page is tried
// against them. Answers are exactly those of the Array methods they replace.

interface Entry { word: string; rank: number }

export class Keywords {
  private readonly first = new Uint8Array(65536);
  private readonly byFirst = new Map<number, Entry[]>();

  constructor(readonly words: readonly string[]) {
    words.forEach((word, rank) => {
      if (!word) throw new Error('an empty keyword would match every line');
      const c = word.charCodeAt(0);
      this.first[c] = 1;
      let list = this.byFirst.get(c);
      if (!list) this.byFirst.set(c, (list = []));
      list.push({ word, rank });
    });
  }

  /** The keyword earliest in the list that occurs in `s`: `words.find((w) => s.includes(w))`. */
  firstIn(s: string): string | undefined {
    let best = -1;
    for (let i = 0; i < s.length; i++) {
      if (!this.first[s.charCodeAt(i)]) continue;
      for (const e of this.byFirst.get(s.charCodeAt(i))!) {
        if ((best < 0 || e.rank < best) && s.startsWith(e.word, i)) best = e.rank;
      }
    }
    return best < 0 ? undefined : this.words[best];
  }

  /** Some keyword occurs in `s`: `words.some((w) => s.includes(w))`. */
  occursIn(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      if (!this.first[s.charCodeAt(i)]) continue;
      for (const e of this.byFirst.get(s.charCodeAt(i))!) if (s.startsWith(e.word, i)) return true;
    }
    return false;
  }

  /** `s` starts with some keyword: `words.some((w) => s.startsWith(w))`. */
  starts(s: string): boolean {
    if (!s || !this.first[s.charCodeAt(0)]) return false;
    for (const e of this.byFirst.get(s.charCodeAt(0))!) if (s.startsWith(e.word)) return true;
    return false;
  }
}
