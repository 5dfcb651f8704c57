/**
 * How every code unit folds, as one lookup table filled on first sight (the common scripts up front).
 * Folding: case (Turkish/Azerbaijani İ I ı i are one letter, ə → e), Latin diacritics, Cyrillic ё → е, Arabic
 * alef/ya/ta-marbuta/hamza-seat forms, harakat and tatweel dropped, every dash a space, apostrophe variants `'`,
 * whitespace a space, invisible characters (soft hyphen, zero-width, bidi marks) dropped.
 */
import { WORD } from './chars';

/**
 * FOLD[c], packed so the page loop needs one look-up per character: the folded unit in the low 16 bits when
 * `ONE` is set, and flags above it. 0 = not yet learned. `NW` is the top flag, so `v >>> 20` is 0 or 1.
 */
export const FOLD = new Int32Array(65536);
/** Folds to exactly one unit (the low 16 bits). */
export const ONE = 1 << 16;
/** The unit is a space (whitespace and dashes). */
export const SP = 1 << 17;
/** The original is an upper-case letter. */
export const UP = 1 << 18;
/** The original is a lower-case letter. */
export const LO = 1 << 19;
/** The (last) folded unit is not a word unit (see chars.ts `WORD`). */
export const NW = 1 << 20;
/** Dropped (invisible characters, harakat, tatweel, combining marks). */
export const DROP = 1 << 21;
/** Folds to several units: see SLOW_OUT. */
export const SLOW = 1 << 22;
export const SPACE = 32;
export const SLOW_OUT = new Map<number, string>();

const SPECIAL: Record<string, string> = {
  İ: 'i', I: 'i', ı: 'i', Ə: 'e', ə: 'e', Ё: 'е', ё: 'е', ß: 'ss', ẞ: 'ss', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o',
  đ: 'd', Đ: 'd', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ς: 'σ',
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ی: 'ي', ئ: 'ي', ة: 'ه', ؤ: 'و', ک: 'ك', ۀ: 'ه',
};
const APOSTROPHES = "'’‘ʼʻ`´′‛ʹ＇";
const WHITE = /^[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d || c === 0x2e3a || c === 0x2e3b;
}

function isInvisible(c: number): boolean {
  return (
    c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff || c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

function isLatinOrGreek(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x370 && c <= 0x3ff);
}

function foldLetter(ch: string, c: number): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (c >= 0x660 && c <= 0x669) return String(c - 0x660);
  if (c >= 0x6f0 && c <= 0x6f9) return String(c - 0x6f0);
  const lower = ch.toLowerCase();
  const out = lower.length === 1 ? lower : ch;
  return isLatinOrGreek(c) ? (out.normalize('NFD')[0] ?? out).toLowerCase() : out;
}

/** How code unit `c` folds: its output (empty = dropped) and letter case (1 lower, 2 upper). Not cached. */
export function foldOf(c: number): { out: string; letter: number } {
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) return { out: ch, letter: 0 };
  if (isInvisible(c)) return { out: '', letter: 0 };
  if (isDash(c) || WHITE.test(ch)) return { out: ' ', letter: 0 };
  if (APOSTROPHES.includes(ch)) return { out: "'", letter: 0 };
  return { out: foldLetter(ch, c), letter: ch.toLowerCase() !== ch ? 2 : ch.toUpperCase() !== ch ? 1 : 0 };
}

/** Computes (once) how code unit `c` folds; returns its FOLD entry. */
export function learn(c: number): number {
  const { out, letter } = foldOf(c);
  if (out === '') return (FOLD[c] = DROP);
  const flags = (letter === 2 ? UP : letter === 1 ? LO : 0) | (WORD[out.charCodeAt(out.length - 1)] === 1 ? 0 : NW);
  if (out.length > 1) {
    SLOW_OUT.set(c, out);
    return (FOLD[c] = SLOW | flags);
  }
  const o = out.charCodeAt(0);
  return (FOLD[c] = o | ONE | flags | (o === SPACE ? SP : 0));
}

// The scripts news is written in are learned up front; anything else on first sight.
for (const [from, to] of [[1, 0x6ff], [0x1e00, 0x20ff], [0xfe00, 0xfeff], [0xff00, 0xffef]] as const) {
  for (let c = from; c <= to; c++) learn(c);
}

/** The letter case of a code unit. */
export function letterCase(c: number): 'upper' | 'lower' | 'none' {
  const v = FOLD[c] || learn(c);
  return v & UP ? 'upper' : v & LO ? 'lower' : 'none';
}

/** Whether the original code unit is a letter with a case (upper or lower). */
export function isCasedUnit(c: number): boolean {
  return ((FOLD[c] || learn(c)) & (UP | LO)) !== 0;
}

/** Whether the original code unit is an upper-case letter. */
export function isUpperUnit(c: number): boolean {
  return ((FOLD[c] || learn(c)) & UP) !== 0;
}
