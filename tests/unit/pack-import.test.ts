import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB } from '../../data/db';
import { enabledEntities, getFactBaseVersion, installPack } from '../../data/fact-base';
import { MAX_PACK_BYTES, importPackFile, importPackText, type ImportProgress } from '../../data/pack-import';
import { parsePack } from '../../data/pack-schema';
import type { Pack } from '../../data/types';
import { dumpDb, freshDb } from '../fixtures/db';
import { makePack } from '../fixtures/packs';
import { listEntities } from '../../data/entity-store';

function shipped(): Pack {
  const parsed = parsePack({ ...makePack(), id: 'shipped-pack', name: 'Shipped' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.pack;
}

function bigPack(count: number, id = 'big-pack') {
  const entities = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    name: `Entity ${i}`,
    type: 'person',
    summary: `Summary ${i}`,
    aliases: [`Entity ${i}`],
    facts: [{ text: `Fact ${i}`, from: '2020', source: 'https://example.org/' }],
  }));
  return { format: 'backstory-pack', formatVersion: 1, id, name: 'Big', version: '1', entities };
}

describe('importing a pack file', () => {
  let db: BackstoryDB;
  beforeEach(async () => {
    db = freshDb();
    await installPack(db, shipped(), 'shipped');
  });

  it('installs a valid pack, enabled, and moves the fact-base version on', async () => {
    const before = await getFactBaseVersion(db);
    const result = await importPackText(db, JSON.stringify(bigPack(3)));
    expect(result).toMatchObject({ ok: true, packId: 'big-pack', entityCount: 3, outcome: 'installed' });
    expect(await db.packs.get('big-pack')).toMatchObject({ source: 'imported', enabled: 'yes', entityCount: 3 });
    expect(await getFactBaseVersion(db)).not.toBe(before);
    expect((await enabledEntities(db)).map((e) => e.id)).toEqual(expect.arrayContaining(['e0', 'e1', 'e2', 'socar']));
  });

  it('reports progress while checking and writing a large pack in chunks', async () => {
    const seen: ImportProgress[] = [];
    const result = await importPackText(db, JSON.stringify(bigPack(5000)), (p) => seen.push(p));
    expect(result.ok).toBe(true);
    expect(seen.filter((p) => p.phase === 'writing').map((p) => p.done)).toEqual([2000, 4000, 5000]);
    expect(seen.filter((p) => p.phase === 'checking').at(-1)).toEqual({ phase: 'checking', done: 5000, total: 5000 });
    expect((await listEntities(db, new Set(['big-pack']))).length).toBe(5000);
  });

  it('replaces an imported pack on re-import and keeps its enabled state', async () => {
    await importPackText(db, JSON.stringify(bigPack(4)));
    await db.packs.update('big-pack', { enabled: 'no' });
    const result = await importPackText(db, JSON.stringify({ ...bigPack(2), version: '2' }));
    expect(result).toMatchObject({ ok: true, outcome: 'updated', entityCount: 2 });
    expect((await listEntities(db, new Set(['big-pack']))).length).toBe(2);
    expect((await db.packs.get('big-pack'))?.enabled).toBe('no');
  });

  it('moves the fact-base version on when a re-imported pack changed but kept its version', async () => {
    await importPackText(db, JSON.stringify(bigPack(3)));
    const before = await getFactBaseVersion(db);
    const changed = bigPack(3);
    changed.entities[1]!.aliases.push('Entity One');
    expect(await importPackText(db, JSON.stringify(changed))).toMatchObject({ ok: true, outcome: 'updated' });
    expect(await getFactBaseVersion(db)).not.toBe(before);
  });

  it('rejects the whole pack when one late entity is bad, naming the path, and changes nothing', async () => {
    const pack = bigPack(4500);
    pack.entities[4321]!.facts[0]!.source = 'javascript:alert(1)';
    const before = await dumpDb(db);
    const result = await importPackText(db, JSON.stringify(pack));
    expect(result).toEqual({ ok: false, errors: ['entities[4321].facts[0].source: not an http(s) URL'] });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('rejects entity ids that belong to another pack', async () => {
    const pack = bigPack(2);
    pack.entities[1]!.id = 'socar';
    const before = await dumpDb(db);
    const result = await importPackText(db, JSON.stringify(pack));
    expect(result).toEqual({ ok: false, errors: ['entities[1].id: "socar" is already used by an entity of another pack'] });
    expect(await dumpDb(db)).toEqual(before);
  });

  it.each([
    ['the shipped pack', 'shipped-pack', 'the built-in pack "Shipped"'],
    ["the reader's pack", 'reader', 'your own pack'],
  ])('never replaces %s', async (_label, id, owner) => {
    const before = await dumpDb(db);
    const result = await importPackText(db, JSON.stringify(bigPack(1, id)));
    expect(result).toEqual({ ok: false, errors: [`id: "${id}" belongs to ${owner}; give the pack another id`] });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = { size: 50_000_000, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    const result = await importPackFile(db, file);
    expect(result).toEqual({ ok: false, errors: [`(file): 50.0 MB is larger than the ${(MAX_PACK_BYTES / 1_000_000).toFixed(1)} MB limit for a pack file`] });
  });
});
