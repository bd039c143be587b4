// Events as the report reads them (SPEC "Events (linked facts)"). The events
// extractor is on its own branch; until its type is on src/schema.ts the
// report reads `events` defensively from any record that has them.
import type { ArticleRecord } from '../schema.js';

export interface ReportEvent {
  type: string;
  trigger: { text: string; start: number; end: number };
  actor: string | null;
  target: string | null;
  date: string | null;
  amount: { value: number; unit: string } | null;
  planned?: boolean;
}

function isEvent(e: unknown): e is ReportEvent {
  const x = e as ReportEvent;
  return typeof x === 'object' && x !== null && typeof x.type === 'string'
    && typeof x.trigger === 'object' && x.trigger !== null && typeof x.trigger.start === 'number';
}

/** The record's events; none when it has no `events` field (a record from before events existed). */
export function eventsOf(record: ArticleRecord): ReportEvent[] {
  const events = (record as { events?: unknown }).events;
  return Array.isArray(events) ? events.filter(isEvent) : [];
}
