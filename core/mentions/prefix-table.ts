/**
 * The trie's third and fourth levels by their first symbols, in one open-addressing table: a walk jumps from
 * the first two units (the dense `pairs` table) straight to the node after four. At 100k aliases these levels
 * hold a few thousand nodes, but they are where the child lists are long and scattered: two look-ups in one
 * table replace two child-list searches that miss the cache.
 *
 * Slot layout: [pair + 1 (0 = empty), s3 * width + s4, node]. The depth-3 node is stored with s4 = 0, the
 * depth-4 node with its symbol; either is negated when a pattern ends there.
 *
 * The scanner's skip loop does not use this table: it tests the hashed prefix bitsets (`grams`, below).
 */
import type { PackedPatterns } from './patterns';

const GOLDEN = 0x9e3779b1 | 0;
const MIX = 0x85ebca6b | 0;

function slotOf(pair: number, low: number, mask: number): number {
  return (Math.imul(pair, GOLDEN) ^ Math.imul(low + 1, MIX) ^ (low >>> 7)) & mask;
}

/** The stored node for (pair, low), or 0. */
export function jumpTo(table: Int32Array, pair: number, low: number): number {
  const mask = (table.length / 3 - 1) | 0;
  for (let s = slotOf(pair, low, mask); ; s = (s + 1) & mask) {
    const at = s * 3;
    const key = table[at]!;
    if (key === 0) return 0;
    if (key === pair + 1 && table[at + 1] === low) return table[at + 2]!;
  }
}

export interface LevelSource {
  /** Depth-2 nodes by pair index (0 = none). */
  readonly pairs: Int32Array;
  readonly width: number;
  /** Children of node `v` in symbol order: calls `visit(symbol, child)` for each. */
  children(v: number, visit: (symbol: number, child: number) => void): void;
  /** Whether a pattern ends at node `v`. */
  ends(v: number): boolean;
}

function put(table: Int32Array, mask: number, pair: number, low: number, node: number): void {
  let s = slotOf(pair, low, mask);
  while (table[s * 3] !== 0) s = (s + 1) & mask;
  table[s * 3] = pair + 1;
  table[s * 3 + 1] = low;
  table[s * 3 + 2] = node;
}

export function buildJumpTable(src: LevelSource): Int32Array {
  const entries: number[] = [];
  const { pairs, width } = src;
  for (let pair = 0; pair < pairs.length; pair++) {
    const v2 = pairs[pair]!;
    if (v2 === 0) continue;
    src.children(v2, (s3, v3) => {
      entries.push(pair, s3 * width, src.ends(v3) ? -v3 : v3);
      src.children(v3, (s4, v4) => entries.push(pair, s3 * width + s4, src.ends(v4) ? -v4 : v4));
    });
  }
  let slots = 64;
  while (slots < (entries.length / 3) * 2) slots *= 2;
  const table = new Int32Array(slots * 3);
  for (let k = 0; k < entries.length; k += 3) put(table, slots - 1, entries[k]!, entries[k + 1]!, entries[k + 2]!);
  return table;
}

/**
 * Hashed bitsets over the first three to six units of every pattern, for the scanner's skip loop: a head whose
 * prefix has no bit set begins no pattern, so it is skipped without touching the trie or the jump table (at
 * 100k aliases those take a cache miss each; these bitsets are small enough to stay in cache). A set bit may be
 * a collision: the walk then finds nothing, which only costs time. Layout of `grams`, in bits: six-unit
 * prefixes (or five-unit patterns), then three-unit prefixes, three-unit patterns, four-unit prefixes, four-unit
 * patterns.
 */
export const SIX_SHIFT = 11; // 2^21 bits
export const TRI_SHIFT = 15; // 2^17 bits each
export const QUAD_SHIFT = 14; // 2^18 bits each
export const TRI_AT = 1 << 21;
export const TRI_END_AT = TRI_AT + (1 << 17);
export const QUAD_AT = TRI_END_AT + (1 << 17);
export const QUAD_END_AT = QUAD_AT + (1 << 18);
const GRAM_BITS = QUAD_END_AT + (1 << 18);

/** The hash of a prefix extended by one symbol (start from the first two units' pair index). */
export function gram(x: number, s: number): number {
  let h = Math.imul(x ^ Math.imul(s + 1, MIX), GOLDEN);
  h ^= h >>> 15;
  return Math.imul(h, GOLDEN);
}

function set(bits: Uint32Array, at: number): void {
  bits[at >>> 5] = bits[at >>> 5]! | (1 << (at & 31));
}

/**
 * The `grams` bitsets of the patterns (`width`: the pair index is s1 * width + s2). Sorted patterns share their
 * first units with the one before: the hashes of a shared prefix are kept, not computed again.
 */
export function buildGrams(packed: PackedPatterns, width: number): Uint32Array {
  const { syms, start, lcp } = packed;
  const bits = new Uint32Array(GRAM_BITS >>> 5);
  let x3 = 0;
  let x4 = 0;
  let x5 = 0;
  for (let id = 0; id < lcp.length; id++) {
    const at = start[id]!;
    const length = start[id + 1]! - at;
    if (length < 3) continue;
    const l = lcp[id]!;
    if (l < 3) x3 = gram(syms[at]! * width + syms[at + 1]!, syms[at + 2]!);
    set(bits, TRI_AT + (x3 >>> TRI_SHIFT));
    if (length === 3) {
      set(bits, TRI_END_AT + (x3 >>> TRI_SHIFT));
      continue;
    }
    if (l < 4) x4 = gram(x3, syms[at + 3]!);
    set(bits, QUAD_AT + (x4 >>> QUAD_SHIFT));
    if (length === 4) {
      set(bits, QUAD_END_AT + (x4 >>> QUAD_SHIFT));
      continue;
    }
    if (l < 5) x5 = gram(x4, syms[at + 4]!);
    set(bits, gram(x5, length === 5 ? 0 : syms[at + 5]!) >>> SIX_SHIFT);
  }
  return bits;
}
