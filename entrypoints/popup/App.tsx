/**
 * The toolbar popup: search the whole fact base, open an entity as a card, follow related names, come back.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EntityCard, type RelatedEntity } from '../../components/EntityCard';
import { SearchPanel } from '../../components/SearchPanel';
import { createSearchIndex, search } from '../../core/search';
import type { StoredEntity } from '../../data/types';
import { OnThisPage, PauseControl } from './OnThisPage';
import { resultItems } from './result-items';
import { SnippetsPanel } from './SnippetsPanel';
import { Tabs } from './Tabs';
import { useFactBase } from './use-fact-base';
import { usePage } from './use-page';

function Notice({ title, children }: { title: string; children: string }) {
  return (
    <div class="bs-notice" role="status">
      <p class="bs-notice__title">{title}</p>
      <p class="bs-notice__text">{children}</p>
    </div>
  );
}

function EntityView({ entity, byId, onBack, onOpen }: { entity: StoredEntity; byId: Map<string, StoredEntity>; onBack: () => void; onOpen: (id: string) => void }) {
  const backRef = useRef<HTMLButtonElement>(null);
  const related = entity.related.flatMap((id): RelatedEntity[] => {
    const r = byId.get(id);
    return r ? [{ id: r.id, name: r.name, type: r.type }] : [];
  });
  useEffect(() => {
    backRef.current?.focus();
    document.querySelector('.bs-entity__scroll')?.scrollTo(0, 0);
  }, [entity.id]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onBack();
  };
  return (
    <div class="bs-entity" onKeyDown={onKeyDown}>
      <div class="bs-entity__bar">
        <button type="button" class="bs-back" ref={backRef} onClick={onBack} data-testid="back">
          <span aria-hidden="true">←</span> Back
        </button>
      </div>
      <div class="bs-entity__scroll">
        <EntityCard entity={entity} related={related} onOpenRelated={onOpen} variant="panel" />
      </div>
    </div>
  );
}

function Browser({ entities }: { entities: StoredEntity[] }) {
  const [query, setQuery] = useState('');
  const [trail, setTrail] = useState<string[]>([]);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  const index = useMemo(() => createSearchIndex(entities), [entities]);
  const items = useMemo(() => resultItems(entities, query.trim() ? search(index, query, 30) : null), [entities, index, query]);

  const open = (id: string) => setTrail((t) => (t[t.length - 1] === id ? t : [...t, id]));
  const back = () => {
    setLastOpened(trail[0] ?? null);
    setTrail((t) => t.slice(0, -1));
  };
  const openEntity = byId.get(trail[trail.length - 1] ?? '');
  if (openEntity) return <EntityView entity={openEntity} byId={byId} onBack={back} onOpen={open} />;

  const count = entities.length;
  const caption = query.trim()
    ? `${items.length === 30 ? '30+' : items.length} ${items.length === 1 ? 'match' : 'matches'}`
    : `${count} ${count === 1 ? 'entity' : 'entities'} in your fact base`;
  return (
    <SearchPanel
      query={query}
      onQueryChange={setQuery}
      items={items}
      onOpen={open}
      initialActiveId={lastOpened}
      caption={caption}
      emptyText={`Nothing in your fact base matches “${query.trim()}”.`}
    />
  );
}

export function App() {
  const state = useFactBase();
  if (state.status === 'opening') return <Notice title="Backstory">Opening your fact base…</Notice>;
  if (state.status === 'failed') {
    return (
      <Notice title="The fact base could not be opened">
        {`Backstory stores its facts in this browser's extension storage, and reading it failed (${state.message}). Close and reopen this window; if it keeps failing, check that the browser allows site data for extensions.`}
      </Notice>
    );
  }
  if (state.entities.length === 0) {
    return <Notice title="Your fact base is still loading">Backstory is installing its facts. This takes a moment after install or an update, and this window fills in by itself.</Notice>;
  }
  return <Popup entities={state.entities} />;
}

/** The tabs of the popup; add a tab with one more entry. */
function Popup({ entities }: { entities: StoredEntity[] }) {
  const { page, setPaused, turnOn } = usePage();
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  return (
    <Tabs
      aside={<PauseControl page={page} onPause={(p) => void setPaused(p)} onTurnOn={() => void turnOn()} />}
      tabs={[
        { id: 'search', label: 'Search', render: () => <Browser entities={entities} /> },
        { id: 'page', label: 'On this page', render: () => <OnThisPage page={page} byId={byId} /> },
        { id: 'snippets', label: 'Snippets', render: () => <SnippetsPanel /> },
      ]}
    />
  );
}
