/**
 * A compact typed-array trie of normalised patterns, walked from word starts.
 *
 * Every alias starts at a word boundary (Arabic proclitics are handled by the scanner starting a walk after
 * them), so the matcher walks the trie from each word start instead of running Aho–Corasick over every
 * character: no failure links, a fraction of the memory, and the build is one pass over the sorted patterns.
 *
 * Layout: nodes in depth-first order, so a node's first child is the next node. One word per node holds its
 * symbol and flags (has children, ends a pattern, branches, only upper-case-first patterns below). The node
 * array is cut in blocks of 32 slots (64 bytes, a cache line, with 16-bit words), and the first two slots of each
 * block hold how many patterns end in the blocks before it; nodes take the other 30 (`nextSlot` skips the two).
 * Patterns are numbered in sorted order, the order of their end nodes, so a pattern's id is that count plus the
 * pattern ends before it in its block: read from the line the walk just read, where a separate rank table cost a
 * cache miss per pattern end at 100k aliases. A step tries the next slot first; the other children of branching
 * nodes (two or more children) sit in `edges`, one open-addressing table of (parent, child) keyed by parent and
 * symbol: a step to a later child costs one probe (usually one cache line) and the child's node word. The root's
 * children and the depth-2 nodes sit in dense tables (`root`, `pairs`), the depth-3 and depth-4 nodes in a small
 * hash table (`jump`): most walks end there.
 */

import { packSorted, type PackedPatterns } from './patterns';
import { buildGrams, buildJumpTable } from './prefix-table';

export interface Trie {
  /** Code unit → symbol (1..alphabet size); 0 = the unit occurs in no pattern. */
  readonly symOf: Uint16Array;
  /** Table width: alphabet size + 1. */
  readonly width: number;
  /** Root child per symbol (node index, 0 = none). */
  readonly root: Int32Array;
  /** Depth-2 nodes: `pairs[s1 * width + s2]`; `pairEnds` marks those that end a pattern. */
  readonly pairs: Int32Array;
  readonly pairEnds: Uint8Array;
  /**
   * The skip loop's view of the first two levels, derived from the above (not serialised): at a symbol `s1` the
   * root child, at `s1 * width + s2` the depth-2 node; 0 none, 1 a node, 2 a node where a pattern ends.
   */
  readonly starts: Uint8Array;
  /** Depth-3 and depth-4 nodes by their first symbols, and the hashed prefix bitsets of the skip loop (see `prefix-table.ts`). */
  readonly jump: Int32Array;
  readonly grams: Uint32Array;
  /**
   * Per node: symbol in the low `flagShift` bits, flags above. In blocks of 32 slots whose first two hold the
   * number of patterns ending in earlier blocks (low and high 16 bits); see `nextSlot` and `patternIdAt`.
   */
  readonly node: Uint16Array | Uint32Array;
  readonly flagShift: number;
  /** Children of branching nodes: slots of [parent, child] (parent 0 = empty), at `edgeSlot(parent, symbol)` or after. */
  readonly edges: Int32Array;
}

/** Flag bits, relative to `flagShift`. */
export const CHILD = 1;
export const TERM = 2;
export const BRANCH = 4;
/** Every pattern ending at or below the node needs an upper-case first letter (exact-case acronyms). */
export const UPPER = 8;

export interface Alphabet {
  /** Code unit → symbol, numbered 1..size in code-unit order (0: in no pattern). */
  symOf: Uint16Array;
  size: number;
}

export function alphabetOf(patterns: readonly string[]): Alphabet {
  const symOf = new Uint16Array(65536);
  for (let k = 0; k < patterns.length; k++) {
    const p = patterns[k]!;
    for (let i = 0; i < p.length; i++) symOf[p.charCodeAt(i)] = 1;
  }
  let size = 0;
  for (let c = 0; c < 65536; c++) if (symOf[c]) symOf[c] = ++size;
  return { symOf, size };
}

/** The slot after node slot `v`: the next one, past a block's two count slots. A node's first child is there. */
export function nextSlot(v: number): number {
  const c = v + 1;
  return (c & 31) === 0 ? c + 2 : c;
}

/** Node slots needed for `count` nodes (slots 0 and 1 of each block of 32 hold a count; node 0 is none). */
function slotsFor(count: number): number {
  return 32 * (Math.floor(count / 30) + 1);
}

interface Draft {
  sym: Uint16Array;
  flags: Uint8Array;
  next: Int32Array;
  root: Int32Array;
}

/**
 * Depth-first construction from sorted patterns (sibling links kept only while building). `upperFirst[id]`: the
 * pattern matches only text whose first letter is upper-case; a node gets `UPPER` when that holds for every
 * pattern at or below it (set on the nodes such a pattern adds, cleared by any later pattern below them).
 */
function draft(packed: PackedPatterns, size: number, upperFirst: Uint8Array | null): Draft {
  const { syms, start, lcp } = packed;
  const count = lcp.length;
  let nodes = 0;
  let longest = 0;
  for (let id = 0; id < count; id++) {
    const length = start[id + 1]! - start[id]!;
    nodes += length - lcp[id]!;
    if (length > longest) longest = length;
  }
  const total = slotsFor(nodes);
  const d: Draft = { sym: new Uint16Array(total), flags: new Uint8Array(total), next: new Int32Array(total), root: new Int32Array(size + 1) };
  const { sym, flags, next } = d;
  const path = new Int32Array(longest + 1);
  let n = 2;
  for (let id = 0; id < count; id++) {
    const at = start[id]!;
    const length = start[id + 1]! - at;
    const l = lcp[id]!;
    const upper = upperFirst !== null && upperFirst[id] === 1;
    // A pattern that any text may match clears UPPER on the nodes it shares with earlier ones, up to the first
    // without it: a node without UPPER never has an ancestor with it (ancestors come first, and stay cleared).
    if (!upper) for (let k = l; k > 0 && flags[path[k]!]! & UPPER; k--) flags[path[k]!] = flags[path[k]!]! & ~UPPER;
    if (l > 0 && l < (id ? at - start[id - 1]! : 0)) {
      next[path[l + 1]!] = n;
      flags[path[l]!] = flags[path[l]!]! | BRANCH;
    }
    for (let k = l; k < length; k++) {
      const s = syms[at + k]!;
      sym[n] = s;
      if (k === 0) d.root[s] = n;
      else flags[path[k]!] = flags[path[k]!]! | CHILD;
      if (upper) flags[n] = flags[n]! | UPPER;
      path[k + 1] = n;
      n = nextSlot(n);
    }
    flags[path[length]!] = flags[path[length]!]! | TERM;
  }
  return d;
}

/**
 * First slot to probe for the child of `v` on symbol `s`, among `slots` (any count: the hash is mapped onto the
 * range by a multiply, so the table is sized to its load instead of to a power of two).
 */
export function edgeSlot(v: number, s: number, slots: number): number {
  let x = Math.imul(v, 0x9e3779b1) ^ Math.imul(s, 0x85ebca6b);
  x ^= x >>> 15;
  return ((x >>> 0) * slots) / 4294967296 >>> 0;
}

/**
 * The children of every branching node but its first (the next node) in one table, three quarters full: at 100k
 * aliases a power-of-two size left it half empty, 0.6 MB of a 10 MB budget.
 */
function branchEdges(d: Draft): Int32Array {
  const total = d.sym.length;
  let count = 0;
  for (let v = 2; v < total; v++) if (d.flags[v]! & BRANCH) for (let c = d.next[nextSlot(v)]!; c !== 0; c = d.next[c]!) count++;
  const slots = Math.max(64, Math.ceil((count * 4) / 3));
  const edges = new Int32Array(slots * 2);
  for (let v = 2; v < total; v++) {
    if (!(d.flags[v]! & BRANCH)) continue;
    for (let c = d.next[nextSlot(v)]!; c !== 0; c = d.next[c]!) {
      let h = edgeSlot(v, d.sym[c]!, slots);
      while (edges[2 * h] !== 0) h = h + 1 === slots ? 0 : h + 1;
      edges[2 * h] = v;
      edges[2 * h + 1] = c;
    }
  }
  return edges;
}

/** Builds the trie from sorted, distinct, non-empty patterns; pattern id = index in `sorted`. */
export function buildTrie(sorted: readonly string[], alphabet: Alphabet = alphabetOf(sorted), upperFirst: Uint8Array | null = null): Trie {
  return trieOf(packSorted(sorted, alphabet.symOf), alphabet, upperFirst);
}

/**
 * Builds the trie from packed patterns (symbols of `alphabet`); pattern id = index in the packed order.
 * `upperFirst` (per pattern id, 1 = needs an upper-case first letter) sets the `UPPER` node flags.
 */
export function trieOf(packed: PackedPatterns, alphabet: Alphabet, upperFirst: Uint8Array | null = null): Trie {
  const { symOf, size } = alphabet;
  const width = size + 1;
  const d = draft(packed, size, upperFirst);
  const total = d.sym.length;
  const pairs = new Int32Array(width * width);
  for (let s1 = 1; s1 <= size; s1++) {
    const n1 = d.root[s1]!;
    if (n1 !== 0 && d.flags[n1]! & CHILD) for (let c = nextSlot(n1); c !== 0; c = d.next[c]!) pairs[s1 * width + d.sym[c]!] = c;
  }
  const pairEnds = new Uint8Array(width * width);
  pairs.forEach((v, k) => {
    if (v !== 0 && d.flags[v]! & TERM) pairEnds[k] = 1;
  });
  const jump = buildJumpTable({
    pairs,
    width,
    children(v, visit) {
      if (d.flags[v]! & CHILD) for (let c = nextSlot(v); c !== 0; c = d.next[c]!) visit(d.sym[c]!, c);
    },
    ends: (v) => (d.flags[v]! & TERM) !== 0,
  });
  const flagShift = 32 - Math.clz32(size);
  const node = flagShift + 4 <= 16 ? new Uint16Array(total) : new Uint32Array(total);
  for (let b = 0, ends = 0; b < total; b += 32) {
    node[b] = ends & 0xffff;
    node[b + 1] = ends >>> 16;
    for (let v = b + 2; v < b + 32; v++) {
      node[v] = d.sym[v]! | (d.flags[v]! << flagShift);
      if (d.flags[v]! & TERM) ends++;
    }
  }
  const grams = buildGrams(packed, width);
  const starts = startsOf(d.root, pairs, pairEnds, node, flagShift);
  return { symOf, width, root: d.root, pairs, pairEnds, starts, jump, grams, node, flagShift, edges: branchEdges(d) };
}

/**
 * The `starts` table: one small byte table instead of the `root`, `pairs` and `pairEnds` look-ups and the root
 * child's node word (a few hundred thousand heads per 2 MB of text each pay for these). Root children sit
 * below `width`, where no pair index falls (those start at `width`).
 */
export function startsOf(root: Int32Array, pairs: Int32Array, pairEnds: Uint8Array, node: Uint16Array | Uint32Array, flagShift: number): Uint8Array {
  const out = new Uint8Array(pairs.length);
  for (let s = 1; s < root.length; s++) if (root[s] !== 0) out[s] = (node[root[s]!]! >>> flagShift) & TERM ? 2 : 1;
  for (let k = root.length; k < pairs.length; k++) if (pairs[k] !== 0) out[k] = 1 + pairEnds[k]!;
  return out;
}

/** The child of `v` on symbol `s`, or 0. `v` 0 is the root. */
export function childOf(t: Trie, v: number, s: number): number {
  if (v === 0) return t.root[s]!;
  const shift = t.flagShift;
  const flags = t.node[v]! >>> shift;
  if ((flags & CHILD) === 0) return 0;
  const symbols = (1 << shift) - 1;
  // The first child is in the next slot, mostly on the cache line just read: tried before the edge table (whose
  // probe misses the cache at 100k aliases) also when the node branches.
  const first = nextSlot(v);
  if ((t.node[first]! & symbols) === s) return first;
  if ((flags & BRANCH) === 0) return 0;
  const edges = t.edges;
  const slots = edges.length >>> 1;
  for (let h = edgeSlot(v, s, slots); ; h = h + 1 === slots ? 0 : h + 1) {
    const parent = edges[2 * h]!;
    if (parent === 0) return 0;
    if (parent === v) {
      const c = edges[2 * h + 1]!;
      if ((t.node[c]! & symbols) === s) return c;
    }
  }
}

/** The pattern id ending at node `v`, which ends one: the count at the head of its block plus the ends before it there. */
export function patternIdAt(node: Uint16Array | Uint32Array, flagShift: number, v: number): number {
  const b = v & ~31;
  let id = node[b]! | (node[b + 1]! << 16);
  for (let k = b + 2; k < v; k++) if ((node[k]! >>> flagShift) & TERM) id++;
  return id;
}

/** The pattern id ending at node `v`, or -1. */
export function patternAt(t: Trie, v: number): number {
  return ((t.node[v]! >>> t.flagShift) & TERM) === 0 ? -1 : patternIdAt(t.node, t.flagShift, v);
}
