/**
 * Acronyms defined on the page. "Office of Thrift Supervision (OTS)" or "OTS (Office of Thrift Supervision)":
 * when the words next to the parenthesis spell the acronym, the page says what it means here. If those words are
 * one of our entity's names, the acronym is ours (`self`); otherwise it means something else (`other`) and no
 * occurrence on the page links. An acronym right before a technical noun ("HTS codes") means something else too.
 */
import * as chars from './chars';
import { recEntity } from './pattern-records';
import type { Hit, ScanContext } from './scan-context';
import * as starts from './word-starts';

// Module-local copies (some loaders compile imports to getters).
const { SPACE, WORD, unitsText } = chars;
const { startOf, startsOf } = starts;

const OPEN = 0x28;
const CLOSE = 0x29;
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', 'de', 'des', 'du', 'la', 'le', 'el', 'al', 've', 'und', 'der', 'die', 'das', 'für', 'fur', 'и', 'по', 'в', 'de', 'do', 'da', 'of', 'at', 'an', 'a']);
const MAX_WORDS = 12;

interface Word { from: number; to: number; text: string }

function wordsBetween(u: Uint16Array, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && WORD[u[i]!] !== 1) i++;
    const s = i;
    while (i < to && WORD[u[i]!] === 1) i++;
    if (i > s) words.push({ from: s, to: i, text: unitsText(u, s, i) });
  }
  return words;
}

/** Matches the acronym's letters to the words' initials (function words skipped, one stray word allowed). */
function spells(letters: string, words: readonly Word[]): Word[] | null {
  const used: Word[] = [];
  let i = 0;
  let stray = 0;
  for (const w of words) {
    if (i >= letters.length) break;
    if (FUNCTION_WORDS.has(w.text)) continue;
    if (w.text[0] === letters[i]) {
      used.push(w);
      i++;
    } else if (stray++ > 0 || used.length === 0) return null;
  }
  return i === letters.length && used.length >= 2 ? used : null;
}

/** The last `max` words before `end`, nearest first. */
function wordsBefore(u: Uint16Array, end: number, max: number): Word[] {
  const words: Word[] = [];
  let i = end;
  while (i > 0 && words.length < max) {
    while (i > 0 && WORD[u[i - 1]!] !== 1) i--;
    const e = i;
    while (i > 0 && WORD[u[i - 1]!] === 1) i--;
    if (e > i) words.push({ from: i, to: e, text: unitsText(u, i, e) });
  }
  return words;
}

function expansionBefore(u: Uint16Array, from: number, letters: string): Word[] | null {
  if (u[from - 1] !== OPEN) return null;
  let end = from - 1;
  if (u[end - 1] === SPACE) end--;
  return spells([...letters].reverse().join(''), wordsBefore(u, end, MAX_WORDS));
}

function expansionAfter(u: Uint16Array, to: number, letters: string): Word[] | null {
  const open = u[to] === OPEN ? to : u[to] === SPACE && u[to + 1] === OPEN ? to + 1 : -1;
  if (open < 0) return null;
  let close = open + 1;
  while (close < u.length && close < open + 200 && u[close] !== CLOSE) close++;
  return spells(letters, wordsBetween(u, open + 1, close).slice(0, MAX_WORDS));
}

/**
 * Nouns that, right after an acronym, show it names a technical thing or a road (HTS codes and HTS tapes, OTS
 * fonts, a D8 dexer, SOCAR cars, the D8 motorway, HTS kayıtları: Turkish call records): the page uses the letters in
 * another sense.
 */
const TECHNICAL_HEADS = new Set(`code codes tariff tariffs classification heading headings subheading number numbers
  superconductor superconductors tape tapes wire wires cable cables magnet magnets coil coils font fonts sanitizer
  library package file files dexer compiler app apps car cars bulldozer bulldozers dozer dozers tractor tractors
  engine engines motorway motorways highway highways road roads autobahn expressway freeway karayolu otoyolu
  record records kayit kaydi kayitlari kayitlarini kayitlarinda kayitlarina`
  .split(/\s+/).filter(Boolean));
const TECHNICAL_STARTS = startsOf(TECHNICAL_HEADS);

function technicalUse(u: Uint16Array, to: number): boolean {
  if (u[to] !== SPACE || !TECHNICAL_STARTS.has(startOf(u, to + 1))) return false;
  let e = to + 1;
  while (e < u.length && WORD[u[e]!] === 1 && e - to < 20) e++;
  return e > to + 1 && (e >= u.length || WORD[u[e]!] !== 1) && TECHNICAL_HEADS.has(unitsText(u, to + 1, e));
}

/** Whether a dash set apart by spaces follows the acronym in the original text ("ОТГ — объединенные громады"). */
function dashAfter(ctx: ScanContext, to: number): boolean {
  const text = ctx.orig;
  let a = ctx.norm.start[to]!;
  if (text.charCodeAt(a) !== 0x20) return false;
  while (text.charCodeAt(a) === 0x20) a++;
  const c = text.charCodeAt(a);
  return (c === 0x2014 || c === 0x2013 || c === 0x2d) && text.charCodeAt(a + 1) === 0x20;
}

/** The words after `to` up to the end of the clause (a comma, a stop, a bracket), at most `MAX_WORDS`. */
function clauseAfter(u: Uint16Array, to: number): Word[] {
  let end = to;
  while (end < u.length && end < to + 200 && !CLAUSE_END.has(u[end]!)) end++;
  return wordsBetween(u, to, end).slice(0, MAX_WORDS);
}

const CLAUSE_END = new Set([0x2c, 0x2e, 0x3b, 0x3a, 0x28, 0x29]);

export function acronymDefinition(ctx: ScanContext, hits: readonly Hit[], count: number, hit: Hit, entity: number): 'self' | 'other' | null {
  const u = ctx.units;
  if (technicalUse(u, hit.to)) return 'other';
  const nextToParen = u[hit.from - 1] === OPEN || u[hit.to] === OPEN || (u[hit.to] === SPACE && u[hit.to + 1] === OPEN);
  const dash = !nextToParen && dashAfter(ctx, hit.to);
  if (!nextToParen && !dash) return null;
  const letters = unitsText(u, hit.from, hit.to).replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  const words = dash ? spells(letters, clauseAfter(u, hit.to)) : (expansionBefore(u, hit.from, letters) ?? expansionAfter(u, hit.to, letters));
  if (!words) return null;
  const from = Math.min(...words.map((w) => w.from));
  const to = Math.max(...words.map((w) => w.to));
  const ours = hits.slice(0, count).some((h) => h !== hit && h.from < to && from < h.to && h.recs.some((r) => recEntity(ctx.m.recs, r) === entity));
  return ours ? 'self' : 'other';
}
