/**
 * Finding snippets in the popup (pure): fuse.js over the quote, the note, the page title and the names of
 * the entities, all folded like the fact search (Turkish İ/ı, diacritics); then the entity, site and
 * orphan filters. With an empty query the snippets stay newest first.
 */
import Fuse from 'fuse.js';
import type { Snippet } from '../../data/snippet-types';
import { foldForSearch } from '../search-fold';

export interface SnippetFilter {
  query: string;
  entity: string | null;
  site: string | null;
  placement: 'all' | 'orphans';
}

interface Doc {
  snippet: Snippet;
  quote: string;
  note: string;
  title: string;
  names: string;
}

export type SnippetSearch = Fuse<Doc>;

export function createSnippetSearch(snippets: readonly Snippet[], names: ReadonlyMap<string, string>): SnippetSearch {
  const docs = snippets.map((s) => ({
    snippet: s,
    quote: foldForSearch(s.quote.exact),
    note: foldForSearch(s.note),
    title: foldForSearch(s.title),
    names: foldForSearch(s.entityIds.map((id) => names.get(id) ?? id).join(' · ')),
  }));
  return new Fuse(docs, {
    keys: [
      { name: 'quote', weight: 3 },
      { name: 'note', weight: 2 },
      { name: 'names', weight: 2 },
      { name: 'title', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.3,
    includeScore: true,
  });
}

export function filterSnippets(snippets: readonly Snippet[], search: SnippetSearch, filter: SnippetFilter): Snippet[] {
  const query = foldForSearch(filter.query);
  const found = query ? search.search(query).map((r) => r.item.snippet) : [...snippets].sort((a, b) => b.savedAt - a.savedAt);
  return found.filter(
    (s) =>
      (!filter.entity || s.entityIds.includes(filter.entity)) &&
      (!filter.site || s.site === filter.site) &&
      (filter.placement === 'all' || s.anchor?.status === 'orphan'),
  );
}

/** The filter choices: entities (by name) and sites present in the snippets, with counts. */
export function filterChoices(snippets: readonly Snippet[], names: ReadonlyMap<string, string>) {
  const count = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const entities = [...count(snippets.flatMap((s) => s.entityIds))]
    .map(([id, n]) => ({ id, label: names.get(id) ?? id, count: n }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const sites = [...count(snippets.map((s) => s.site).filter(Boolean))]
    .map(([id, n]) => ({ id, label: id, count: n }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { entities, sites, orphans: snippets.filter((s) => s.anchor?.status === 'orphan').length };
}
