/**
 * W3C TextQuoteSelector + TextPositionSelector on a page text: built from offsets, and resolved back to
 * offsets — the stored position if the quote is still there, else the exact quote (the occurrence whose
 * context and position fit best), else a fuzzy match near the stored position. Null means an orphan.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../../data/snippet-types';
import { fuzzySearch } from './fuzzy';

export const CONTEXT_CHARS = 32;
/** Share of the quote's length that may differ in a fuzzy match. */
export const FUZZY_TOLERANCE = 0.2;
/** Quotes longer than this are placed fuzzily by their two ends (the fuzzy search costs quote × window). */
export const FUZZY_MAX_QUOTE = 300;
const EDGE = 150;
const SLACK = 2000;
const MAX_OCCURRENCES = 200;

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

export function describeRange(text: string, start: number, end: number, context = CONTEXT_CHARS): Selectors {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - context), s), suffix: text.slice(e, e + context) },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** How many characters of `a`'s end match `b`'s end (`fromEnd`), or of their starts. */
function sharedLength(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && (fromEnd ? a[a.length - 1 - k] === b[b.length - 1 - k] : a[k] === b[k])) k++;
  return k;
}

function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return sharedLength(before, quote.prefix, true) + sharedLength(after, quote.suffix, false);
}

function exactAnchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Anchor | null {
  const { exact } = quote;
  const hits: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && hits.length < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1)) hits.push(i);
  if (hits.length === 0) return null;
  let best = hits[0] ?? 0;
  let bestScore = -Infinity;
  for (const at of hits) {
    // Context decides; the distance to the stored position breaks ties.
    const score = contextScore(text, at, at + exact.length, quote) * 1e7 - Math.abs(at - position.start);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return { start: best, end: best + exact.length, method: best === position.start ? 'position' : 'exact' };
}

function fuzzyAnchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Anchor | null {
  const { exact } = quote;
  if (exact.length > FUZZY_MAX_QUOTE) return edgesAnchor(text, exact, position);
  const maxErrors = Math.floor(exact.length * FUZZY_TOLERANCE);
  if (maxErrors === 0) return null;
  const from = Math.max(0, position.start - SLACK);
  const to = Math.min(text.length, position.end + SLACK);
  const hit = fuzzySearch(text, exact, maxErrors, from, to, position.start);
  return hit ? { start: hit.start, end: hit.end, method: 'fuzzy' } : null;
}

/** A long quote: its first and last characters, each fuzzily, near where they were; the span must still fit. */
function edgesAnchor(text: string, exact: string, position: TextPositionSelector): Anchor | null {
  const maxErrors = Math.floor(EDGE * FUZZY_TOLERANCE);
  const give = Math.floor(exact.length * FUZZY_TOLERANCE);
  const head = fuzzySearch(text, exact.slice(0, EDGE), maxErrors, Math.max(0, position.start - SLACK), Math.min(text.length, position.start + EDGE + SLACK), position.start);
  if (!head) return null;
  const tailAt = head.start + exact.length - EDGE;
  const tail = fuzzySearch(text, exact.slice(-EDGE), maxErrors, Math.max(head.end, tailAt - give), Math.min(text.length, tailAt + EDGE + give), tailAt);
  if (!tail || Math.abs(tail.end - head.start - exact.length) > give) return null;
  return { start: head.start, end: tail.end, method: 'fuzzy' };
}

export function anchorQuote(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Anchor | null {
  if (!quote.exact) return null;
  return exactAnchor(text, quote, position) ?? fuzzyAnchor(text, quote, position);
}
