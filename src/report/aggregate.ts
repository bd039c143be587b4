// One pass over the records, memory bounded by the caps (plus one id per page
// for de-duplication and one entry per distinct platform and agency): exact
// counts for the timeline and the rankings, a capped set of rows to ship.
import type { ArticleRecord } from '../schema.js';
import {
  agencyHistory, assemble, type Entity, eventKey, eventMonth, eventRow, figureRow, mentionRow, pageRefOf, type Pending,
  type PendingEvent, ranked, type Parts, unionEvents,
} from './assemble.js';
import { eventsOf } from './events.js';
import { hash32, TopK } from './top.js';
import { DEFAULT_LIMITS, type EntityRow, type FigureRow, type PageRef, type ReportData, type ReportLimits } from './types.js';

/** A platform or agency with its first mention and its own sample of events (as target, as actor). */
type Tracked = Entity & { first: Pending<EntityRow>; rows?: TopK<PendingEvent> };

export class ReportAggregator {
  private readonly limits: ReportLimits;
  private readonly seen = new Set<string>();
  private readonly months: Parts['months'] = new Map();
  private readonly eventRows: TopK<PendingEvent>;
  private readonly figureRows: TopK<Pending<FigureRow>>;
  /** The kept figures by amount and subject, to fold retellings of one fact into one row. */
  private readonly figureKeys = new Map<string, Pending<FigureRow>>();
  private readonly platforms = new Map<string, Tracked>();
  private readonly agencies = new Map<string, Tracked>();
  private totals: Parts['totals'] = { pages: 0, duplicates: 0, withText: 0, events: 0, figures: 0, undatedEvents: 0 };

  constructor(limits: Partial<ReportLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.eventRows = new TopK(this.limits.events);
    this.figureRows = new TopK(this.limits.figures);
  }

  add(r: ArticleRecord): void {
    // The same clean text twice (a mirror, a re-crawl) is one page: counting it twice would inflate every ranking.
    if (this.seen.has(r.id)) {
      this.totals.duplicates++;
      return;
    }
    this.seen.add(r.id);
    this.totals.pages++;
    if (r.text) this.totals.withText++;
    const page = pageRefOf({ title: r.title, publishedAt: r.publishedAt, url: r.source.url ?? null, path: r.source.path ?? null });
    this.addEntities(r, page);
    this.addEvents(r, page);
    this.addFigures(r, page);
  }

  private addEntities(r: ArticleRecord, page: PageRef): void {
    for (const p of r.platforms) {
      const ent = this.platforms.get(p.name) ?? { name: p.name, kind: p.kind, status: '', pages: 0, events: 0, first: mentionRow(p.name, page, r.text, p.spans[0]) };
      ent.pages++;
      if (p.status) ent.status = p.status;
      this.platforms.set(p.name, ent);
    }
    for (const a of r.agencies) {
      const ent = this.agencies.get(a.name) ?? { name: a.name, kind: a.level, status: '', pages: 0, events: 0, first: mentionRow(a.name, page, r.text, a.spans[0]) };
      ent.pages++;
      const history = agencyHistory(a.validTo, a.successor);
      if (history) ent.status = history;
      this.agencies.set(a.name, ent);
    }
  }

  private addEvents(r: ArticleRecord, page: PageRef): void {
    const platformsHere = new Set(r.platforms.map((p) => p.name));
    const agenciesHere = new Set(r.agencies.map((a) => a.name));
    eventsOf(r).forEach((ev, i) => {
      this.totals.events++;
      if (ev.target && platformsHere.has(ev.target)) this.platforms.get(ev.target)!.events++;
      if (ev.actor && agenciesHere.has(ev.actor)) this.agencies.get(ev.actor)!.events++;
      const m = eventMonth(ev.date, r.publishedAt);
      if (m) {
        const byType = this.months.get(m) ?? new Map<string, number>();
        byType.set(ev.type, (byType.get(ev.type) ?? 0) + 1);
        this.months.set(m, byType);
      } else {
        this.totals.undatedEvents++;
      }
      // A uniform sample by a stable hash: the same corpus ships the same rows, whatever the order.
      const key = eventKey(r.id, i);
      const score = hash32(key);
      // Besides the sample, each platform and agency keeps its own few rows, so filtering on one shows some.
      const owners = [
        ev.target && platformsHere.has(ev.target) ? this.platforms.get(ev.target)! : null,
        ev.actor && agenciesHere.has(ev.actor) ? this.agencies.get(ev.actor)! : null,
      ].filter((x): x is Tracked => x !== null);
      const heaps = [this.eventRows, ...owners.map((o) => (o.rows ??= new TopK(this.limits.perEntity)))].filter((h) => h.accepts(score, key));
      if (!heaps.length) return;
      const row = eventRow(ev, m, page, r.text, key);
      for (const h of heaps) h.offer(score, key, row);
    });
  }

  private addFigures(r: ArticleRecord, page: PageRef): void {
    const here = new Set<number>();
    for (const f of r.figures) {
      // Ranked in yuan only: amounts in other currencies would need exchange rates of their day.
      if (f.kind !== 'money' || f.unit !== 'CNY') continue;
      const value = f.value ?? f.max;
      if (value === undefined || here.has(value)) continue;
      here.add(value);
      this.totals.figures++;
      const key = figureKey(value, f.subject);
      // The same amount with the same subject on another page is the same fact retold: counted, not listed again.
      const known = this.figureKeys.get(key);
      if (known) {
        known.row[7]++;
        continue;
      }
      if (!this.figureRows.accepts(value, key)) continue;
      const item = figureRow(f, value, 0, page, r.publishedAt, r.text);
      this.figureKeys.set(key, item);
      const out = this.figureRows.offer(value, key, item);
      if (out) this.figureKeys.delete(out.key);
    }
  }

  /** The report's data; `source` and `title` are for the page's header. */
  result(meta: Parts['meta']): ReportData {
    const platforms = ranked([...this.platforms.values()], this.limits.entities);
    const agencies = ranked([...this.agencies.values()], this.limits.entities);
    const own = (list: Tracked[]) => list.flatMap((e) => e.rows?.sorted() ?? []);
    return assemble({
      meta, totals: this.totals, months: this.months,
      events: unionEvents(this.eventRows.sorted(), own(platforms), own(agencies)), figures: this.figureRows.sorted(),
      platforms: platforms.map((e) => ({ entity: e, first: e.first })), agencies: agencies.map((e) => ({ entity: e, first: e.first })),
      platformCount: this.platforms.size, agencyCount: this.agencies.size,
    });
  }
}

export const figureKey = (value: number, subject: string) => `${value}|${subject}`;
