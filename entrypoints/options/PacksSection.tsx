/**
 * Packs: what is installed (name, version, entity count, source, enabled), importing a pack file with
 * progress and path-naming errors, enabling, disabling and deleting, and the alias conflicts between packs.
 */
import { useState } from 'preact/hooks';
import { listPacks, deletePack, setPackEnabled } from '../../data/pack-manage';
import { importPackFile, MAX_PACK_BYTES, type ImportProgress, type ImportResult } from '../../data/pack-import';
import { openDatabase, type StoredPack } from '../../data/db';
import { AliasConflicts } from './AliasConflicts';
import { optionsDatabase, useLive } from './use-live';

const SOURCE_LABEL: Record<StoredPack['source'], string> = { shipped: 'Built in', imported: 'Imported', reader: 'Yours' };
const PHASE_LABEL: Record<ImportProgress['phase'], string> = { reading: 'Reading the file', checking: 'Checking', writing: 'Saving' };

function Progress({ progress }: { progress: ImportProgress }) {
  const label = `${PHASE_LABEL[progress.phase]}${progress.phase === 'reading' ? '' : ` ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} entities`}`;
  return (
    <div class="bs-progress" data-testid="import-progress">
      <progress max={progress.total || 1} value={progress.phase === 'reading' ? undefined : progress.done} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

function Outcome({ result }: { result: ImportResult }) {
  if (result.ok) {
    return (
      <p class="bs-ok" role="status" data-testid="import-result">
        {result.outcome === 'installed' ? 'Installed' : 'Updated'} “{result.name}”: {result.entityCount.toLocaleString()} entities.
      </p>
    );
  }
  return (
    <div class="bs-error" role="alert" data-testid="import-result">
      <p>The pack was not imported; nothing changed.</p>
      <ul>
        {result.errors.map((e, i) => (
          <li key={i}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PackRow({ pack, onError }: { pack: StoredPack; onError: (message: string) => void }) {
  const db = optionsDatabase();
  const report = (r: { ok: true } | { ok: false; error: string }) => (r.ok ? undefined : onError(r.error));
  return (
    <tr data-testid="pack-row" data-pack={pack.id}>
      <td>
        <strong>{pack.name}</strong>
        {pack.description ? <div class="bs-muted">{pack.description}</div> : null}
      </td>
      <td>{pack.version}</td>
      <td class="bs-num">{pack.entityCount.toLocaleString()}</td>
      <td>{SOURCE_LABEL[pack.source]}</td>
      <td>
        <input type="checkbox" aria-label={`Enable ${pack.name}`} checked={pack.enabled === 'yes'} onChange={(e) => void setPackEnabled(db, pack.id, e.currentTarget.checked).then(report)} />
      </td>
      <td>
        {pack.source === 'imported' ? (
          <button type="button" class="bs-button bs-button--danger" onClick={() => {
            if (window.confirm(`Delete “${pack.name}” and its ${pack.entityCount} entities?`)) void deletePack(db, pack.id).then(report);
          }}>
            Delete
          </button>
        ) : null}
      </td>
    </tr>
  );
}

export function PacksSection() {
  const db = optionsDatabase();
  const packs = useLive(() => listPacks(db), [db]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setResult(null);
    setProgress({ phase: 'reading', done: 0, total: file.size });
    // A database connection of its own, with no live queries on it: Dexie then keeps no optimistic copy of
    // the rows being written for the page's live queries (they refresh once, after the commit).
    const importDb = openDatabase();
    try {
      setResult(await importPackFile(importDb, file, setProgress));
    } finally {
      importDb.close();
    }
    setProgress(null);
    input.value = '';
  };
  return (
    <div class="bs-stack">
      {packs.status === 'failed' ? <p class="bs-error" role="alert">{packs.message}</p> : null}
      {packs.status === 'ready' ? (
        <table class="bs-table" data-testid="packs">
          <thead>
            <tr><th>Pack</th><th>Version</th><th class="bs-num">Entities</th><th>Source</th><th>On</th><th /></tr>
          </thead>
          <tbody>
            {packs.value.map((p) => (
              <PackRow key={p.id} pack={p} onError={(message) => setResult({ ok: false, errors: [message] })} />
            ))}
          </tbody>
        </table>
      ) : null}
      <label class="bs-file">
        <span>Import a pack file (JSON, up to {MAX_PACK_BYTES / 1_000_000} MB)</span>
        <input type="file" accept=".json,application/json" data-testid="import-pack" disabled={progress !== null} onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {progress ? <Progress progress={progress} /> : null}
      {result ? <Outcome result={result} /> : null}
      <AliasConflicts />
    </div>
  );
}
