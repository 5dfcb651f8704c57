import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackupText, restoreBackupText } from '../../data/backup';
import type { BackstoryDB } from '../../data/db';
import { enabledEntities, getFactBaseVersion } from '../../data/fact-base';
import { importPackText } from '../../data/pack-import';
import { setPackEnabled } from '../../data/pack-manage';
import { addReaderEntity, addToEntity } from '../../data/reader-pack';
import { chooseAliasWinner } from '../../data/alias-choices';
import { dumpDb, freshDb, installTestPack } from '../fixtures/db';
import { makePack } from '../fixtures/packs';
import { SNIPPET } from '../fixtures/snippets';

type BackupJson = Record<'snippets' | 'additions' | 'packs', unknown[]>;

const NOW = new Date('2026-01-02T03:04:05Z');


async function populated(): Promise<BackstoryDB> {
  const db = await installTestPack(freshDb());
  await importPackText(db, JSON.stringify({ ...makePack(), id: 'atlas', name: 'Atlas', entities: [{ ...makePack().entities[1], id: 'ots-atlas' }] }));
  await addReaderEntity(db, { name: 'Caspian Pipeline', type: 'project', summary: 'A planned pipeline.' });
  await addToEntity(db, 'socar', { kind: 'fact', text: 'Opened an office.', from: '2025', until: null, source: 'https://example.org/o' });
  await addToEntity(db, 'socar', { kind: 'note', text: 'Ask about it.' });
  await chooseAliasWinner(db, 'ots', 'ots');
  await db.snippets.put(SNIPPET);
  await db.meta.put({ key: 'settings', value: { hoverDelayMs: 500, pausedSites: ['example.com'] } });
  await setPackEnabled(db, 'atlas', false);
  return db;
}

describe('backup', () => {
  let source: BackstoryDB;
  beforeEach(async () => {
    source = await populated();
  });

  it('round-trips everything losslessly into another database', async () => {
    const text = await exportBackupText(source, NOW);
    const target = freshDb();
    const result = await restoreBackupText(target, text);
    expect(result).toEqual({ ok: true, counts: { packs: 3, entities: 4, additions: 2, snippets: 1, settings: 3 } });
    expect(JSON.parse(await exportBackupText(target, NOW))).toEqual(JSON.parse(text));
    expect(await dumpDb(target)).toEqual(await dumpDb(source));
    expect(await getFactBaseVersion(target)).toBe(await getFactBaseVersion(source));
    expect(await enabledEntities(target)).toEqual(await enabledEntities(source));
  });

  it('replaces what was there: a restore is the backup, not a merge', async () => {
    const target = freshDb();
    await target.snippets.put({ ...SNIPPET, id: 'other' });
    await restoreBackupText(target, await exportBackupText(source, NOW));
    expect((await target.snippets.toArray()).map((s) => s.id)).toEqual(['snp-00c0ffee123456']);
  });

  it.each<[string, (b: BackupJson) => void, string]>([
    ['a snippet without a quote', (b) => delete (b.snippets[0] as Record<string, unknown>).quote, 'snippets[0].quote'],
    ['a fact with a javascript: source', (b) => ((b.additions.find((a) => (a as { kind: string }).kind === 'fact') as { fact: { source: string } }).fact.source = 'javascript:x'), 'not an http(s) URL'],
    ['an unknown pack source', (b) => ((b.packs[0] as { source: string }).source = 'web'), 'packs[0].source: must be shipped, imported or reader'],
  ])('rejects a backup with %s and changes nothing', async (_label, mutate, error) => {
    const backup = JSON.parse(await exportBackupText(source, NOW)) as BackupJson;
    mutate(backup);
    const target = await populated();
    const before = await dumpDb(target);
    const result = await restoreBackupText(target, JSON.stringify(backup));
    expect(result.ok ? '' : result.errors.join('\n')).toContain(error);
    expect(await dumpDb(target)).toEqual(before);
  });
});
