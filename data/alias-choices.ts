/** The reader's choices of which entity wins a contested alias, kept in `meta` as a list (never an object keyed by alias). */
import { findAliasConflicts, type AliasConflict } from '../core/alias-conflicts';
import type { BackstoryDB } from './db';
import { listEntities } from './entity-store';
import { ALIAS_CHOICES_KEY, bumpEditRevision, getAliasChoices } from './fact-base';

export { getAliasChoices };

/** Records that `winner` keeps the normalised alias `key`; the fact-base version changes, so the matcher recompiles once. */
export async function chooseAliasWinner(db: BackstoryDB, key: string, winner: string): Promise<void> {
  await db.transaction('rw', db.meta, db.packs, async () => {
    const choices = await getAliasChoices(db);
    choices.set(key, winner);
    await db.meta.put({ key: ALIAS_CHOICES_KEY, value: [...choices].map(([alias, w]) => ({ alias, winner: w })) });
    await bumpEditRevision(db);
  });
}

/** Conflicts among the entities of enabled packs and the reader's added aliases, with the current choices. */
export async function listAliasConflicts(db: BackstoryDB): Promise<AliasConflict[]> {
  const enabled = new Set((await db.packs.toArray()).filter((p) => p.enabled === 'yes').map((p) => p.id));
  const entities = await listEntities(db, enabled);
  const readerAliases = new Map<string, string[]>();
  for (const a of await db.additions.toArray()) {
    if (a.kind === 'alias') readerAliases.set(a.entityId, [...(readerAliases.get(a.entityId) ?? []), a.alias.text]);
  }
  return findAliasConflicts(entities, await getAliasChoices(db), readerAliases);
}
