/**
 * Shapes shared by the mention finder's modules. Candidates are plain JSON: they cross the
 * background → content-script message boundary, and page-level resolution needs nothing else.
 */
import type { AliasLink } from '../../data/types';
import type { Trie } from './trie';

/** A linked name in one block: UTF-16 offsets into the block's original string. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  entity: string;
}

/**
 * What the background scan found in one block.
 * - `alias`: a known spelling of `entity`. `role` says whether it names the entity in full (`full`, also a bare
 *   surname right after our given name in any near spelling), is a surname after a fitting initial (`initial`,
 *   "S.Şərifov"), a short form such as a bare surname (`short`), or that surname right after someone else's
 *   given name or initial (`other`: a namesake, never linked), or a namesake mentioned in passing (`aside`: a
 *   relative or an eponym, never linked, and the bare surnames after it are not taken as the namesake's). `key` is the surname key shared by full and short forms of a person.
 *   `def` says the page defines this acronym here: as our entity (`self`) or as something else (`other`).
 *   `block` marks a place name used as the name of something else (`head`: "Karabakh field", `quote`).
 * - `cue`: a cue word of the listed entities occurs in the block (once per block and cue word; `scanBlocks` reports
 *   it only in the first block of the call that has it).
 */
export type Candidate = AliasCandidate | CueCandidate;

export interface AliasCandidate {
  t: 'alias';
  start: number;
  end: number;
  entity: string;
  link: AliasLink;
  role: 'full' | 'initial' | 'short' | 'other' | 'aside';
  key?: string;
  /** The alias's normalised form (acronyms only: a page-level definition applies to every occurrence). */
  form?: string;
  def?: 'self' | 'other';
  block?: 'head' | 'quote';
}

export interface CueCandidate {
  t: 'cue';
  start: number;
  end: number;
  /** Which cue word (stable within one compiled matcher), so a page can count distinct cues. */
  cue: number;
  entities: string[];
}

/** Bit layout of a record's flags. */
export const F_LINK_MASK = 3; // 0 always, 1 context, 2 after-full
export const F_EXACT = 1 << 2;
export const F_CUE = 1 << 3;
export const F_SHORT = 1 << 4;
export const F_PERSON = 1 << 5;
export const F_PLACE = 1 << 6;
export const F_TURKIC = 1 << 7;
export const F_ACRONYM = 1 << 8;
export const F_LATIN = 1 << 9;
export const F_CYRILLIC = 1 << 10;
/** Bits 11–14: Russian paradigm id of a stem pattern (its case ending is checked at match time). */
export const F_PARADIGM_SHIFT = 11;
/** A place whose own name carries a head noun ("Al-Kashma oil field"): that noun before its name is its own. */
export const F_OWN_HEAD = 1 << 15;
/** An alias written with a capital, in a script with capitals: text in lower case is another word ("дамаск", damask). */
export const F_CAPITAL = 1 << 16;

export const LINKS: readonly AliasLink[] = ['always', 'context', 'after-full'];

/**
 * The compiled dictionary: a trie of every normalised alias variant and cue word, and per pattern the records
 * (entity, flags) it stands for. Typed arrays plus a small JSON-able table; built once per fact-base version.
 */
export interface CompiledMatcher {
  readonly trie: Trie;
  /**
   * Per pattern: its record id with the flags a walk tests packed above it (>= 0, see `pattern-records.ts`), or
   * -(k + 1) where `multi[k]` is a count followed by record ids.
   */
  readonly patRec: Int32Array;
  readonly multi: Int32Array;
  /**
   * Per record (one per alias or cue of an entity), side by side (`REC_STRIDE` words, see `pattern-records.ts`):
   * its flags, its entity index, and the string index of its surname key (persons) or acronym form, else -1.
   */
  readonly recs: Int32Array;
  /** Offset of each exact-case record's upper-case mask in `masks`; exact-case records are numbered first. */
  readonly recMask: Int32Array;
  readonly masks: Uint8Array;
  /** Where a cue word may begin, by the first two symbols (see `cue-starts.ts`). */
  readonly cueStarts: Uint8Array;
  readonly table: MatcherTable;
}

export interface MatcherTable {
  readonly ids: string[];
  /** Normalised given names per entity, space-separated ("ilham" for Ilham Aliyev; "" for non-persons). */
  readonly given: string[];
  readonly strings: string[];
}
