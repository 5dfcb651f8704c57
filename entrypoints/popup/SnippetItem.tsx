/**
 * One saved snippet in the popup: the quote, where it came from, its entities, and its actions (open the
 * source at the quote, edit the note, delete). Presentational: callbacks out.
 */
import { useState } from 'preact/hooks';
import { clip, formatSavedDate } from '../../components/SnippetsAbout';
import { sourceLink } from '../../core/snippets/source-link';
import type { Snippet } from '../../data/snippet-types';

export interface SnippetItemProps {
  snippet: Snippet;
  names: ReadonlyMap<string, string>;
  onOpen(url: string): void;
  /** Resolves once stored; on a failure the editor stays open with the text, so nothing typed is lost. */
  onSaveNote(note: string): Promise<void>;
  onDelete(): void;
  onFilterEntity(id: string): void;
}

function NoteEditor({ note, onSave, onCancel }: { note: string; onSave(note: string): void; onCancel(): void }) {
  const [text, setText] = useState(note);
  return (
    <form
      class="bs-snippet__editor"
      onSubmit={(ev) => {
        ev.preventDefault();
        onSave(text.trim());
      }}
    >
      <textarea
        class="bs-snippet__textarea"
        data-testid="snippet-note-input"
        aria-label="Note"
        value={text}
        rows={3}
        maxLength={20_000}
        onInput={(ev) => setText(ev.currentTarget.value)}
        ref={(el) => el?.focus()}
      />
      <div class="bs-snippet__actions">
        <button type="submit" class="bs-snippet__button" data-testid="snippet-note-save">Save note</button>
        <button type="button" class="bs-snippet__button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

export function SnippetItem({ snippet, names, onOpen, onSaveNote, onDelete, onFilterEntity }: SnippetItemProps) {
  const [editing, setEditing] = useState(false);
  const link = sourceLink(snippet);
  const orphan = snippet.anchor?.status === 'orphan';
  return (
    <li class={orphan ? 'bs-snippet bs-snippet--orphan' : 'bs-snippet'} data-testid="snippet" data-id={snippet.id}>
      <blockquote class="bs-snippet__quote">{clip(snippet.quote.exact, 400)}</blockquote>
      <p class="bs-snippet__meta">
        <span title={snippet.url}>{clip(snippet.title, 70)}</span> · {snippet.site}
        {snippet.articleDate ? ` · article ${snippet.articleDate}` : ''} · saved {formatSavedDate(snippet.savedAt)}
      </p>
      {orphan ? (
        <p class="bs-snippet__orphan" data-testid="snippet-orphan">
          Not found on its page the last time it was open: the page may have changed.
        </p>
      ) : null}
      {snippet.entityIds.length ? (
        <ul class="bs-snippet__entities" aria-label="About">
          {snippet.entityIds.map((id) => (
            <li key={id}>
              <button type="button" class="bs-snippet__chip" data-testid="snippet-entity-chip" title="Show only snippets about this" onClick={() => onFilterEntity(id)}>
                {names.get(id) ?? id}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <NoteEditor
          note={snippet.note}
          onCancel={() => setEditing(false)}
          onSave={(note) => {
            onSaveNote(note).then(() => setEditing(false), () => undefined);
          }}
        />
      ) : (
        <>
          {snippet.note ? <p class="bs-snippet__note" data-testid="snippet-note">{snippet.note}</p> : null}
          <div class="bs-snippet__actions">
            {link ? (
              <button type="button" class="bs-snippet__button" data-testid="snippet-open" onClick={() => onOpen(link)}>
                Open at quote
              </button>
            ) : null}
            <button type="button" class="bs-snippet__button" data-testid="snippet-edit" onClick={() => setEditing(true)}>
              {snippet.note ? 'Edit note' : 'Add note'}
            </button>
            <button type="button" class="bs-snippet__button bs-snippet__button--danger" data-testid="snippet-delete" onClick={onDelete}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
