import { beforeEach, describe, expect, it } from 'vitest';
import { chooseAliasWinner } from '../../data/alias-choices';
import type { BackstoryDB } from '../../data/db';
import { enabledEntities, getCardData, getFactBaseVersion, installPack } from '../../data/fact-base';
import { parsePack } from '../../data/pack-schema';
import { addReaderEntity, addToEntity, additionsOf, readerEntities, removeAddition, removeReaderEntity } from '../../data/reader-pack';
import { READER_PACK_ID } from '../../data/reader-types';
import type { Pack } from '../../data/types';
import { freshDb } from '../fixtures/db';
import { makePack } from '../fixtures/packs';
import { SNIPPET } from '../fixtures/snippets';

function testPack(version: string): Pack {
  const parsed = parsePack({ ...makePack(), version });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.pack;
}

const FACT = { kind: 'fact', text: 'Opened an office in Damascus.', from: '2025-08', until: null, source: 'https://example.org/office' } as const;

describe("the reader's own knowledge", () => {
  let db: BackstoryDB;
  beforeEach(async () => {
    db = freshDb();
    await installPack(db, testPack('1.0.0'), 'shipped');
  });

  it('adds an entity to the reader pack, named by its first alias', async () => {
    const result = await addReaderEntity(db, { name: 'Caspian Pipeline', type: 'project', summary: 'A planned pipeline.' });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.id : '';
    expect(id).toMatch(/^mine-caspian-pipeline-/);
    expect(await db.entities.get(id)).toMatchObject({ packId: READER_PACK_ID, aliases: [{ text: 'Caspian Pipeline', case: 'fold', link: 'always' }] });
    expect(await db.packs.get(READER_PACK_ID)).toMatchObject({ source: 'reader', enabled: 'yes', entityCount: 1 });
  });

  it('shows a fact and a note the reader added on the card, marked as theirs; pack facts are not', async () => {
    const version = await getFactBaseVersion(db);
    expect(await addToEntity(db, 'socar', FACT)).toMatchObject({ ok: true });
    expect(await addToEntity(db, 'socar', { kind: 'note', text: 'Check the 2025 annual report.' })).toMatchObject({ ok: true });
    const card = await getCardData(db, 'socar');
    const facts = card?.entity.facts ?? [];
    expect(facts.filter((f) => f.origin === 'reader').map((f) => f.text)).toEqual([FACT.text]);
    expect(facts.filter((f) => f.origin !== 'reader')).toHaveLength(2);
    expect(card?.entity.notes).toEqual([{ text: 'Check the 2025 annual report.', addedAt: expect.any(Number) }]);
    expect(await getFactBaseVersion(db)).not.toBe(version);
  });

  it('lets an alias the reader added reach the matcher input', async () => {
    await addToEntity(db, 'ots', { kind: 'alias', text: 'Türk Devletleri Teşkilatı' });
    const ots = (await enabledEntities(db)).find((e) => e.id === 'ots');
    expect(ots?.aliases.map((a) => a.text)).toContain('Türk Devletleri Teşkilatı');
  });

  it('keeps everything the reader wrote when the shipped pack updates', async () => {
    const own = await addReaderEntity(db, { name: 'Caspian Pipeline', type: 'project', summary: 'A planned pipeline.' });
    await addToEntity(db, 'socar', FACT);
    const next = testPack('2.0.0');
    next.entities = next.entities.map((e) => ({ ...e, facts: [] }));
    if (own.ok) next.entities.push({ ...next.entities[0]!, id: own.id, name: 'Overwritten' });
    expect(await installPack(db, next, 'shipped')).toBe('updated');
    expect(own.ok && (await db.entities.get(own.id))).toMatchObject({ name: 'Caspian Pipeline', packId: READER_PACK_ID });
    const card = await getCardData(db, 'socar');
    expect(card?.entity.facts.map((f) => f.text)).toEqual([FACT.text]);
  });

  it.each([
    [{ ...FACT, source: 'javascript:alert(1)' }, 'source: not an http(s) URL'],
    [{ ...FACT, from: '2025-13' }, 'from: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ kind: 'note', text: '   ' } as const, 'value: must not be empty'],
  ])('refuses a bad addition with the reason and stores nothing', async (input, error) => {
    expect(await addToEntity(db, 'socar', input)).toEqual({ ok: false, errors: [error] });
    expect(await db.additions.count()).toBe(0);
  });

  it('refuses an addition to an entity that does not exist', async () => {
    const result = await addToEntity(db, 'nobody', FACT);
    expect(result.ok ? '' : result.errors[0]).toMatch(/no entity with id "nobody"/);
    expect(await db.additions.count()).toBe(0);
  });

  it('removes an addition', async () => {
    const added = await addToEntity(db, 'socar', { kind: 'note', text: 'temporary' });
    if (added.ok) await removeAddition(db, added.id);
    expect(await additionsOf(db, 'socar')).toEqual([]);
  });

  it('applies the alias choice: the losing entity drops the contested alias', async () => {
    await addToEntity(db, 'ots', { kind: 'alias', text: 'SOCAR' });
    await chooseAliasWinner(db, 'socar', 'socar');
    const entities = await enabledEntities(db);
    expect(entities.find((e) => e.id === 'ots')?.aliases.map((a) => a.text)).not.toContain('SOCAR');
    expect(entities.find((e) => e.id === 'socar')?.aliases.map((a) => a.text)).toContain('SOCAR');
  });

  it('deletes an entity the reader created, with its additions, its alias choices and its place in snippets', async () => {
    const own = await addReaderEntity(db, { name: 'Caspian Pipeline', type: 'project', summary: 'A planned pipeline.' });
    const kept = await addReaderEntity(db, { name: 'Baku Forum', type: 'event', summary: 'A yearly forum.' });
    if (!own.ok || !kept.ok) throw new Error('setup failed');
    await addToEntity(db, own.id, FACT);
    await addToEntity(db, 'socar', { kind: 'note', text: 'stays' });
    await addToEntity(db, own.id, { kind: 'alias', text: 'SOCAR' });
    await chooseAliasWinner(db, 'socar', own.id);
    await db.snippets.put({ ...SNIPPET, entityIds: ['socar', own.id] });
    const version = await getFactBaseVersion(db);

    expect(await removeReaderEntity(db, own.id)).toEqual({ ok: true, id: own.id });
    expect(await db.entities.get(own.id)).toBeUndefined();
    expect((await readerEntities(db)).map((e) => e.name)).toEqual(['Baku Forum']);
    expect(await db.packs.get(READER_PACK_ID)).toMatchObject({ entityCount: 1 });
    expect((await db.additions.toArray()).map((a) => a.entityId)).toEqual(['socar']);
    expect(await db.meta.get('aliasChoices')).toMatchObject({ value: [] });
    expect((await db.snippets.get(SNIPPET.id))?.entityIds).toEqual(['socar']);
    expect(await getFactBaseVersion(db)).not.toBe(version);
  });

  it('refuses to delete a pack entity or an unknown id, and changes nothing', async () => {
    const before = await db.entities.count();
    for (const id of ['socar', 'mine-nobody']) {
      const result = await removeReaderEntity(db, id);
      expect(result.ok ? '' : result.errors[0]).toMatch(new RegExp(`no entity of yours with id "${id}"`));
    }
    expect(await db.entities.count()).toBe(before);
  });
});
