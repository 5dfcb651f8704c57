/**
 * The popup's "Snippets" panel: search the reader's snippets (fuse.js), filter by entity, site or orphans,
 * open a source at its quote, edit notes, delete with undo.
 */
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createSnippetSearch, filterChoices, filterSnippets, type SnippetFilter } from '../../core/snippets/search';
import type { BackstoryDB } from '../../data/db';
import type { Snippet } from '../../data/snippet-types';
import { deleteSnippet, restoreSnippet, updateNote } from '../../data/snippets';
import { describeStorageError } from '../../data/storage-errors';
import { SnippetItem } from './SnippetItem';
import { useSnippets } from './use-snippets';
import './snippets-panel.css';

export interface SnippetsPanelProps {
  /** Shows a back button (when the panel is shown on its own rather than as a tab). */
  onClose?(): void;
  /** For tests: a database factory (the popup opens the real one). */
  open?: () => BackstoryDB;
  /** For tests: how a link is opened (the popup opens a new tab). */
  openUrl?: (url: string) => void;
}

const defaultOpenUrl = (url: string) => {
  void browser.tabs.create({ url }).then(() => window.close());
};

function Choice({ label, value, options, onChange, testId }: { label: string; value: string | null; options: { id: string; label: string; count: number }[]; onChange(v: string | null): void; testId: string }) {
  return (
    <label class="bs-snippets__filter">
      <span class="bs-snippets__filter-label">{label}</span>
      <select data-testid={testId} value={value ?? ''} onChange={(ev) => onChange(ev.currentTarget.value || null)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );
}

function Snippets({ db, snippets, names, openUrl }: { db: BackstoryDB; snippets: Snippet[]; names: Map<string, string>; openUrl(url: string): void }) {
  const [filter, setFilter] = useState<SnippetFilter>({ query: '', entity: null, site: null, placement: 'all' });
  const [deleted, setDeleted] = useState<Snippet | null>(null);
  const [error, setError] = useState('');
  const search = useMemo(() => createSnippetSearch(snippets, names), [snippets, names]);
  const choices = useMemo(() => filterChoices(snippets, names), [snippets, names]);
  const shown = useMemo(() => filterSnippets(snippets, search, filter), [snippets, search, filter]);
  const set = (patch: Partial<SnippetFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const fail = (what: string) => (err: unknown) => setError(`${what}: ${describeStorageError(err)}`);
  const saveNote = (id: string, note: string) =>
    updateNote(db, id, note).then(
      () => setError(''),
      (err: unknown) => {
        fail('Saving the note')(err);
        throw err;
      },
    );

  const remove = (id: string) => {
    deleteSnippet(db, id).then((s) => setDeleted(s ?? null), fail('Deleting'));
  };
  const undo = () => {
    if (deleted) restoreSnippet(db, deleted).then(() => setDeleted(null), fail('Undo'));
  };
  return (
    <>
      <div class="bs-snippets__controls">
        <input
          class="bs-search__input"
          type="search"
          data-testid="snippet-search"
          placeholder="Search your snippets"
          aria-label="Search your snippets"
          value={filter.query}
          onInput={(ev) => set({ query: ev.currentTarget.value })}
        />
        <div class="bs-snippets__filters">
          <Choice label="About" testId="snippet-filter-entity" value={filter.entity} options={choices.entities} onChange={(entity) => set({ entity })} />
          <Choice label="Site" testId="snippet-filter-site" value={filter.site} options={choices.sites} onChange={(site) => set({ site })} />
          {choices.orphans ? (
            <label class="bs-snippets__filter bs-snippets__filter--check">
              <input type="checkbox" data-testid="snippet-filter-orphans" checked={filter.placement === 'orphans'} onChange={(ev) => set({ placement: ev.currentTarget.checked ? 'orphans' : 'all' })} />
              Not found ({choices.orphans})
            </label>
          ) : null}
        </div>
      </div>
      {deleted ? (
        <p class="bs-snippets__toast" role="status">
          Snippet deleted.{' '}
          <button type="button" class="bs-snippet__button" data-testid="snippet-undo" onClick={undo}>Undo</button>
        </p>
      ) : null}
      {error ? <p class="bs-snippets__error" role="alert">{error}</p> : null}
      <p class="bs-search__caption" data-testid="snippet-caption">
        {shown.length === snippets.length ? `${snippets.length} saved` : `${shown.length} of ${snippets.length}`}
      </p>
      {shown.length ? (
        <ul class="bs-snippets__list">
          {shown.map((s) => (
            <SnippetItem
              key={s.id}
              snippet={s}
              names={names}
              onOpen={openUrl}
              onDelete={() => remove(s.id)}
              onSaveNote={(note) => saveNote(s.id, note)}
              onFilterEntity={(entity) => set({ entity })}
            />
          ))}
        </ul>
      ) : (
        <p class="bs-search__empty">{snippets.length ? 'No snippet matches.' : 'No snippets yet. Select text on a page and press “Save to Backstory”.'}</p>
      )}
    </>
  );
}

export function SnippetsPanel({ onClose, open, openUrl = defaultOpenUrl }: SnippetsPanelProps) {
  const state = useSnippets(open);
  return (
    <div class="bs-snippets" data-testid="snippets-panel">
      {onClose ? (
        <div class="bs-entity__bar">
          <button type="button" class="bs-back" onClick={onClose} data-testid="snippets-back">
            <span aria-hidden="true">←</span> Search
          </button>
          <h1 class="bs-snippets__title">Snippets</h1>
        </div>
      ) : null}
      <div class="bs-snippets__scroll">
        {state.status === 'ready' ? <Snippets db={state.db} snippets={state.snippets} names={state.names} openUrl={openUrl} /> : null}
        {state.status === 'opening' ? <p class="bs-search__empty">Opening your snippets…</p> : null}
        {state.status === 'failed' ? <p class="bs-snippets__error" role="alert">Your snippets could not be read ({state.message}).</p> : null}
      </div>
    </div>
  );
}
