import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD } from '../../core/mentions/chars';
import { normalizeScratch } from '../../core/mentions/normalize';
import { gram, jumpTo, QUAD_AT, QUAD_END_AT, QUAD_SHIFT, SIX_SHIFT, TRI_AT, TRI_END_AT, TRI_SHIFT } from '../../core/mentions/prefix-table';
import { buildTrie, childOf, patternAt, type Trie } from '../../core/mentions/trie';

/** Walks `text` from the root: the node reached, or 0 where the trie has no such path. */
function nodeOf(t: Trie, text: string): number {
  let v = 0;
  for (let k = 0; k < text.length && (k === 0 || v !== 0); k++) v = childOf(t, v, t.symOf[text.charCodeAt(k)]!);
  return v;
}

/** Many patterns over a small alphabet: crowded upper levels, long shared prefixes, every node kind. */
const patterns = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', ' ', 'я', 'ب'), minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 400 });

describe('trie', () => {
  it('finds every pattern under its sorted index, and nothing else', () => {
    fc.assert(
      fc.property(patterns, fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'я'), maxLength: 7 })), (list, probes) => {
        const sorted = [...list].sort();
        const t = buildTrie(sorted);
        sorted.forEach((p, id) => expect(patternAt(t, nodeOf(t, p))).toBe(id));
        for (const q of probes) {
          const v = nodeOf(t, q);
          expect(v !== 0 && patternAt(t, v) >= 0).toBe(sorted.includes(q));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('jumps to the same third- and fourth-level nodes as the walk, and marks where patterns end', () => {
    fc.assert(
      fc.property(patterns, (list) => {
        const sorted = [...list].sort();
        const t = buildTrie(sorted);
        const prefixes = new Set(sorted.flatMap((p) => [p.slice(0, 3), p.slice(0, 4)]).filter((p) => p.length >= 3));
        for (const p of prefixes) {
          const s = [...p].map((c) => t.symOf[c.charCodeAt(0)]!);
          const pair = s[0]! * t.width + s[1]!;
          const n3 = jumpTo(t.jump, pair, s[2]! * t.width);
          expect(Math.abs(n3)).toBe(nodeOf(t, p.slice(0, 3)));
          expect(n3 < 0).toBe(sorted.includes(p.slice(0, 3)));
          if (p.length < 4) continue;
          const n4 = jumpTo(t.jump, pair, s[2]! * t.width + s[3]!);
          expect(Math.abs(n4)).toBe(nodeOf(t, p));
          expect(n4 < 0).toBe(sorted.includes(p));
        }
        const [a, b] = [t.symOf[0x61]!, t.symOf[0x62]!];
        if (!prefixes.has('aab')) expect(jumpTo(t.jump, a * t.width + a, b * t.width)).toBe(0); // a prefix no pattern has
      }),
      { numRuns: 150 },
    );
  });
});

describe('first-two-level table', () => {
  it('says where the first one or two units reach a node, and whether a pattern ends there', () => {
    fc.assert(
      fc.property(patterns, (list) => {
        const sorted = [...list].sort();
        const t = buildTrie(sorted);
        const units = ['a', 'b', 'c', 'd', 'e', ' ', 'я', 'ب', 'x'];
        const state = (p: string): number => (nodeOf(t, p) === 0 ? 0 : sorted.includes(p) ? 2 : 1);
        for (const a of units) {
          const s1 = t.symOf[a.charCodeAt(0)]!;
          expect(t.starts[s1]).toBe(s1 === 0 ? 0 : state(a));
          if (s1 === 0) continue;
          for (const b of units) expect(t.starts[s1 * t.width + t.symOf[b.charCodeAt(0)]!]).toBe(state(a + b));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('prefix bitsets', () => {
  const marked = (bits: Uint32Array, at: number): boolean => (bits[at >>> 5]! & (1 << (at & 31))) !== 0;

  it('mark the first three to six units of every pattern, and where a pattern of three or four ends (the scanner skips what is not marked)', () => {
    fc.assert(
      fc.property(patterns, (list) => {
        const sorted = [...list].sort();
        const t = buildTrie(sorted);
        for (const p of sorted.filter((x) => x.length >= 3)) {
          const s = [...p.slice(0, 6)].map((c) => t.symOf[c.charCodeAt(0)]!);
          const x3 = gram(s[0]! * t.width + s[1]!, s[2]!);
          expect(marked(t.grams, TRI_AT + (x3 >>> TRI_SHIFT))).toBe(true);
          if (p.length === 3) expect(marked(t.grams, TRI_END_AT + (x3 >>> TRI_SHIFT))).toBe(true);
          if (p.length < 4) continue;
          const x4 = gram(x3, s[3]!);
          expect(marked(t.grams, QUAD_AT + (x4 >>> QUAD_SHIFT))).toBe(true);
          if (p.length === 4) expect(marked(t.grams, QUAD_END_AT + (x4 >>> QUAD_SHIFT))).toBe(true);
          if (p.length < 5) continue;
          expect(marked(t.grams, gram(gram(x4, s[4]!), p.length === 5 ? 0 : s[5]!) >>> SIX_SHIFT)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('leave prefixes that begin no pattern unmarked but for rare collisions', () => {
    const letters = [...'abcdefgh'];
    const all = letters.flatMap((a) => letters.flatMap((b) => letters.map((c) => a + b + c)));
    const t = buildTrie(all.filter((w) => 'abcd'.includes(w[0]!)).sort());
    const probes = all.filter((w) => 'efgh'.includes(w[0]!));
    const hits = probes.filter((w) => {
      const s = [...w].map((c) => t.symOf[c.charCodeAt(0)]!);
      return marked(t.grams, TRI_AT + (gram(s[0]! * t.width + s[1]!, s[2]!) >>> TRI_SHIFT));
    });
    expect(hits.length).toBeLessThan(5); // 256 marked bits of 2^17: a collision per 512 probes on average
  });
});

describe('word heads', () => {
  const text = fc.array(fc.constantFrom('Ab', 'cd', ' ', '  ', '.', '(', 'KarsDemir', 'ß', '\u00ad', '-', 'я', 'ب', '😀', '’', '5'), { maxLength: 30 }).map((parts) => parts.join(''));

  it('are exactly the positions after a non-word unit', () => {
    fc.assert(
      fc.property(text, (input) => {
        const n = normalizeScratch(input);
        const expected: number[] = [];
        for (let i = 0; i < n.units.length; i++) if (i === 0 || WORD[n.units[i - 1]!] !== 1) expected.push(i);
        expect(Array.from(n.heads.subarray(0, n.headCount))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
