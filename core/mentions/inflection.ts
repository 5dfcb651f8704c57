/**
 * Inflection: which inflected forms of an alias the matcher accepts.
 * - Russian (Cyrillic aliases): case forms generated at compile time (see `russian.ts`).
 * - Arabic: the li+al contraction (الشرع → للشرع) generated at compile time; single-letter proclitics
 *   (و ف ب ك ل) are skipped by the scanner.
 * - Turkish/Azerbaijani (Latin aliases): case and possessive suffixes checked at match time, with vowel harmony
 *   (see `turkic.ts`).
 */
import type { EntityType } from '../../data/types';
import { russianForms, type FormSink } from './russian';
import { F_CYRILLIC, F_LATIN } from './types';

// Code-unit ranges written out: these run over every alias of a pack.
export function isLatin(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  }
  return false;
}

export function isCyrillic(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) return true;
  }
  return false;
}

export function isArabic(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return true;
  }
  return false;
}

/** Arabic li+al: a word-initial ال after the preposition لـ loses its alef (الشرع → للشرع). */
function addArabicVariants(out: FormSink, form: string): void {
  out.add(form);
  const space = form.indexOf(' ');
  if (form.startsWith('ال') && (space < 0 ? form.length : space) >= 4) out.addJoined(['ل', form.slice(1)]);
}

/**
 * Adds every normalised pattern that stands for this alias to `out`; returns the Russian paradigm whose
 * endings the match may carry (0: none, the patterns are full forms).
 */
export function aliasVariants(form: string, type: EntityType, script: number, out: FormSink): number {
  if (script === F_LATIN) out.add(form);
  else if (script === F_CYRILLIC || (script < 0 && isCyrillic(form))) return russianForms(form, type, out);
  else if (isArabic(form)) addArabicVariants(out, form);
  else out.add(form);
  return 0;
}
