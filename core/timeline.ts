/**
 * Time logic for facts: where a fact stands relative to a reference date (an article's publication
 * date). Partial dates (`2025`, `2025-07`, `2025-07-12`) compare at the start of the period they name.
 */
import type { Fact, PartialDate } from '../data/types';

/** Sortable day number (UTC days since epoch) of the first day of a partial date; NaN when malformed. */
export function dayOf(date: PartialDate): number {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 86_400_000;
}

/** `held`: true on that date; `later`: began after it; `ended`: had stopped by then; `undated`: no start. */
export type FactStanding = 'held' | 'later' | 'ended' | 'undated';

export function standingAt(fact: Pick<Fact, 'from' | 'until'>, date: PartialDate): FactStanding {
  const day = dayOf(date);
  if (fact.until && dayOf(fact.until) <= day) return 'ended';
  if (!fact.from) return fact.until ? 'held' : 'undated';
  return dayOf(fact.from) <= day ? 'held' : 'later';
}

/** Newest first by start date; undated facts last, in their original order. */
export function newestFirst<T extends Pick<Fact, 'from'>>(facts: readonly T[]): T[] {
  return facts
    .map((fact, index) => ({ fact, index, day: fact.from ? dayOf(fact.from) : Number.NEGATIVE_INFINITY }))
    .sort((a, b) => b.day - a.day || a.index - b.index)
    .map((x) => x.fact);
}
