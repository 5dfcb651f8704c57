/**
 * "On this page": the entities marked on the current page with their mention counts; choosing one
 * scrolls the page to its first mention and flashes it. Also the one-click pause for the site.
 */
import { sendMessage } from '../../messaging/protocol';
import type { StoredEntity } from '../../data/types';
import type { PageState } from './use-page';

export function PauseControl({ page, onPause, onTurnOn }: { page: PageState; onPause: (paused: 'yes' | 'no') => void; onTurnOn: () => void }) {
  if (page.status !== 'ready') return null;
  const { site, state } = page.summary;
  if (state === 'off') {
    return (
      <button type="button" class="bs-pause" data-testid="turn-on" onClick={onTurnOn} title="Backstory is off everywhere">
        Turn on
      </button>
    );
  }
  const paused = state === 'paused';
  return (
    <button
      type="button"
      class={paused ? 'bs-pause bs-pause--paused' : 'bs-pause'}
      aria-pressed={paused}
      data-testid="pause-site"
      title={paused ? `Backstory is paused on ${site}` : `Stop marking names on ${site}`}
      onClick={() => onPause(paused ? 'no' : 'yes')}
    >
      {paused ? `Resume on ${site}` : `Pause on ${site}`}
    </button>
  );
}

export function OnThisPage({ page, byId }: { page: PageState; byId: Map<string, StoredEntity> }) {
  if (page.status === 'loading') return <p class="bs-page__note">Looking at this page…</p>;
  if (page.status === 'unavailable') {
    return <p class="bs-page__note">Backstory cannot read this page (browser pages and extension stores are off limits), or it is still loading.</p>;
  }
  const { summary, tabId } = page;
  if (summary.state !== 'active') {
    return <p class="bs-page__note">{summary.state === 'paused' ? `Paused on ${summary.site}.` : 'Backstory is turned off.'}</p>;
  }
  if (summary.entities.length === 0) return <p class="bs-page__note">No names from your fact base on this page.</p>;
  return (
    <ul class="bs-page__list" aria-label="Names on this page">
      {summary.entities.map(({ id, count }) => (
        <li key={id}>
          <button type="button" class="bs-page__item" data-testid="page-entity" onClick={() => void sendMessage('revealMention', { id }, tabId).catch(() => undefined)}>
            <span class="bs-page__name">{byId.get(id)?.name ?? id}</span>
            <span class="bs-page__count" aria-label={`${count} ${count === 1 ? 'mention' : 'mentions'}`}>
              {count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
