/**
 * The popup's view of the fact base: the entities of enabled packs, kept live with Dexie's `liveQuery`
 * (it also sees the background's writes, so the list fills in by itself after the first seeding).
 * The popup is extension origin, so it opens the database directly.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { enabledEntities } from '../../data/fact-base';
import type { StoredEntity } from '../../data/types';

export type FactBaseState =
  | { status: 'opening' }
  | { status: 'ready'; entities: StoredEntity[] }
  | { status: 'failed'; message: string };

function describe(err: unknown): string {
  if (err instanceof Error) return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
  return String(err);
}

/** `open` is for tests (a fake IndexedDB); the popup uses the real database. */
export function useFactBase(open: () => BackstoryDB = openDatabase): FactBaseState {
  const [state, setState] = useState<FactBaseState>({ status: 'opening' });
  useEffect(() => {
    try {
      const db = open();
      const subscription = liveQuery(() => enabledEntities(db)).subscribe({
        next: (entities) => setState({ status: 'ready', entities }),
        error: (err: unknown) => setState({ status: 'failed', message: describe(err) }),
      });
      return () => {
        subscription.unsubscribe();
        db.close();
      };
    } catch (err) {
      setState({ status: 'failed', message: describe(err) });
      return undefined;
    }
  }, [open]);
  return state;
}
