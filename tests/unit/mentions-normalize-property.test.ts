import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD } from '../../core/mentions/chars';
import { foldOf } from '../../core/mentions/fold-table';
import { letterCase, normalizeAlias, normalizeScratch, normalizeText } from '../../core/mentions/normalize';

/**
 * The normalisation rules written the plain way, one character at a time over `foldOf` (no packed table, no
 * branch-free counting): the fast loops must agree with it on every input.
 */
function reference(input: string): { units: number[]; start: number[]; heads: number[] } {
  const units: number[] = [];
  const start: number[] = [];
  let prevLower = false;
  for (let i = 0; i < input.length; i++) {
    const { out, letter } = foldOf(input.charCodeAt(i));
    if (out === '') continue; // dropped: no trace, not even in the letter-case state
    const lastSpace = units.length === 0 || units[units.length - 1] === 32;
    if (out === ' ' && lastSpace) {
      prevLower = false;
      continue;
    }
    if (letter === 2 && prevLower) {
      units.push(32);
      start.push(i);
    }
    for (let k = 0; k < out.length; k++) {
      units.push(out.charCodeAt(k));
      start.push(i);
    }
    prevLower = letter === 1;
  }
  start.push(input.length);
  // A head is every position at the start or after a non-word unit.
  const heads = units.map((_u, p) => p).filter((p) => p === 0 || WORD[units[p - 1]!] !== 1);
  return { units, start, heads };
}

const PIECES = [
  'Hakan', 'fidan', 'İstanbul', 'ILIK', 'ılık', 'Şərifov', 'Əliyev', 'Müller', 'Ахмад', 'аш', 'Ёлка', 'ё', 'أحمد', 'الشَّرَع',
  'الشـــرع', 'مصطفى', 'مدرسة', '٣', '۵', 'ẞ', 'ß', 'Straße', 'Æ', 'œ', 'KarsDemiryolu', '@HakanFidan', 'aẞ', 'xİ', 'ıI', 'SOCAR',
  '-', '–', '—', '‒', '−', '﹣', "'", '’', '‘', 'ʼ', '`', '´', ' ', '  ', '\n', '\t \n', '\u00a0', '\u3000', '\u2028',
  '\u00ad', '\u200b', '\u200f', '\ufeff', '\u0301', '😀', '\ud83d', '\ude00', '.', ',', '(', '«', '»', '1', 'ǅ', 'ΐ', '\u0345',
];
const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), unit, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('normalisation matches the plain rules', () => {
  it('in the page loop: units, start map and word heads', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (blocks) => {
        for (const block of blocks) {
          const want = reference(block);
          const got = normalizeScratch(block);
          expect(Array.from(got.units)).toEqual(want.units);
          expect(Array.from(got.start)).toEqual(want.start);
          expect(Array.from(got.heads.subarray(0, got.headCount))).toEqual(want.heads);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('in the allocating and alias paths', () => {
    fc.assert(
      fc.property(text, (input) => {
        const want = reference(input);
        const got = normalizeText(input);
        expect(Array.from(got.units)).toEqual(want.units);
        expect(Array.from(got.start)).toEqual(want.start);
        const folded = String.fromCharCode(...want.units);
        expect(normalizeAlias(input)).toBe(folded.endsWith(' ') ? folded.slice(0, -1) : folded);
      }),
      { numRuns: 1000 },
    );
  });

  it('in the letter case of every code unit', () => {
    const names = ['none', 'lower', 'upper'] as const;
    for (let c = 0; c < 0x10000; c++) expect(letterCase(c)).toBe(names[foldOf(c).letter]);
  });
});
