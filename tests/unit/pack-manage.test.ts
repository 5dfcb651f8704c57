import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB } from '../../data/db';
import { getFactBaseVersion } from '../../data/fact-base';
import { importPackText } from '../../data/pack-import';
import { deletePack, listPacks, setPackEnabled } from '../../data/pack-manage';
import { addReaderEntity } from '../../data/reader-pack';
import { freshDb, installTestPack } from '../fixtures/db';
import { makePack } from '../fixtures/packs';
import { getEntity } from '../../data/entity-store';

describe('managing packs', () => {
  let db: BackstoryDB;
  beforeEach(async () => {
    db = await installTestPack(freshDb());
    await importPackText(db, JSON.stringify({ ...makePack(), id: 'atlas', name: 'Atlas', entities: [{ ...makePack().entities[1], id: 'ots-atlas' }] }));
    await addReaderEntity(db, { name: 'Caspian Pipeline', type: 'project', summary: 'A planned pipeline.' });
  });

  it("lists the reader's pack first, then the shipped pack, then imports", async () => {
    expect((await listPacks(db)).map((p) => [p.id, p.source, p.entityCount])).toEqual([
      ['reader', 'reader', 1],
      ['test-pack', 'shipped', 2],
      ['atlas', 'imported', 1],
    ]);
  });

  it('disabling a pack changes the fact-base version; enabling it again restores it', async () => {
    const before = await getFactBaseVersion(db);
    expect(await setPackEnabled(db, 'atlas', false)).toEqual({ ok: true });
    expect(await getFactBaseVersion(db)).not.toContain('atlas@');
    await setPackEnabled(db, 'atlas', true);
    expect(await getFactBaseVersion(db)).toBe(before);
  });

  it('deletes an imported pack with its entities', async () => {
    expect(await getEntity(db, 'ots-atlas')).toMatchObject({ packId: 'atlas' });
    expect(await deletePack(db, 'atlas')).toEqual({ ok: true });
    expect(await db.packs.get('atlas')).toBeUndefined();
    expect(await getEntity(db, 'ots-atlas')).toBeUndefined();
  });

  it.each(['test-pack', 'reader'])('does not delete the %s pack', async (id) => {
    const result = await deletePack(db, id);
    expect(result.ok ? '' : result.error).toMatch(/cannot be deleted \(disable it instead\)/);
    expect(await db.packs.get(id)).toBeDefined();
  });
});
