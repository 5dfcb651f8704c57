/**
 * The candidate index for queries of one or two characters (pure, DOM-free). Such a query only matches
 * names and aliases with a word starting with it, and its ranking does not depend on anything but the
 * document and the query: exact name/alias first, then a name/alias starting with it, then a word inside
 * one, shorter names first. So the best `max` documents of every possible one- and two-character word
 * start are computed once, when the index is built, and a keystroke is a map lookup.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Rank = kind × KIND_STEP + name length; the document number is packed below it for one numeric sort. */
const KIND_STEP = 1000;
const DOC_SPACE = 2 ** 21;

export type ShortIndex = Map<string, Int32Array>;

/** `fields(doc)` gives the folded name first, then the folded aliases. */
export function buildShortIndex(count: number, fields: (doc: number) => readonly string[], max: number): ShortIndex {
  const keyed = new Map<string, number[]>();
  const add = (key: string, rank: number, doc: number) => {
    const packed = Math.min(rank, 2 ** 20) * DOC_SPACE + doc;
    const list = keyed.get(key);
    if (list) list.push(packed);
    else keyed.set(key, [packed]);
  };
  for (let doc = 0; doc < count; doc += 1) {
    const all = fields(doc);
    const nameLength = Math.min(all[0]?.length ?? 0, KIND_STEP - 1);
    for (const field of all) {
      for (let at = 0; at < field.length; at += 1) {
        if (at > 0 && WORD_CHAR.test(field[at - 1] ?? '')) continue;
        for (const len of [1, 2]) {
          if (at + len > field.length) continue;
          const key = field.slice(at, at + len);
          const kind = field === key ? 0 : at === 0 ? 1 : 2;
          add(key, kind * KIND_STEP + nameLength, doc);
        }
      }
    }
  }
  const index: ShortIndex = new Map();
  for (const [key, list] of keyed) {
    const sorted = Float64Array.from(list).sort();
    const docs: number[] = [];
    const seen = new Set<number>();
    for (let i = 0; i < sorted.length && docs.length < max; i += 1) {
      const doc = (sorted[i] ?? 0) % DOC_SPACE;
      if (seen.has(doc)) continue;
      seen.add(doc);
      docs.push(doc);
    }
    index.set(key, Int32Array.from(docs));
  }
  return index;
}

/** The prebuilt candidates of a one- or two-character folded query, best first. */
export function shortCandidates(index: ShortIndex, foldedQuery: string): number[] {
  return Array.from(index.get(foldedQuery) ?? []);
}
