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

/** Entities whose name starts with `prefix` (any case), for pickers: the one-record table by index, chunks by scan. */
export async function findEntitiesByName(db: BackstoryDB, prefix: string, limit: number): Promise<StoredEntity[]> {
  const found = await db.entities.where('name').startsWithIgnoreCase(prefix).limit(limit).toArray();
  const folded = prefix.toLowerCase();
  await db.entityChunks.toCollection().until(() => found.length >= limit).each((chunk) => {
    for (const e of chunk.entities) if (found.length < limit && e.name.toLowerCase().startsWith(folded)) found.push(e);
  });
  return found;
}
