import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../core/mentions';
import { PROCLITIC_FIRST, PROCLITIC_SECOND } from '../../core/mentions/chars';
import { mayBegin, nextHead } from '../../core/mentions/heads';
import { CARRIED, flagsOf, packRecord, recFlags, recordOf, upperFirstPatterns } from '../../core/mentions/pattern-records';
import { normalizeScratch } from '../../core/mentions/normalize';
import { buildTrie, childOf, UPPER, type Trie } from '../../core/mentions/trie';
import { F_CUE, F_EXACT } from '../../core/mentions/types';
import type { Alias, Entity } from '../../data/types';

/** The node `text` leads to from the root, or 0. */
function nodeOf(t: Trie, text: string): number {
  let v = 0;
  for (let k = 0; k < text.length && (k === 0 || v !== 0); k++) v = childOf(t, v, t.symOf[text.charCodeAt(k)]!);
  return v;
}

const flagged = (t: Trie, v: number): boolean => ((t.node[v]! >>> t.flagShift) & UPPER) !== 0;

describe('upper-case-first subtrees', () => {
  const patterns = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'я'), minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 200 });

  it('are flagged exactly where every pattern at or below the node needs an upper-case first letter', () => {
    fc.assert(
      fc.property(patterns, fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }), (list, upper) => {
        const sorted = [...list].sort();
        const upperFirst = Uint8Array.from(sorted, (_, id) => (upper[id] ? 1 : 0));
        const t = buildTrie(sorted, undefined, upperFirst);
        const prefixes = new Set(sorted.flatMap((p) => [...p].map((_, k) => p.slice(0, k + 1))));
        for (const q of prefixes) {
          const below = sorted.filter((p) => p.startsWith(q));
          expect(flagged(t, nodeOf(t, q))).toBe(below.every((p) => upperFirst[sorted.indexOf(p)] === 1));
        }
        const plain = buildTrie(sorted);
        for (const q of prefixes) expect(flagged(plain, nodeOf(plain, q))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  const entity = (id: string, aliases: [string, Alias['case']][]): Entity => ({
    id, name: id, type: 'organization', summary: '-', cues: [], facts: [], related: [],
    aliases: aliases.map(([text, kase]) => ({ text, case: kase, link: 'always' })),
  });

  it.each([
    ['an exact-case acronym', [['SECT', 'exact']], 1],
    ['an exact-case alias with a lower-case first letter', [['iSect', 'exact']], 0],
    ['an alias in any case', [['Sect', 'fold']], 0],
  ] as const)('mark the patterns of %s: %s', (_, aliases, expected) => {
    const m = compileMatcher([entity('x', aliases.map(([a, k]) => [a, k]))]);
    expect(Array.from(upperFirstPatterns(m.patRec, m.multi, m.recs, m.recMask, m.masks))).toEqual([expected]);
  });

  it('leave a pattern unmarked when one of its records takes any case', () => {
    const m = compileMatcher([entity('a', [['SECT', 'exact']]), entity('b', [['sect', 'fold']])]);
    expect(Array.from(upperFirstPatterns(m.patRec, m.multi, m.recs, m.recMask, m.masks))).toEqual([0]);
  });

  it.each([
    ['lower-case text does not stop before a longer alias in any case', 'the sector report', ['sector=b']],
    ['an acronym in capitals still matches', 'the SECT report', ['SECT=a']],
    ['lower-case text stops at the acronym', 'a sect of them', []],
    ['lower-case text stops inside an acronym-only subtree', 'a sectx of them', []],
    ['a capitalised word is walked on and checked letter by letter', 'Sect leaders', []],
  ])('scanning: %s', (_, text, expected) => {
    const m = compileMatcher([entity('a', [['SECT', 'exact'], ['SECTX', 'exact']]), entity('b', [['sector', 'fold']])]);
    expect(findMentions(m, [text])[0]!.map((x) => `${x.surface}=${x.entity}`)).toEqual(expected);
  });
});

describe('the skip loop on Arabic words', () => {
  const letters = ['ب', 'ك', 'ل', 'و', 'ف', 'ا', 'س', 'د'];
  const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 6 }).map((w) => w.join(''));

  it('keeps every head where a pattern starts at the word start or after its proclitics', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), fc.array(word, { maxLength: 30 }), (list, words) => {
        const sorted = [...list].sort();
        const t = buildTrie(sorted);
        const n = normalizeScratch(words.join(' '));
        const u = n.units;
        const text = String.fromCharCode(...u);
        const starts = (at: number): boolean => sorted.some((p) => text.startsWith(p, at));
        const kept = new Set<number>();
        for (let j = nextHead(t, u, n.heads, n.headCount, 0); j < n.headCount; j = nextHead(t, u, n.heads, n.headCount, j + 1)) kept.add(j);
        for (let j = 0; j < n.headCount; j++) {
          const i = n.heads[j]!;
          const c0 = u[i]!;
          const first = PROCLITIC_FIRST.has(c0);
          const second = PROCLITIC_SECOND.has(c0);
          const found = starts(i) || ((first || second) && starts(i + 1)) || (first && PROCLITIC_SECOND.has(u[i + 1]!) && starts(i + 2));
          if (found) expect(kept.has(j)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps exactly the other heads where `mayBegin` holds (the loop tests it inline)', () => {
    const latin = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 7 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(latin, { minLength: 1, maxLength: 40 }), fc.array(latin, { maxLength: 30 }), (list, words) => {
        const t = buildTrie([...list].sort());
        const n = normalizeScratch(words.join(' '));
        const kept: number[] = [];
        for (let j = nextHead(t, n.units, n.heads, n.headCount, 0); j < n.headCount; j = nextHead(t, n.units, n.heads, n.headCount, j + 1)) kept.push(j);
        const expected = Array.from(n.heads.subarray(0, n.headCount)).flatMap((i, j) => (mayBegin(t, n.units, i) ? [j] : []));
        expect(kept).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('skips an Arabic word that no pattern can start in', () => {
    const t = buildTrie(['سدا']);
    const n = normalizeScratch('ببب سدا وسدا ددد');
    const kept: number[] = [];
    for (let j = nextHead(t, n.units, n.heads, n.headCount, 0); j < n.headCount; j = nextHead(t, n.units, n.heads, n.headCount, j + 1)) kept.push(j);
    expect(kept).toEqual([1, 2]);
  });
});

describe('pattern records', () => {
  it('carry the record id and the flags a walk tests, whatever the other flag bits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (1 << 21) - 1 }), fc.integer({ min: 0, max: 0xffff }), (rec, flags) => {
        const packed = packRecord(rec, flags);
        expect(packed).toBeGreaterThanOrEqual(0);
        expect(recordOf(packed)).toBe(rec);
        expect(flagsOf(packed)).toBe(flags & CARRIED);
      }),
      { numRuns: 500 },
    );
    expect(CARRIED & (F_EXACT | F_CUE)).toBe(F_EXACT | F_CUE);
  });

  it('of a compiled matcher point to records with those flags', () => {
    const people: Entity[] = ['Hakan Fidan', 'Ахмад аш-Шараа', 'أحمد الشرع', 'Şərifov'].map((text, i) => ({
      id: `p${i}`, name: text, type: 'person', summary: '-', cues: ['нефть', 'oil'], facts: [], related: [],
      aliases: [{ text, case: 'fold', link: 'always' }, { text: text.split(' ').pop()!, case: 'fold', link: 'after-full' }, { text: 'SOCAR', case: 'exact', link: 'context' }],
    }));
    const m = compileMatcher(people);
    let single = 0;
    for (const r of m.patRec) {
      if (r < 0) continue;
      single++;
      expect(flagsOf(r)).toBe(recFlags(m.recs, recordOf(r)) & CARRIED);
    }
    expect(single).toBeGreaterThan(10);
  });
});
