/** Search hits (or, for an empty query, every entity by name) as the popup's result rows. */
import type { ResultItem } from '../../components/SearchPanel';
import type { SearchHit } from '../../core/search';
import type { Entity } from '../../data/types';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function fromHit(hit: SearchHit): ResultItem {
  const name = hit.matches.find((m) => m.field === 'name');
  const alias = hit.matches.find((m) => m.field === 'aliases');
  return {
    id: hit.id,
    name: hit.name,
    type: hit.type,
    summary: hit.summary,
    nameRanges: name?.ranges ?? [],
    alias: !name && alias ? { text: alias.text, ranges: alias.ranges } : undefined,
  };
}

export function resultItems(entities: readonly Entity[], hits: SearchHit[] | null): ResultItem[] {
  if (hits) return hits.map(fromHit);
  return [...entities]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, summary: e.summary, nameRanges: [] }));
}
