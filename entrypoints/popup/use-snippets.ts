/**
 * The popup's view of the reader's snippets, kept live with Dexie's `liveQuery` (saves from a page show up
 * while the popup is open), with the names of the entities they mention.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { openDatabase, type BackstoryDB } from '../../data/db';
import type { Snippet } from '../../data/snippet-types';
import { listSnippets } from '../../data/snippets';
import { getEntities } from '../../data/entity-store';

export type SnippetsState =
  | { status: 'opening' }
  | { status: 'ready'; snippets: Snippet[]; names: Map<string, string>; db: BackstoryDB }
  | { status: 'failed'; message: string };

async function load(db: BackstoryDB) {
  const snippets = await listSnippets(db);
  const ids = [...new Set(snippets.flatMap((s) => s.entityIds))];
  const entities = await getEntities(db, ids);
  const names = new Map<string, string>();
  entities.forEach((e) => e && names.set(e.id, e.name));
  return { snippets, names };
}

export function useSnippets(open: () => BackstoryDB = openDatabase): SnippetsState {
  const [state, setState] = useState<SnippetsState>({ status: 'opening' });
  useEffect(() => {
    let db: BackstoryDB;
    try {
      db = open();
    } catch (err) {
      setState({ status: 'failed', message: String(err) });
      return undefined;
    }
    const sub = liveQuery(() => load(db)).subscribe({
      next: ({ snippets, names }) => setState({ status: 'ready', snippets, names, db }),
      error: (err: unknown) => setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
    });
    return () => {
      sub.unsubscribe();
      db.close();
    };
  }, [open]);
  return state;
}
