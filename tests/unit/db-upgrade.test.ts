import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/db';
import { enabledEntities, getCardData } from '../../data/fact-base';
import { addToEntity } from '../../data/reader-pack';
import { SNIPPET } from '../fixtures/snippets';

const READER_PACK = { id: 'reader', name: 'Your own facts', version: '1', source: 'reader', enabled: 'yes', entityCount: 1, installedAt: 1 };
const READER_ENTITY = {
  id: 'mine-caspian-pipeline-1',
  packId: 'reader',
  name: 'Caspian Pipeline',
  type: 'project',
  summary: 'A planned pipeline.',
  aliases: [{ text: 'Caspian Pipeline', case: 'fold', link: 'always' }],
  cues: [],
  facts: [{ text: 'Announced in Baku.', from: '2024-05', until: null, source: 'https://example.org/p' }],
  related: [],
};

/** Writes a database the way an older build did: only that version's stores, no upgrade code of ours. */
async function oldDatabase(factory: IDBFactory, version: 1 | 2 | 3): Promise<void> {
  const old = new Dexie('backstory-old', { indexedDB: factory, IDBKeyRange });
  old.version(1).stores({ packs: 'id, source', entities: 'id, packId, name', meta: 'key' });
  if (version >= 2) old.version(2).stores({ snippets: 'id, url, site, savedAt, *entityIds' });
  if (version === 3) old.version(3).stores({ additions: 'id, entityId, addedAt' });
  await old.table('packs').put(READER_PACK);
  await old.table('entities').put(READER_ENTITY);
  await old.table('meta').bulkPut([{ key: 'factBaseVersion', value: 'reader@1' }, { key: 'settings', value: { hoverDelayMs: 300 } }]);
  if (version >= 2) await old.table('snippets').put(SNIPPET);
  old.close();
}

describe('schema upgrades', () => {
  it.each([1, 2, 3] as const)('opens a version %i database with every record intact', async (version) => {
    const factory = new IDBFactory();
    await oldDatabase(factory, version);
    const db = openDatabase('backstory-old', { indexedDB: factory, IDBKeyRange });
    expect(await db.packs.toArray()).toEqual([READER_PACK]);
    expect(await db.entities.toArray()).toEqual([READER_ENTITY]);
    expect(await db.meta.get('settings')).toEqual({ key: 'settings', value: { hoverDelayMs: 300 } });
    expect(await db.snippets.toArray()).toEqual(version >= 2 ? [SNIPPET] : []);
    expect(db.verno).toBe(4);
    expect(await db.entityChunks.count()).toBe(0);
    expect(await enabledEntities(db)).toHaveLength(1);
    expect(await addToEntity(db, READER_ENTITY.id, { kind: 'note', text: 'after the upgrade' })).toMatchObject({ ok: true });
    const card = await getCardData(db, READER_ENTITY.id);
    expect(card?.entity.facts[0]).toMatchObject({ text: 'Announced in Baku.', origin: 'reader' });
    expect(card?.entity.notes?.map((n) => n.text)).toEqual(['after the upgrade']);
  });
});
