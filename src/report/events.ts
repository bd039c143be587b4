// Events as the report reads them (SPEC "Events (linked facts)"). The events
// extractor is on its own branch; until its type is on src/schema.ts the
// report reads `events` defensively from any record that has them, in either
// shape the SPEC allows: the trigger's words with `start`/`end` beside them
// (the events branch) or a trigger object {text, start, end}.
import type { ArticleRecord } from '../schema.js';

export interface ReportEvent {
  type: string;
  trigger: { text: string; start: number; end: number };
  actor: string | null;
  target: string | null;
  date: string | null;
  amount: { value: number; unit: string } | null;
  planned: boolean;
}

type Loose = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function normalize(e: unknown): ReportEvent | null {
  if (typeof e !== 'object' || e === null) return null;
  const x = e as Loose;
  if (typeof x.type !== 'string') return null;
  const t = (typeof x.trigger === 'object' && x.trigger !== null ? x.trigger : x) as Loose;
  const text = typeof x.trigger === 'string' ? x.trigger : str(t.text) ?? '';
  if (typeof t.start !== 'number' || typeof t.end !== 'number') return null;
  const a = x.amount as Loose | null | undefined;
  return {
    type: x.type,
    trigger: { text, start: t.start, end: t.end },
    actor: str(x.actor),
    target: str(x.target),
    date: str(x.date),
    amount: a && typeof a.value === 'number' ? { value: a.value, unit: str(a.unit) ?? '' } : null,
    planned: x.planned === true,
  };
}

/** The record's events; none when it has no `events` field (a record from before events existed). */
export function eventsOf(record: ArticleRecord): ReportEvent[] {
  const events = (record as { events?: unknown }).events;
  if (!Array.isArray(events)) return [];
  const out: ReportEvent[] = [];
  for (const e of events) {
    const n = normalize(e);
    if (n) out.push(n);
  }
  return out;
}
