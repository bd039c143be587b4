// One pass over the records, memory bounded by the caps (plus one id per page
// for de-duplication and one entry per distinct platform and agency): exact
// counts for the timeline and the rankings, a capped set of rows to ship.
import type { ArticleRecord } from '../schema.js';
import { evidence } from './evidence.js';
import { eventsOf } from './events.js';
import { hash32, TopK } from './top.js';
import {
  DEFAULT_LIMITS, type EntityRow, type EventRow, type FigureRow, type PageRef, type ReportData, type ReportLimits,
} from './types.js';

// A row before it knows its page's index: the page table holds only pages a kept row points at.
type Pending<R> = { page: PageRef; row: R };
type Entity = { name: string; kind: string; status: string; pages: number; events: number; first: Pending<EntityRow> };

const MONTH = /^(\d{4}-\d{2})/;

function month(value: string | null | undefined): string {
  return MONTH.exec(value ?? '')?.[1] ?? '';
}

/** The month an event belongs to: its own date when that has a month, else the page's when the years do not disagree. */
function eventMonth(date: string | null, published: string | null): string {
  const own = month(date);
  if (own) return own;
  const pub = month(published);
  if (date && /^\d{4}/.test(date) && pub && !pub.startsWith(date.slice(0, 4))) return '';
  return pub;
}

function pageRef(r: ArticleRecord): PageRef {
  const url = r.source.url && /^https?:\/\//i.test(r.source.url) ? r.source.url : '';
  const label = url || r.source.path || r.source.url || '';
  return { title: r.title ?? '', href: url || r.source.path || '', label, published: (r.publishedAt ?? '').slice(0, 10) };
}

export class ReportAggregator {
  private readonly limits: ReportLimits;
  private readonly seen = new Set<string>();
  private readonly months = new Map<string, Map<string, number>>();
  private readonly eventRows: TopK<Pending<EventRow>>;
  private readonly figureRows: TopK<Pending<FigureRow>>;
  /** The kept figures by amount and subject, to fold retellings of one fact into one row. */
  private readonly figureKeys = new Map<string, Pending<FigureRow>>();
  private readonly platforms = new Map<string, Entity>();
  private readonly agencies = new Map<string, Entity>();
  private totals = { pages: 0, duplicates: 0, withText: 0, events: 0, figures: 0, undatedEvents: 0 };

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
    const page = pageRef(r);
    this.addEntities(r, page);
    this.addEvents(r, page);
    this.addFigures(r, page);
  }

  private addEntities(r: ArticleRecord, page: PageRef): void {
    const mention = (spans: { start: number; end: number }[], name: string): Pending<EntityRow> => {
      const span = spans[0];
      const [sentence, s, e] = span ? evidence(r.text, span.start, span.end) : ['', 0, 0];
      return { page, row: [name, '', '', 0, 0, -1, sentence, s, e] };
    };
    for (const p of r.platforms) {
      const ent = this.platforms.get(p.name) ?? { name: p.name, kind: p.kind, status: '', pages: 0, events: 0, first: mention(p.spans, p.name) };
      ent.pages++;
      if (p.status) ent.status = p.status;
      this.platforms.set(p.name, ent);
    }
    for (const a of r.agencies) {
      const ent = this.agencies.get(a.name) ?? { name: a.name, kind: a.level, status: '', pages: 0, events: 0, first: mention(a.spans, a.name) };
      ent.pages++;
      if (a.validTo) ent.status = a.successor ? `${a.validTo} → ${a.successor}` : `至 ${a.validTo}`;
      this.agencies.set(a.name, ent);
    }
  }

  private addEvents(r: ArticleRecord, page: PageRef): void {
    const events = eventsOf(r);
    const platformsHere = new Set(r.platforms.map((p) => p.name));
    const agenciesHere = new Set(r.agencies.map((a) => a.name));
    events.forEach((ev, i) => {
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
      const key = `${r.id}:${i}`;
      const score = hash32(key);
      if (!this.eventRows.accepts(score, key)) return;
      const [sentence, s, e] = evidence(r.text, ev.trigger.start, ev.trigger.end);
      this.eventRows.offer(score, key, {
        page,
        row: [-1, m, ev.type, ev.actor ?? '', ev.target ?? '', ev.date ?? '', ev.amount?.value ?? null, ev.amount?.unit ?? '',
          ev.planned ? 1 : 0, sentence, s, e],
      });
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
      const key = `${value}|${f.subject}`;
      // The same amount with the same subject on another page is the same fact retold: counted, not listed again.
      const known = this.figureKeys.get(key);
      if (known) {
        known.row[7]++;
        continue;
      }
      if (!this.figureRows.accepts(value, key)) continue;
      const [sentence, s, e] = evidence(r.text, f.start, f.end);
      const item: Pending<FigureRow> = {
        page, row: [-1, month(r.publishedAt), value, f.unit, f.qualifier, f.subject, f.text, 0, sentence, s, e],
      };
      this.figureKeys.set(key, item);
      const out = this.figureRows.offer(value, key, item);
      if (out) this.figureKeys.delete(out.key);
    }
  }

  /** The report's data; `source` and `title` are for the page's header. */
  result(meta: { title: string; source: string; generated?: string }): ReportData {
    const pages: PageRef[] = [];
    const index = new Map<PageRef, number>();
    const place = <R extends (string | number | null)[]>(p: Pending<R>, at: number): R => {
      let i = index.get(p.page);
      if (i === undefined) {
        i = pages.length;
        pages.push(p.page);
        index.set(p.page, i);
      }
      const row = [...p.row] as R;
      row[at] = i;
      return row;
    };
    const events = this.eventRows.sorted().map((p) => place(p, 0))
      .sort((a, b) => (a[1] || '9999').localeCompare(b[1] || '9999') || a[5].localeCompare(b[5]) || a[0] - b[0]);
    const figures = this.figureRows.sorted().map((p) => place(p, 0));
    const rank = (m: Map<string, Entity>): EntityRow[] => {
      const all = [...m.values()];
      const n = this.limits.entities;
      const byPages = [...all].sort((a, b) => b.pages - a.pages || b.events - a.events || a.name.localeCompare(b.name)).slice(0, n);
      const byEvents = [...all].sort((a, b) => b.events - a.events || b.pages - a.pages || a.name.localeCompare(b.name)).slice(0, n);
      const keep = [...new Set([...byPages, ...byEvents])];
      return keep.map((x) => {
        const row = place(x.first, 5);
        row[1] = x.kind;
        row[2] = x.status;
        row[3] = x.pages;
        row[4] = x.events;
        return row;
      });
    };
    const perMonth = new Map([...this.months].map(([m, byType]) => [m, [...byType.values()].reduce((a, b) => a + b, 0)]));
    const { first, last, outside } = chartRange(perMonth);
    const months = fillMonths(first, last);
    const types = [...new Set([...this.months.values()].flatMap((m) => [...m.keys()]))].sort();
    const counts: Record<string, number[]> = {};
    for (const t of types) counts[t] = months.map((m) => this.months.get(m)?.get(t) ?? 0);
    return {
      title: meta.title,
      source: meta.source,
      generated: meta.generated ?? new Date().toISOString().slice(0, 10),
      totals: { ...this.totals, outsideTimeline: outside },
      timeline: { months, types, counts },
      pages,
      events,
      eventsSampled: this.totals.events > events.length,
      figures,
      platforms: rank(this.platforms),
      agencies: rank(this.agencies),
      platformCount: this.platforms.size,
      agencyCount: this.agencies.size,
    };
  }
}

/** Every month from first to last, so gaps show as empty bars rather than vanish. */
export function fillMonths(first: string | undefined, last: string | undefined): string[] {
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/**
 * The months to chart: first to last, less sparse tails (a 1949 or a 2099 from
 * a stray date) when the range spans over ten years and the tails hold at most
 * 1% of the dated events. Those events stay in the table; the page counts them.
 */
export function chartRange(perMonth: Map<string, number>): { first?: string; last?: string; outside: number } {
  const seen = [...perMonth.keys()].sort();
  const total = [...perMonth.values()].reduce((a, b) => a + b, 0);
  let lo = 0, hi = seen.length - 1, outside = 0;
  while (lo < hi && monthIndex(seen[hi]!) - monthIndex(seen[lo]!) > 120) {
    // Drop the end that stands farther from its neighbour.
    const left = monthIndex(seen[lo + 1]!) - monthIndex(seen[lo]!) >= monthIndex(seen[hi]!) - monthIndex(seen[hi - 1]!);
    const n = perMonth.get(seen[left ? lo : hi]!)!;
    if (outside + n > total * 0.01) break;
    outside += n;
    if (left) lo++; else hi--;
  }
  return { first: seen[lo], last: seen[hi], outside };
}
