// Many rows into one table by multi-row INSERTs: a page brings a few hundred
// item rows, and one statement per row costs more in the call and the binding
// than SQLite spends storing it. Statements are made once per row count.
import type { Db, Statement } from './open.js';

/** Rows per statement: 32 rows of 16 columns stay far under SQLite's 32,766 variables. */
const CHUNK = 32;

export class BulkInsert {
  private readonly rows: unknown[][] = [];
  private readonly statements = new Map<number, Statement>();

  constructor(private readonly db: Db, private readonly head: string, private readonly width: number) {}

  add(row: unknown[]): void {
    if (row.length !== this.width) throw new Error(`bulk insert: ${row.length} values for ${this.width} columns`);
    this.rows.push(row);
    if (this.rows.length === CHUNK) this.flush();
  }

  /** Write what is held; call before anything reads the table or depends on the rows. */
  flush(): void {
    const n = this.rows.length;
    if (!n) return;
    let st = this.statements.get(n);
    if (!st) {
      const one = `(${Array(this.width).fill('?').join(', ')})`;
      st = this.db.prepare(`${this.head} VALUES ${Array(n).fill(one).join(', ')}`);
      this.statements.set(n, st);
    }
    st.run(...this.rows.flat());
    this.rows.length = 0;
  }
}
