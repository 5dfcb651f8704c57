/**
 * A cheap candidate prefilter for search (pure, DOM-free): a trigram inverted index over each document's
 * folded short text. fuse.js ranks well but scans every document per keystroke (tens to hundreds of ms
 * over thousands of entities), so for large fact bases only the documents sharing enough trigrams with
 * the query go to Fuse. Trigrams are taken over words (anything but letters and digits separates words),
 * with a leading space so a word start is a trigram of its own. Typos keep most trigrams: `sharra` shares
 * ` sh`, `sha`, `har` with `sharaa`.
 */

export interface TrigramIndex {
  /** Trigram hash → ascending document numbers holding it (a collision only adds candidates). */
  postings: Map<number, number[]>;
  size: number;
}

const GRAM_MASK = 0xfffff;
const SPACE = 32;

/** Letters and digits stand for themselves; ASCII punctuation and spaces separate words. */
function unitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 128 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
  return SPACE;
}

/**
 * The hashes (small integers) of the word trigrams of a folded text: words are separated by one space and
 * the text starts with one, so a word start is a trigram of its own; `padEnd` adds a final space.
 */
function gramsOf(text: string, padEnd: boolean): number[] {
  const grams: number[] = [];
  let a = SPACE;
  let b = -1;
  const visit = (c: number) => {
    if (c === SPACE && (b === SPACE || b === -1)) return;
    if (b !== -1) grams.push(((a * 2053) ^ (b * 37) ^ c) & GRAM_MASK);
    a = b === -1 ? SPACE : b;
    b = c;
  };
  for (let i = 0; i < text.length; i += 1) visit(unitAt(text, i));
  if (padEnd) visit(SPACE);
  return grams;
}

/** Builds the index over already folded texts, one per document. */
export function buildTrigramIndex(texts: readonly string[]): TrigramIndex {
  const postings = new Map<number, number[]>();
  texts.forEach((text, doc) => {
    for (const gram of gramsOf(text, true)) {
      const list = postings.get(gram);
      if (!list) postings.set(gram, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  });
  return { postings, size: texts.length };
}

/**
 * Documents sharing at least a quarter of the query's trigrams (and at least one), most shared first,
 * at most `max`. Returns null when the folded query is too short to have a trigram.
 */
export function trigramCandidates(index: TrigramIndex, foldedQuery: string, max: number): number[] | null {
  const grams = new Set(gramsOf(foldedQuery, false));
  if (grams.size === 0) return null;
  const counts = new Uint16Array(index.size);
  const touched: number[] = [];
  for (const gram of grams) {
    for (const doc of index.postings.get(gram) ?? []) {
      if (counts[doc] === 0) touched.push(doc);
      counts[doc] = (counts[doc] ?? 0) + 1;
    }
  }
  const minShared = Math.max(1, Math.ceil(grams.size / 4));
  // Bucket by shared count (at most grams.size buckets) instead of sorting every touched document.
  const buckets: number[][] = Array.from({ length: grams.size + 1 }, () => []);
  for (const doc of touched) {
    const c = counts[doc] ?? 0;
    if (c >= minShared) buckets[c]?.push(doc);
  }
  const out: number[] = [];
  for (let c = grams.size; c >= minShared && out.length < max; c -= 1) {
    const bucket = (buckets[c] ?? []).sort((a, b) => a - b);
    for (let i = 0; i < bucket.length && out.length < max; i += 1) out.push(bucket[i] ?? 0);
  }
  return out;
}
