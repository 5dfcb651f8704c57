/**
 * Rank over a bitset: how many bits are set before a given one, in constant time. The trie numbers its patterns
 * by the rank of their end nodes, so a pattern id costs no array of its own.
 */

export function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Bitset words paired with a running count: [count before word 0, word 0, count before word 1, …]. */
export function ranked(bits: Uint32Array): Int32Array {
  const out = new Int32Array(bits.length * 2);
  let r = 0;
  for (let w = 0; w < bits.length; w++) {
    out[2 * w] = r;
    out[2 * w + 1] = bits[w]!;
    r += popcount(bits[w]!);
  }
  return out;
}

/** Rank of bit `i` in a `ranked` array: set bits before it. */
export function rankOf(pairs: Int32Array, i: number): number {
  const w = i >>> 5;
  return pairs[2 * w]! + popcount(pairs[2 * w + 1]! & ((1 << (i & 31)) - 1));
}

export function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] = bits[i >>> 5]! | (1 << (i & 31));
}
