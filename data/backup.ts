/**
 * Backup and restore: one JSON file with everything the reader has. Restoring validates the whole file
 * first, then replaces the database's content in one transaction (all of it or nothing), written in
 * chunks. A round trip is lossless: export → restore → export gives the same file (but `exportedAt`).
 */
import * as v from 'valibot';
import { BACKUP_FORMAT, backupSchema, type Backup } from './backup-schema';
import type { BackstoryDB } from './db';
import { entityTables, listEntities, toChunks } from './entity-store';
import { refreshFactBaseVersion } from './fact-base';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './pack-import';
import { describeStorageError } from './storage-errors';
import { issueErrors, parseJsonText } from '../core/json-errors';

/** Largest backup file read (200 MiB). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** Meta records that are caches derived from the rest, rebuilt after a restore rather than saved. */
const NOT_SAVED = new Set(['matcherCache', 'factBaseVersion']);
const CHUNK = 2000;

export type RestoreResult = { ok: true; counts: Record<'packs' | 'entities' | 'additions' | 'snippets' | 'settings', number> } | { ok: false; errors: string[] };

export async function exportBackup(db: BackstoryDB, now = new Date()): Promise<Backup> {
  return db.transaction('r', [db.packs, ...entityTables(db), db.additions, db.snippets, db.meta], async () => ({
    format: BACKUP_FORMAT,
    formatVersion: 1 as const,
    exportedAt: now.toISOString(),
    packs: await db.packs.orderBy('id').toArray(),
    entities: (await listEntities(db)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    additions: await db.additions.orderBy('id').toArray(),
    snippets: await db.snippets.orderBy('id').toArray(),
    settings: (await db.meta.orderBy('key').toArray()).filter((m) => !NOT_SAVED.has(m.key)),
  }));
}

export async function exportBackupText(db: BackstoryDB, now = new Date()): Promise<string> {
  return JSON.stringify(await exportBackup(db, now));
}

export function parseBackupText(text: string): { ok: true; backup: Backup } | { ok: false; errors: string[] } {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, errors: ['(file): larger than the 200 MB limit for a backup'] };
  if (nestsDeeperThan(text)) return { ok: false, errors: [`(file): nested deeper than ${MAX_JSON_DEPTH} levels`] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const result = v.safeParse(backupSchema, parsed.json, { abortPipeEarly: true });
  if (!result.success) return { ok: false, errors: issueErrors(result.issues, '(pack)') };
  return { ok: true, backup: result.output };
}

async function putInChunks<T>(rows: readonly T[], put: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await put(rows.slice(start, start + CHUNK));
}

/** Entities of imported packs go back into chunk records (see entity-store.ts), the rest one record each. */
async function putEntities(db: BackstoryDB, backup: Backup): Promise<void> {
  const imported = new Set(backup.packs.filter((p) => p.source === 'imported').map((p) => p.id));
  const byPack = new Map<string, Backup['entities']>();
  for (const e of backup.entities) {
    if (!imported.has(e.packId)) continue;
    const list = byPack.get(e.packId);
    if (list) list.push(e);
    else byPack.set(e.packId, [e]);
  }
  await putInChunks(backup.entities.filter((e) => !imported.has(e.packId)), (c) => db.entities.bulkPut(c));
  for (const [packId, entities] of byPack) await putInChunks(toChunks(packId, entities), (c) => db.entityChunks.bulkPut(c));
}

/** Replaces everything stored with the backup's content. Never throws. */
export async function restoreBackupText(db: BackstoryDB, text: string): Promise<RestoreResult> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return parsed;
  const { backup } = parsed;
  try {
    await db.transaction('rw', [db.packs, ...entityTables(db), db.additions, db.snippets, db.meta], async () => {
      await Promise.all([db.packs.clear(), db.entities.clear(), db.entityChunks.clear(), db.additions.clear(), db.snippets.clear(), db.meta.clear()]);
      await db.packs.bulkPut(backup.packs);
      await putEntities(db, backup);
      await putInChunks(backup.additions, (c) => db.additions.bulkPut(c));
      await putInChunks(backup.snippets, (c) => db.snippets.bulkPut(c));
      await db.meta.bulkPut(backup.settings.filter((m) => !NOT_SAVED.has(m.key)));
      await refreshFactBaseVersion(db);
    });
  } catch (err) {
    return { ok: false, errors: [describeStorageError(err)] };
  }
  const { packs, entities, additions, snippets, settings } = backup;
  return { ok: true, counts: { packs: packs.length, entities: entities.length, additions: additions.length, snippets: snippets.length, settings: settings.length } };
}
