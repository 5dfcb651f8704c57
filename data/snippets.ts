/**
 * The snippet repository over `db.snippets`. Ids come from the canonical URL and the quote, so saving the
 * same quote from the same page again updates one record instead of adding a second.
 */
import { snippetId } from '../core/snippets/snippet-id';
import type { BackstoryDB } from './db';
import type { Snippet, TextPositionSelector, TextQuoteSelector } from './snippet-types';

export interface SnippetDraft {
  url: string;
  title: string;
  site: string;
  articleDate: string | null;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  entityIds: string[];
  note?: string;
}

export type SaveStatus = 'created' | 'existing';

/** What a card shows of a snippet. No URL: cards are sent to content scripts of any site, and the card never links. */
export interface SnippetSummary {
  id: string;
  exact: string;
  title: string;
  savedAt: number;
}

export interface SnippetsAbout {
  count: number;
  latest: SnippetSummary[];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

export async function saveSnippet(db: BackstoryDB, draft: SnippetDraft, now = Date.now()): Promise<{ status: SaveStatus; snippet: Snippet }> {
  const id = snippetId(draft.url, draft.quote.exact);
  return db.transaction('rw', db.snippets, async () => {
    const existing = await db.snippets.get(id);
    if (existing) {
      const entityIds = union(existing.entityIds, draft.entityIds);
      const note = existing.note || draft.note || '';
      const changed = entityIds.length !== existing.entityIds.length || note !== existing.note;
      const snippet = changed ? { ...existing, entityIds, note, updatedAt: now } : existing;
      if (changed) await db.snippets.put(snippet);
      return { status: 'existing' as const, snippet };
    }
    const snippet: Snippet = {
      id,
      url: draft.url,
      title: draft.title,
      site: draft.site,
      articleDate: draft.articleDate,
      savedAt: now,
      updatedAt: now,
      note: draft.note ?? '',
      quote: draft.quote,
      position: draft.position,
      entityIds: draft.entityIds,
    };
    await db.snippets.add(snippet);
    return { status: 'created' as const, snippet };
  });
}

/** Every snippet, newest first. */
export async function listSnippets(db: BackstoryDB): Promise<Snippet[]> {
  return (await db.snippets.orderBy('savedAt').reverse().toArray());
}

export function snippetsForUrl(db: BackstoryDB, url: string): Promise<Snippet[]> {
  return db.snippets.where('url').equals(url).sortBy('position.start');
}

export async function updateNote(db: BackstoryDB, id: string, note: string, now = Date.now()): Promise<boolean> {
  return (await db.snippets.update(id, { note, updatedAt: now })) > 0;
}

/** Deletes a snippet and returns it, so the caller can offer to undo. */
export async function deleteSnippet(db: BackstoryDB, id: string): Promise<Snippet | undefined> {
  return db.transaction('rw', db.snippets, async () => {
    const snippet = await db.snippets.get(id);
    if (snippet) await db.snippets.delete(id);
    return snippet;
  });
}

export async function restoreSnippet(db: BackstoryDB, snippet: Snippet): Promise<void> {
  await db.snippets.put(snippet);
}

/** Records which snippets of a page were placed again and which could not be (orphans). */
export async function recordAnchoring(db: BackstoryDB, placed: readonly string[], orphaned: readonly string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.snippets, async () => {
    for (const [ids, status] of [[placed, 'placed'], [orphaned, 'orphan']] as const) {
      for (const id of ids) await db.snippets.update(id, { anchor: { status, checkedAt: now } });
    }
  });
}

/** Puts every imported snippet in one transaction: all are stored or, on any failure, none. */
export async function importSnippets(db: BackstoryDB, snippets: readonly Snippet[]): Promise<{ added: number; replaced: number }> {
  return db.transaction('rw', db.snippets, async () => {
    const existing = await db.snippets.bulkGet(snippets.map((s) => s.id));
    await db.snippets.bulkPut([...snippets]);
    const replaced = existing.filter(Boolean).length;
    return { added: snippets.length - replaced, replaced };
  });
}

/**
 * The card's "your snippets about X": only those saved on `site`, the site of the page asking. A card is shown
 * inside a web page, so it never carries what the reader saved elsewhere (the popup lists everything).
 */
export async function snippetsAbout(db: BackstoryDB, entityId: string, site: string, limit = 3): Promise<SnippetsAbout> {
  if (!site) return { count: 0, latest: [] };
  const all = (await db.snippets.where('entityIds').equals(entityId).toArray()).filter((s) => s.site === site);
  all.sort((a, b) => b.savedAt - a.savedAt);
  return {
    count: all.length,
    latest: all.slice(0, limit).map((s) => ({ id: s.id, exact: s.quote.exact, title: s.title, savedAt: s.savedAt })),
  };
}
