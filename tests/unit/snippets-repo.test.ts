import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { snippetId } from '../../core/snippets/snippet-id';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { deleteSnippet, importSnippets, listSnippets, recordAnchoring, restoreSnippet, saveSnippet, snippetsAbout, snippetsForUrl, updateNote, type SnippetDraft } from '../../data/snippets';

function draft(exact: string, over: Partial<SnippetDraft> = {}): SnippetDraft {
  return {
    url: 'https://news.example.com/a',
    title: 'Baku looks south',
    site: 'news.example.com',
    articleDate: '2025-05-20',
    quote: { type: 'TextQuoteSelector', exact, prefix: 'pre ', suffix: ' post' },
    position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
    entityIds: ['socar'],
    ...over,
  };
}

describe('snippet ids', () => {
  it('are the same for the same page and quote, up to white space', () => {
    expect(snippetId('https://a.test/x', 'Baku  is\nlooking south')).toBe(snippetId('https://a.test/x', ' Baku is looking south '));
  });
  it('differ for another page or another quote', () => {
    const id = snippetId('https://a.test/x', 'quote');
    expect(snippetId('https://a.test/y', 'quote')).not.toBe(id);
    expect(snippetId('https://a.test/x', 'quote!')).not.toBe(id);
    expect(id).toMatch(/^snp-[0-9a-f]{14}$/);
  });
});

describe('snippet repository', () => {
  let db: BackstoryDB;
  beforeEach(() => {
    db = openDatabase('backstory-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  });

  it('does not duplicate the same quote saved twice from the same page', async () => {
    const first = await saveSnippet(db, draft('SOCAR sells gas in Türkiye.'), 1000);
    const again = await saveSnippet(db, draft('SOCAR sells gas in Türkiye.', { entityIds: ['turkiye'] }), 2000);
    expect(first.status).toBe('created');
    expect(again.status).toBe('existing');
    expect(await db.snippets.count()).toBe(1);
    expect(again.snippet).toMatchObject({ id: first.snippet.id, savedAt: 1000, entityIds: ['socar', 'turkiye'] });
  });

  it('keeps quotes from different pages apart', async () => {
    await saveSnippet(db, draft('Same words.'));
    await saveSnippet(db, draft('Same words.', { url: 'https://news.example.com/b' }));
    expect(await db.snippets.count()).toBe(2);
    expect(await snippetsForUrl(db, 'https://news.example.com/b')).toHaveLength(1);
  });

  it('edits a note, deletes and restores a snippet unchanged', async () => {
    const { snippet } = await saveSnippet(db, draft('A quote.'), 1000);
    expect(await updateNote(db, snippet.id, 'check this', 2000)).toBe(true);
    const removed = await deleteSnippet(db, snippet.id);
    expect(removed).toMatchObject({ note: 'check this', updatedAt: 2000 });
    expect(await db.snippets.count()).toBe(0);
    await restoreSnippet(db, removed!);
    expect(await db.snippets.get(snippet.id)).toEqual(removed);
  });

  it('records which snippets were placed and which are orphans', async () => {
    const a = (await saveSnippet(db, draft('Placed.'))).snippet;
    const b = (await saveSnippet(db, draft('Gone.'))).snippet;
    await recordAnchoring(db, [a.id], [b.id], 5000);
    expect((await db.snippets.get(a.id))?.anchor).toEqual({ status: 'placed', checkedAt: 5000 });
    expect((await db.snippets.get(b.id))?.anchor).toEqual({ status: 'orphan', checkedAt: 5000 });
  });

  it('counts the snippets about an entity and lists the latest first', async () => {
    await saveSnippet(db, draft('Old.'), 1000);
    await saveSnippet(db, draft('New.'), 3000);
    await saveSnippet(db, draft('Other.', { entityIds: ['ots'] }), 2000);
    await saveSnippet(db, draft('Elsewhere.', { url: 'https://other.example.org/b', site: 'other.example.org' }), 4000);
    const about = await snippetsAbout(db, 'socar', 'news.example.com', 1);
    expect(about.count).toBe(2);
    expect(about.latest.map((s) => s.exact)).toEqual(['New.']);
    // Cards reach content scripts of every site: they carry no snippet's URL.
    expect(Object.keys(about.latest[0] ?? {}).sort()).toEqual(['exact', 'id', 'savedAt', 'title']);
    // A page on another site sees only what was saved there; a page with no site sees nothing.
    expect((await snippetsAbout(db, 'socar', 'other.example.org')).latest.map((s) => s.exact)).toEqual(['Elsewhere.']);
    expect(await snippetsAbout(db, 'socar', '')).toEqual({ count: 0, latest: [] });
    expect((await listSnippets(db)).map((s) => s.quote.exact)).toEqual(['Elsewhere.', 'New.', 'Other.', 'Old.']);
  });

  it('imports snippets in one transaction, replacing those with the same id', async () => {
    const { snippet } = await saveSnippet(db, draft('Kept.'), 1000);
    const result = await importSnippets(db, [{ ...snippet, note: 'from file' }, { ...snippet, id: snippetId(snippet.url, 'New one.'), quote: { ...snippet.quote, exact: 'New one.' } }]);
    expect(result).toEqual({ added: 1, replaced: 1 });
    expect((await db.snippets.get(snippet.id))?.note).toBe('from file');
  });
});
