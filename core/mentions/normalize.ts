/**
 * Text normalisation for matching, with a map back to the original string.
 *
 * Each output code unit remembers where in the original text it starts (`start`, plus a final sentinel), so a
 * match in the normalised text maps back exactly: [start[from], start[to]). Folding: case (Turkish/Azerbaijani
 * İ I ı i are one letter, ə → e), Latin diacritics, Cyrillic ё → е, Arabic alef/ya/ta-marbuta/hamza-seat forms,
 * harakat and tatweel dropped, every dash and hyphen is a space, apostrophe variants are `'`, whitespace and line
 * breaks collapse to one space, invisible characters (soft hyphen, zero-width, bidi marks) vanish, and a
 * lower→upper case step inside a word (`KarsDemiryolu`, `@HakanFidan`) becomes a word break.
 *
 * Per-code-unit results are cached in one typed array, so the hot loop is one table look-up per character.
 */

import { WORD } from './chars';
import * as fold from './fold-table';

// Module-local copies of the tables: some loaders (tsx) compile imports to getter calls in the hot loop.
const { FOLD, SLOW_OUT, SPACE, ONE, SP, UP, LO, NW, DROP, SLOW, learn, isUpperUnit } = fold;
export { isCasedUnit, isUpperUnit, letterCase } from './fold-table';
const WORDS = WORD;

export interface NormalizedText {
  /** The folded text the matcher runs on, as UTF-16 code units. */
  readonly units: Uint16Array;
  /** Original UTF-16 offset where each output unit starts; `start[units.length]` is the original length. */
  readonly start: Int32Array;
}

/** A scratch normalisation that also lists where walks may start. */
export interface ScratchText extends NormalizedText {
  /** `heads[0..headCount)`: every position whose previous unit is not a word unit (or 0), ascending: where a name can start. */
  readonly heads: Int32Array;
  readonly headCount: number;
}

let scratchUnits = new Uint16Array(4096);
let scratchStart = new Int32Array(4097);
let scratchHeads = new Int32Array(4097);

/**
 * Results by normalised length, for short texts: views of the scratch buffers made once and reused (page text
 * comes in many short blocks, and a typed-array view per block costs as much as folding a sentence).
 */
const CACHED_LENGTHS = 1024;
let views: ({ units: Uint16Array; start: Int32Array; heads: Int32Array; headCount: number } | undefined)[] = [];

/**
 * Loop state shared by the fast loop and the rare-character path: `n` units and `h` heads written so far, and
 * `pf`, the FOLD flags of the last character that was not dropped (after a space, or at the start, SP | NW):
 * whether a space would repeat one (SP), whether the next unit starts a word (NW), whether an upper-case letter
 * now is a word break (LO).
 */
const st = { n: 0, h: 0, pf: SP | NW };

/**
 * The hot loop: characters that fold to one unit. Returns at the first character it cannot handle inline (not
 * yet learned, dropped, or folding to several units) — keeping calls out of this loop doubles its speed in V8.
 * Branch-free but for the rare word break: every character writes its unit, start and a head slot, and only
 * the counts decide what is kept (a space after a space is not; a head only after a non-word unit), so spaces
 * and word starts, which come at irregular intervals, cost no mispredicted branches. FOLD's flags are written
 * as literals (ONE 0x10000, SP 0x20000, UP 0x40000, LO 0x80000, NW 0x100000, the top one): module constants
 * would take registers or context loads here.
 */
function fastRun(input: string, from: number, units: Uint16Array, start: Int32Array, heads: Int32Array): number {
  // Locals: module-scope bindings cost a context load and a hole check per access (and where a bundler turns
  // them into `var`, V8 cannot treat them as constants at all).
  const table = FOLD;
  let n = st.n;
  let h = st.h;
  let pf = st.pf;
  let i = from;
  for (; i < input.length; i++) {
    const v = table[input.charCodeAt(i)]!;
    if ((v & 0x10000) === 0) break;
    if ((v & (pf >>> 1) & 0x40000) !== 0) {
      // Upper-case after lower-case: a space first (`KarsDemiryolu`).
      units[n] = 32;
      start[n] = i;
      heads[h] = n;
      h += pf >>> 20;
      n++;
      pf = 0x120000; // SP | NW
    }
    const keep = 1 ^ (((v & pf) >>> 17) & 1);
    units[n] = v; // the store keeps the low 16 bits: the folded unit
    start[n] = i;
    heads[h] = n;
    h += (pf >>> 20) & keep;
    n += keep;
    pf = v;
  }
  st.n = n;
  st.h = h;
  st.pf = pf;
  return i;
}

/** A character the fast loop stopped at: learn it, and write it when it folds to several units. */
function rareChar(c: number, i: number, units: Uint16Array, start: Int32Array, heads: Int32Array): void {
  const v = FOLD[c] || learn(c);
  if ((v & SLOW) === 0) return; // dropped, or just learned for the fast loop
  let { n, h, pf } = st;
  if (v & UP && pf & LO) {
    if (pf & NW) heads[h++] = n;
    units[n] = SPACE;
    start[n++] = i;
    pf = SP | NW;
  }
  const out = SLOW_OUT.get(c)!;
  for (let k = 0; k < out.length; k++) {
    const o = out.charCodeAt(k);
    if (pf & NW) heads[h++] = n;
    units[n] = o;
    start[n++] = i;
    pf = WORDS[o] === 1 ? 0 : NW;
  }
  st.n = n;
  st.h = h;
  st.pf = v & (LO | NW);
}

/**
 * Normalises into shared scratch buffers (no allocation: typed-array allocation per block costs more than the
 * folding). The result is valid until the next call; `normalizeText` returns a copy.
 */
export function normalizeScratch(input: string): ScratchText {
  const len = input.length;
  // At most three units per character: ẞ after a lower-case letter is a word break and "ss".
  if (scratchUnits.length < len * 3 + 1) {
    scratchUnits = new Uint16Array(len * 3 + 1024);
    scratchStart = new Int32Array(len * 3 + 1025);
    scratchHeads = new Int32Array(len * 3 + 1025);
    views = [];
  }
  const units = scratchUnits;
  const start = scratchStart;
  const heads = scratchHeads;
  st.n = 0;
  st.h = 0;
  st.pf = SP | NW;
  for (let i = fastRun(input, 0, units, start, heads); i < len; i = fastRun(input, i + 1, units, start, heads)) {
    const c = input.charCodeAt(i);
    rareChar(c, i, units, start, heads);
    if (FOLD[c]! & ONE) i--; // just learned an ordinary character: let the fast loop take it
  }
  const n = st.n;
  start[n] = len;
  if (n >= CACHED_LENGTHS) return { units: units.subarray(0, n), start: start.subarray(0, n + 1), heads, headCount: st.h };
  let view = views[n];
  if (!view) view = views[n] = { units: units.subarray(0, n), start: start.subarray(0, n + 1), heads, headCount: 0 };
  view.headCount = st.h;
  return view;
}

/**
 * Normalises text and keeps, for every output unit, where it came from. Allocates; for aliases, tests and
 * tools. It deliberately does not share `fastRun`: V8 specialises that loop on the kind of string it first
 * sees (string literals would make it three times slower on page text).
 */
export function normalizeText(input: string): NormalizedText {
  const units = new Uint16Array(input.length * 3 + 1); // three units per character at most (see normalizeScratch)
  const start = new Int32Array(input.length * 3 + 2);
  let n = 0;
  let prevLower = false;
  let lastSpace = true;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const v = FOLD[c] || learn(c);
    if (v & DROP || (v & SP && lastSpace)) continue;
    if (v & UP && prevLower) {
      units[n] = SPACE;
      start[n++] = i;
    }
    const out = v & SLOW ? SLOW_OUT.get(c)! : String.fromCharCode(v & 0xffff);
    for (let k = 0; k < out.length; k++) {
      units[n] = out.charCodeAt(k);
      start[n++] = i;
    }
    lastSpace = (v & SP) !== 0;
    prevLower = (v & LO) !== 0;
  }
  start[n] = input.length;
  return { units: units.slice(0, n), start: start.slice(0, n + 1) };
}

/** The normalised text as a string (tests, debugging, alias compilation). */
export function textOf(n: NormalizedText): string {
  let s = '';
  for (let i = 0; i < n.units.length; i += 4096) s += String.fromCharCode(...n.units.subarray(i, i + 4096));
  return s;
}

const aliasUnits = new Uint16Array(1201); // 400 characters of three units at most
/** Views of `aliasUnits` by length, made once (a view per alias would cost more than folding it). */
const aliasViews: Uint16Array[] = [];

/** The folded form of an alias or cue (same rules as page text, trimmed). No allocation but the result. */
export function normalizeAlias(alias: string): string {
  if (alias.length > 400) return textOf(normalizeText(alias)).trim();
  const u = aliasUnits;
  const table = FOLD;
  let n = 0;
  let pf = SP; // FOLD flags of the last character kept; at the start as after a space (see `st`)
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    const v = table[c] || learn(c);
    // Flags as literals, as in fastRun: DROP 0x200000, SP 0x20000, UP 0x40000 after LO, SLOW 0x400000.
    if (v & 0x200000 || v & pf & 0x20000) continue;
    if (v & (pf >>> 1) & 0x40000) u[n++] = SPACE;
    if (v & 0x400000) {
      const out = SLOW_OUT.get(c)!;
      for (let k = 0; k < out.length; k++) u[n++] = out.charCodeAt(k);
    } else u[n++] = v;
    pf = v;
  }
  if (n > 0 && u[n - 1] === SPACE) n--;
  const view = (aliasViews[n] ??= u.subarray(0, n));
  return String.fromCharCode.apply(null, view as unknown as number[]);
}

/** The upper-case mask of a normalised alias (for aliases that need the same letter case). */
export function caseMaskOf(alias: string): Uint8Array {
  const trimmed = alias.trim();
  const n = normalizeText(trimmed);
  let to = n.units.length;
  while (to > 0 && n.units[to - 1] === 32) to--;
  const mask = new Uint8Array(to);
  for (let k = 0; k < to; k++) mask[k] = isUpperUnit(trimmed.charCodeAt(n.start[k]!)) ? 1 : 0;
  return mask;
}

/** Maps a normalised range [from, to) back to the original string. */
export function toOriginal(n: NormalizedText, from: number, to: number): { start: number; end: number } {
  return { start: n.start[from]!, end: n.start[to]! };
}
