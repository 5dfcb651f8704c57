/**
 * Export the reader's snippets (Markdown grouped by entity or page, or JSON) and import a JSON export
 * back. File pickers live here, not in the popup: a Firefox popup closes when a file dialog opens.
 * Import is atomic: a malformed file changes nothing and the errors say what is wrong.
 */
import { useState } from 'preact/hooks';
import { snippetsToJson, parseSnippetsJson } from '../../core/snippets/exchange';
import { snippetsToMarkdown, type MarkdownGrouping } from '../../core/snippets/markdown';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { importSnippets, listSnippets } from '../../data/snippets';
import './snippets-section.css';
import { getEntities } from '../../data/entity-store';

type Status = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string; errors: string[] };

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function withDb<T>(open: () => BackstoryDB, work: (db: BackstoryDB) => Promise<T>): Promise<T> {
  const db = open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

async function entityNames(db: BackstoryDB, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  (await getEntities(db, [...new Set(ids)])).forEach((e) => e && names.set(e.id, e.name));
  return names;
}

/** The section's body; `open` is a database factory (tests pass a fake IndexedDB). */
export function SnippetsExchange({ open }: { open: () => BackstoryDB }) {
  const [grouping, setGrouping] = useState<MarkdownGrouping>('entity');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const failed = (what: string) => (err: unknown) => setStatus({ kind: 'failed', text: `${what} failed.`, errors: [err instanceof Error ? err.message : String(err)] });
  const stamp = () => new Date().toISOString().slice(0, 10);

  const exportAs = (format: 'markdown' | 'json') =>
    void withDb(open, async (db) => {
      const snippets = await listSnippets(db);
      if (format === 'json') download(`backstory-snippets-${stamp()}.json`, 'application/json', snippetsToJson(snippets, new Date()));
      else download(`backstory-snippets-${stamp()}.md`, 'text/markdown', snippetsToMarkdown(snippets, await entityNames(db, snippets.flatMap((s) => s.entityIds)), grouping, new Date()));
      setStatus({ kind: 'done', text: `Exported ${snippets.length} ${snippets.length === 1 ? 'snippet' : 'snippets'}.` });
    }).catch(failed('Export'));

  const importFile = async (file: File) => {
    const parsed = parseSnippetsJson(await file.text());
    if (!parsed.ok) {
      setStatus({ kind: 'failed', text: `${file.name} was not imported; nothing was changed.`, errors: parsed.errors });
      return;
    }
    const { added, replaced } = await withDb(open, (db) => importSnippets(db, parsed.snippets));
    setStatus({ kind: 'done', text: `Imported ${parsed.snippets.length} from ${file.name}: ${added} new, ${replaced} replaced.` });
  };

  return (
    <div class="bs-snippets-section">
      <p class="bs-options__text">Your saved snippets belong to you. Take them anywhere as Markdown, or keep a JSON copy you can import again.</p>
      <fieldset class="bs-snippets-section__group">
        <legend>Markdown, grouped by</legend>
        {(['entity', 'page'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="bs-md-grouping" value={g} checked={grouping === g} onChange={() => setGrouping(g)} /> {g === 'entity' ? 'name' : 'page'}
          </label>
        ))}
      </fieldset>
      <div class="bs-snippets-section__actions">
        <button type="button" class="bs-button" data-testid="export-markdown" onClick={() => exportAs('markdown')}>Export Markdown</button>
        <button type="button" class="bs-button" data-testid="export-json" onClick={() => exportAs('json')}>Export JSON</button>
        <label class="bs-button bs-snippets-section__import">
          Import JSON…
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-json"
            onChange={(ev) => {
              const input = ev.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) importFile(file).catch(failed('Import'));
            }}
          />
        </label>
      </div>
      {status.kind !== 'idle' ? (
        <div class={`bs-snippets-section__status bs-snippets-section__status--${status.kind}`} role={status.kind === 'failed' ? 'alert' : 'status'} data-testid="snippets-io-status">
          <p>{status.text}</p>
          {status.kind === 'failed' ? (
            <ul>
              {status.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function SnippetsSection() {
  return <SnippetsExchange open={openDatabase} />;
}
