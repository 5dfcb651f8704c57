/** Character classes over normalised code units, as lookup tables. */

/** 1 for letters, digits and marks (and surrogates, so astral letters stay inside words). */
export const WORD: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = 1;
    else if (c < 128) t[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
    else if (re.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
})();

export function isWordUnit(c: number | undefined): boolean {
  return c !== undefined && WORD[c] === 1;
}

/** Arabic single-letter proclitics: wa-, fa-, bi-, ka-, li-. */
export const PROCLITIC_FIRST = new Set([0x648, 0x641]); // و ف
export const PROCLITIC_SECOND = new Set([0x628, 0x643, 0x644]); // ب ك ل

export const APOSTROPHE = 0x27;
export const SPACE = 0x20;

export function scriptOf(c: number): 'latin' | 'cyrillic' | 'arabic' | 'other' {
  if (c < 0x250) return 'latin';
  if (c >= 0x400 && c < 0x530) return 'cyrillic';
  if (c >= 0x600 && c < 0x700) return 'arabic';
  if (c >= 0x1e00 && c < 0x1f00) return 'latin';
  return 'other';
}

/** The string of units [from, to): a plain loop (spreading a subarray allocates an iterator and is slower). */
export function unitsText(units: Uint16Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(units[i]!);
  return s;
}

/** Whether units [from, to) spell `s`: compared in place, without making the string. */
export function unitsEqual(units: Uint16Array, from: number, to: number, s: string): boolean {
  if (to - from !== s.length) return false;
  for (let i = 0; i < s.length; i++) if (units[from + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** The end of the word that contains (or starts at) `i`. */
export function wordEnd(units: Uint16Array, i: number): number {
  let j = i;
  while (j < units.length && WORD[units[j]!] === 1) j++;
  return j;
}

/** The start of the word that ends at `i` (exclusive). */
export function wordStart(units: Uint16Array, i: number): number {
  let j = i;
  while (j > 0 && WORD[units[j - 1]!] === 1) j--;
  return j;
}
