import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { enabledEntities, getCardData, getFactBaseVersion, installPack } from '../../data/fact-base';
import { testPack } from '../fixtures/db';

describe('fact base', () => {
  let db: BackstoryDB;
  beforeEach(() => {
    db = openDatabase('backstory-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  });

  it('seeds a pack into an empty database', async () => {
    expect(await installPack(db, testPack(), 'shipped')).toBe('installed');
    expect(await db.entities.count()).toBe(2);
    expect(await db.packs.get('test-pack')).toMatchObject({ source: 'shipped', enabled: 'yes', entityCount: 2 });
    expect(await getFactBaseVersion(db)).toMatch(/^test-pack@1\.0\.0~[0-9a-f]{8}$/);
  });

  it('does not write again when the same version is seeded twice', async () => {
    await installPack(db, testPack(), 'shipped');
    const installedAt = (await db.packs.get('test-pack'))?.installedAt;
    expect(await installPack(db, testPack(), 'shipped')).toBe('unchanged');
    expect((await db.packs.get('test-pack'))?.installedAt).toBe(installedAt);
  });

  it('replaces the entities of a pack on upgrade and changes the version', async () => {
    await installPack(db, testPack('1.0.0'), 'shipped');
    const next = testPack('1.1.0');
    next.entities = next.entities.filter((e) => e.id !== 'ots');
    expect(await installPack(db, next, 'shipped')).toBe('updated');
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['socar']);
    expect(await getFactBaseVersion(db)).toMatch(/^test-pack@1\.1\.0~[0-9a-f]{8}$/);
  });

  it('reinstalls a pack whose content changed without a new version, and changes the fact-base version', async () => {
    await installPack(db, testPack(), 'shipped');
    const before = await getFactBaseVersion(db);
    const edited = testPack();
    edited.entities[0]!.aliases.push({ text: 'State Oil Company', case: 'fold', link: 'always' });
    expect(await installPack(db, edited, 'shipped')).toBe('updated');
    expect((await db.entities.get(edited.entities[0]!.id))?.aliases.map((a) => a.text)).toContain('State Oil Company');
    const after = await getFactBaseVersion(db);
    expect(after).not.toBe(before);
    expect(after.startsWith('test-pack@1.0.0~')).toBe(true);
  });

  it('leaves disabled packs out of the matcher input', async () => {
    await installPack(db, testPack(), 'shipped');
    expect(await enabledEntities(db)).toHaveLength(2);
    await db.packs.update('test-pack', { enabled: 'no' });
    expect(await enabledEntities(db)).toHaveLength(0);
  });

  it('builds card data with the names of related entities that exist', async () => {
    await installPack(db, testPack(), 'shipped');
    const card = await getCardData(db, 'socar');
    expect(card?.entity.name).toBe('SOCAR');
    expect(card?.entity).not.toHaveProperty('packId');
    expect(card?.related).toEqual([{ id: 'ots', name: 'Organization of Turkic States', type: 'organization' }]);
    expect(await getCardData(db, 'nobody')).toBeNull();
  });
});
