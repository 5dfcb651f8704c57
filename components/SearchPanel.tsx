/**
 * The popup's search: a search box over a listbox of results (ARIA combobox pattern). The box keeps focus;
 * ArrowUp/ArrowDown move the active result (`aria-activedescendant`), Enter or a click opens it.
 * Presentational: the query and the result items come in, the changes and the opened id go out.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityType } from '../data/types';
import { TYPE_LABEL } from './entity-type';
import { Highlighted, type TextRange } from './Highlighted';

export interface ResultItem {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  nameRanges: readonly TextRange[];
  /** The alias that matched when the name did not. */
  alias?: { text: string; ranges: readonly TextRange[] };
}

export interface SearchPanelProps {
  query: string;
  onQueryChange: (query: string) => void;
  items: ResultItem[];
  onOpen: (id: string) => void;
  /** The id to make active first (the entity the reader came back from). */
  initialActiveId?: string | null;
  /** A line above the list ("36 entities in your fact base", "3 results"). */
  caption: ComponentChildren;
  /** Shown instead of the list when there are no items. */
  emptyText: string;
}

const LIST_ID = 'bs-results';
const optionId = (id: string) => `bs-result-${id}`;

function startIndex(items: ResultItem[], id: string | null | undefined): number {
  const at = id ? items.findIndex((item) => item.id === id) : -1;
  return Math.max(0, at);
}

function ResultRow({ item, active, onOpen, onHover }: { item: ResultItem; active: boolean; onOpen: () => void; onHover: () => void }) {
  return (
    <li
      id={optionId(item.id)}
      role="option"
      aria-selected={active}
      class={active ? 'bs-result bs-result--active' : 'bs-result'}
      data-testid="result"
      onClick={onOpen}
      onMouseMove={onHover}
    >
      <span class="bs-result__line">
        <span class="bs-result__name">
          <Highlighted text={item.name} ranges={item.nameRanges} />
        </span>
        <span class={`bs-result__type bs-result__type--${item.type}`}>{TYPE_LABEL[item.type]}</span>
      </span>
      {item.alias ? (
        <span class="bs-result__alias">
          also “<Highlighted text={item.alias.text} ranges={item.alias.ranges} />”
        </span>
      ) : null}
      <span class="bs-result__summary">{item.summary}</span>
    </li>
  );
}

/** The active result and the keys that move it; the list scrolls to keep it in view. */
function useActiveResult(items: ResultItem[], initialActiveId: string | null | undefined, onOpen: (id: string) => void) {
  const [active, setActive] = useState(() => startIndex(items, initialActiveId));
  const listRef = useRef<HTMLUListElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else setActive(0);
  }, [items]);

  const current = items[Math.min(active, items.length - 1)];
  useEffect(() => {
    if (current) listRef.current?.querySelector(`#${CSS.escape(optionId(current.id))}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(Math.min(i, items.length - 1) + step, 0), items.length - 1));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      onOpen(current.id);
    }
  }
  return { current, setActive, listRef, onKeyDown };
}

export function SearchPanel({ query, onQueryChange, items, onOpen, initialActiveId, caption, emptyText }: SearchPanelProps) {
  const { current, setActive, listRef, onKeyDown } = useActiveResult(items, initialActiveId, onOpen);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  return (
    <div class="bs-search">
      <div class="bs-search__box">
        <input
          ref={inputRef}
          type="search"
          class="bs-search__input"
          data-testid="search"
          placeholder="Search people, places, organisations…"
          aria-label="Search the fact base"
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current.id) : undefined}
          autoComplete="off"
          spellcheck={false}
          autoFocus
          value={query}
          onInput={(e) => onQueryChange(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p class="bs-search__caption" aria-live="polite">
        {caption}
      </p>
      {items.length === 0 ? (
        <p class="bs-search__empty">{emptyText}</p>
      ) : (
        <ul id={LIST_ID} role="listbox" aria-label="Entities" class="bs-results" ref={listRef}>
          {items.map((item, i) => (
            <ResultRow key={item.id} item={item} active={item === current} onOpen={() => onOpen(item.id)} onHover={() => setActive(i)} />
          ))}
        </ul>
      )}
    </div>
  );
}
