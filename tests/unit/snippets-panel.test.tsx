// @vitest-environment happy-dom
// Dexie's liveQuery only runs its querier when a global indexedDB exists when Dexie loads (Dexie issue 2046).
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snippetId } from '../../core/snippets/snippet-id';
import { openDatabase, type BackstoryDB } from '../../data/db';
import type { Snippet } from '../../data/snippet-types';
import { SnippetsPanel } from '../../entrypoints/popup/SnippetsPanel';

function snippet(exact: string, over: Partial<Snippet> = {}): Snippet {
  const url = over.url ?? 'https://news.example.com/a';
  return {
    id: snippetId(url, exact),
    url,
    title: 'Baku looks south',
    site: 'news.example.com',
    articleDate: '2025-05-20',
    savedAt: 1000,
    updatedAt: 1000,
    note: '',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    entityIds: ['socar'],
    ...over,
  };
}

const SNIPPETS = [
  snippet('SOCAR sells gas in Türkiye.', { savedAt: 3000, note: 'pipeline question' }),
  snippet('The OTS meets in Budapest.', { entityIds: ['ots'], url: 'https://other.test/b', site: 'other.test', savedAt: 2000 }),
  snippet('Fidan visits the Gulf.', { entityIds: [], savedAt: 1000, anchor: { status: 'orphan', checkedAt: 5 } }),
];

let db: BackstoryDB;
let host: HTMLElement;
const open = () => openDatabase('backstory-panel');

beforeEach(async () => {
  db = open();
  await db.snippets.clear();
  await db.snippets.bulkPut(SNIPPETS);
  await db.entities.bulkPut([
    { id: 'socar', name: 'SOCAR', type: 'organization', summary: '', aliases: [], cues: [], facts: [], related: [], packId: 'p' },
    { id: 'ots', name: 'Organization of Turkic States', type: 'organization', summary: '', aliases: [], cues: [], facts: [], related: [], packId: 'p' },
  ]);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
  db.close();
});

const quotes = () => [...host.querySelectorAll('[data-testid="snippet"] blockquote')].map((q) => q.textContent);

async function mount(openUrl = vi.fn(), openDb = open) {
  act(() => render(<SnippetsPanel onClose={() => undefined} open={openDb} openUrl={openUrl} />, host));
  await vi.waitFor(() => expect(quotes()).toHaveLength(3));
  return openUrl;
}

function change(el: Element | null, value: string, kind: 'input' | 'change' = 'input') {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) throw new Error('no field');
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(kind, { bubbles: true }));
  });
}

describe('SnippetsPanel', () => {
  it('lists snippets newest first with their entity names', async () => {
    await mount();
    expect(quotes()).toEqual(['SOCAR sells gas in Türkiye.', 'The OTS meets in Budapest.', 'Fidan visits the Gulf.']);
    expect([...host.querySelectorAll('[data-testid="snippet-entity-chip"]')].map((c) => c.textContent)).toEqual(['SOCAR', 'Organization of Turkic States']);
  });

  it('searches quotes, notes and entity names, folding Turkish letters', async () => {
    await mount();
    change(host.querySelector('[data-testid="snippet-search"]'), 'turkiye');
    expect(quotes()[0]).toBe('SOCAR sells gas in Türkiye.');
    expect(quotes()).not.toContain('Fidan visits the Gulf.');
    change(host.querySelector('[data-testid="snippet-search"]'), 'pipeline');
    expect(quotes()).toEqual(['SOCAR sells gas in Türkiye.']);
    change(host.querySelector('[data-testid="snippet-search"]'), 'turkic states');
    expect(quotes()).toEqual(['The OTS meets in Budapest.']);
  });

  it('filters by entity, by site and to orphans', async () => {
    await mount();
    change(host.querySelector('[data-testid="snippet-filter-entity"]'), 'ots', 'change');
    expect(quotes()).toEqual(['The OTS meets in Budapest.']);
    change(host.querySelector('[data-testid="snippet-filter-entity"]'), '', 'change');
    change(host.querySelector('[data-testid="snippet-filter-site"]'), 'news.example.com', 'change');
    expect(quotes()).toEqual(['SOCAR sells gas in Türkiye.', 'Fidan visits the Gulf.']);
    act(() => (host.querySelector('[data-testid="snippet-filter-orphans"]') as HTMLInputElement).click());
    expect(quotes()).toEqual(['Fidan visits the Gulf.']);
    expect(host.querySelector('[data-testid="snippet-orphan"]')).not.toBeNull();
  });

  it('opens the source at the quote', async () => {
    const openUrl = await mount();
    act(() => (host.querySelector('[data-testid="snippet-open"]') as HTMLButtonElement).click());
    expect(openUrl).toHaveBeenCalledWith(`https://news.example.com/a#backstory-snippet=${SNIPPETS[0]?.id}:~:text=SOCAR%20sells%20gas%20in%20T%C3%BCrkiye.`);
  });

  it('edits a note and stores it', async () => {
    await mount();
    act(() => (host.querySelector('[data-testid="snippet-edit"]') as HTMLButtonElement).click());
    change(host.querySelector('[data-testid="snippet-note-input"]'), 'ask the ministry');
    act(() => (host.querySelector('[data-testid="snippet-note-save"]') as HTMLButtonElement).click());
    await vi.waitFor(async () => expect((await db.snippets.get(SNIPPETS[0]!.id))?.note).toBe('ask the ministry'));
  });

  it('keeps the note being typed, and says why, when storing it fails', async () => {
    const full = () => {
      const d = open();
      d.snippets.update = vi.fn(() => Dexie.Promise.reject(new Dexie.QuotaExceededError('full'))) as unknown as typeof d.snippets.update;
      return d;
    };
    await mount(vi.fn(), full);
    act(() => (host.querySelector('[data-testid="snippet-edit"]') as HTMLButtonElement).click());
    change(host.querySelector('[data-testid="snippet-note-input"]'), 'ask the ministry');
    act(() => (host.querySelector('[data-testid="snippet-note-save"]') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/^Saving the note: The browser refused to store more/));
    expect((host.querySelector('[data-testid="snippet-note-input"]') as HTMLTextAreaElement | null)?.value).toBe('ask the ministry');
    expect((await db.snippets.get(SNIPPETS[0]!.id))?.note).toBe('pipeline question');
  });

  it('deletes a snippet and brings it back unchanged with undo', async () => {
    await mount();
    act(() => (host.querySelector('[data-testid="snippet-delete"]') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(quotes()).toHaveLength(2));
    act(() => (host.querySelector('[data-testid="snippet-undo"]') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(quotes()).toHaveLength(3));
    expect(await db.snippets.get(SNIPPETS[0]!.id)).toEqual(SNIPPETS[0]);
  });
});
