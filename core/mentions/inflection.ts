/**
 * Inflection: which inflected forms of an alias the matcher accepts.
 * - Russian (Cyrillic aliases): case forms generated at compile time (see `russian.ts`).
 * - Arabic: the li+al contraction (الشرع → للشرع) generated at compile time; single-letter proclitics
 *   (و ف ب ك ل) are skipped by the scanner.
 * - Turkish/Azerbaijani (Latin aliases): case and possessive suffixes checked at match time, with vowel harmony
 *   (see `turkic.ts`).
 */
import type { EntityType } from '../../data/types';
import { russianForms } from './russian';
import { F_CYRILLIC, F_LATIN } from './types';

function hasCodeIn(form: string, ranges: readonly (readonly [number, number])[]): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    for (const [from, to] of ranges) if (c >= from && c <= to) return true;
  }
  return false;
}

const LATIN = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]] as const;
const CYRILLIC = [[0x400, 0x52f]] as const;
const ARABIC = [[0x600, 0x6ff], [0x750, 0x77f], [0xfb50, 0xfeff]] as const;

export function isLatin(form: string): boolean {
  return hasCodeIn(form, LATIN);
}

export function isCyrillic(form: string): boolean {
  return hasCodeIn(form, CYRILLIC);
}

export function isArabic(form: string): boolean {
  return hasCodeIn(form, ARABIC);
}

/** Arabic li+al: a word-initial ال after the preposition لـ loses its alef (الشرع → للشرع). */
function arabicVariants(form: string): string[] {
  const words = form.split(' ');
  const first = words[0] ?? '';
  if (!first.startsWith('ال') || first.length < 4) return [form];
  return [form, ['ل' + first.slice(1), ...words.slice(1)].join(' ')];
}

/**
 * Every normalised pattern that stands for this alias, and the Russian paradigm whose endings the match may
 * carry (0: none, the patterns are full forms).
 */
export function aliasVariants(form: string, type: EntityType, script = -1): { patterns: string[]; paradigm: number } {
  if (script === F_LATIN) return { patterns: [form], paradigm: 0 };
  if (script === F_CYRILLIC || (script < 0 && isCyrillic(form))) return russianForms(form, type === 'person');
  if (isArabic(form)) return { patterns: arabicVariants(form), paradigm: 0 };
  return { patterns: [form], paradigm: 0 };
}
