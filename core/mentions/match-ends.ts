/**
 * Where a trie match really ends in the text: an alias may take an inflection suffix (Turkish after an
 * apostrophe, Azerbaijani by vowel harmony, a Russian case ending of its paradigm) but never ends inside another
 * word; a cue word may take a plural or case ending. Also the letter-case test of exact-case aliases.
 */
import * as chars from './chars';
import * as russian from './russian';
import type { ScanContext } from './scan-context';
import * as turkic from './turkic';
import * as T from './types';

// Module-local copies of imported bindings: some loaders (tsx) compile imports to getter calls, and these
// functions run for every match the trie walk finds.
const { APOSTROPHE, WORD, scriptOf, unitsText, wordEnd, wordStart } = chars;
const { isRussianEnding } = russian;
const { isCueEnding, isTurkicSuffix, lastVowel, mayBeTurkicSuffix, turkicLower } = turkic;
const { F_LATIN, F_TURKIC, F_PARADIGM_SHIFT } = T;

function stemVowel(ctx: ScanContext, end: number): string | null {
  return lastVowel(turkicLower(ctx.slice(wordStart(ctx.units, end), end)));
}

/** After a name and an apostrophe: Turkish suffixes (Fidan'ın) join the mention; English 's does not. */
function apostropheEnd(ctx: ScanContext, e: number): number {
  const we = wordEnd(ctx.units, e + 1);
  if (we === e + 1) return e;
  const suffix = ctx.slice(e + 1, we);
  if (suffix.toLowerCase() === 's') return e;
  return isTurkicSuffix(suffix, null) ? we : e;
}

/** A Russian stem match: the rest of the word must be a case ending of its paradigm. */
function russianEnd(ctx: ScanContext, e: number, paradigm: number): number {
  const we = wordEnd(ctx.units, e);
  if (we - e > 3) return -1;
  return isRussianEnding(paradigm, unitsText(ctx.units, e, we)) ? we : -1;
}

/** Where an alias match really ends (suffix included), or -1 when it ends inside another word. */
export function aliasEnd(ctx: ScanContext, e: number, flags: number): number {
  const u = ctx.units;
  const paradigm = (flags >>> F_PARADIGM_SHIFT) & 15;
  if (paradigm !== 0) return russianEnd(ctx, e, paradigm);
  if (e >= u.length || WORD[u[e]!] !== 1 || WORD[u[e - 1]!] !== 1) {
    return u[e] === APOSTROPHE && flags & F_LATIN ? apostropheEnd(ctx, e) : e;
  }
  if (!(flags & F_TURKIC)) return -1;
  const we = wordEnd(u, e);
  if (!mayBeTurkicSuffix(u, e, we)) return -1;
  return isTurkicSuffix(ctx.slice(e, we), stemVowel(ctx, e)) ? we : -1;
}

/**
 * Where a cue word match really ends (a plural, case or Turkic ending included), or -1. A Russian cue compiled as
 * a stem takes the endings of its own paradigm ("нефт" + ь, и, ью).
 */
export function cueEnd(ctx: ScanContext, e: number, flags = 0): number {
  const paradigm = (flags >>> F_PARADIGM_SHIFT) & 15;
  if (paradigm !== 0) return russianEnd(ctx, e, paradigm);
  const u = ctx.units;
  if (e >= u.length || WORD[u[e]!] !== 1) return e;
  const we = wordEnd(u, e);
  if (we - e > 7) return -1;
  const script = scriptOf(u[e]!);
  if (script === 'arabic' || script === 'other') return -1;
  const rest = unitsText(u, e, we);
  if (isCueEnding(rest, script)) return we;
  return mayBeTurkicSuffix(u, e, we) && isTurkicSuffix(ctx.slice(e, we), stemVowel(ctx, e)) ? we : -1;
}

/**
 * Whether an exact-case alias has the letter case of the text it matched. A capitalised alias also matches text in
 * capitals next to more capitals ("ŞAM - SOCAR Başkan…" in a dateline, a headline in capitals): capitals say
 * nothing of case there. Alone ("SOCAR" among lower-case words) capitals are an acronym's, not a name's.
 */
export function caseMatches(ctx: ScanContext, rec: number, from: number, to: number): boolean {
  const off = ctx.m.recMask[rec]!;
  let same = true;
  for (let i = from; i < to && same; i++) same = ctx.upper(i) === (ctx.m.masks[off + i - from] === 1);
  return same || (ctx.m.masks[off] === 1 && inCapitals(ctx, from, to) && (capitalsAround(ctx, from, to) || dateline(ctx, from, to)));
}

/**
 * A dateline: the block starts with the name, and a dash follows in the original text ("ŞAM - ", "DAMASCUS –";
 * the normalised text has spaces for dashes).
 */
function dateline(ctx: ScanContext, from: number, to: number): boolean {
  for (let i = 0; i < from; i++) if (WORD[ctx.units[i]!] === 1) return false;
  const text = ctx.orig;
  const end = ctx.norm.start[to]!;
  let a = end;
  while (a < text.length && text.charCodeAt(a) === 0x20) a++;
  const c = text.charCodeAt(a);
  // A hyphen right after the word joins a compound ("SOCAR-Chef"); a dateline's dash stands apart.
  return (c === 0x2d && a > end) || c === 0x2013 || c === 0x2014;
}

/** Whether the word before or after [from, to), over at most three non-word units, is in capitals too. */
function capitalsAround(ctx: ScanContext, from: number, to: number): boolean {
  const u = ctx.units;
  let b = from;
  for (let k = 0; b > 0 && WORD[u[b - 1]!] !== 1 && k < 3; k++) b--;
  if (b > 0 && b < from && WORD[u[b - 1]!] === 1 && inCapitals(ctx, wordStart(u, b), b)) return true;
  let a = to;
  for (let k = 0; a < u.length && WORD[u[a]!] !== 1 && k < 3; k++) a++;
  return a > to && a < u.length && WORD[u[a]!] === 1 && inCapitals(ctx, a, wordEnd(u, a));
}

/** Whether every letter of normalised [from, to) came from a capital, two letters at least. */
function inCapitals(ctx: ScanContext, from: number, to: number): boolean {
  const u = ctx.units;
  let letters = 0;
  for (let i = from; i < to; i++) {
    if (WORD[u[i]!] !== 1 || (u[i]! >= 0x30 && u[i]! <= 0x39)) continue;
    if (!ctx.upper(i)) return false;
    letters++;
  }
  return letters >= 2;
}
