/** The reader's choices of which entity wins a contested alias, kept in `meta` as a list (never an object keyed by alias). */
import type { BackstoryDB } from './db';
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
