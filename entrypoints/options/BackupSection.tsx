/**
 * Backup: export everything (packs, your own facts, snippets, settings) as one file and restore it in
 * another browser; and ask the browser to keep Backstory's storage (navigator.storage.persist) so it is
 * not evicted under storage pressure.
 */
import { useEffect, useState } from 'preact/hooks';
import { exportBackupText, restoreBackupText, MAX_BACKUP_BYTES, type RestoreResult } from '../../data/backup';
import { describeStorageError } from '../../data/storage-errors';
import { optionsDatabase } from './use-live';

type Persistence = 'unknown' | 'persistent' | 'best-effort' | 'unsupported';

function usePersistence(): [Persistence, () => void] {
  const [state, setState] = useState<Persistence>('unknown');
  const request = () => {
    if (!navigator.storage?.persist) return setState('unsupported');
    void navigator.storage.persist().then((granted) => setState(granted ? 'persistent' : 'best-effort'), () => setState('best-effort'));
  };
  useEffect(() => {
    if (!navigator.storage?.persisted) return setState('unsupported');
    // Ask once on opening the page when not granted yet; the browser decides (no prompt for extensions in Chromium).
    void navigator.storage.persisted().then((yes) => (yes ? setState('persistent') : request()), () => setState('unsupported'));
  }, []);
  return [state, request];
}

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  unknown: 'Asking the browser to keep Backstory’s data (it may ask you first)…',
  persistent: 'The browser keeps Backstory’s data even when disk space runs low.',
  'best-effort': 'The browser may clear Backstory’s data when disk space runs low. Export a backup now and then.',
  unsupported: 'This browser cannot promise to keep Backstory’s data. Export a backup now and then.',
};

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `backstory-backup-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection() {
  const db = optionsDatabase();
  const [persistence, askPersistence] = usePersistence();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const onExport = async () => {
    try {
      download(await exportBackupText(db));
      setMessage({ kind: 'ok', text: 'Backup exported.' });
    } catch (err) {
      setMessage({ kind: 'error', text: describeStorageError(err) });
    }
  };
  const onRestore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return setMessage({ kind: 'error', text: `(file): larger than the ${MAX_BACKUP_BYTES / 1024 / 1024} MB limit for a backup. Nothing changed.` });
    if (!window.confirm('Restoring replaces everything Backstory stores here with the backup. Continue?')) return;
    const result: RestoreResult = await restoreBackupText(db, await file.text());
    setMessage(
      result.ok
        ? { kind: 'ok', text: `Restored ${result.counts.packs} packs, ${result.counts.entities} entities, ${result.counts.additions} additions of yours and ${result.counts.snippets} snippets.` }
        : { kind: 'error', text: `Nothing changed: ${result.errors.join(' · ')}` },
    );
  };
  return (
    <div class="bs-stack">
      <p class="bs-options__text" data-testid="persistence" data-state={persistence}>
        {PERSISTENCE_TEXT[persistence]}{' '}
        {persistence === 'best-effort' ? <button type="button" class="bs-link" onClick={askPersistence}>Ask again</button> : null}
      </p>
      <div class="bs-row">
        <button type="button" class="bs-button" onClick={() => void onExport()} data-testid="export-backup">Export everything</button>
        <label class="bs-file">
          <span>Restore from a backup file</span>
          <input type="file" accept=".json,application/json" onChange={(e) => void onRestore(e.currentTarget)} data-testid="restore-backup" />
        </label>
      </div>
      {message ? (
        <p class={message.kind === 'ok' ? 'bs-ok' : 'bs-error'} role={message.kind === 'ok' ? 'status' : 'alert'} data-testid="backup-result">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
