/**
 * The entity card, shared by the page's hover card (variant `popover`, inside our shadow root) and the
 * popup (variant `panel`). Presentational: props in, callbacks out; every string is rendered as text.
 * Styles: `entity-card.css` (class prefix `bs-`), imported by whoever hosts the card.
 */
import { useState } from 'preact/hooks';
import { newestFirst } from '../core/timeline';
import { isHttpUrl } from '../data/pack-schema';
import type { Entity, EntityType, Fact, ReaderNote } from '../data/types';
import { TYPE_LABEL } from './entity-type';
import { formatFactSpan } from './format-date';

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
}

/** The popover shows this many facts (newest first) and a button for the rest; notes only show in the panel. */
const POPOVER_FACTS = 3;
const PANEL_ALIASES = 6;

function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function SourceLink({ url }: { url: string }) {
  if (!isHttpUrl(url)) {
    return <span class="bs-source bs-source--withheld">source withheld (unsafe link)</span>;
  }
  return (
    <a class="bs-source" href={url} target="_blank" rel="noopener noreferrer" title={url}>
      {sourceHost(url)}
    </a>
  );
}

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
  const sources = [fact.source, ...(fact.extraSources ?? [])];
  return (
    <li class={`bs-fact${fact.until ? ' bs-fact--ended' : ''}${fact.origin === 'reader' ? ' bs-fact--yours' : ''}`} data-testid="fact">
      <FactDate fact={fact} />
      {fact.origin === 'reader' ? <YoursMarker /> : null}
      <p class="bs-fact__text">{fact.text}</p>
      {fact.note && variant === 'panel' ? <p class="bs-fact__note">{fact.note}</p> : null}
      <p class="bs-fact__sources">
        {sources.map((url, i) => (
          <span key={i} class="bs-fact__source">
            {i > 0 ? ' · ' : 'Source: '}
            <SourceLink url={url} />
          </span>
        ))}
      </p>
    </li>
  );
}

/** Marks what the reader wrote (facts, notes), as opposed to what a pack says. */
function YoursMarker() {
  return (
    <span class="bs-yours" data-testid="yours" title="You added this">
      yours
    </span>
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

export function EntityCard({ entity, related, onOpenRelated, variant = 'popover' }: EntityCardProps) {
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
      <section class="bs-card__section" aria-label="Facts">
        <h3 class="bs-card__heading">Facts</h3>
        <FactList key={entity.id} facts={entity.facts} variant={variant} />
      </section>
      <NoteList notes={entity.notes ?? []} />
      <RelatedList related={related} onOpenRelated={onOpenRelated} />
    </article>
  );
}
