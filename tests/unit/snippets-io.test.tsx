// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snippetsToJson } from '../../core/snippets/exchange';
import { snippetId } from '../../core/snippets/snippet-id';
import { SnippetsAbout } from '../../components/SnippetsAbout';
import { openDatabase, type BackstoryDB } from '../../data/db';
import type { Snippet } from '../../data/snippet-types';
import { SnippetsExchange } from '../../entrypoints/options/SnippetsSection';

const url = 'https://news.example.com/a';
const one: Snippet = {
  id: snippetId(url, 'Kept quote.'),
  url,
  title: 'T',
  site: 'news.example.com',
  articleDate: null,
  savedAt: 1,
  updatedAt: 1,
  note: '',
  quote: { type: 'TextQuoteSelector', exact: 'Kept quote.', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 11 },
  entityIds: [],
};

let host: HTMLElement;
let db: BackstoryDB;
const open = () => openDatabase('backstory-io');
beforeEach(async () => {
  db = open();
  await db.snippets.clear();
  await db.snippets.put(one);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
  db.close();
});

function pick(text: string, name = 'snippets.json') {
  const input = host.querySelector('[data-testid="import-json"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const status = () => host.querySelector('[data-testid="snippets-io-status"]')?.textContent ?? '';

describe('options: snippet import', () => {
  it('imports a valid export and reports what changed', async () => {
    act(() => render(<SnippetsExchange open={open} />, host));
    const added = { ...one, id: snippetId(url, 'Another.'), quote: { ...one.quote, exact: 'Another.' } };
    pick(snippetsToJson([{ ...one, note: 'edited' }, added], new Date(0)));
    await vi.waitFor(() => expect(status()).toContain('1 new, 1 replaced'));
    expect(await db.snippets.count()).toBe(2);
    expect((await db.snippets.get(one.id))?.note).toBe('edited');
  });

  it('changes nothing with a malformed file and names what is wrong', async () => {
    act(() => render(<SnippetsExchange open={open} />, host));
    pick(JSON.stringify({ format: 'backstory-snippets', formatVersion: 1, snippets: [{ ...one, note: 'changed' }, { ...one, id: 'bad', url: 'ftp://x' }] }), 'broken.json');
    await vi.waitFor(() => expect(status()).toContain('broken.json was not imported; nothing was changed.'));
    expect(status()).toContain('snippets[1].id: not a snippet id');
    expect(await db.snippets.toArray()).toEqual([one]);
  });
});

describe('SnippetsAbout', () => {
  it('shows the count and latest quotes, and saves from the card', async () => {
    const onSave = vi.fn(() => Promise.resolve('created' as const));
    act(() => render(<SnippetsAbout name="SOCAR" about={{ count: 2, latest: [{ id: 'a', exact: 'Gas flows.', title: 'Page', savedAt: 0 }] }} onSave={onSave} />, host));
    expect(host.querySelector('h3')?.textContent).toBe('Your snippets about SOCAR from this site');
    expect(host.querySelector('[data-testid="snippets-about-count"]')?.textContent).toBe('2 saved');
    expect(host.querySelector('q')?.textContent).toBe('Gas flows.');
    act(() => (host.querySelector('[data-testid="card-save-snippet"]') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(host.querySelector('[role="status"]')?.textContent).toBe('Saved to your snippets.'));
    expect(host.querySelector('[data-testid="snippets-about-count"]')?.textContent).toBe('3 saved');
  });
});
