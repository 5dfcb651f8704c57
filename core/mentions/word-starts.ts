/**
 * A first test for the word lists of the context rules: the first two units of a word, as one number. A word in
 * text whose start is not among the starts of a list's words is not in the list, which is told without making
 * its string; most words next to a name are in none of these lists.
 */
import { WORD } from './chars';
import { normalizeAlias } from './normalize';

const W = WORD;

/** The first two units of the word at `from` (normalised units) as one number: the second 0 after a one-unit word. */
export function startOf(u: Uint16Array, from: number): number {
  return u[from]! * 0x10000 + (W[u[from + 1] ?? 0] === 1 ? u[from + 1]! : 0);
}

/** The starts (`startOf`) of a list's words. */
export function startsOf(words: Iterable<string>): Set<number> {
  const starts = new Set<number>();
  for (const w of words) starts.add(w.charCodeAt(0) * 0x10000 + (w.length > 1 ? w.charCodeAt(1) : 0));
  return starts;
}

/** A word list written as text (words separated by white space), normalised as text is: the rules' lists. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => normalizeAlias(w)));
}
