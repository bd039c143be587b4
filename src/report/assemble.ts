// What every source shares: how an event, a figure and a page become rows, the
// month rules, and the last step from counts and kept rows to ReportData. The
// JSON Lines aggregator and the corpus database's SQL both end here, so they
// ship the same page for the same corpus.
import { evidence } from './evidence.js';
import type { ReportEvent } from './events.js';
import type { EntityRow, EventRow, FigureRow, PageRef, ReportData } from './types.js';

/** A row before it knows its page's index: the page table holds only pages a kept row points at. */
export type Pending<R> = { page: PageRef; row: R };

/** A platform or agency with its counts, before ranking. */
export interface Entity { name: string; kind: string; status: string; pages: number; events: number }

export type Totals = ReportData['totals'];

const MONTH = /^(\d{4}-\d{2})/;

export function month(value: string | null | undefined): string {
  return MONTH.exec(value ?? '')?.[1] ?? '';
}

/** The month an event belongs to: its own date when that has a month, else the page's when the years do not disagree. */
export function eventMonth(date: string | null, published: string | null): string {
  const own = month(date);
  if (own) return own;
  const pub = month(published);
  if (date && /^\d{4}/.test(date) && pub && !pub.startsWith(date.slice(0, 4))) return '';
  return pub;
}

export function pageRefOf(p: { title: string | null; publishedAt: string | null; url?: string | null; path?: string | null }): PageRef {
  const url = p.url && /^https?:\/\//i.test(p.url) ? p.url : '';
  const label = url || p.path || p.url || '';
  return { title: p.title ?? '', href: url || p.path || '', label, published: (p.publishedAt ?? '').slice(0, 10) };
}

/** The key an event is sampled by: the page's id and the event's place in its list. */
export const eventKey = (id: string, ord: number) => `${id}:${ord}`;

/** An event row with its sample key, so rows kept for several reasons ship once. */
export type PendingEvent = Pending<EventRow> & { key: string };

export function eventRow(ev: ReportEvent, m: string, page: PageRef, text: string | undefined, key: string): PendingEvent {
  const [sentence, s, e] = evidence(text, ev.trigger.start, ev.trigger.end);
  return {
    page, key,
    row: [-1, m, ev.type, ev.actor ?? '', ev.target ?? '', ev.date ?? '', ev.amount?.value ?? null, ev.amount?.unit ?? '',
      ev.planned ? 1 : 0, sentence, s, e],
  };
}

export interface MoneyFigure { start: number; end: number; unit: string; qualifier: string; subject: string; text: string }

export function figureRow(f: MoneyFigure, value: number, also: number, page: PageRef, published: string | null, text: string | undefined): Pending<FigureRow> {
  const [sentence, s, e] = evidence(text, f.start, f.end);
  return { page, row: [-1, month(published), value, f.unit, f.qualifier, f.subject, f.text, also, sentence, s, e] };
}

export function mentionRow(name: string, page: PageRef, text: string | undefined, span: { start: number; end: number } | undefined): Pending<EntityRow> {
  const [sentence, s, e] = span ? evidence(text, span.start, span.end) : ['', 0, 0];
  return { page, row: [name, '', '', 0, 0, -1, sentence, s, e] };
}

/** The sample, then each ranked name's own rows, each event once. */
export function unionEvents(...lists: PendingEvent[][]): PendingEvent[] {
  const seen = new Set<string>();
  const out: PendingEvent[] = [];
  for (const list of lists) for (const e of list) if (!seen.has(e.key)) { seen.add(e.key); out.push(e); }
  return out;
}

/** The top `n` by pages and the top `n` by events, together. */
export function ranked<E extends Entity>(all: E[], n: number): E[] {
  const byPages = [...all].sort((a, b) => b.pages - a.pages || b.events - a.events || a.name.localeCompare(b.name)).slice(0, n);
  const byEvents = [...all].sort((a, b) => b.events - a.events || b.pages - a.pages || a.name.localeCompare(b.name)).slice(0, n);
  return [...new Set([...byPages, ...byEvents])];
}

export interface Parts {
  meta: { title: string; source: string; generated?: string };
  totals: Omit<Totals, 'outsideTimeline'>;
  /** Events per month and type, every event counted. */
  months: Map<string, Map<string, number>>;
  /** The kept event rows, in any order. */
  events: Pending<EventRow>[];
  /** The kept figure rows, biggest first. */
  figures: Pending<FigureRow>[];
  /** Ranked entities with the row of their first mention. */
  platforms: { entity: Entity; first: Pending<EntityRow> }[];
  agencies: { entity: Entity; first: Pending<EntityRow> }[];
  platformCount: number;
  agencyCount: number;
}

export function assemble(p: Parts): ReportData {
  const pages: PageRef[] = [];
  const index = new Map<PageRef, number>();
  const place = <R extends (string | number | null)[]>(x: Pending<R>, at: number): R => {
    let i = index.get(x.page);
    if (i === undefined) {
      i = pages.length;
      pages.push(x.page);
      index.set(x.page, i);
    }
    const row = [...x.row] as R;
    row[at] = i;
    return row;
  };
  const events = p.events.map((x) => place(x, 0))
    .sort((a, b) => (a[1] || '9999').localeCompare(b[1] || '9999') || a[5].localeCompare(b[5]) || a[0] - b[0]);
  const figures = p.figures.map((x) => place(x, 0));
  const entityRows = (list: Parts['platforms']): EntityRow[] => list.map(({ entity, first }) => {
    const row = place(first, 5);
    row[1] = entity.kind;
    row[2] = entity.status;
    row[3] = entity.pages;
    row[4] = entity.events;
    return row;
  });
  const platforms = entityRows(p.platforms);
  const agencies = entityRows(p.agencies);
  const perMonth = new Map([...p.months].map(([m, byType]) => [m, [...byType.values()].reduce((a, b) => a + b, 0)]));
  const { first, last, outside } = chartRange(perMonth);
  const months = fillMonths(first, last);
  const types = [...new Set([...p.months.values()].flatMap((m) => [...m.keys()]))].sort();
  const counts: Record<string, number[]> = {};
  for (const t of types) counts[t] = months.map((m) => p.months.get(m)?.get(t) ?? 0);
  return {
    title: p.meta.title,
    source: p.meta.source,
    generated: p.meta.generated ?? new Date().toISOString().slice(0, 10),
    totals: { ...p.totals, outsideTimeline: outside },
    timeline: { months, types, counts },
    pages,
    events,
    eventsSampled: p.totals.events > events.length,
    figures,
    platforms,
    agencies,
    platformCount: p.platformCount,
    agencyCount: p.agencyCount,
  };
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

/** What the rankings show in an agency's status column: when it stopped and who took over. */
export function agencyHistory(validTo: string | null | undefined, successor: string | null | undefined): string {
  if (!validTo) return '';
  return successor ? `${validTo} → ${successor}` : `至 ${validTo}`;
}
