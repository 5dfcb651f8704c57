/**
 * Repository over the Dexie fact base: installing packs, reading entities and card data, and the
 * fact-base version that keys every cache (the compiled matcher above all).
 */
import type { BackstoryDB, PackSource, StoredPack } from './db';
import type { Entity, Pack, StoredEntity } from './types';
import type { CardData } from '../messaging/protocol';

const VERSION_KEY = 'factBaseVersion';

export type InstallOutcome = 'installed' | 'updated' | 'unchanged';

/** The version string is derived from the enabled packs, so equal content gives an equal version. */
function versionOf(packs: StoredPack[]): string {
  return packs
    .filter((p) => p.enabled === 'yes')
    .map((p) => `${p.id}@${p.version}`)
    .sort()
    .join('+');
}

/** Installs (or replaces) one pack atomically: its entities, its record and the new fact-base version. */
export async function installPack(db: BackstoryDB, pack: Pack, source: PackSource): Promise<InstallOutcome> {
  return db.transaction('rw', db.packs, db.entities, db.meta, async () => {
    const existing = await db.packs.get(pack.id);
    if (existing && existing.version === pack.version && existing.entityCount === pack.entities.length) {
      return 'unchanged';
    }
    await db.entities.where('packId').equals(pack.id).delete();
    const stored: StoredEntity[] = pack.entities.map((e) => ({ ...e, packId: pack.id }));
    await db.entities.bulkPut(stored);
    await db.packs.put({
      id: pack.id,
      name: pack.name,
      version: pack.version,
      description: pack.description,
      source,
      enabled: existing?.enabled ?? 'yes',
      entityCount: pack.entities.length,
      installedAt: Date.now(),
    });
    await db.meta.put({ key: VERSION_KEY, value: versionOf(await db.packs.toArray()) });
    return existing ? 'updated' : 'installed';
  });
}

export async function getFactBaseVersion(db: BackstoryDB): Promise<string> {
  const record = await db.meta.get(VERSION_KEY);
  return typeof record?.value === 'string' ? record.value : '';
}

/** Entities of enabled packs. */
export async function enabledEntities(db: BackstoryDB): Promise<StoredEntity[]> {
  const enabled = new Set((await db.packs.toArray()).filter((p) => p.enabled === 'yes').map((p) => p.id));
  return (await db.entities.toArray()).filter((e) => enabled.has(e.packId));
}

function stripStorage({ packId: _packId, ...entity }: StoredEntity): Entity {
  return entity;
}

/** What a card shows: the entity and the names of its related entities that exist. */
export async function getCardData(db: BackstoryDB, id: string): Promise<CardData | null> {
  const stored = await db.entities.get(id);
  if (!stored) return null;
  const related = (await db.entities.bulkGet(stored.related)).flatMap((r) =>
    r ? [{ id: r.id, name: r.name, type: r.type }] : [],
  );
  return { entity: stripStorage(stored), related };
}
