/** Seeds the fact base from the pack shipped inside the extension, on install and on every upgrade. */
import shippedPackJson from '../../data/pack/backstory.pack.json';
import type { BackstoryDB } from '../../data/db';
import { installPack, type InstallOutcome } from '../../data/fact-base';
import { parsePack } from '../../data/pack-schema';

export async function seedShippedPack(db: BackstoryDB): Promise<InstallOutcome> {
  const parsed = parsePack(shippedPackJson);
  if (!parsed.ok) throw new Error(`The shipped fact pack is invalid:\n${parsed.errors.join('\n')}`);
  return installPack(db, parsed.pack, 'shipped');
}
