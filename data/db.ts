/**
 * The Dexie database. It lives in the extension origin only (background, popup, options): a content
 * script's IndexedDB would belong to the web page's origin. Schema versions are append-only: never edit
 * a released `version(n)`, add `version(n + 1)` with an `.upgrade()` instead.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ReaderAddition } from './reader-types';
import type { Snippet } from './snippet-types';
import type { PackInfo, StoredEntity } from './types';

export type PackSource = 'shipped' | 'imported' | 'reader';

export interface StoredPack extends PackInfo {
  source: PackSource;
  enabled: 'yes' | 'no';
  entityCount: number;
  installedAt: number;
  /** `packDigest` of the entities as installed (records written before it existed have none). */
  digest?: string;
}

/** A few hundred entities of one imported pack in one record (see entity-store.ts). */
export interface EntityChunk {
  id: string;
  packId: string;
  /** The ids of `entities`, in order: a multi-entry index finds the chunk that holds an id. */
  ids: string[];
  entities: StoredEntity[];
}

/** Small key-value records: fact-base version, matcher cache, settings. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export type BackstoryDB = Dexie & {
  packs: EntityTable<StoredPack, 'id'>;
  entities: EntityTable<StoredEntity, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
  snippets: EntityTable<Snippet, 'id'>;
  additions: EntityTable<ReaderAddition, 'id'>;
  entityChunks: EntityTable<EntityChunk, 'id'>;
};

export const DB_NAME = 'backstory';

/** Opens (lazily) the database; tests pass their own `indexedDB` factory in `options`. */
export function openDatabase(name = DB_NAME, options?: DexieOptions): BackstoryDB {
  const db = new Dexie(name, options) as BackstoryDB;
  db.version(1).stores({
    packs: 'id, source',
    entities: 'id, packId, name',
    meta: 'key',
  });
  // v2: the reader's saved snippets.
  db.version(2).stores({
    snippets: 'id, url, site, savedAt, *entityIds',
  });
  // v3: what the reader added to entities of any pack (aliases, facts, notes); packs never write here.
  db.version(3).stores({
    additions: 'id, entityId, addedAt',
  });
  // v4: imported packs' entities in chunks of a few hundred per record (one record per entity is slow to write).
  db.version(4).stores({
    entityChunks: 'id, packId, *ids',
  });
  return db;
}
