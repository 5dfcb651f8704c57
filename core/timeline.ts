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

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const CLAUSE_DATE = new RegExp(
  `\\b(?:(\\d{1,2})\\s+)?(${MONTH_NAMES.join('|')})\\s+(\\d{4})\\b|\\b((?:19|20)\\d{2})\\b`,
  'i',
);

/** The first date written in English prose in `text` ("8 December 2024", "January 2025", "2017"), as a partial date. */
export function firstWrittenDate(text: string): PartialDate | null {
  const m = CLAUSE_DATE.exec(text);
  if (!m) return null;
  if (m[4]) return m[4];
  const month = MONTH_NAMES.indexOf((m[2] ?? '').toLowerCase()) + 1;
  const mm = String(month).padStart(2, '0');
  return m[1] ? `${m[3]}-${mm}-${m[1].padStart(2, '0')}` : `${m[3]}-${mm}`;
}

/** A statement on the card's timeline: a whole fact, or one clause of a fact that spans several dates. */
export interface TimelineItem<F> {
  fact: F;
  text: string;
  /** The date this statement is placed at (the clause's own date, or the fact's start). */
  date: PartialDate | null;
}

export interface ArticleTimeline<F> {
  date: PartialDate;
  /** True at the article's date, newest first. */
  then: TimelineItem<F>[];
  /** Had already ended by the article's date, most recently ended first. */
  endedBefore: TimelineItem<F>[];
  /** Began (or was written down as happening) after the article's date, oldest first: what changed since. */
  since: TimelineItem<F>[];
  undated: TimelineItem<F>[];
}

type TimedFact = Pick<Fact, 'text' | 'from' | 'until'>;

/**
 * An open fact is taken to have ended with a closed fact that starts on the same day (the pack records the
 * end of a state as its own dated fact: "Named foreign minister" from 2020-11-22, then "His time as minister
 * ended" 2020-11-22 – 2024-12-08).
 */
function effectiveUntil(fact: TimedFact, all: readonly TimedFact[]): PartialDate | null {
  if (fact.until || !fact.from) return fact.until;
  const closer = all.find((other) => other !== fact && other.from === fact.from && other.until);
  return closer?.until ?? null;
}

/** Clauses of a fact's text: split after `;` and between sentences, each keeping its own punctuation. */
export function clausesOf(text: string): string[] {
  return text.split(/(?<=;)\s+|(?<=[\p{Ll}\d)'"’]{2}\.)\s+(?=\p{Lu})/u).filter((c) => c.trim() !== '');
}

const asSentence = (clause: string) => clause.replace(/[;,]\s*$/, '.').replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Splits a held fact into what was already true at `date` and the clauses it dates later ("…; declared president on 29 January 2025"). */
function splitHeld<F extends TimedFact>(fact: F, date: PartialDate): { then: TimelineItem<F> | null; later: TimelineItem<F>[] } {
  const clauses = clausesOf(fact.text);
  if (clauses.length < 2) return { then: { fact, text: fact.text, date: fact.from }, later: [] };
  const day = dayOf(date);
  const kept: string[] = [];
  const later: TimelineItem<F>[] = [];
  for (const clause of clauses) {
    const written = firstWrittenDate(clause);
    if (written && dayOf(written) > day) later.push({ fact, text: asSentence(clause), date: written });
    else kept.push(clause);
  }
  if (later.length === 0) return { then: { fact, text: fact.text, date: fact.from }, later };
  const text = kept.length ? kept.join(' ').replace(/[;,]\s*$/, '.') : '';
  return { then: text ? { fact, text, date: fact.from } : null, later };
}

const byDay = (a: PartialDate | null, b: PartialDate | null) => (a ? dayOf(a) : -Infinity) - (b ? dayOf(b) : -Infinity);

/** What was true at an article's date, what had ended by then, and what changed since. */
export function timelineAt<F extends TimedFact>(facts: readonly F[], date: PartialDate): ArticleTimeline<F> {
  const out: ArticleTimeline<F> = { date, then: [], endedBefore: [], since: [], undated: [] };
  for (const fact of facts) {
    const until = effectiveUntil(fact, facts);
    const standing = standingAt({ from: fact.from, until }, date);
    if (standing === 'undated') out.undated.push({ fact, text: fact.text, date: null });
    else if (standing === 'ended') out.endedBefore.push({ fact, text: fact.text, date: until });
    else if (standing === 'later') out.since.push({ fact, text: fact.text, date: fact.from });
    else {
      const { then, later } = splitHeld(fact, date);
      if (then) out.then.push(then);
      out.since.push(...later);
    }
  }
  out.then.sort((a, b) => byDay(b.date, a.date));
  out.endedBefore.sort((a, b) => byDay(b.date, a.date));
  out.since.sort((a, b) => byDay(a.date, b.date));
  return out;
}
