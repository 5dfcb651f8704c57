/**
 * Display strings for partial dates (pure): `2025-07-12` → "12 Jul 2025", `2025-07` → "Jul 2025",
 * `2025` → "2025". English month abbreviations, no locale dependence, so the card reads the same everywhere.
 */
import type { PartialDate } from '../data/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial date for display; a string that is not a partial date is shown as it is. */
export function formatPartialDate(date: PartialDate): string {
  const m = PARTIAL.exec(date.trim());
  if (!m) return date;
  const [, year, month, day] = m;
  if (!month) return year ?? date;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * The date span of a fact:
 * - from only: the date itself ("12 Jul 2025") — most facts are dated events (a visit, a signature);
 * - from and until: "Dec 2005 – Feb 2022" (one date when both are the same);
 * - until only: "until Feb 2022";
 * - neither: "" (undated).
 * With `open: 'since'`, a fact that has a start and no end reads "since Jan 2021" (a state that still holds).
 */
export function formatFactSpan(from: PartialDate | null, until: PartialDate | null, open: 'date' | 'since' = 'date'): string {
  if (from && until) {
    return from === until ? formatPartialDate(from) : `${formatPartialDate(from)} – ${formatPartialDate(until)}`;
  }
  if (from) return open === 'since' ? `since ${formatPartialDate(from)}` : formatPartialDate(from);
  if (until) return `until ${formatPartialDate(until)}`;
  return '';
}
