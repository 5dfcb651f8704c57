import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, deserializeMatcher, findMentions, resolveMentions, scanBlocks, serializeMatcher } from '../../core/mentions';
import { scanBlock } from '../../core/mentions/scan';
import { normalizeScratch, normalizeText, textOf } from '../../core/mentions/normalize';
import type { Entity } from '../../data/types';

const ALIASES = ['Hakan Fidan', 'Fidan', 'Bakü-Tiflis-Kars', 'SOCAR', 'Ахмад аш-Шараа', 'Асад', 'أحمد الشرع', 'الشرع', 'Şərifov', 'Nagorno-Karabakh'];

const ENTITIES: Entity[] = ALIASES.map((text, i) => ({
  id: `e${i}`, name: text, type: i % 2 ? 'person' : 'place', summary: '-', cues: ['syria'], facts: [], related: [],
  aliases: [{ text, case: text === 'SOCAR' ? 'exact' : 'fold', link: i % 3 === 0 ? 'always' : 'context' }],
}));
const m = compileMatcher(ENTITIES);

/** Text mixing names, their pieces, inflections, every script and the characters normalisation touches. */
const PIECES = [...ALIASES, "'ın", 'un', 'а', 'ом', 'لل', 'و', ' ', '  ', '\n', '–', '-', '’', 'ـ', 'َ', '\u00ad', '\u200b', 'ß', 'ẞ', 'İ', 'ı', 'ё', 'Syria', '(', ')', '«', '»', '.', 'S.', '😀', 'x', 'KarsDemir'];
const pageText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));
const page = fc.array(pageText, { minLength: 1, maxLength: 4 });

describe('offsets', () => {
  it('always slice the original block to the reported surface, in order and without overlap', () => {
    fc.assert(
      fc.property(page, (blocks) => {
        findMentions(m, blocks).forEach((list, i) => {
          let last = 0;
          for (const x of list) {
            expect(x.start).toBeGreaterThanOrEqual(last);
            expect(x.end).toBeGreaterThan(x.start);
            expect(blocks[i]!.slice(x.start, x.end)).toBe(x.surface);
            last = x.end;
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('of normalised units never decrease and stay inside the original', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const n = normalizeText(text);
        expect(n.start.length).toBe(n.units.length + 1);
        for (let k = 0; k < n.units.length; k++) {
          expect(n.start[k]!).toBeLessThanOrEqual(n.start[k + 1]!);
          expect(n.start[k]!).toBeLessThan(text.length);
        }
        expect(n.start[n.units.length]).toBe(text.length);
      }),
      { numRuns: 400 },
    );
  });
});

describe('equivalences', () => {
  it('the scanner’s allocation-free normalisation equals the allocating one', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const a = normalizeText(text);
        const b = normalizeScratch(text);
        expect(Array.from(b.units)).toEqual(Array.from(a.units));
        expect(Array.from(b.start)).toEqual(Array.from(a.start));
      }),
      { numRuns: 400 },
    );
  });

  it('a serialised and reloaded matcher finds the same mentions', () => {
    const loaded = deserializeMatcher(serializeMatcher(m));
    fc.assert(
      fc.property(page, (blocks) => {
        expect(findMentions(loaded, blocks)).toEqual(findMentions(m, blocks));
      }),
      { numRuns: 200 },
    );
  });

  it('reporting each cue word once per scan call (in batches of any size) resolves like scanning block by block', () => {
    fc.assert(
      fc.property(page, fc.integer({ min: 0, max: 4 }), (blocks, cut) => {
        const perBlock = resolveMentions(blocks, blocks.map((b) => scanBlock(m, b)));
        const batched = [...scanBlocks(m, blocks.slice(0, cut)), ...scanBlocks(m, blocks.slice(cut))];
        expect(resolveMentions(blocks, batched)).toEqual(perBlock);
      }),
      { numRuns: 300 },
    );
  });

  it('a dictionary of many aliases sharing long prefixes finds each of them (pattern sort and trie layout)', () => {
    const word = fc.string({ unit: fc.constantFrom('ka', 'ra', 'kar', 'a', 'ş', 'ə', 'ов', 'ال', 'ш'), minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, word).map(([a, b]) => `${a} ${b}`), { minLength: 1, maxLength: 300 }), (names) => {
        const entities: Entity[] = names.map((text, i) => ({
          id: `n${i}`, name: text, type: 'organization', summary: '-', cues: [], facts: [], related: [], aliases: [{ text, case: 'fold', link: 'always' }],
        }));
        const dict = compileMatcher(entities);
        const byForm = new Map(names.map((n) => [textOf(normalizeText(n)), n]));
        for (const text of names) {
          const [found] = findMentions(dict, [`— ${text} —`]);
          // Names that fold to the same form are one pattern: any of their entities may be reported.
          expect(found?.map((x) => byForm.get(textOf(normalizeText(x.surface))))).toEqual([byForm.get(textOf(normalizeText(text)))]);
          expect(found?.[0]?.start).toBe(2);
          expect(found?.[0]?.end).toBe(2 + text.length);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('every alias standing alone on a page with a cue is found whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALIASES.map((a, i) => [a, i] as const)), ([alias, i]) => {
        const [found] = findMentions(m, [`Syria: ${alias} .`]);
        expect(found).toEqual([{ start: 7, end: 7 + alias.length, surface: alias, entity: `e${i}` }]);
      }),
    );
  });
});
