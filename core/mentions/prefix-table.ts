/**
 * The trie's third and fourth levels by their first symbols, in one open-addressing table: a walk jumps from
 * the first two units (the dense `pairs` table) straight to the node after four, and the scanner's
 * can-anything-start-here test is exact. At 100k aliases these levels hold a few thousand nodes, but they
 * are where the child lists are long and scattered: two look-ups in a table that stays in cache replace two
 * child-list searches that miss it.
 *
 * Slot layout: [pair + 1 (0 = empty), s3 * width + s4, node]. The depth-3 node is stored with s4 = 0, the
 * depth-4 node with its symbol; either is negated when a pattern ends there.
 *
 * Past the fourth level, `sixes` is a hashed bitset over (depth-4 node, fifth symbol, sixth symbol or 0 for a
 * pattern of exactly five): the scanner skips a word whose first six units begin no pattern without walking.
 */

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

export const SIX_BITS = 1 << 21;

/** Bit of (depth-4 node, s5, s6) in `sixes`; s6 = 0 for a pattern that ends at s5. */
export function sixBit(v4: number, s5: number, s6: number): number {
  let x = Math.imul(v4, GOLDEN) ^ Math.imul((s5 << 16) | s6, MIX);
  x ^= x >>> 16;
  return x & (SIX_BITS - 1);
}

/** The `sixes` bitset, from each pattern's depth-4 node (`depth4[id]`, 0 for patterns shorter than five). */
export function buildSixes(sorted: readonly string[], symOf: Uint16Array, depth4: Int32Array): Uint32Array {
  const bits = new Uint32Array(SIX_BITS >>> 5);
  for (let id = 0; id < sorted.length; id++) {
    const v4 = depth4[id]!;
    if (v4 === 0) continue;
    const p = sorted[id]!;
    const b = sixBit(v4, symOf[p.charCodeAt(4)]!, p.length === 5 ? 0 : symOf[p.charCodeAt(5)]!);
    bits[b >>> 5] = bits[b >>> 5]! | (1 << (b & 31));
  }
  return bits;
}
