/**
 * Repository over the Dexie fact base: installing packs, reading entities and card data, and the
 * fact-base version that keys every cache (the compiled matcher above all). Reading an entity merges
 * in what the reader added (aliases, facts, notes, marked with their origin) and applies the reader's
 * choices of which entity wins a contested alias.
 */
import { applyAliasChoices } from '../core/alias-conflicts';
import type { BackstoryDB, PackSource, StoredPack } from './db';
import { deletePackEntities, entityTables, getEntities, getEntity, idsOutsidePack, listEntities } from './entity-store';
import { packDigest } from './pack-digest';
import { READER_PACK_ID, type ReaderAddition } from './reader-types';
import type { Entity, Pack, StoredEntity } from './types';
import type { CardData } from '../messaging/protocol';

const VERSION_KEY = 'factBaseVersion';
const EDIT_REVISION_KEY = 'editRevision';
/** Meta key of the reader's alias choices (see alias-choices.ts). */
export const ALIAS_CHOICES_KEY = 'aliasChoices';

export type InstallOutcome = 'installed' | 'updated' | 'unchanged';

/**
 * The version string is derived from the enabled packs (version and content digest) and the reader's edit count,
 * so equal content gives an equal version and changed content a new one.
 */
function versionOf(packs: StoredPack[], editRevision: number): string {
  const base = packs
    .filter((p) => p.enabled === 'yes')
    .map((p) => `${p.id}@${p.version}${p.digest ? `~${p.digest}` : ''}`)
    .sort()
    .join('+');
  return editRevision > 0 ? `${base}#${editRevision}` : base;
}

async function editRevision(db: BackstoryDB): Promise<number> {
  const value = (await db.meta.get(EDIT_REVISION_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/** Recomputes the fact-base version; call inside a transaction over `packs` and `meta` after any change. */
export async function refreshFactBaseVersion(db: BackstoryDB): Promise<string> {
  const version = versionOf(await db.packs.toArray(), await editRevision(db));
  await db.meta.put({ key: VERSION_KEY, value: version });
  return version;
}

/** Counts one more reader edit (addition, alias choice) and refreshes the version. */
export async function bumpEditRevision(db: BackstoryDB): Promise<void> {
  await db.meta.put({ key: EDIT_REVISION_KEY, value: (await editRevision(db)) + 1 });
  await refreshFactBaseVersion(db);
}

/**
 * Installs (or replaces) one pack atomically: its entities, its record and the new fact-base version.
 * An entity whose id already belongs to another pack (the reader's above all) is left out, never overwritten.
 */
export async function installPack(db: BackstoryDB, pack: Pack, source: PackSource): Promise<InstallOutcome> {
  return db.transaction('rw', [db.packs, ...entityTables(db), db.meta], async () => {
    const existing = await db.packs.get(pack.id);
    const digest = packDigest(pack.entities);
    if (existing && existing.version === pack.version && existing.digest === digest) return 'unchanged';
    await deletePackEntities(db, pack.id);
    const taken = await idsOutsidePack(db, pack.id);
    const stored: StoredEntity[] = pack.entities.filter((e) => !taken.has(e.id)).map((e) => ({ ...e, packId: pack.id }));
    await db.entities.bulkPut(stored);
    await db.packs.put({
      id: pack.id,
      name: pack.name,
      version: pack.version,
      ...(pack.description === undefined ? {} : { description: pack.description }),
      source,
      enabled: existing?.enabled ?? 'yes',
      entityCount: pack.entities.length,
      installedAt: Date.now(),
      digest,
    });
    await refreshFactBaseVersion(db);
    return existing ? 'updated' : 'installed';
  });
}

export async function getFactBaseVersion(db: BackstoryDB): Promise<string> {
  const record = await db.meta.get(VERSION_KEY);
  return typeof record?.value === 'string' ? record.value : '';
}

/** The entity with the reader's additions merged in; facts of the reader's own entities are the reader's too. */
export function withAdditions<T extends StoredEntity>(entity: T, additions: readonly ReaderAddition[], readerPackId: string): T {
  const own = entity.packId === readerPackId;
  if (!own && additions.length === 0) return entity;
  const merged: T = {
    ...entity,
    aliases: [...entity.aliases],
    facts: entity.facts.map((f) => ({ ...f, origin: own ? 'reader' : 'pack' })),
    notes: [...(entity.notes ?? [])],
  };
  for (const a of additions) {
    if (a.kind === 'alias') merged.aliases.push(a.alias);
    else if (a.kind === 'fact') merged.facts.push({ ...a.fact, origin: 'reader' });
    else merged.notes?.push({ text: a.note, addedAt: a.addedAt });
  }
  return merged;
}

function groupByEntity(additions: readonly ReaderAddition[]): Map<string, ReaderAddition[]> {
  const byEntity = new Map<string, ReaderAddition[]>();
  for (const a of additions) byEntity.set(a.entityId, [...(byEntity.get(a.entityId) ?? []), a]);
  return byEntity;
}

/** The reader's alias choices: normalised alias → winning entity id. */
export async function getAliasChoices(db: BackstoryDB): Promise<Map<string, string>> {
  const value = (await db.meta.get(ALIAS_CHOICES_KEY))?.value;
  if (!Array.isArray(value)) return new Map();
  const pairs = value.flatMap((c: unknown): [string, string][] => {
    const { alias, winner } = (c ?? {}) as { alias?: unknown; winner?: unknown };
    return typeof alias === 'string' && typeof winner === 'string' ? [[alias, winner]] : [];
  });
  return new Map(pairs);
}

/** Entities of enabled packs, with the reader's additions and alias choices applied: what the matcher and search see. */
export async function enabledEntities(db: BackstoryDB): Promise<StoredEntity[]> {
  const enabled = new Set((await db.packs.toArray()).filter((p) => p.enabled === 'yes').map((p) => p.id));
  const byEntity = groupByEntity(await db.additions.toArray());
  const entities = (await listEntities(db, enabled)).map((e) => withAdditions(e, byEntity.get(e.id) ?? [], READER_PACK_ID));
  return applyAliasChoices(entities, await getAliasChoices(db));
}

function stripStorage({ packId: _packId, ...entity }: StoredEntity): Entity {
  return entity;
}

/** What a card shows: the entity (with the reader's additions, marked) and the names of its related entities that exist. */
export async function getCardData(db: BackstoryDB, id: string): Promise<CardData | null> {
  const stored = await getEntity(db, id);
  if (!stored) return null;
  const additions = await db.additions.where('entityId').equals(id).toArray();
  const related = (await getEntities(db, stored.related)).flatMap((r) =>
    r ? [{ id: r.id, name: r.name, type: r.type }] : [],
  );
  return { entity: stripStorage(withAdditions(stored, additions, READER_PACK_ID)), related };
}
