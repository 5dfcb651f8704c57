/**
 * The page card's frame: a labelled dialog around the shared `EntityCard`, with pin and close buttons.
 * Presentational; the host owns focus, geometry and lifetime.
 */
import { EntityCard } from '../../components/EntityCard';
import { SnippetsAbout, type SaveOutcome } from '../../components/SnippetsAbout';
import type { CardData } from '../../messaging/protocol';

export interface CardFrameProps {
  data: CardData;
  articleDate: string | null;
  pinned: boolean;
  onPin(pinned: boolean): void;
  onClose(): void;
  onOpenRelated(id: string): void;
  /** Saves the sentence around the hovered name (or the selection) as a snippet. */
  onSaveSnippet?(): Promise<SaveOutcome>;
}

export function CardFrame({ data, articleDate, pinned, onPin, onClose, onOpenRelated, onSaveSnippet }: CardFrameProps) {
  const { entity, related } = data;
  return (
    <div
      class={pinned ? 'bs-frame bs-frame--pinned' : 'bs-frame'}
      role="dialog"
      aria-modal={pinned ? 'true' : undefined}
      aria-labelledby={`bs-entity-name-${entity.id}`}
      data-testid="card-frame"
      data-pinned={pinned ? 'yes' : 'no'}
    >
      <div class="bs-frame__bar">
        <span class="bs-frame__brand" aria-hidden="true">
          Backstory
        </span>
        <button type="button" class="bs-frame__button" aria-pressed={pinned} data-testid="pin" title="Keep this card open" onClick={() => onPin(!pinned)}>
          {pinned ? 'Pinned' : 'Pin'}
        </button>
        <button type="button" class="bs-frame__button" aria-label="Close card" title="Close (Esc)" data-testid="close" onClick={onClose}>
          ×
        </button>
      </div>
      <EntityCard entity={entity} related={related} variant="popover" articleDate={articleDate} onOpenRelated={onOpenRelated}>
        {data.snippets && <SnippetsAbout key={entity.id} name={entity.name} about={data.snippets} onSave={onSaveSnippet} />}
      </EntityCard>
    </div>
  );
}
