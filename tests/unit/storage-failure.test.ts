import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackupText, restoreBackupText } from '../../data/backup';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { importPackText } from '../../data/pack-import';
import { addToEntity } from '../../data/reader-pack';
import { classifyStorageError, describeStorageError } from '../../data/storage-errors';
import { dumpDb, freshDb, installTestPack } from '../fixtures/db';
import { makePack } from '../fixtures/packs';

/** Makes every write after the first `allowed` fail the way a full disk does. */
async function failWritesAfter(db: BackstoryDB, allowed: number): Promise<void> {
  let writes = 0;
  db.close({ disableAutoOpen: false });
  db.use({
    stack: 'dbcore',
    name: 'inject-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            writes += 1;
            if (writes > allowed) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  await db.open();
}

const bigPack = (count: number) =>
  JSON.stringify({
    ...makePack(),
    id: 'big',
    entities: Array.from({ length: count }, (_, i) => ({ id: `e${i}`, name: `E ${i}`, type: 'place', summary: 's', aliases: [`E ${i}`], facts: [] })),
  });

describe('storage failures', () => {
  let db: BackstoryDB;
  beforeEach(async () => {
    db = await installTestPack(freshDb());
    await addToEntity(db, 'socar', { kind: 'note', text: 'kept' });
  });

  it('a quota error in the middle of an import keeps everything stored before and says what happened', async () => {
    const before = await dumpDb(db);
    await failWritesAfter(db, 3);
    const result = await importPackText(db, bigPack(5000));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toMatch(/storage quota exceeded\). Nothing from this change was saved and everything stored before is kept/);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a quota error while restoring a backup keeps the old data', async () => {
    const text = await exportBackupText(db);
    const target = freshDb();
    await target.snippets.put({ id: 's', url: 'https://a.example/', title: 't', site: 'a.example', articleDate: null, savedAt: 1, updatedAt: 1, note: '', quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 }, entityIds: [] });
    const before = await dumpDb(target);
    await failWritesAfter(target, 2);
    const result = await restoreBackupText(target, text);
    expect(result.ok ? '' : result.errors[0]).toMatch(/quota exceeded/);
    expect(await dumpDb(target)).toEqual(before);
  });

  it('a quota error on a reader edit is reported and stores nothing', async () => {
    const before = await dumpDb(db);
    await failWritesAfter(db, 0);
    const result = await addToEntity(db, 'socar', { kind: 'note', text: 'new' });
    expect(result.ok ? '' : result.errors[0]).toMatch(/^The browser refused to store more/);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('IndexedDB unavailable (as in some private windows) gives a clear message, not a crash', async () => {
    const broken = new IDBFactory();
    broken.open = () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
    const unavailable = openDatabase('backstory-private', { indexedDB: broken, IDBKeyRange });
    const result = await importPackText(unavailable, bigPack(2));
    expect(result.ok ? '' : result.errors[0]).toMatch(/IndexedDB is unavailable/);
    const missing = openDatabase('backstory-none', { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange });
    expect(await addToEntity(missing, 'socar', { kind: 'note', text: 'x' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/IndexedDB is unavailable/)] });
  });

  it.each([
    [new Dexie.QuotaExceededError('full'), 'quota'],
    [new Dexie.MissingAPIError('no indexedDB'), 'unavailable'],
    [new Dexie.VersionError('newer'), 'newer-version'],
    [new Dexie.AbortError('aborted', new DOMException('q', 'QuotaExceededError')), 'quota'],
    [new Error('disk on fire'), 'other'],
  ])('classifies %s', (err, kind) => {
    expect(classifyStorageError(err)).toBe(kind);
  });

  it('keeps the technical detail for an unknown failure', () => {
    expect(describeStorageError(new TypeError('boom'))).toBe('Saving failed (TypeError: boom). Nothing from this change was saved and everything stored before is kept.');
  });
});
