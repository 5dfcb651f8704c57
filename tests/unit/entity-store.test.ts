import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackupText, restoreBackupText } from '../../data/backup';
import type { BackstoryDB } from '../../data/db';
import { deletePack } from '../../data/pack-manage';
import { ENTITIES_PER_CHUNK, findEntitiesByName, getEntities, getEntity, idsOutsidePack, listEntities } from '../../data/entity-store';
import { enabledEntities, getCardData } from '../../data/fact-base';
import { importPackText } from '../../data/pack-import';
import { addToEntity } from '../../data/reader-pack';
import { freshDb, installTestPack } from '../fixtures/db';
import { makePack } from '../fixtures/packs';

const COUNT = ENTITIES_PER_CHUNK * 2 + 7;

function chunkedPack(id = 'atlas') {
  const entities = Array.from({ length: COUNT }, (_, i) => ({
    id: `atlas-${i}`,
    name: `Atlas ${i}`,
    type: 'place',
    summary: `Place ${i}`,
    aliases: [`Atlas ${i}`],
    facts: [{ text: `Fact ${i}`, from: '2020', source: 'https://example.org/' }],
    // The last entity points back into the first chunk and at the shipped pack.
    related: i === COUNT - 1 ? ['atlas-0', 'socar', 'missing'] : [],
  }));
  return JSON.stringify({ format: 'backstory-pack', formatVersion: 1, id, name: 'Atlas', version: '1', entities });
}

describe('imported packs stored in chunks', () => {
  let db: BackstoryDB;
  beforeEach(async () => {
    db = await installTestPack(freshDb());
    expect(await importPackText(db, chunkedPack())).toMatchObject({ ok: true, entityCount: COUNT });
  });

  it('writes one record per few hundred entities, keeping the shipped pack one record per entity', async () => {
    expect(await db.entityChunks.count()).toBe(3);
    expect((await db.entityChunks.toArray()).map((c) => c.ids.length)).toEqual([ENTITIES_PER_CHUNK, ENTITIES_PER_CHUNK, 7]);
    expect((await db.entities.toArray()).map((e) => e.id).sort()).toEqual(['ots', 'socar']);
  });

  it('finds entities by id in either table, in the order asked', async () => {
    expect(await getEntity(db, `atlas-${COUNT - 1}`)).toMatchObject({ name: `Atlas ${COUNT - 1}`, packId: 'atlas' });
    expect(await getEntity(db, 'socar')).toMatchObject({ packId: 'test-pack' });
    expect(await getEntity(db, 'nowhere')).toBeUndefined();
    const found = await getEntities(db, ['atlas-600', 'socar', 'nowhere', 'atlas-3', 'atlas-600']);
    expect(found.map((e) => e?.id)).toEqual(['atlas-600', 'socar', undefined, 'atlas-3', 'atlas-600']);
  });

  it('gives a card for a chunked entity with its related names from both tables', async () => {
    const card = await getCardData(db, `atlas-${COUNT - 1}`);
    expect(card?.entity).not.toHaveProperty('packId');
    expect(card?.related.map((r) => r.id)).toEqual(['atlas-0', 'socar']);
  });

  it('lists the entities of enabled packs only, and lets the reader add to a chunked entity', async () => {
    expect(await enabledEntities(db)).toHaveLength(COUNT + 2);
    await db.packs.update('atlas', { enabled: 'no' });
    expect((await enabledEntities(db)).map((e) => e.id).sort()).toEqual(['ots', 'socar']);
    expect(await addToEntity(db, 'atlas-700', { kind: 'note', text: 'seen in Baku' })).toMatchObject({ ok: true });
    expect((await getCardData(db, 'atlas-700'))?.entity.notes?.map((n) => n.text)).toEqual(['seen in Baku']);
  });

  it('counts chunked ids as taken by their pack, and refuses another pack that reuses one', async () => {
    expect((await idsOutsidePack(db, 'test-pack')).has('atlas-1000')).toBe(true);
    expect((await idsOutsidePack(db, 'atlas')).has('atlas-1000')).toBe(false);
    const clash = await importPackText(db, JSON.stringify({ ...makePack(), id: 'other', entities: [{ ...makePack().entities[1], id: 'atlas-1000' }] }));
    expect(clash).toEqual({ ok: false, errors: ['entities[0].id: "atlas-1000" is already used by an entity of another pack'] });
  });

  it('replaces the chunks on re-import instead of leaving old ones behind', async () => {
    const smaller = JSON.stringify({ ...JSON.parse(chunkedPack()), version: '2', entities: JSON.parse(chunkedPack()).entities.slice(0, 3) });
    expect(await importPackText(db, smaller)).toMatchObject({ ok: true, outcome: 'updated' });
    expect((await listEntities(db, new Set(['atlas']))).map((e) => e.id)).toEqual(['atlas-0', 'atlas-1', 'atlas-2']);
    expect(await getEntity(db, 'atlas-600')).toBeUndefined();
  });

  it('finds names by prefix in both tables, up to the limit', async () => {
    const tenth = Array.from({ length: 10 }, (_, i) => `atlas-10${i}`);
    expect((await findEntitiesByName(db, 'ATLAS 10', 13)).map((e) => e.id)).toEqual(['atlas-10', ...tenth, 'atlas-1000', 'atlas-1001']);
    expect((await findEntitiesByName(db, 'so', 8)).map((e) => e.id)).toEqual(['socar']);
  });

  it('finds imported names again after a re-import renames them and after the pack is deleted', async () => {
    expect((await findEntitiesByName(db, 'atlas 7', 2)).map((e) => e.id)).toEqual(['atlas-7', 'atlas-70']);
    const renamed = JSON.parse(chunkedPack()) as { version: string; entities: { name: string }[] };
    renamed.version = '2';
    renamed.entities[7]!.name = 'Borealis Seven';
    await importPackText(db, JSON.stringify(renamed));
    expect((await findEntitiesByName(db, 'boreal', 5)).map((e) => e.id)).toEqual(['atlas-7']);
    expect((await findEntitiesByName(db, 'atlas 7', 1)).map((e) => e.id)).toEqual(['atlas-70']);
    expect(await deletePack(db, 'atlas')).toEqual({ ok: true });
    expect(await findEntitiesByName(db, 'boreal', 5)).toEqual([]);
  });

  it('round-trips a backup: the imported pack comes back in chunks, the export is the same', async () => {
    const text = await exportBackupText(db, new Date('2025-01-01T00:00:00Z'));
    const target = freshDb();
    expect(await restoreBackupText(target, text)).toMatchObject({ ok: true, counts: { entities: COUNT + 2 } });
    expect(await target.entityChunks.count()).toBe(3);
    expect(await target.entities.count()).toBe(2);
    expect(await exportBackupText(target, new Date('2025-01-01T00:00:00Z'))).toBe(text);
  });
});
