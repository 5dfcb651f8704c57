/**
 * What the form of a bare surname and the words right around it say about it, before any given name is looked at:
 * - inflected ("Fidan'la", "Assads", "Fidanın"): a given name cannot precede it as a namesake's (`names.ts`);
 * - in the plural ("Fidanlar", "Əliyevlər"): saplings or a family, never the one person;
 * - the name of a family ("the Assad family", "the Assads", "Esad ailesi", "Familie Assad", "عائلة الأسد",
 *   "آل المقداد") or a common word in its usual company (Arabic الشرع, the law, in "أحكام الشرع", "الشرع
 *   الإسلامي"): not the person either. His family in the genitive ("Assads Familie", "Esad'ın ailesi") is his.
 */
import * as chars from './chars';
import { wordAfter, wordBefore } from './name-context';
import { normalizeAlias } from './normalize';
import type { ScanContext } from './scan-context';
import * as turkic from './turkic';
import * as starts from './word-starts';

// Module-local copies (some loaders compile imports to getters).
const { APOSTROPHE, PROCLITIC_FIRST, PROCLITIC_SECOND, scriptOf, unitsEqual, wordStart } = chars;
const { isPluralSuffix } = turkic;
const { startOf, startsOf } = starts;
const text = chars.unitsText;

const list = starts.wordSet;

/** Right after a surname not inflected: a family noun ("the Assad family", "Assad-Familie"). */
const FAMILY_AFTER = list('family families clan dynasty familie dynastie');
/** Turkic family nouns, which take suffixes ("Esad ailesinin", "Əliyevlər ailəsi"). */
const FAMILY_STEMS = ['aile', 'hanedan', 'sulale'].map((w) => normalizeAlias(w));
/** Right before the surname: a family noun ("Familie Assad"; Arabic after its proclitics: "بعشيرة آل المقداد"). */
const FAMILY_BEFORE = list('familie عائلة أسرة آل عشيرة قبيلة');
/** An article before a surname with a plural -s: the family ("the Assads", "die Assads"). */
const PLURAL_ARTICLES = list('the die');
/** Arabic words that make a surname which is also a noun the noun: "أحكام الشرع" (rulings of the law), "الشرع الإسلامي". */
const NOUN_BEFORE_AR = list('أحكام مقاصد');
const NOUN_AFTER_AR = list('الإسلامي الحنيف الشريف');
const BEFORE_STARTS = startsOf([...FAMILY_BEFORE, ...PLURAL_ARTICLES]);
const AFTER_STARTS = startsOf([...FAMILY_AFTER, ...FAMILY_STEMS]);

/** Surname keys per compiled matcher (the table's strings: surname keys and acronym forms). */
const keyCache = new WeakMap<object, Set<string>>();

function surnameKeys(ctx: ScanContext): Set<string> {
  const table = ctx.m.table;
  let keys = keyCache.get(table);
  if (!keys) keyCache.set(table, (keys = new Set(table.strings)));
  return keys;
}

/** The length of the longest surname key that `word` begins with, leaving `minRest` to `maxRest` units after it; 0 if none. */
function keyPrefix(ctx: ScanContext, word: string, minRest: number, maxRest: number): number {
  const keys = surnameKeys(ctx);
  for (let k = word.length - minRest; k >= 2 && k >= word.length - maxRest; k--) if (keys.has(word.slice(0, k))) return k;
  return 0;
}

/**
 * Whether the surname ending at `to` carries an inflection: a suffix after an apostrophe ("Fidan'la"), or a
 * surname key plus a suffix ("Assads", "Fidanın"). `key` is the matched name's own surname key: the usual word,
 * known to be a key without a look-up in the table of every key.
 */
export function inflectedSurname(ctx: ScanContext, to: number, key: string): boolean {
  const ws = wordStart(ctx.units, to);
  if (ctx.units[ws - 1] === APOSTROPHE) return true;
  if (unitsEqual(ctx.units, ws, to, key)) return false;
  const word = text(ctx.units, ws, to);
  return !surnameKeys(ctx).has(word) && keyPrefix(ctx, word, 1, 7) > 0;
}

/**
 * Whether the surname ending at `to` carries a plural suffix ("Fidanlar", "Əliyevlər", "Fidan'lar"): saplings,
 * or a family, never the one person.
 */
export function pluralSurname(ctx: ScanContext, to: number): boolean {
  const u = ctx.units;
  const ws = wordStart(u, to);
  let lar = false; // cheap first test: "lar" or "ler" somewhere in the word (folded)
  for (let k = ws; k + 2 < to && !lar; k++) lar = u[k] === 0x6c && (u[k + 1] === 0x61 || u[k + 1] === 0x65) && u[k + 2] === 0x72;
  if (!lar) return false;
  if (u[ws - 1] === APOSTROPHE) return isPluralSuffix(text(u, ws, to));
  const word = text(u, ws, to);
  const k = keyPrefix(ctx, word, 3, Infinity);
  return k > 0 && isPluralSuffix(word.slice(k));
}

/** The word without its Arabic proclitics (و ف, then ب ك ل), when two letters at least are left. */
function withoutProclitics(word: string): string {
  let k = 0;
  if (PROCLITIC_FIRST.has(word.charCodeAt(k))) k++;
  if (PROCLITIC_SECOND.has(word.charCodeAt(k))) k++;
  return word.length - k >= 2 ? word.slice(k) : word;
}

/** Whether the bare surname at normalised [from, to) (surname key `key`) names a family or is a common word here. */
export function familyOrWordUse(ctx: ScanContext, from: number, to: number, key: string): boolean {
  const u = ctx.units;
  const before = wordBefore(u, from);
  if (scriptOf(u[from]!) === 'arabic') {
    const prev = before ? text(u, before.from, before.to) : '';
    const after = wordAfter(u, to);
    const bare = withoutProclitics(prev);
    return FAMILY_BEFORE.has(bare) || NOUN_BEFORE_AR.has(bare) || (after !== null && NOUN_AFTER_AR.has(text(u, after.from, after.to)));
  }
  // Most words around a surname are in no list: their first two units tell, before any string is made.
  if (before && BEFORE_STARTS.has(startOf(u, before.from))) {
    const prev = text(u, before.from, before.to);
    if (FAMILY_BEFORE.has(prev)) return true;
    const ws = wordStart(u, to);
    if (PLURAL_ARTICLES.has(prev) && to - ws === key.length + 1 && u[to - 1] === 0x73 && unitsEqual(u, ws, to - 1, key)) return true;
  }
  const after = wordAfter(u, to);
  if (!after || !AFTER_STARTS.has(startOf(u, after.from)) || inflectedSurname(ctx, to, key)) return false;
  const next = text(u, after.from, after.to);
  return FAMILY_AFTER.has(next) || FAMILY_STEMS.some((stem) => next.startsWith(stem));
}
