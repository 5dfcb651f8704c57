/** Managing installed packs from the options page: list, enable, disable, delete. Each change moves the fact-base version on. */
import type { BackstoryDB, StoredPack } from './db';
import { deletePackEntities, entityTables } from './entity-store';
import { refreshFactBaseVersion } from './fact-base';
import { READER_PACK_ID } from './reader-types';
import { describeStorageError } from './storage-errors';

export type ManageResult = { ok: true } | { ok: false; error: string };

const SOURCE_ORDER: Record<StoredPack['source'], number> = { reader: 0, shipped: 1, imported: 2 };

/** Installed packs: the reader's own first, then the shipped pack, then imports by name. */
export async function listPacks(db: BackstoryDB): Promise<StoredPack[]> {
  return (await db.packs.toArray()).sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.name.localeCompare(b.name));
}

async function guarded(change: () => Promise<void>): Promise<ManageResult> {
  try {
    await change();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: describeStorageError(err) };
  }
}

export function setPackEnabled(db: BackstoryDB, id: string, enabled: boolean): Promise<ManageResult> {
  return guarded(() =>
    db.transaction('rw', db.packs, db.meta, async () => {
      if ((await db.packs.update(id, { enabled: enabled ? 'yes' : 'no' })) === 0) throw new Error(`no pack with id "${id}"`);
      await refreshFactBaseVersion(db);
    }),
  );
}

/** Deletes an imported pack and its entities. The shipped pack can only be disabled; the reader's pack is never deleted here. */
export function deletePack(db: BackstoryDB, id: string): Promise<ManageResult> {
  return guarded(() =>
    db.transaction('rw', [db.packs, ...entityTables(db), db.meta], async () => {
      const pack = await db.packs.get(id);
      if (!pack) throw new Error(`no pack with id "${id}"`);
      if (pack.source !== 'imported' || id === READER_PACK_ID) throw new Error(`the ${pack.source} pack "${pack.name}" cannot be deleted (disable it instead)`);
      await deletePackEntities(db, id);
      await db.packs.delete(id);
      await refreshFactBaseVersion(db);
    }),
  );
}
