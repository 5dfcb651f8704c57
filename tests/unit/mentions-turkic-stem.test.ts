import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAlias } from '../../core/mentions/normalize';
import { mayBeTurkicSuffix, stemWithTurkicSuffix } from '../../core/mentions/turkic';

/** The plain reading of stemWithTurkicSuffix: every split with a suffix of up to seven units, shortest first. */
function plainStemWithSuffix(units: Uint16Array, from: number, word: string, minStem: number, isStem: (stem: string) => boolean): boolean {
  for (let k = word.length - 1; k >= minStem && k >= word.length - 7; k--) {
    if (mayBeTurkicSuffix(units, from + k, from + word.length) && isStem(word.slice(0, k))) return true;
  }
  return false;
}

/** Letters of the suffixes and a few others, so that words often end in a suffix or in part of one. */
const LETTERS = ['a', 'e', 'i', 'u', 'ı', 'ə', 'd', 't', 'n', 'l', 'r', 's', 'y', 'k', 'm', 'b', 'ш', 'ا', '1'];
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 14 }).map((ls) => normalizeAlias(ls.join(''))).filter((w) => w.length > 0 && !w.includes(' '));

describe('stemWithTurkicSuffix', () => {
  it('stops early only where no longer suffix can follow: same answers as trying every split', () => {
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (w, minStem, pad, keep) => {
        const text = `${'x'.repeat(pad)}${w} `;
        const units = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
        const isStem = (stem: string): boolean => stem.length % 4 !== keep;
        expect(stemWithTurkicSuffix(units, pad, w, minStem, isStem)).toBe(plainStemWithSuffix(units, pad, w, minStem, isStem));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the stem of inflected words and not of bare ones', () => {
    const cases: [string, boolean][] = [['prezidentinin', true], ['merkezinde', true], ['prezident', false], ['kitab', false]];
    for (const [w, yes] of cases) {
      const units = Uint16Array.from(w, (ch) => ch.charCodeAt(0));
      expect(stemWithTurkicSuffix(units, 0, w, 2, (stem) => stem === 'prezident' || stem === 'merkez'), w).toBe(yes);
    }
  });
});
