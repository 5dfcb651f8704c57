/**
 * Compiles entities into a matcher: every alias (and its inflected variants) and every cue word becomes a
 * normalised pattern in one trie; each pattern points to the records (one per alias or cue of an entity)
 * saying which entity it names and how it links.
 */
import type { Alias, Entity } from '../../data/types';
import { cueStartsOf } from './cue-starts';
import { aliasVariants, isCyrillic, isLatin } from './inflection';
import { caseMaskOf, letterCase, normalizeAlias } from './normalize';
import { packPatternRecords, REC_STRIDE, upperFirstPatterns } from './pattern-records';
import { addPlaceTails } from './place-tails';
import { russianForms } from './russian';
import { PatternList, patternTable } from './patterns';
import { trieOf } from './trie';
import {
  F_ACRONYM, F_CAPITAL, F_CUE, F_CYRILLIC, F_EXACT, F_LATIN, F_LINK_MASK, F_OWN_HEAD, F_PARADIGM_SHIFT, F_PERSON, F_PLACE, F_SHORT, F_TURKIC, LINKS,
  type CompiledMatcher, type MatcherTable,
} from './types';

/**
 * Records as they are drafted, one column per field (an object and a pattern list per record cost more in
 * allocation and garbage collection than the rest of drafting), and their patterns. Exact-case records are
 * numbered first only at the end.
 */
interface Drafts {
  forms: string[];
  entity: number[];
  flags: number[];
  aux: (string | null)[];
  masks: (Uint8Array | null)[];
  patterns: PatternList;
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

/** Adds a record (its patterns are already in `d.patterns`, under its number). */
function addRecord(d: Drafts, entity: number, form: string, flags: number, mask: Uint8Array | null, aux: string | null): void {
  d.entity.push(entity);
  d.flags.push(flags);
  d.masks.push(mask);
  d.aux.push(aux);
  d.forms.push(form);
}

/** An Arabic article before a name ("Al-Kashma", "El-Beşir", "Аль-Кашма"), often written in lower case. */
const ARTICLE_FIRST = /^(al|el|as|ash|ad|an|ar|at|az|aş|eş|es|ed|ec|аль|ал|аш|ас|ад|ан|ар|ат|аз|эль|эш|эс|эд|эн|эр|эт)[-‐‑ ]/iu;

function aliasDraft(d: Drafts, entity: Entity, index: number, alias: Alias): boolean {
  const form = normalizeAlias(alias.text);
  if (!form) return false;
  const person = entity.type === 'person';
  let flags = LINKS.indexOf(alias.link) | scriptFlags(form);
  if (alias.case === 'exact') flags |= F_EXACT;
  if (person) flags |= F_PERSON | (alias.link !== 'always' ? F_SHORT : 0);
  if (entity.type === 'place') flags |= F_PLACE;
  if (isAcronym(alias.text)) flags |= F_ACRONYM;
  else if (flags & F_LATIN) flags |= F_TURKIC;
  if (flags & (F_LATIN | F_CYRILLIC) && letterCase(alias.text.charCodeAt(0)) === 'upper' && !ARTICLE_FIRST.test(alias.text)) flags |= F_CAPITAL;
  const mask = alias.case === 'exact' ? caseMaskOf(alias.text) : null;
  d.patterns.record = d.forms.length;
  if (mask) d.patterns.add(form);
  else flags |= aliasVariants(form, entity.type, flags & (F_LATIN | F_CYRILLIC), d.patterns) << F_PARADIGM_SHIFT;
  addRecord(d, index, form, flags, mask, person ? surnameKey(form) : flags & F_ACRONYM ? form : null);
  return true;
}

/** A cue word; a Cyrillic one with its Russian case forms, as an alias gets them (нефть: нефти, нефтью). */
function cueDraft(d: Drafts, index: number, cue: string): void {
  const form = normalizeAlias(cue);
  if (!form) return;
  let flags = F_CUE | scriptFlags(form);
  if (flags & F_LATIN) flags |= F_TURKIC;
  d.patterns.record = d.forms.length;
  if (!(flags & F_CYRILLIC)) d.patterns.add(form);
  else flags |= russianForms(form, null, d.patterns) << F_PARADIGM_SHIFT;
  addRecord(d, index, form, flags, null, null);
}

/** Given names per entity, from its full-name person records (`order`: record → draft). */
function givenOf(entities: readonly Entity[], d: Drafts, order: Int32Array): string[] {
  const lists: (string[] | undefined)[] = [];
  for (const r of order) {
    if (!(d.flags[r]! & F_PERSON) || (d.flags[r]! & F_LINK_MASK) !== 0) continue;
    for (const g of givenNames(d.forms[r]!)) {
      const list = (lists[d.entity[r]!] ??= []);
      if (!list.includes(g)) list.push(g);
    }
  }
  return entities.map((_, i) => lists[i]?.join(' ') ?? '');
}

function flatten(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Compiles the dictionary; call once per fact-base version. */
export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  const d: Drafts = { forms: [], entity: [], flags: [], aux: [], masks: [], patterns: new PatternList() };
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const own = d.forms.length;
    for (const a of e.aliases) aliasDraft(d, e, i, a);
    const end = d.forms.length;
    const tailed = e.type === 'place' && end - own > 1 && addPlaceTails(d, own, end, (p, r) => {
        d.patterns.record = r;
        d.patterns.add(p);
      });
    if (tailed) for (let r = own; r < end; r++) d.flags[r] = d.flags[r]! | F_OWN_HEAD;
    for (const c of e.cues) cueDraft(d, i, c);
  }
  // Exact-case records first (`recMask` covers only them), otherwise in order: a stable partition.
  const n = d.forms.length;
  const order = new Int32Array(n); // record → draft
  const recOf = new Int32Array(n); // draft → record
  let exact = 0;
  for (let r = 0; r < n; r++) if (d.masks[r]) order[exact++] = r;
  for (let r = 0, k = exact; r < n; r++) if (!d.masks[r]) order[k++] = r;
  for (let r = 0; r < n; r++) recOf[order[r]!] = r;
  const { packed, alphabet, patRec, multi } = patternTable(d.patterns, recOf);
  const strings: string[] = [];
  const stringId = new Map<string, number>();
  const recs = new Int32Array(n * REC_STRIDE);
  const recMask = new Int32Array(exact);
  let maskBytes = 0;
  for (let r = 0; r < exact; r++) maskBytes += d.masks[order[r]!]!.length;
  const masks = new Uint8Array(maskBytes);
  for (let r = 0, at = 0; r < n; r++) {
    const k = order[r]!;
    const aux = d.aux[k]!;
    let id = -1;
    if (aux !== null) {
      id = stringId.get(aux) ?? -1;
      if (id < 0) stringId.set(aux, (id = strings.push(aux) - 1));
    }
    const base = r * REC_STRIDE;
    recs[base] = d.flags[k]!;
    recs[base + 1] = d.entity[k]!;
    recs[base + 2] = id;
    const mask = d.masks[k];
    if (mask) {
      recMask[r] = at;
      masks.set(mask, at);
      at += mask.length;
    }
  }
  // Given names are joined (flat) and entity ids come from the entities as they are; only keys sliced from a
  // longer alias form are copied, or the slice would keep the whole form alive (V8 shares slices of 13 units
  // or more with their parent).
  const table: MatcherTable = { ids: entities.map((e) => e.id), given: givenOf(entities, d, order).map(flatten), strings: strings.map(flatten) };
  const trie = trieOf(packed, alphabet, upperFirstPatterns(patRec, multi, recs, recMask, masks));
  const cueStarts = cueStartsOf(packed, trie.width, patRec, multi, recs);
  packPatternRecords(patRec, recs);
  return { trie, patRec, multi, recs, recMask, masks, cueStarts, table };
}
