/**
 * Text folding for search (pure, DOM-free). fuse.js lower-cases with `toLowerCase()`, which turns the
 * Turkish `İ` into `i̇` and leaves `ı` alone (Fuse issue 701), so we fold both the indexed fields and the
 * query ourselves and let Fuse compare plain folded strings.
 *
 * Folding: lower case with Turkish/Azerbaijani İ I ı → i, ə → e; diacritics removed (NFD, combining marks
 * dropped; this also drops Arabic harakat and the hamza of أ/إ/آ); a few letters NFD does not split
 * (ß ø ł đ æ œ, ة ى); every dash and hyphen variant → `-`, every apostrophe variant → `'`; invisible
 * characters (soft hyphen, zero-width, tatweel) vanish; whitespace collapses to one space and is trimmed.
 */

const SPECIAL: Record<string, string> = {
  İ: 'i', I: 'i', ı: 'i', Ə: 'e', ə: 'e', ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l',
  đ: 'd', Đ: 'd', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ة: 'ه', ى: 'ي',
};
const DASHES = /^[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]$/u;
const APOSTROPHES = /^['’‘ʼʻ`´′‛ʹ＇]$/u;
const INVISIBLE = /^[\u00ad\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]$/u;
const WHITESPACE = /^\s$/u;
const MARKS = /\p{M}/gu;

/** `' '` for whitespace (collapsed later), `''` for dropped characters, else the folded characters. */
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out: string;
  if (SPECIAL[ch] !== undefined) out = SPECIAL[ch];
  else if (WHITESPACE.test(ch)) out = ' ';
  else if (INVISIBLE.test(ch)) out = '';
  else if (DASHES.test(ch)) out = '-';
  else if (APOSTROPHES.test(ch)) out = "'";
  else out = ch.toLowerCase().normalize('NFD').replace(MARKS, '');
  cache.set(ch, out);
  return out;
}

export interface FoldedText {
  /** The folded string. */
  text: string;
  /**
   * For each code unit of `text`, the offset in the source where the character that produced it starts;
   * one extra entry at the end holds the source offset just past the last kept character.
   */
  origin: number[];
}

function fold(source: string, origin: number[] | null): string {
  let out = '';
  let pendingSpace = -1;
  let end = 0;
  let offset = 0;
  for (const ch of source) {
    const folded = foldChar(ch);
    if (folded === ' ') {
      if (pendingSpace < 0 && out.length > 0) pendingSpace = offset;
    } else if (folded !== '') {
      if (pendingSpace >= 0) {
        out += ' ';
        origin?.push(pendingSpace);
        pendingSpace = -1;
      }
      for (let i = 0; i < folded.length; i += 1) origin?.push(offset);
      out += folded;
      end = offset + ch.length;
    }
    offset += ch.length;
  }
  origin?.push(end);
  return out;
}

/** Folds text for search: the same function runs over indexed fields and over the query. */
export function foldForSearch(source: string): string {
  return fold(source, null);
}

/** Folds text and keeps, for every folded code unit, where it came from (to highlight the original). */
export function foldWithOrigin(source: string): FoldedText {
  const origin: number[] = [];
  const text = fold(source, origin);
  return { text, origin };
}

/** Maps an inclusive range `[start, end]` of folded text to a half-open range `[from, to)` of the source. */
export function toSourceRange(folded: FoldedText, start: number, end: number): [number, number] {
  const from = folded.origin[start] ?? 0;
  const next = folded.origin[end + 1] ?? folded.origin[folded.origin.length - 1] ?? from + 1;
  return [from, Math.max(next, from + 1)];
}
