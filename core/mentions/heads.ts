/** Where walks start: the scanner's hot loop over the word heads the normaliser listed (the walks are in `scan.ts`). */
import { PROCLITIC_FIRST, PROCLITIC_SECOND } from './chars';
import * as P from './prefix-table';
import type { Trie } from './trie';

// Module-local copies of imported bindings: some loaders (tsx) compile imports to getter calls, which would
// sit in the hot loop.
const { gram, SIX_SHIFT, TRI_SHIFT, QUAD_SHIFT, TRI_AT, TRI_END_AT, QUAD_AT, QUAD_END_AT } = P;
const FIRST = PROCLITIC_FIRST;
const SECOND = PROCLITIC_SECOND;

/**
 * Whether a walk from unit `i` can find something: a pattern ends within its first two units (exact look-ups in
 * `starts`), or its first three to six units are marked in the hashed prefix bitsets (`grams`: a
 * pattern begins or ends with them). False answers are exact; true ones may be bitset collisions.
 */
export function mayBegin(t: Trie, u: Uint16Array, i: number): boolean {
  const { symOf, starts, grams, width } = t;
  const n = u.length;
  if (i >= n) return false;
  const s1 = symOf[u[i]!]!;
  const a = starts[s1]!;
  if (a === 0) return false;
  if (a === 2) return true;
  if (i + 1 >= n) return false;
  const pair = s1 * width + symOf[u[i + 1]!]!;
  const b = starts[pair]!;
  if (b === 0) return false;
  if (b === 2) return true;
  if (i + 2 >= n) return false;
  const s3 = symOf[u[i + 2]!]!;
  if (s3 === 0) return false;
  const x3 = gram(pair, s3);
  const b3 = x3 >>> TRI_SHIFT;
  if ((grams[(TRI_AT + b3) >>> 5]! & (1 << (b3 & 31))) === 0) return false;
  if ((grams[(TRI_END_AT + b3) >>> 5]! & (1 << (b3 & 31))) !== 0) return true;
  if (i + 3 >= n) return false;
  const s4 = symOf[u[i + 3]!]!;
  if (s4 === 0) return false;
  const x4 = gram(x3, s4);
  const b4 = x4 >>> QUAD_SHIFT;
  if ((grams[(QUAD_AT + b4) >>> 5]! & (1 << (b4 & 31))) === 0) return false;
  if ((grams[(QUAD_END_AT + b4) >>> 5]! & (1 << (b4 & 31))) !== 0) return true;
  if (i + 4 >= n) return false;
  const s5 = symOf[u[i + 4]!]!;
  if (s5 === 0) return false;
  const x5 = gram(x4, s5);
  const b5 = gram(x5, 0) >>> SIX_SHIFT;
  if ((grams[b5 >>> 5]! & (1 << (b5 & 31))) !== 0) return true;
  if (i + 5 >= n) return false;
  const s6 = symOf[u[i + 5]!]!;
  if (s6 === 0) return false;
  const b6 = gram(x5, s6) >>> SIX_SHIFT;
  return (grams[b6 >>> 5]! & (1 << (b6 & 31))) !== 0;
}

const begins = mayBegin;

/** Per Arabic code unit (from U+0600): 1 for a first proclitic (و ف), 2 for a second one (ب ك ل). */
const PROCLITIC = new Uint8Array(256);
for (const c of FIRST) PROCLITIC[c - 0x600] = 1;
for (const c of SECOND) PROCLITIC[c - 0x600] = 2;

/** 1 for a first proclitic (و ف), 2 for a second one (ب ك ل), 0 for any other unit. */
export function procliticOf(c: number): number {
  const k = c - 0x600;
  return k >= 0 && k < 256 ? PROCLITIC[k]! : 0;
}

/**
 * Whether a walk after the proclitics of an Arabic word at `i` (و ف, then ب ك ل) can find something: the further
 * walks of `walkWord`.
 */
export function mayBeginAfterProclitics(t: Trie, u: Uint16Array, i: number): boolean {
  const p = procliticOf(u[i]!);
  if (!p) return false;
  if (begins(t, u, i + 1)) return true;
  return p === 1 && i + 2 < u.length && procliticOf(u[i + 1]!) === 2 && begins(t, u, i + 2);
}

const afterProclitics = mayBeginAfterProclitics;

/**
 * The hot loop: the next head (a position after a non-word unit, listed by the normaliser) where a walk can find
 * something: `mayBegin`, tested inline (a call per head made this loop about 1.7× slower), and in an Arabic word
 * also `mayBeginAfterProclitics`. Everything else is skipped here without touching
 * the trie past its first two levels. Returns an index in `heads`.
 */
export function nextHead(t: Trie, u: Uint16Array, heads: Int32Array, count: number, from: number): number {
  const { symOf, starts, grams, width } = t;
  const n = u.length;
  for (let j = from; j < count; j++) {
    const i = heads[j]!;
    const c = u[i]!;
    if (c >= 0x600 && c <= 0x6ff && afterProclitics(t, u, i)) return j;
    const s1 = symOf[c]!;
    const a = starts[s1]!;
    if (a === 0) continue;
    if (a === 2) return j;
    if (i + 1 >= n) continue;
    const pair = s1 * width + symOf[u[i + 1]!]!;
    const b = starts[pair]!;
    if (b === 0) continue;
    if (b === 2) return j;
    if (i + 2 >= n) continue;
    const s3 = symOf[u[i + 2]!]!;
    if (s3 === 0) continue;
    const x3 = gram(pair, s3);
    const b3 = x3 >>> TRI_SHIFT;
    if ((grams[(TRI_AT + b3) >>> 5]! & (1 << (b3 & 31))) === 0) continue;
    if ((grams[(TRI_END_AT + b3) >>> 5]! & (1 << (b3 & 31))) !== 0) return j;
    if (i + 3 >= n) continue;
    const s4 = symOf[u[i + 3]!]!;
    if (s4 === 0) continue;
    const x4 = gram(x3, s4);
    const b4 = x4 >>> QUAD_SHIFT;
    if ((grams[(QUAD_AT + b4) >>> 5]! & (1 << (b4 & 31))) === 0) continue;
    if ((grams[(QUAD_END_AT + b4) >>> 5]! & (1 << (b4 & 31))) !== 0) return j;
    if (i + 4 >= n) continue;
    const s5 = symOf[u[i + 4]!]!;
    if (s5 === 0) continue;
    const x5 = gram(x4, s5);
    const b5 = gram(x5, 0) >>> SIX_SHIFT;
    if ((grams[b5 >>> 5]! & (1 << (b5 & 31))) !== 0) return j;
    if (i + 5 >= n) continue;
    const s6 = symOf[u[i + 5]!]!;
    if (s6 === 0) continue;
    const b6 = gram(x5, s6) >>> SIX_SHIFT;
    if ((grams[b6 >>> 5]! & (1 << (b6 & 31))) !== 0) return j;
  }
  return count;
}
