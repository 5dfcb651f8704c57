/**
 * The words right before a bare surname decide whose surname it is:
 * - an initial that fits the entity's given name ("S.Şərifov", "И. Алиев") makes it a full name;
 * - a given name that is the entity's, in any near spelling ("Ahmet al-Sharaa", "Baschar Assad"), too, also
 *   before a middle name ("Asaad Hassan al-Shaibani");
 * - any other given name ("Farouk al-Sharaa", "Maher al-Assad", "Heydar Aliyev") makes it a namesake,
 *   which is never linked and takes the bare surnames after it;
 * - so does another capitalised name right after it: then it is someone's given name ("Fidan Doğan"), or in
 *   Arabic "son of" ("المقداد بن الأسود", a Companion of the Prophet).
 * Titles, function words and sentence-initial words are not given names (lists in `name-words.ts`), nor are they
 * with a Turkic case suffix ("Azərbaycanın") or, in Arabic, after the conjunction و or ف ("وقال", "فأكد"); nor is
 * any word in a locative or ablative case ("Görüşdə Əliyev") or an Arabic plural in -ات ("تحيات علييف").
 * A surname in the plural ("Fidanlar": saplings; "Əliyevlər": a family) is not the person: `aside`.
 * A namesake mentioned in passing (a relative, an eponym: `name-context.ts`) is `aside`: not linked, and it does
 * not take the bare surnames after it. A bare surname after a place noun ("the city of Najaf") is not ours.
 */
import * as chars from './chars';
import * as context from './name-context';
import * as forms from './surname-forms';
import * as words from './name-words';
import type { ScanContext } from './scan-context';

// Module-local copies (some loaders compile imports to getters).
const { APOSTROPHE, SPACE, WORD, scriptOf, unitsEqual, wordEnd, wordStart } = chars;
const { namesakeInPassing, placeNounBefore } = context;
const { looksLikeGivenName } = words;
const { familyOrWordUse, inflectedSurname, pluralSurname } = forms;

export interface NameRole {
  /**
   * `full`: a given name of ours precedes; `initial`: a fitting initial; `other`: a namesake's given name;
   * `aside`: a namesake mentioned in passing.
   */
  role: 'full' | 'initial' | 'short' | 'other' | 'aside';
  /** Normalised start, moved back over an initial or given name. */
  from: number;
}

const DOT = 0x2e;

const text = chars.unitsText;

/** Damerau–Levenshtein distance, capped: enough to tell "Ilkham" from "Ilham" and "Hafez" from "Hakan". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export function sameGivenName(word: string, given: string): boolean {
  if (word[0] !== given[0]) return false;
  return editDistance(word, given) <= (Math.max(word.length, given.length) <= 5 ? 1 : 2);
}

/** Given names per entity, split once per compiled matcher. */
const givenCache = new WeakMap<object, string[][]>();

/** The given names of `entity`: read only when the text before its surname may hold one (a random read at 100k names). */
function givenOf(ctx: ScanContext, entity: number): string[] {
  const table = ctx.m.table;
  let lists = givenCache.get(table);
  if (!lists) {
    lists = table.given.map((g) => g.split(' ').filter(Boolean));
    givenCache.set(table, lists);
  }
  return lists[entity] ?? [];
}

/**
 * The answer of `nameRole`: one object, refilled by every call (the caller reads it at once), so a bare surname
 * costs no allocation.
 */
const answer: NameRole = { role: 'short', from: 0 };
function roleAt(role: NameRole['role'], from: number): NameRole {
  answer.role = role;
  answer.from = from;
  return answer;
}

function initialRole(ctx: ScanContext, from: number, entity: number): NameRole | null {
  const u = ctx.units;
  const dot = u[from - 1] === SPACE ? from - 2 : from - 1;
  const at = dot - 1;
  if (u[dot] !== DOT || at < 0 || WORD[u[at]!] !== 1 || (at > 0 && WORD[u[at - 1]!] === 1)) return null;
  if (!ctx.upper(at)) return null;
  const letter = String.fromCharCode(u[at]!);
  return roleAt(givenOf(ctx, entity).some((g) => g[0] === letter) ? 'initial' : 'other', at);
}

/**
 * Whether the block reads as a title-case headline: no lower-case word of five letters or more (title case
 * leaves only short function words in lower case; running text always has longer ones). Once per block: every
 * surname before a capitalised word asks.
 */
function titleCased(ctx: ScanContext): boolean {
  if (ctx.titleCase < 0) ctx.titleCase = noLongLowerWord(ctx) ? 1 : 0;
  return ctx.titleCase === 1;
}

function noLongLowerWord(ctx: ScanContext): boolean {
  const u = ctx.units;
  for (let i = 0; i < u.length; i++) {
    if (WORD[u[i]!] !== 1 || (i > 0 && WORD[u[i - 1]!] === 1) || scriptOf(u[i]!) === 'arabic' || ctx.upper(i)) continue;
    let e = i;
    while (e < u.length && WORD[u[e]!] === 1) e++;
    if (e - i >= 5) return false;
  }
  return true;
}

/**
 * A bare surname that is someone else's given name here: right before another capitalised name ("Fidan
 * Doğan", "Assad Hassan al-Shaibani"). Not when that word carries a Turkish case suffix ("Fidan Ankara'da": a
 * place in the locative), not when the surname itself is inflected (a given name is not: German "Assads Familie"),
 * not in Arabic (no letter case to go by), not in a title-case headline.
 */
function givenNameOfAnother(ctx: ScanContext, to: number, key: string): boolean {
  const u = ctx.units;
  if (u[to] !== SPACE || to + 1 >= u.length) return false;
  if (scriptOf(u[to + 1]!) === 'arabic') return sonOf(u, to + 1); // "المقداد بن الأسود": a name with its father's
  // A given name starts with a capital: most words after a surname do not, and need no closer look.
  if (!ctx.upper(to + 1)) return false;
  const we = wordEnd(u, to + 1);
  if (u[we] === APOSTROPHE || inflectedSurname(ctx, to, key) || !looksLikeGivenName(ctx, to + 1, we)) return false;
  return !titleCased(ctx);
}

/** Whether the Arabic word at `i` is بن or ابن ("son of"): the word before it is someone's given name. */
function sonOf(u: Uint16Array, i: number): boolean {
  const a = u[i] === 0x627 ? i + 1 : i;
  return u[a] === 0x628 && u[a + 1] === 0x646 && WORD[u[a + 2] ?? 0] !== 1;
}

/** Russian surnames with feminine forms in -а (Алиева), whose case endings do not tell the gender. */
const SLAVIC_SURNAME = /(ов|ев|ин|ын)$/;
const NOMINATIVE_END = new Set('бвгджзклмнпрстфхцчшщйь');

/**
 * Russian: a given name agrees in case with its surname ("Файсала Мекдада"). A word in a masculine nominative
 * form (ending in a consonant) before a surname with a case ending is a noun governing it: "Визит Мекдада"
 * (Mekdad's visit). Only for foreign surnames ending in a consonant: they have no feminine forms (a woman's
 * surname of that kind does not decline), unlike Алиев (Мехрибан Алиева, Мехрибан Алиевой).
 */
function headNounBefore(u: Uint16Array, we: number, to: number, key: string): boolean {
  if (!NOMINATIVE_END.has(String.fromCharCode(u[we - 1]!)) || SLAVIC_SURNAME.test(key)) return false;
  if (!NOMINATIVE_END.has(key[key.length - 1] ?? '')) return false;
  const ws = wordStart(u, to);
  return to - ws > key.length && unitsEqual(u, ws, ws + key.length, key);
}

/**
 * The role of a bare surname of `entity` (surname key `key`) matched at normalised [from, to). The answer is
 * refilled by the next call.
 */
export function nameRole(ctx: ScanContext, from: number, to: number, entity: number, key: string): NameRole {
  const initial = initialRole(ctx, from, entity);
  if (initial) return initial;
  if (pluralSurname(ctx, to) || familyOrWordUse(ctx, from, to, key)) return roleAt('aside', from);
  const u = ctx.units;
  const short = givenNameOfAnother(ctx, to, key) || placeNounBefore(u, from) ? 'other' : 'short';
  if (from < 2 || u[from - 1] !== SPACE || WORD[u[from - 2]!] !== 1) return roleAt(short, from);
  const we = from - 1;
  const ws = wordStart(u, we);
  // Arabic shows no capitals: our own given name in any near spelling ("جيحون" for جيهون) is looked for first.
  if (scriptOf(u[ws]!) === 'arabic' && ourGivenName(ctx, ws, we, entity)) return roleAt('full', ws);
  if (!looksLikeGivenName(ctx, ws, we) || headNounBefore(u, we, to, key)) return roleAt(short, from);
  if (ourGivenName(ctx, ws, we, entity)) return roleAt('full', ws);
  // A German genitive ("der Sturz Assads"): the capitalised word before is the noun that governs it.
  if (germanGenitive(u, to, key)) return roleAt(short, from);
  const first = givenBeforeMiddle(ctx, ws, entity);
  if (first >= 0) return roleAt('full', first);
  return roleAt(namesakeInPassing(u, ws, to) ? 'aside' : 'other', from);
}

function ourGivenName(ctx: ScanContext, ws: number, we: number, entity: number): boolean {
  const word = text(ctx.units, ws, we);
  return givenOf(ctx, entity).some((g) => sameGivenName(word, g));
}

/** Whether the surname ending at `to` is its key plus a German genitive -s ("Assads"), in Latin script. */
function germanGenitive(u: Uint16Array, to: number, key: string): boolean {
  const ws = wordStart(u, to);
  return u[to - 1] === 0x73 && to - ws === key.length + 1 && scriptOf(u[ws]!) === 'latin' && unitsEqual(u, ws, to - 1, key);
}

/**
 * Where our given name starts right before a middle name that starts at `ws` (a father's name: "Asaad Hassan
 * al-Shaibani", "Esad Hasan Şeybani"), or -1.
 */
function givenBeforeMiddle(ctx: ScanContext, ws: number, entity: number): number {
  const u = ctx.units;
  if (ws < 2 || u[ws - 1] !== SPACE || WORD[u[ws - 2]!] !== 1) return -1;
  const first = wordStart(u, ws - 1);
  if (!looksLikeGivenName(ctx, first, ws - 1)) return -1;
  return ourGivenName(ctx, first, ws - 1, entity) ? first : -1;
}
