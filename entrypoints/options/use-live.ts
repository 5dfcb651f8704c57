/**
 * Options-page plumbing: one database per page, and a hook that keeps a query live with Dexie's
 * `liveQuery` (it sees writes from the background and other pages too) and reports failures as text.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { describeStorageError } from '../../data/storage-errors';

let shared: BackstoryDB | null = null;

/** The options page's database (opened on first use). */
export function optionsDatabase(): BackstoryDB {
  shared ??= openDatabase();
  return shared;
}

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (err: unknown) => setState({ status: 'failed', message: describeStorageError(err) }),
    });
    return () => subscription.unsubscribe();
    // The caller lists the query's inputs in `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
