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

/** Whether an exact-case alias has the letter case of the text it matched. */
export function caseMatches(ctx: ScanContext, rec: number, from: number, to: number): boolean {
  const off = ctx.m.recMask[rec]!;
  for (let i = from; i < to; i++) if (ctx.upper(i) !== (ctx.m.masks[off + i - from] === 1)) return false;
  return true;
}
