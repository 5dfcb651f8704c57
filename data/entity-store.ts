/**
 * Where entities live. A pack written one record per entity costs Chromium about 0.1 ms per record
 * (one IndexedDB request each, whatever the durability or the indexes), so 100,000 entities took 11–15 s.
 * Imported packs are therefore stored as chunks of entities, a few hundred per record, with a multi-entry
 * index over their ids for lookups by id; the shipped and the reader's packs stay one record per entity
 * in `entities`. Everything that reads entities goes through here and sees both tables as one.
 */
import type { Table } from 'dexie';
import type { BackstoryDB, EntityChunk } from './db';
import type { StoredEntity } from './types';

/** Entities per chunk record: a record stays about 200 KB, a lookup by id reads one of them. */
export const ENTITIES_PER_CHUNK = 500;

/** The tables a transaction over entities must include. */
export function entityTables(db: BackstoryDB): [Table, Table] {
  return [db.entities, db.entityChunks];
}

/** The chunk record's key: the pack id, then the chunk's number. */
export function chunkId(packId: string, index: number): string {
  return `${packId}#${index}`;
}

export function toChunks(packId: string, entities: readonly StoredEntity[], firstIndex = 0): EntityChunk[] {
  const chunks: EntityChunk[] = [];
  for (let start = 0; start < entities.length; start += ENTITIES_PER_CHUNK) {
    const part = entities.slice(start, start + ENTITIES_PER_CHUNK);
    chunks.push({ id: chunkId(packId, firstIndex + chunks.length), packId, ids: part.map((e) => e.id), entities: part });
  }
  return chunks;
}

export async function getEntity(db: BackstoryDB, id: string): Promise<StoredEntity | undefined> {
  const direct = await db.entities.get(id);
  if (direct) return direct;
  const chunk = await db.entityChunks.where('ids').equals(id).first();
  return chunk?.entities.find((e) => e.id === id);
}

/** The entities with these ids, in order (`undefined` where none exists). */
export async function getEntities(db: BackstoryDB, ids: readonly string[]): Promise<(StoredEntity | undefined)[]> {
  const direct = await db.entities.bulkGet([...ids]);
  const missing = new Set(ids.filter((_, i) => !direct[i]));
  if (missing.size === 0) return direct;
  const found = new Map<string, StoredEntity>();
  for (const chunk of await db.entityChunks.where('ids').anyOf([...missing]).distinct().toArray()) {
    for (const e of chunk.entities) if (missing.has(e.id)) found.set(e.id, e);
  }
  return ids.map((id, i) => direct[i] ?? found.get(id));
}

/** Every stored entity, or only those of the packs given. */
export async function listEntities(db: BackstoryDB, packIds?: ReadonlySet<string>): Promise<StoredEntity[]> {
  const own = await db.entities.toArray();
  const chunks = packIds ? await db.entityChunks.where('packId').anyOf([...packIds]).toArray() : await db.entityChunks.toArray();
  const all = own.concat(...chunks.map((c) => c.entities));
  return packIds ? all.filter((e) => packIds.has(e.packId)) : all;
}

/** Ids of the entities of every pack but `packId`. */
export async function idsOutsidePack(db: BackstoryDB, packId: string): Promise<Set<string>> {
  const ids = new Set(await db.entities.where('packId').notEqual(packId).primaryKeys());
  for (const chunk of await db.entityChunks.where('packId').notEqual(packId).toArray()) for (const id of chunk.ids) ids.add(id);
  return ids;
}

export async function deletePackEntities(db: BackstoryDB, packId: string): Promise<void> {
  await db.entities.where('packId').equals(packId).delete();
  await db.entityChunks.where('packId').equals(packId).delete();
}

interface NameList {
  /** The imported packs the list was read from (id, install time, digest): a re-import or removal changes it. */
  key: string;
  /** Imported entities' ids, lower-cased names and names as written, in chunk order. */
  ids: string[];
  names: string[];
  shown: string[];
}

/** What a picker shows of an entity. */
export interface EntityName {
  id: string;
  name: string;
}

/** Per database, the imported entities' names: read from every chunk once, not at each keystroke of a picker. */
const nameLists = new WeakMap<BackstoryDB, NameList>();

async function importedNames(db: BackstoryDB): Promise<NameList> {
  const key = (await db.packs.toArray()).filter((p) => p.source === 'imported').map((p) => `${p.id}@${p.installedAt}~${p.digest ?? ''}`).sort().join('|');
  const cached = nameLists.get(db);
  if (cached?.key === key) return cached;
  const list: NameList = { key, ids: [], names: [], shown: [] };
  await db.entityChunks.each((chunk) => {
    for (const e of chunk.entities) {
      list.ids.push(e.id);
      list.names.push(e.name.toLowerCase());
      list.shown.push(e.name);
    }
  });
  nameLists.set(db, list);
  return list;
}

/**
 * Entities whose name starts with `prefix` (any case), for pickers: the one-record table by index, imported
 * entities from a list of their names read once per set of imported packs (scanning 100,000 entities' chunks
 * at each keystroke read tens of megabytes whenever the prefix matched few of them).
 */
export async function findEntitiesByName(db: BackstoryDB, prefix: string, limit: number): Promise<EntityName[]> {
  const own = await db.entities.where('name').startsWithIgnoreCase(prefix).limit(limit).toArray();
  const found: EntityName[] = own.map(({ id, name }) => ({ id, name }));
  if (found.length >= limit) return found;
  const folded = prefix.toLowerCase();
  const { ids, names, shown } = await importedNames(db);
  for (let i = 0; i < names.length && found.length < limit; i++) if (names[i]!.startsWith(folded)) found.push({ id: ids[i]!, name: shown[i]! });
  return found;
}
