import { describe, expect, it } from 'vitest';
import { buildShortIndex, shortCandidates } from '../../core/search-short';
import { buildTrigramIndex, trigramCandidates } from '../../core/search-prefilter';

const FIELDS = [
  ['hakan fidan', 'fidan'],
  ['ha'],
  ['organization of turkic states', 'ots', 'turkic council'],
  ['ahmed al-sharaa', 'al-jolani'],
  ['socar', 'state oil company of azerbaijan'],
  ['hayat tahrir al-sham', 'hts'],
];

/** The ranking the index precomputes, done the slow way: exact, prefix, word start; shorter names first. */
function bruteForce(q: string): number[] {
  const rank = (fields: string[]) => {
    let best = Infinity;
    for (const f of fields) {
      const kind = f === q ? 0 : f.startsWith(q) ? 1 : new RegExp(`(^|[^\\p{L}\\p{N}])${q}`, 'u').test(f) ? 2 : Infinity;
      best = Math.min(best, kind * 1000 + (fields[0]?.length ?? 0));
    }
    return best;
  };
  return FIELDS.map((f, doc) => ({ doc, r: rank(f) }))
    .filter((x) => x.r < Infinity)
    .sort((a, b) => a.r - b.r || a.doc - b.doc)
    .map((x) => x.doc);
}

describe('short-query candidate index', () => {
  const index = buildShortIndex(FIELDS.length, (i) => FIELDS[i] ?? [], 40);

  it.each(['h', 'ha', 'o', 'ot', 's', 'sh', 'a', 'al', 'fi', 'j', 'x'])('ranks "%s" like a full scan would', (q) => {
    expect(shortCandidates(index, q)).toEqual(bruteForce(q));
  });

  it('keeps only the best `max` documents per key', () => {
    expect(shortCandidates(buildShortIndex(FIELDS.length, (i) => FIELDS[i] ?? [], 2), 'h')).toEqual(bruteForce('h').slice(0, 2));
  });
});

describe('trigram prefilter', () => {
  it('returns the documents sharing most trigrams first', () => {
    const index = buildTrigramIndex(['sharaa', 'shara', 'sharp', 'bank']);
    expect(trigramCandidates(index, 'sharaa', 10)).toEqual([0, 1, 2]);
    expect(trigramCandidates(index, 'sharaa', 2)).toEqual([0, 1]);
  });
});
