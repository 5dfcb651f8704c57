/**
 * The content script's side of the on-page messages: settings pushed by the background, the popup's
 * "On this page" list and reveal, and keyboard traversal from the command shortcuts.
 */
import { onMessage } from '../../messaging/protocol';
import { parseSettings } from '../../data/settings';
import type { CardController } from './card-controller';
import type { MentionRegistry } from './highlights';
import { site, type createPageSession } from './page-session';

export const FLASH_HIGHLIGHT = 'backstory-flash';
const FLASH_MS = 1600;

interface Deps {
  registry: MentionRegistry;
  cards: CardController;
  session: ReturnType<typeof createPageSession>;
  signal: AbortSignal;
}

export function listenForPageMessages({ registry, cards, session, signal }: Deps): void {
  const flash = new Highlight();
  let flashTimer: ReturnType<typeof setTimeout> | null = null;
  CSS.highlights.set(FLASH_HIGHLIGHT, flash);

  const stops = [
    onMessage('settingsChanged', ({ data }) => session.apply(parseSettings(data))),
    onMessage('pageSummary', () => ({
      site: site(),
      state: session.state,
      entities: [...registry.entities()].map(([id, count]) => ({ id, count })),
    })),
    onMessage('revealMention', ({ data }) => {
      const mark = typeof data?.id === 'string' ? registry.firstOf(data.id) : null;
      if (!mark) return false;
      mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      flash.clear();
      flash.add(mark.range);
      if (flashTimer !== null) clearTimeout(flashTimer);
      flashTimer = setTimeout(() => flash.clear(), FLASH_MS);
      return true;
    }),
    onMessage('moveMentionFocus', ({ data }) => {
      if (session.state === 'active') void cards.moveFocus(data?.direction === 'previous' ? 'previous' : 'next');
    }),
  ];
  signal.addEventListener('abort', () => {
    for (const stop of stops) stop();
    if (flashTimer !== null) clearTimeout(flashTimer);
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === flash) CSS.highlights.delete(FLASH_HIGHLIGHT);
  });
}
