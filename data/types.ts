/**
 * Domain types of the fact base. Pure data: no DOM, no storage.
 * The on-disk pack format is validated by `pack-schema.ts`; these are the shapes after validation.
 */

export type EntityType = 'person' | 'organization' | 'place' | 'project' | 'event';

/** How an alias compares to text: `fold` ignores case, `exact` needs the same letter case (OTS, but not "ots"). */
export type AliasCase = 'fold' | 'exact';

/**
 * When a found alias becomes a link:
 * - `always`: wherever it appears;
 * - `context`: only when the page also names the entity in full or carries one of its cue words
 *   (acronyms, common words that are also names);
 * - `after-full`: a short form (a bare surname) that links only after the entity was named in full earlier on the page.
 */
export type AliasLink = 'always' | 'context' | 'after-full';

export interface Alias {
  text: string;
  /** BCP 47 language of the spelling (en, tr, az, ru, ar, de, ...); selects inflection rules. */
  lang?: string;
  case: AliasCase;
  link: AliasLink;
}

/** A date at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface Fact {
  text: string;
  /** The date the fact holds from; null when the source gives none. */
  from: PartialDate | null;
  /** The date it stopped holding; null while it still holds (or when unknown). */
  until: PartialDate | null;
  /** An http(s) URL of the page that states the fact. */
  source: string;
  extraSources?: string[];
  note?: string;
  /** Set by the fact base when it reads a fact the reader wrote; a pack file cannot set it (the schema drops it). */
  origin?: Origin;
}

/** Who wrote a fact or note: a pack, or the reader (shown on cards as the reader's own). */
export type Origin = 'pack' | 'reader';

/** A note the reader attached to an entity. */
export interface ReaderNote {
  text: string;
  /** Epoch milliseconds. */
  addedAt: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  aliases: Alias[];
  /** Words whose presence on a page makes a `context` alias link (e.g. "Turkic", "summit" for OTS). */
  cues: string[];
  facts: Fact[];
  related: string[];
  /** The reader's notes, merged in by the fact base when it reads an entity; never part of a pack file. */
  notes?: ReaderNote[];
}

export interface PackInfo {
  id: string;
  name: string;
  version: string;
  description?: string;
}

export interface Pack extends PackInfo {
  format: 'backstory-pack';
  formatVersion: 1;
  entities: Entity[];
}

/** An entity as stored: which pack it came from. */
export interface StoredEntity extends Entity {
  packId: string;
}
