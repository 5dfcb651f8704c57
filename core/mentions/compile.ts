/**
 * Compiles entities into a matcher: every alias (and its inflected variants) and every cue word becomes a
 * normalised pattern in one trie; each pattern points to the records (one per alias or cue of an entity)
 * saying which entity it names and how it links.
 */
import type { Alias, Entity } from '../../data/types';
import { aliasVariants, isCyrillic, isLatin } from './inflection';
import { caseMaskOf, letterCase, normalizeAlias } from './normalize';
import { packPatternRecords, upperFirstPatterns } from './pattern-records';
import { addPlaceTails } from './place-tails';
import { russianForms } from './russian';
import { alphabetOf, buildTrie, type Alphabet } from './trie';
import {
  F_ACRONYM, F_CUE, F_CYRILLIC, F_EXACT, F_LATIN, F_PARADIGM_SHIFT, F_PERSON, F_PLACE, F_SHORT, F_TURKIC, LINKS,
  type CompiledMatcher, type MatcherTable,
} from './types';

interface RecordDraft {
  form: string;
  link: Alias['link'] | null;
  patterns: string[];
  entity: number;
  flags: number;
  mask: Uint8Array | null;
  aux: string | null;
}

const ARTICLES = new Set(['al', 'el', 'ul', 'as', 'ash', 'ad', 'an', 'at', 'az', 'es', 'ar', 'аль', 'ал', 'аш', 'ас', 'ад', 'ат', 'ан', 'эль', 'эш']);

/** The surname key of a person's alias: its last word without an Arabic article. */
export function surnameKey(form: string): string {
  const last = form.slice(form.lastIndexOf(' ') + 1);
  return last.startsWith('ال') && last.length > 3 ? last.slice(2) : last;
}

/**
 * The given name in a person's full-name alias: its first word before the surname (articles skipped). Middle
 * names and patronymics are left out on purpose: they are often a relative's given name ("Ilham Heydar oghlu
 * Aliyev" — Heydar Aliyev is his father; "Ahmed Hussein al-Sharaa" — Hussein al-Sharaa is his), and that
 * relative is a namesake, not another spelling of ours.
 */
function givenNames(form: string): string[] {
  for (let at = 0, end = form.indexOf(' '); end >= 0; at = end + 1, end = form.indexOf(' ', at)) {
    if (end - at < 2) continue;
    const word = form.slice(at, end);
    if (!ARTICLES.has(word)) return [word];
  }
  return [];
}

/** Capitals, with digits counted too: a code such as "D8" or "D-8" is as ambiguous as an acronym. */
export function isAcronym(text: string): boolean {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
    else if (c >= 0x30 && c <= 0x39) digits++;
    else if (c >= 0x80) {
      const kind = letterCase(c);
      if (kind === 'upper') letters++;
      else if (kind === 'lower') return false;
    }
  }
  return letters >= 1 && letters + digits >= 2;
}

function scriptFlags(form: string): number {
  const c = form.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x250)) return F_LATIN;
  if (c >= 0x400 && c < 0x530) return F_CYRILLIC;
  return (isLatin(form) ? F_LATIN : 0) | (isCyrillic(form) ? F_CYRILLIC : 0);
}

function aliasDraft(entity: Entity, index: number, alias: Alias): RecordDraft | null {
  const form = normalizeAlias(alias.text);
  if (!form) return null;
  const person = entity.type === 'person';
  let flags = LINKS.indexOf(alias.link) | scriptFlags(form);
  if (alias.case === 'exact') flags |= F_EXACT;
  if (person) flags |= F_PERSON | (alias.link !== 'always' ? F_SHORT : 0);
  if (entity.type === 'place') flags |= F_PLACE;
  if (isAcronym(alias.text)) flags |= F_ACRONYM;
  else if (flags & F_LATIN) flags |= F_TURKIC;
  const mask = alias.case === 'exact' ? caseMaskOf(alias.text) : null;
  const { patterns, paradigm } = mask ? { patterns: [form], paradigm: 0 } : aliasVariants(form, entity.type, flags & (F_LATIN | F_CYRILLIC));
  flags |= paradigm << F_PARADIGM_SHIFT;
  const aux = person ? surnameKey(form) : flags & F_ACRONYM ? form : null;
  return { form, link: alias.link, patterns, entity: index, flags, mask, aux };
}

/** A cue word; a Cyrillic one with its Russian case forms, as an alias gets them (нефть: нефти, нефтью). */
function cueDraft(index: number, cue: string): RecordDraft | null {
  const form = normalizeAlias(cue);
  if (!form) return null;
  let flags = F_CUE | scriptFlags(form);
  if (flags & F_LATIN) flags |= F_TURKIC;
  if (!(flags & F_CYRILLIC)) return { form, link: null, patterns: [form], entity: index, flags, mask: null, aux: null };
  const { patterns, paradigm } = russianForms(form, false);
  return { form, link: null, patterns, entity: index, flags: flags | (paradigm << F_PARADIGM_SHIFT), mask: null, aux: null };
}

function tableOf(entities: readonly Entity[], drafts: readonly RecordDraft[]): MatcherTable {
  const lists: (string[] | undefined)[] = [];
  for (const d of drafts) {
    if (!(d.flags & F_PERSON) || d.link !== 'always') continue;
    for (const g of givenNames(d.form)) {
      const list = (lists[d.entity] ??= []);
      if (!list.includes(g)) list.push(g);
    }
  }
  const given = entities.map((_, i) => lists[i]?.join(' ') ?? '');
  return { ids: entities.map((e) => e.id), given, strings: [] };
}

const SHIFT = 2097152; // 2^21: entry index bits below the key in a packed sort key

/**
 * Entry indices in (pattern, index) order, by MSD radix over the alphabet: the next few symbols of each pattern
 * (alphabet ranks keep code-unit order; 0 past the end) and its place in the range are packed in one double and
 * sorted natively; runs that share those symbols recurse on the next ones. No Map, no string comparisons.
 */
function insertionSort(pats: readonly string[], order: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const e = order[i]!;
    const p = pats[e]!;
    let j = i - 1;
    for (; j >= from && (pats[order[j]!]! > p || (pats[order[j]!]! === p && order[j]! > e)); j--) order[j + 1] = order[j]!;
    order[j + 1] = e;
  }
}

function sortRange(pats: readonly string[], order: Int32Array, from: number, to: number, at: number, symOf: Uint16Array, size: number): void {
  const n = to - from;
  if (n <= 12) return insertionSort(pats, order, from, to);
  const bits = 32 - Math.clz32(size); // symbols 1..size; 0 past the end
  const depth = Math.max(1, Math.floor(32 / bits)); // key < 2^32, so key * SHIFT stays exact in a double
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = pats[order[from + i]!]!;
    let key = 0;
    for (let k = at; k < at + depth; k++) key = key * (1 << bits) + (k < p.length ? symOf[p.charCodeAt(k)]! : 0);
    keys[i] = key * SHIFT + i;
  }
  keys.sort();
  const was = order.slice(from, to);
  for (let i = 0; i < n; i++) order[from + i] = was[keys[i]! % SHIFT]!;
  for (let i = 0; i < n; ) {
    const key = Math.floor(keys[i]! / SHIFT);
    let j = i + 1;
    while (j < n && Math.floor(keys[j]! / SHIFT) === key) j++;
    if (j - i > 1 && key % (1 << bits) !== 0) sortRange(pats, order, from + i, from + j, at + depth, symOf, size);
    i = j;
  }
}

function sortedOrder(pats: readonly string[], symOf: Uint16Array, size: number): Int32Array {
  const order = new Int32Array(pats.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  sortRange(pats, order, 0, order.length, 0, symOf, size);
  return order;
}

/** Pattern → record table: one record inline, several in `multi`. Patterns sorted, equal ones merged. */
function patternRecords(drafts: readonly RecordDraft[]): { sorted: string[]; patRec: Int32Array; multi: Int32Array; alphabet: Alphabet } {
  const pats: string[] = [];
  let total = 0;
  for (const d of drafts) total += d.patterns.length;
  const recs = new Int32Array(total);
  for (let r = 0; r < drafts.length; r++) {
    for (const p of drafts[r]!.patterns) recs[pats.push(p) - 1] = r;
  }
  if (pats.length >= SHIFT) throw new Error(`too many alias patterns (at most ${SHIFT - 1})`);
  const alphabet = alphabetOf(pats);
  const order = sortedOrder(pats, alphabet.symOf, alphabet.size);
  const sorted: string[] = [];
  const patRec = new Int32Array(order.length);
  const multi: number[] = [];
  for (let i = 0; i < order.length; ) {
    const p = pats[order[i]!]!;
    let j = i + 1;
    while (j < order.length && pats[order[j]!] === p) j++;
    const id = sorted.push(p) - 1;
    const first = recs[order[i]!]!;
    let distinct = 1;
    for (let k = i + 1; k < j; k++) if (recs[order[k]!] !== first) distinct = 2;
    if (distinct === 1) patRec[id] = first;
    else {
      const list = [first];
      for (let k = i + 1; k < j; k++) if (!list.includes(recs[order[k]!]!)) list.push(recs[order[k]!]!);
      patRec[id] = -(multi.length + 1);
      multi.push(list.length, ...list);
    }
    i = j;
  }
  return { sorted, patRec: patRec.slice(0, sorted.length), multi: Int32Array.from(multi), alphabet };
}

function flatten(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Compiles the dictionary; call once per fact-base version. */
export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  let drafts: RecordDraft[] = [];
  entities.forEach((e, i) => {
    const own = drafts.length;
    for (const a of e.aliases) {
      const d = aliasDraft(e, i, a);
      if (d) drafts.push(d);
    }
    if (e.type === 'place' && drafts.length - own > 1) addPlaceTails(drafts.slice(own));
    for (const c of e.cues) {
      const d = cueDraft(i, c);
      if (d) drafts.push(d);
    }
  });
  // Exact-case records first (`recMask` covers only them), otherwise in order: a stable partition.
  const exactFirst = drafts.filter((d) => d.mask);
  for (const d of drafts) if (!d.mask) exactFirst.push(d);
  drafts = exactFirst;
  const { sorted, patRec, multi, alphabet } = patternRecords(drafts);
  const table = tableOf(entities, drafts);
  const stringId = new Map<string, number>();
  const n = drafts.length;
  const recEntity = new Int32Array(n);
  const recFlags = new Uint16Array(n);
  const recAux = new Int32Array(n).fill(-1);
  const recMask = new Int32Array(drafts.filter((d) => d.mask).length);
  const masks: number[] = [];
  for (let r = 0; r < n; r++) {
    const d = drafts[r]!;
    recEntity[r] = d.entity;
    recFlags[r] = d.flags;
    if (d.aux !== null) {
      let id = stringId.get(d.aux);
      if (id === undefined) stringId.set(d.aux, (id = table.strings.push(d.aux) - 1));
      recAux[r] = id;
    }
    if (d.mask) {
      recMask[r] = masks.length;
      for (const bit of d.mask) masks.push(bit);
    }
  }
  // Given names are joined (flat) and entity ids come from the entities as they are; only keys sliced from a
  // longer alias form are copied, or the slice would keep the whole form alive (V8 shares slices of 13 units
  // or more with their parent).
  const compact: MatcherTable = { ids: table.ids, given: table.given.map(flatten), strings: table.strings.map(flatten) };
  const maskBytes = Uint8Array.from(masks);
  const trie = buildTrie(sorted, alphabet, upperFirstPatterns(patRec, multi, recFlags, recMask, maskBytes));
  packPatternRecords(patRec, recFlags);
  return { trie, patRec, multi, recEntity, recFlags, recAux, recMask, masks: maskBytes, table: compact };
}
