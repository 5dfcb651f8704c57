/**
 * Compiles entities into a matcher: every alias (and its inflected variants) and every cue word becomes a
 * normalised pattern in one trie; each pattern points to the records (one per alias or cue of an entity)
 * saying which entity it names and how it links.
 */
import type { Alias, Entity } from '../../data/types';
import { aliasVariants, isCyrillic, isLatin } from './inflection';
import { caseMaskOf, letterCase, normalizeAlias } from './normalize';
import { buildTrie } from './trie';
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

/** Given names in a person's full-name alias: the words before the surname, without articles. */
function givenNames(form: string): string[] {
  return form.split(' ').slice(0, -1).filter((w) => !ARTICLES.has(w) && w.length > 1);
}

function isAcronym(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
    else if (c >= 0x80) {
      const kind = letterCase(c);
      if (kind === 'upper') letters++;
      else if (kind === 'lower') return false;
    }
  }
  return letters >= 2;
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

function cueDraft(index: number, cue: string): RecordDraft | null {
  const form = normalizeAlias(cue);
  if (!form) return null;
  let flags = F_CUE | scriptFlags(form);
  if (flags & F_LATIN) flags |= F_TURKIC;
  return { form, link: null, patterns: [form], entity: index, flags, mask: null, aux: null };
}

function tableOf(entities: readonly Entity[], drafts: readonly RecordDraft[]): MatcherTable {
  const given = entities.map(() => '');
  for (const d of drafts) {
    if (!(d.flags & F_PERSON) || d.link !== 'always') continue;
    for (const g of givenNames(d.form)) if (!` ${given[d.entity]} `.includes(` ${g} `)) given[d.entity] = given[d.entity] ? `${given[d.entity]} ${g}` : g;
  }
  return { ids: entities.map((e) => e.id), given, strings: [] };
}

/** Sorts in code-unit order, bucketed by the first two units (far fewer comparisons than one big sort). */
function sortPatterns(patterns: string[]): string[] {
  const buckets = new Map<number, string[]>();
  for (const p of patterns) {
    const key = p.charCodeAt(0) * 65536 + (p.length > 1 ? p.charCodeAt(1) : 0);
    const b = buckets.get(key);
    if (b) b.push(p);
    else buckets.set(key, [p]);
  }
  const out: string[] = [];
  for (const key of [...buckets.keys()].sort((a, b) => a - b)) for (const p of buckets.get(key)!.sort()) out.push(p);
  return out;
}

/** Pattern → record table: one record inline, several in `multi`. */
function patternRecords(drafts: readonly RecordDraft[]): { sorted: string[]; patRec: Int32Array; multi: Int32Array } {
  const first = new Map<string, number>();
  const more = new Map<string, number[]>();
  for (let r = 0; r < drafts.length; r++) {
    for (const p of drafts[r]!.patterns) {
      const seen = first.get(p);
      if (seen === undefined) first.set(p, r);
      else if (seen !== r) {
        const list = more.get(p) ?? [seen];
        if (!list.includes(r)) list.push(r);
        more.set(p, list);
      }
    }
  }
  const sorted = sortPatterns([...first.keys()]);
  const patRec = new Int32Array(sorted.length);
  const multi: number[] = [];
  for (let id = 0; id < sorted.length; id++) {
    const p = sorted[id]!;
    const list = more.size ? more.get(p) : undefined;
    if (!list) patRec[id] = first.get(p)!;
    else {
      patRec[id] = -(multi.length + 1);
      multi.push(list.length, ...list);
    }
  }
  return { sorted, patRec, multi: Int32Array.from(multi) };
}

/** Compiles the dictionary; call once per fact-base version. */
export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  const drafts: RecordDraft[] = [];
  entities.forEach((e, i) => {
    for (const a of e.aliases) {
      const d = aliasDraft(e, i, a);
      if (d) drafts.push(d);
    }
    for (const c of e.cues) {
      const d = cueDraft(i, c);
      if (d) drafts.push(d);
    }
  });
  drafts.sort((a, b) => (b.mask ? 1 : 0) - (a.mask ? 1 : 0)); // exact-case records first: `recMask` covers only them
  const { sorted, patRec, multi } = patternRecords(drafts);
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
      if (!stringId.has(d.aux)) stringId.set(d.aux, table.strings.push(d.aux) - 1);
      recAux[r] = stringId.get(d.aux)!;
    }
    if (d.mask) {
      recMask[r] = masks.length;
      for (const bit of d.mask) masks.push(bit);
    }
  }
  return { trie: buildTrie(sorted), patRec, multi, recEntity, recFlags, recAux, recMask, masks: Uint8Array.from(masks), table };
}
