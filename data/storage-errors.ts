/**
 * Storage failures in words a reader can act on. Dexie wraps the browser's errors (`inner`), so the
 * whole chain is inspected. Every write path runs in one transaction, so a failure stores nothing new
 * and what was stored before is kept; the messages say so.
 */

export type StorageFailure = 'quota' | 'unavailable' | 'newer-version' | 'other';

function chain(err: unknown): { name: string; message: string }[] {
  const out: { name: string; message: string }[] = [];
  let current: unknown = err;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    out.push({ name: typeof e.name === 'string' ? e.name : '', message: typeof e.message === 'string' ? e.message : String(current) });
    current = e.inner ?? e.cause;
  }
  return out;
}

export function classifyStorageError(err: unknown): StorageFailure {
  const links = chain(err);
  const has = (...names: string[]) => links.some((l) => names.includes(l.name));
  if (has('QuotaExceededError') || links.some((l) => /quota/i.test(l.message))) return 'quota';
  if (has('VersionError')) return 'newer-version';
  if (has('MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'DatabaseClosedError', 'SecurityError')) return 'unavailable';
  if (links.some((l) => /indexeddb/i.test(l.message))) return 'unavailable';
  return 'other';
}

const MESSAGES: Record<Exclude<StorageFailure, 'other'>, string> = {
  quota:
    'The browser refused to store more (storage quota exceeded). Nothing from this change was saved and everything stored before is kept. Free some disk space or delete a pack you no longer need, then try again.',
  unavailable:
    'This browser does not let Backstory use its database (IndexedDB is unavailable, as in some private windows). Nothing was changed. Open Backstory in a normal window to save or import.',
  'newer-version':
    'The database was written by a newer version of Backstory. Nothing was changed. Update the extension to read it.',
};

/** A sentence for the reader; the technical detail follows for a bug report. */
export function describeStorageError(err: unknown): string {
  const kind = classifyStorageError(err);
  if (kind !== 'other') return MESSAGES[kind];
  const first = chain(err)[0];
  const detail = first ? `${first.name ? `${first.name}: ` : ''}${first.message}` : 'unknown error';
  return `Saving failed (${detail}). Nothing from this change was saved and everything stored before is kept.`;
}
