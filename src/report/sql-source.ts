// The corpus database (`zhfin extract --db`) as a report source: the counts in
// SQL over every page, then only the rows the page ships fetched with their
// text for the sentence. Reads the tables the corpus writer derives from
// src/schema.ts (articles, figures, entities, mentions, events); opens the
// file read-only, so a nightly run writing to it is never disturbed.
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import {
  agencyHistory, assemble, type Entity, eventMonth, eventRow, figureRow, mentionRow, pageRefOf, ranked, type Parts, type Pending,
  type PendingEvent, unionEvents,
} from './assemble.js';
import type { ReportEvent } from './events.js';
import { ReportInputError, type ReportSource } from './source.js';
import { hash32 } from './top.js';
import { DEFAULT_LIMITS, type EntityRow, type PageRef, type ReportLimits } from './types.js';

type Row = Record<string, unknown>;
interface Statement { all(...p: unknown[]): Row[]; get(...p: unknown[]): Row | undefined }
interface Db {
  prepare(sql: string): Statement;
  function(name: string, o: { deterministic: boolean }, fn: (...a: never[]) => unknown): void;
  close(): void;
}
type Driver = new (path: string, o: { readonly: boolean; fileMustExist: boolean }) => Db;

const require = createRequire(import.meta.url);
// A page counts once: not a near-duplicate of another, and the first of any exact copies (same id).
const LIVE = 'a.duplicate_of IS NULL AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.id = a.id AND b.article < a.article)';

function open(path: string): Db {
  let Driver: Driver;
  try {
    Driver = require('better-sqlite3') as Driver;
  } catch {
    throw new ReportInputError(`${path}: reading a corpus database needs the better-sqlite3 package; run \`npm install better-sqlite3@^12\` where zhfin is installed, or pass JSON Lines (zhfin export ${basename(path)} --format jsonl -o records.jsonl)`);
  }
  let db: Db, tables: Set<string>;
  try {
    db = new Driver(path, { readonly: true, fileMustExist: true });
    tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name as string));
  } catch (e) {
    const first = (e as Error).message.split('\n')[0];
    // better-sqlite3 loads its native part on first use: a failed build shows up here, not at require.
    if (!String((e as { code?: string }).code ?? '').startsWith('SQLITE_')) {
      throw new ReportInputError(`${path}: better-sqlite3 is installed but does not work here (${first}); reinstall it (npm install better-sqlite3@^12), or pass JSON Lines`);
    }
    throw new ReportInputError(`${path}: cannot be read as a SQLite database (${first}); pass a database made by zhfin extract --db, or JSON Lines`);
  }
  const missing = ['articles', 'figures', 'entities', 'mentions'].filter((t) => !tables.has(t));
  if (missing.length) {
    db.close();
    throw new ReportInputError(`${path}: is a SQLite database without the corpus tables (${missing.join(', ')} missing); pass a database made by zhfin extract --db`);
  }
  // The same month rule and sample hash as the JSON Lines path, so both ship the same rows.
  db.function('zhfin_month', { deterministic: true }, ((d: string | null, p: string | null) => eventMonth(d, p)) as never);
  db.function('zhfin_hash', { deterministic: true }, ((k: string) => hash32(k)) as never);
  return db;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function sqliteSource(path: string): ReportSource {
  return {
    name: basename(path),
    async build(options) {
      const limits = { ...DEFAULT_LIMITS, ...options.limits };
      const db = open(path);
      try {
        const hasEvents = !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
        const pageCache = new Map<number, { page: PageRef; text: string | undefined; publishedAt: string | null }>();
        const pageOf = (article: number) => {
          let p = pageCache.get(article);
          if (!p) {
            const a = db.prepare('SELECT title, publishedAt, source_url, source_path, text FROM articles WHERE article = ?').get(article)!;
            const publishedAt = str(a.publishedAt);
            p = { page: pageRefOf({ title: str(a.title), publishedAt, url: str(a.source_url), path: str(a.source_path) }), text: str(a.text) ?? undefined, publishedAt };
            pageCache.set(article, p);
          }
          return p;
        };
        const count = (sql: string) => num(db.prepare(sql).get()!.n);

        const months: Parts['months'] = new Map();
        let undated = 0, events: PendingEvent[] = [], eventTotal = 0;
        if (hasEvents) {
          for (const r of db.prepare(`SELECT zhfin_month(e.date, a.publishedAt) AS m, e.type AS type, count(*) AS n FROM events e JOIN articles a ON a.article = e.article WHERE ${LIVE} GROUP BY m, e.type`).all()) {
            const n = num(r.n);
            eventTotal += n;
            if (!r.m) { undated += n; continue; }
            const byType = months.get(r.m as string) ?? new Map<string, number>();
            byType.set(r.type as string, n);
            months.set(r.m as string, byType);
          }
        }

        const moneyWhere = `f.kind = 'money' AND f.unit = 'CNY' AND coalesce(f.value, f.max) IS NOT NULL AND ${LIVE}`;
        const figures = db.prepare(`SELECT coalesce(f.value, f.max) AS v, f.subject AS subject, count(DISTINCT f.article) AS pages, min(f.article) AS first
            FROM figures f JOIN articles a ON a.article = f.article WHERE ${moneyWhere}
            GROUP BY v, f.subject ORDER BY v DESC, f.subject ASC LIMIT ?`).all(limits.figures)
          .map((g) => {
            const f = db.prepare('SELECT * FROM figures WHERE article = ? AND coalesce(value, max) = ? AND subject = ? ORDER BY ord LIMIT 1').get(g.first, g.v, g.subject)!;
            const p = pageOf(g.first as number);
            return figureRow({ start: num(f.start), end: num(f.end), unit: f.unit as string, qualifier: f.qualifier as string, subject: f.subject as string, text: f.text as string },
              g.v as number, num(g.pages) - 1, p.page, p.publishedAt, p.text);
          });

        const entities = (type: 'platform' | 'agency', by: 'target' | 'actor') => {
          const evCounts = new Map<string, number>();
          if (hasEvents) {
            for (const r of db.prepare(`SELECT e.${by} AS name, count(*) AS n FROM events e JOIN articles a ON a.article = e.article
                WHERE ${LIVE} AND EXISTS (SELECT 1 FROM entities x WHERE x.article = e.article AND x.type = ? AND x.name = e.${by}) GROUP BY e.${by}`).all(type)) {
              evCounts.set(r.name as string, num(r.n));
            }
          }
          const all = db.prepare(`SELECT x.name AS name, max(x.kind) AS kind, max(x.level) AS level, max(x.status) AS status,
              max(x.validTo) AS validTo, max(x.successor) AS successor, count(DISTINCT x.article) AS pages, min(x.entity) AS first
              FROM entities x JOIN articles a ON a.article = x.article WHERE x.type = ? AND ${LIVE} GROUP BY x.name`).all(type)
            .map((r): Entity & { first: number } => ({
              name: r.name as string, kind: (type === 'agency' ? str(r.level) : str(r.kind)) ?? '',
              status: type === 'agency' ? agencyHistory(str(r.validTo), str(r.successor)) : str(r.status) ?? '',
              pages: num(r.pages), events: evCounts.get(r.name as string) ?? 0, first: num(r.first),
            }));
          const kept = ranked(all, limits.entities).map((e) => {
            const m = db.prepare('SELECT x.article AS article, m.start AS start, m."end" AS "end" FROM entities x LEFT JOIN mentions m ON m.entity = x.entity AND m.ord = 0 WHERE x.entity = ?').get(e.first)!;
            const p = pageOf(m.article as number);
            const first: Pending<EntityRow> = mentionRow(e.name, p.page, p.text, typeof m.start === 'number' ? { start: m.start, end: num(m.end) } : undefined);
            return { entity: e, first };
          });
          return { kept, total: all.length };
        };
        const platforms = entities('platform', 'target');
        const agencies = entities('agency', 'actor');
        if (hasEvents) events = pickEvents(db, limits, platforms.kept.map((x) => x.entity.name), agencies.kept.map((x) => x.entity.name), pageOf);

        return assemble({
          meta: { title: options.title, source: basename(path), ...(options.generated ? { generated: options.generated } : {}) },
          totals: {
            pages: count(`SELECT count(*) AS n FROM articles a WHERE ${LIVE}`),
            duplicates: count(`SELECT count(*) AS n FROM articles a WHERE NOT (${LIVE})`),
            withText: count(`SELECT count(*) AS n FROM articles a WHERE ${LIVE} AND a.text <> ''`),
            events: eventTotal,
            figures: count(`SELECT count(*) AS n FROM (SELECT DISTINCT f.article, coalesce(f.value, f.max) FROM figures f JOIN articles a ON a.article = f.article WHERE ${moneyWhere})`),
            undatedEvents: undated,
          },
          months, events, figures,
          platforms: platforms.kept, agencies: agencies.kept, platformCount: platforms.total, agencyCount: agencies.total,
        });
      } finally {
        db.close();
      }
    },
  };
}

type PageOf = (article: number) => { page: PageRef; text: string | undefined; publishedAt: string | null };

const KEY = "a.id || ':' || e.ord";

/**
 * The event rows to ship, chosen as the JSON Lines path chooses them: the
 * highest hashes of id:ord overall, then each ranked platform's (as target)
 * and agency's (as actor) own highest, each event once, in that order.
 */
function pickEvents(db: Db, limits: ReportLimits, platforms: string[], agencies: string[], pageOf: PageOf): PendingEvent[] {
  const sample = db.prepare(`SELECT e.article AS article, e.ord AS ord, ${KEY} AS k FROM events e JOIN articles a ON a.article = e.article
      WHERE ${LIVE} ORDER BY zhfin_hash(${KEY}) DESC, k ASC LIMIT ?`).all(limits.events);
  const own = (by: 'target' | 'actor', type: string, names: string[]) => {
    const rows = new Map<string, Row[]>();
    if (limits.perEntity > 0) {
      for (const r of db.prepare(`SELECT article, ord, k, name FROM (
          SELECT e.article AS article, e.ord AS ord, ${KEY} AS k, e.${by} AS name,
            ROW_NUMBER() OVER (PARTITION BY e.${by} ORDER BY zhfin_hash(${KEY}) DESC, ${KEY} ASC) AS rn
          FROM events e JOIN articles a ON a.article = e.article
          WHERE ${LIVE} AND EXISTS (SELECT 1 FROM entities x WHERE x.article = e.article AND x.type = ? AND x.name = e.${by})
        ) WHERE rn <= ? ORDER BY name, rn`).all(type, limits.perEntity)) {
        const list = rows.get(r.name as string) ?? [];
        list.push(r);
        rows.set(r.name as string, list);
      }
    }
    return names.flatMap((n) => rows.get(n) ?? []);
  };
  const one = db.prepare('SELECT * FROM events WHERE article = ? AND ord = ?');
  const toRow = (k: Row): PendingEvent => {
    const r = one.get(k.article, k.ord)!;
    const amount = typeof r.amount === 'string' ? JSON.parse(r.amount) as ReportEvent['amount'] : null;
    const ev: ReportEvent = {
      type: r.type as string, trigger: { text: str(r.trigger) ?? '', start: num(r.start), end: num(r.end) }, actor: str(r.actor), target: str(r.target),
      date: str(r.date), amount, planned: r.planned === 1,
    };
    const p = pageOf(k.article as number);
    return eventRow(ev, eventMonth(ev.date, p.publishedAt), p.page, p.text, k.k as string);
  };
  // Keys first, rows after: each event's row and text are read once, however many lists it is on.
  const keys = [sample, own('target', 'platform', platforms), own('actor', 'agency', agencies)];
  const seen = new Set<string>();
  return unionEvents(...keys.map((list) => list.filter((k) => !seen.has(k.k as string) && seen.add(k.k as string)).map(toRow)));
}
