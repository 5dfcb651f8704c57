/**
 * How every code unit folds, as lookup tables filled on first sight (the common scripts up front): OUT gives
 * the folded unit or a marker (SPACE, DROP, SLOW = several units or a surrogate), CASE the letter case.
 * Folding: case (Turkish/Azerbaijani İ I ı i are one letter, ə → e), Latin diacritics, Cyrillic ё → е, Arabic
 * alef/ya/ta-marbuta/hamza-seat forms, harakat and tatweel dropped, every dash a space, apostrophe variants `'`,
 * whitespace a space, invisible characters (soft hyphen, zero-width, bidi marks) dropped.
 */

/** OUT[c]: the folded unit; 0 = not yet learned; SPACE; DROP; SLOW = several units or a surrogate. */
export const OUT = new Uint16Array(65536);
/** CASE[c]: 1 lower-case letter, 2 upper-case letter. */
export const CASE = new Uint8Array(65536);
export const SPACE = 32;
export const DROP = 0xfffe;
export const SLOW = 0xffff;
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

/** Computes (once) how code unit `c` folds; returns its OUT value. */
export function learn(c: number): number {
  const ch = String.fromCharCode(c);
  let out = ch;
  if (c >= 0xd800 && c <= 0xdfff) out = '';
  else if (isInvisible(c)) return (OUT[c] = DROP);
  else if (isDash(c) || WHITE.test(ch)) return (OUT[c] = SPACE);
  else if (APOSTROPHES.includes(ch)) out = "'";
  else {
    out = foldLetter(ch, c);
    CASE[c] = ch.toLowerCase() !== ch ? 2 : ch.toUpperCase() !== ch ? 1 : 0;
  }
  const code = out.length === 1 ? out.charCodeAt(0) : SLOW;
  if (code === SLOW || code === 0 || code >= DROP) {
    SLOW_OUT.set(c, out || ch);
    return (OUT[c] = SLOW);
  }
  return (OUT[c] = code);
}

// The scripts news is written in are learned up front; anything else on first sight.
for (const [from, to] of [[1, 0x6ff], [0x1e00, 0x20ff], [0xfe00, 0xfeff], [0xff00, 0xffef]] as const) {
  for (let c = from; c <= to; c++) learn(c);
}

/** The letter case of a code unit. */
export function letterCase(c: number): 'upper' | 'lower' | 'none' {
  if (OUT[c] === 0) learn(c);
  return CASE[c] === 2 ? 'upper' : CASE[c] === 1 ? 'lower' : 'none';
}

/** Whether the original code unit is an upper-case letter. */
export function isUpperUnit(c: number): boolean {
  if (OUT[c] === 0) learn(c);
  return CASE[c] === 2;
}
