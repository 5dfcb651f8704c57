/**
 * The pattern table of a compiled matcher: every pattern of every record, sorted and merged. The patterns are
 * read once, into one array of alphabet symbols; sorting, merging and the trie build work on that array and
 * never touch the strings again (at 100k aliases reading scattered strings code unit by code unit, several
 * times over, cost more than the sort itself).
 */
import type { FormSink } from './russian';
import type { Alphabet } from './trie';

/**
 * Sorted, distinct, non-empty patterns as symbols end to end: pattern `id` is `syms[start[id]..start[id + 1])`
 * and shares its first `lcp[id]` symbols with pattern `id - 1` (`lcp[0]` = 0). The build reads this instead of
 * strings: one pass over one array, and the shared prefixes are measured once.
 */
export interface PackedPatterns {
  readonly syms: Uint16Array;
  readonly start: Int32Array;
  readonly lcp: Int32Array;
}

/** Packs sorted, distinct, non-empty strings. */
export function packSorted(sorted: readonly string[], symOf: Uint16Array): PackedPatterns {
  const start = new Int32Array(sorted.length + 1);
  for (let id = 0; id < sorted.length; id++) start[id + 1] = start[id]! + sorted[id]!.length;
  const syms = new Uint16Array(start[sorted.length]!);
  const lcp = new Int32Array(sorted.length);
  for (let id = 0; id < sorted.length; id++) {
    const p = sorted[id]!;
    const at = start[id]!;
    for (let k = 0; k < p.length; k++) syms[at + k] = symOf[p.charCodeAt(k)]!;
    if (id === 0) continue;
    const prev = start[id - 1]!;
    const max = Math.min(p.length, at - prev);
    let l = 0;
    while (l < max && syms[prev + l] === syms[at + l]) l++;
    lcp[id] = l;
  }
  return { syms, start, lcp };
}

const SHIFT = 2097152; // 2^21: a key's place in its range sits below the symbols in a packed sort key

export interface PatternTable {
  /** The distinct patterns in sorted order (code-unit order); pattern id = index. */
  packed: PackedPatterns;
  alphabet: Alphabet;
  /** Per pattern: its record, or -(k + 1) where `multi[k]` is a count followed by the records, ascending. */
  patRec: Int32Array;
  multi: Int32Array;
}

interface Sorter {
  readonly units: Uint16Array;
  readonly at: Int32Array;
  readonly order: Int32Array;
  /** Scratch shared by every range: a range only writes its own slots, which its parent has already read. */
  readonly keys: Float64Array;
  readonly was: Int32Array;
  /** Symbols packed per key, and the radix (2^bits, symbols 1..size, 0 past the end). */
  readonly depth: number;
  readonly radix: number;
}

/** Whether entry `a` sorts after entry `b` (symbols from `pos` on; equal patterns by entry). */
function after(s: Sorter, a: number, b: number, pos: number): boolean {
  const { units, at } = s;
  const ea = at[a + 1]!;
  const eb = at[b + 1]!;
  let i = at[a]! + pos;
  let j = at[b]! + pos;
  for (; i < ea && j < eb; i++, j++) if (units[i] !== units[j]) return units[i]! > units[j]!;
  return i < ea || (j === eb && a > b);
}

function insertionSort(s: Sorter, from: number, to: number, pos: number): void {
  const order = s.order;
  for (let i = from + 1; i < to; i++) {
    const e = order[i]!;
    let j = i - 1;
    for (; j >= from && after(s, order[j]!, e, pos); j--) order[j + 1] = order[j]!;
    order[j + 1] = e;
  }
}

/**
 * MSD radix: the next `depth` symbols of each pattern and its place in the range are packed in one double and
 * sorted natively; runs that share those symbols recurse on the next ones. No string comparisons.
 */
function sortRange(s: Sorter, from: number, to: number, pos: number): void {
  const n = to - from;
  if (n <= 12) return insertionSort(s, from, to, pos);
  const { units, at, order, keys, was, depth, radix } = s;
  for (let i = 0; i < n; i++) {
    const e = order[from + i]!;
    const p = at[e]! + pos;
    const end = at[e + 1]!;
    let key = 0;
    for (let k = p; k < p + depth; k++) key = key * radix + (k < end ? units[k]! : 0);
    keys[from + i] = key * SHIFT + i;
  }
  keys.subarray(from, to).sort();
  for (let i = from; i < to; i++) was[i] = order[i]!;
  for (let i = from; i < to; i++) order[i] = was[from + (keys[i]! % SHIFT)]!;
  for (let i = from; i < to; ) {
    const key = Math.floor(keys[i]! / SHIFT);
    let j = i + 1;
    while (j < to && Math.floor(keys[j]! / SHIFT) === key) j++;
    if (j - i > 1 && key % radix !== 0) sortRange(s, i, j, pos + depth);
    i = j;
  }
}

/**
 * Entries in (pattern, entry) order: a counting sort on the first two symbols (one pass, in entry order), then
 * each bucket by radix from the third. Many small native sorts instead of one large one.
 */
function sortedOrder(units: Uint16Array, at: Int32Array, size: number): Int32Array {
  const count = at.length - 1;
  const width = size + 1;
  const bucketOf = new Int32Array(count);
  const first = new Int32Array(width * width + 1);
  for (let e = 0; e < count; e++) {
    const p = at[e]!;
    const b = units[p]! * width + (p + 1 < at[e + 1]! ? units[p + 1]! : 0);
    bucketOf[e] = b;
    first[b + 1]!++;
  }
  for (let b = 0; b < width * width; b++) first[b + 1]! += first[b]!;
  const order = new Int32Array(count);
  const fill = first.slice();
  for (let e = 0; e < count; e++) order[fill[bucketOf[e]!]!++] = e;
  const bits = 32 - Math.clz32(size);
  const depth = Math.max(1, Math.floor(32 / bits)); // key < 2^32, so key * SHIFT stays exact in a double
  const s: Sorter = { units, at, order, keys: new Float64Array(count), was: new Int32Array(count), depth, radix: 2 ** bits };
  // A bucket whose second symbol is 0 holds one single-symbol pattern, repeated: already in entry order.
  for (let b = 0; b < width * width; b++) if (first[b + 1]! - first[b]! > 1 && b % width !== 0) sortRange(s, first[b]!, first[b + 1]!, 2);
  return order;
}

/** Merges equal patterns (records ascending), packs the distinct ones in order with their shared prefixes. */
function merge(units: Uint16Array, at: Int32Array, order: Int32Array, recs: ArrayLike<number>, alphabet: Alphabet): PatternTable {
  const count = order.length;
  const syms = new Uint16Array(units.length);
  const start = new Int32Array(count + 1);
  const lcp = new Int32Array(count);
  const patRec = new Int32Array(count);
  const multi: number[] = [];
  let id = -1;
  let size = 0;
  let prev = 0; // units of the previous entry: [prev, prevEnd)
  let prevEnd = 0;
  for (let i = 0; i < count; i++) {
    const e = order[i]!;
    const from = at[e]!;
    const end = at[e + 1]!;
    const length = end - from;
    const max = Math.min(length, prevEnd - prev);
    let l = 0;
    while (l < max && units[prev + l] === units[from + l]) l++;
    const same = i > 0 && l === length && length === prevEnd - prev;
    prev = from;
    prevEnd = end;
    const r = recs[e]!;
    if (same) {
      // The same pattern again: a second record makes it a list (rare).
      const was = patRec[id]!;
      if (was === r) continue;
      const list = was >= 0 ? [was] : multi.splice(-(was + 1)).slice(1);
      if (!list.includes(r)) list.push(r);
      list.sort((a, b) => a - b);
      patRec[id] = -(multi.length + 1);
      multi.push(list.length, ...list);
      continue;
    }
    lcp[++id] = l;
    start[id] = size;
    for (let k = from; k < end; k++) syms[size++] = units[k]!;
    patRec[id] = r;
  }
  const distinct = id + 1;
  start[distinct] = size;
  const packed = { syms: syms.subarray(0, size), start: start.subarray(0, distinct + 1), lcp: lcp.subarray(0, distinct) };
  return { packed, alphabet, patRec: patRec.slice(0, distinct), multi: Int32Array.from(multi) };
}

/**
 * Patterns as they are drafted: their code units end to end, each with its record (in any order). Keeping
 * units instead of strings means the build holds no string per pattern, and generated forms need none.
 */
export class PatternList implements FormSink {
  units = new Uint16Array(1 << 16);
  size = 0;
  readonly at: number[] = [0];
  readonly recs: number[] = [];
  /** The record that patterns added now stand for. */
  record = 0;

  add(pattern: string): void {
    this.write(pattern);
    this.end();
  }

  addJoined(pieces: readonly string[]): void {
    for (const p of pieces) this.write(p);
    this.end();
  }

  private write(text: string): void {
    const length = text.length;
    if (this.size + length > this.units.length) {
      const grown = new Uint16Array(Math.max(this.units.length * 2, this.size + length));
      grown.set(this.units.subarray(0, this.size));
      this.units = grown;
    }
    const units = this.units;
    let u = this.size;
    for (let i = 0; i < length; i++) units[u++] = text.charCodeAt(i);
    this.size = u;
  }

  private end(): void {
    this.at.push(this.size);
    this.recs.push(this.record);
  }
}

/** The table of a pattern list, its records renumbered by `recOf`. */
export function patternTable(list: PatternList, recOf: Int32Array): PatternTable {
  const count = list.recs.length;
  if (count >= SHIFT) throw new Error(`too many alias patterns (at most ${SHIFT - 1})`);
  const at = Int32Array.from(list.at);
  const units = list.units.subarray(0, list.size);
  const recs = new Int32Array(count);
  for (let k = 0; k < count; k++) recs[k] = recOf[list.recs[k]!]!;
  const symOf = new Uint16Array(65536);
  for (let u = 0; u < units.length; u++) symOf[units[u]!] = 1;
  // Symbols 1..size in code-unit order, so symbol order is string order.
  let size = 0;
  for (let c = 0; c < 65536; c++) if (symOf[c]) symOf[c] = ++size;
  for (let u = 0; u < units.length; u++) units[u] = symOf[units[u]!]!;
  return merge(units, at, sortedOrder(units, at, size), recs, { symOf, size });
}
