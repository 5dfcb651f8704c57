/**
 * The entity card, shared by the page's hover card (variant `popover`, inside our shadow root) and the
 * popup (variant `panel`). Presentational: props in, callbacks out; every string is rendered as text.
 * Styles: `entity-card.css` (class prefix `bs-`), imported by whoever hosts the card.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { newestFirst } from '../core/timeline';
import type { Entity, EntityType, Fact, ReaderNote } from '../data/types';
import { TYPE_LABEL } from './entity-type';
import { ArticleTimeline } from './ArticleTimeline';
import { formatFactSpan } from './format-date';
import { FactSources } from './SourceLink';
import { YoursMarker } from './YoursMarker';

export interface RelatedEntity {
  id: string;
  name: string;
  type: EntityType;
}

export type CardVariant = 'popover' | 'panel';

export interface EntityCardProps {
  entity: Entity;
  related: RelatedEntity[];
  onOpenRelated?: (id: string) => void;
  variant?: CardVariant;
  /** The publication date of the article the card is shown on: the card then tells what was true on that day. */
  articleDate?: string | null;
  /** Extra blocks rendered after the facts and related names (e.g. the reader's own snippets). */
  children?: ComponentChildren;
}

/** The popover shows this many facts (newest first) and a button for the rest; notes only show in the panel. */
const POPOVER_FACTS = 3;
const PANEL_ALIASES = 6;

function FactDate({ fact }: { fact: Fact }) {
  const span = formatFactSpan(fact.from, fact.until);
  if (!span) return <span class="bs-fact__date bs-fact__date--none" data-testid="fact-date">Undated</span>;
  const single = fact.from && !fact.until ? fact.from : null;
  return (
    <span class="bs-fact__date" data-testid="fact-date">
      {single ? <time dateTime={single}>{span}</time> : span}
    </span>
  );
}

function FactItem({ fact, variant }: { fact: Fact; variant: CardVariant }) {
  return (
    <li class={`bs-fact${fact.until ? ' bs-fact--ended' : ''}${fact.origin === 'reader' ? ' bs-fact--yours' : ''}`} data-testid="fact">
      <FactDate fact={fact} />
      {fact.origin === 'reader' ? <YoursMarker /> : null}
      <p class="bs-fact__text">{fact.text}</p>
      {fact.note && variant === 'panel' ? <p class="bs-fact__note">{fact.note}</p> : null}
      <FactSources fact={fact} />
    </li>
  );
}

function NoteList({ notes }: { notes: ReaderNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section class="bs-card__section" aria-label="Your notes">
      <h3 class="bs-card__heading">Your notes</h3>
      <ul class="bs-notes">
        {notes.map((note, i) => (
          <li key={i} class="bs-note" data-testid="note">
            <YoursMarker /> {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FactList({ facts, variant }: { facts: Fact[]; variant: CardVariant }) {
  const [expanded, setExpanded] = useState<'some' | 'all'>('some');
  if (facts.length === 0) return <p class="bs-card__empty">No facts recorded yet.</p>;
  const ordered = newestFirst(facts);
  const shown = variant === 'popover' && expanded === 'some' ? ordered.slice(0, POPOVER_FACTS) : ordered;
  const hidden = ordered.length - shown.length;
  return (
    <>
      <ol class="bs-facts">
        {shown.map((fact, i) => (
          <FactItem key={i} fact={fact} variant={variant} />
        ))}
      </ol>
      {hidden > 0 ? (
        <button type="button" class="bs-link-button" onClick={() => setExpanded('all')}>
          Show {hidden} older {hidden === 1 ? 'fact' : 'facts'}
        </button>
      ) : null}
    </>
  );
}

function RelatedList({ related, onOpenRelated }: Pick<EntityCardProps, 'related' | 'onOpenRelated'>) {
  if (related.length === 0) return null;
  return (
    <section class="bs-card__section" aria-label="Related">
      <h3 class="bs-card__heading">Related</h3>
      <ul class="bs-related">
        {related.map((r) => (
          <li key={r.id}>
            {onOpenRelated ? (
              <button type="button" class="bs-chip" data-testid="related" title={TYPE_LABEL[r.type]} onClick={() => onOpenRelated(r.id)}>
                <span class={`bs-dot bs-dot--${r.type}`} aria-hidden="true" />
                {r.name}
              </button>
            ) : (
              <span class="bs-chip bs-chip--static" data-testid="related">
                <span class={`bs-dot bs-dot--${r.type}`} aria-hidden="true" />
                {r.name}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function otherNames(entity: Entity): string[] {
  const seen = new Set([entity.name.toLowerCase()]);
  return entity.aliases
    .map((a) => a.text)
    .filter((text) => !seen.has(text.toLowerCase()) && seen.add(text.toLowerCase()))
    .slice(0, PANEL_ALIASES);
}

function AllFacts({ entity, variant }: { entity: Entity; variant: CardVariant }) {
  const [open, setOpen] = useState<'closed' | 'open'>('closed');
  if (open === 'closed') {
    return (
      <button type="button" class="bs-link-button" data-testid="all-facts" onClick={() => setOpen('open')}>
        All {entity.facts.length} facts, newest first
      </button>
    );
  }
  return (
    <section class="bs-card__section" aria-label="All facts">
      <h3 class="bs-card__heading">All facts</h3>
      <FactList key={entity.id} facts={entity.facts} variant={variant} />
    </section>
  );
}

export function EntityCard({ entity, related, onOpenRelated, variant = 'popover', articleDate, children }: EntityCardProps) {
  const headingId = `bs-entity-name-${entity.id}`;
  const aliases = variant === 'panel' ? otherNames(entity) : [];
  return (
    <article class={`bs-card bs-card--${variant}`} data-testid="entity-card" aria-labelledby={headingId}>
      <header class="bs-card__header">
        <h2 class="bs-card__name" id={headingId} data-testid="entity-name">
          {entity.name}
        </h2>
        <span class={`bs-badge bs-badge--${entity.type}`} data-testid="entity-type">
          {TYPE_LABEL[entity.type]}
        </span>
      </header>
      <p class="bs-card__summary" data-testid="entity-summary">
        {entity.summary}
      </p>
      {aliases.length ? <p class="bs-card__aliases">Also: {aliases.join(', ')}</p> : null}
      {articleDate ? (
        <>
          <ArticleTimeline key={`${entity.id}@${articleDate}`} facts={entity.facts} articleDate={articleDate} />
          <AllFacts key={entity.id} entity={entity} variant={variant} />
        </>
      ) : (
        <section class="bs-card__section" aria-label="Facts">
          <h3 class="bs-card__heading">Facts</h3>
          <FactList key={entity.id} facts={entity.facts} variant={variant} />
        </section>
      )}
      <NoteList notes={entity.notes ?? []} />
      <RelatedList related={related} onOpenRelated={onOpenRelated} />
      {children}
    </article>
  );
}
