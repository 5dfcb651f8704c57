/** Where walks start: the scanner's hot loop over the word heads the normaliser listed (the walks are in `scan.ts`). */
import { jumpTo, sixBit } from './prefix-table';
import { TERM, type Trie } from './trie';

// Module-local copies of imported bindings: some loaders (tsx) compile imports to getter calls, which would
// sit in the hot loop.
const TERM_FLAG = TERM;
const jumpOf = jumpTo;
const six = sixBit;

/**
 * The hot loop: the next head (a position after a non-word unit, listed by the normaliser) where a walk can find
 * something — a pattern ends within its first four units (exact look-ups in `root`, `pairs` and `jump`), or
 * one may end at the fifth or begin with the first six (the `sixes` bitset), or it starts an Arabic word
 * (proclitics). Everything else is skipped here without a call. Returns an index in `heads`.
 */
export function nextHead(t: Trie, u: Uint16Array, heads: Int32Array, count: number, from: number): number {
  const { symOf, root, pairs, pairEnds, jump, sixes, width, node, flagShift } = t;
  const term = TERM_FLAG;
  const n = u.length;
  for (let j = from; j < count; j++) {
    const i = heads[j]!;
    const c = u[i]!;
    if (c >= 0x600 && c <= 0x6ff) return j;
    const s1 = symOf[c]!;
    if (s1 === 0) continue;
    const r = root[s1]!;
    if (r === 0) continue;
    if ((node[r]! >>> flagShift) & term) return j;
    if (i + 1 >= n) continue;
    const pair = s1 * width + symOf[u[i + 1]!]!;
    if (pairs[pair] === 0) continue;
    if (pairEnds[pair] === 1) return j;
    if (i + 2 >= n) continue;
    const s3 = symOf[u[i + 2]!]!;
    const n3 = s3 === 0 ? 0 : jumpOf(jump, pair, s3 * width);
    if (n3 === 0) continue;
    if (n3 < 0) return j;
    if (i + 3 >= n) continue;
    const s4 = symOf[u[i + 3]!]!;
    const n4 = s4 === 0 ? 0 : jumpOf(jump, pair, s3 * width + s4);
    if (n4 === 0) continue;
    if (n4 < 0) return j;
    if (i + 4 >= n) continue;
    const s5 = symOf[u[i + 4]!]!;
    if (s5 === 0) continue;
    const b5 = six(n4, s5, 0);
    if ((sixes[b5 >>> 5]! & (1 << (b5 & 31))) !== 0) return j;
    if (i + 5 >= n) continue;
    const s6 = symOf[u[i + 5]!]!;
    if (s6 === 0) continue;
    const b6 = six(n4, s5, s6);
    if ((sixes[b6 >>> 5]! & (1 << (b6 & 31))) !== 0) return j;
  }
  return count;
}
