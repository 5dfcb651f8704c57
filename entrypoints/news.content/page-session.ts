/**
 * The page's scan lifecycle under the reader's settings: scan when active, clear everything when paused
 * or off, rescan on SPA navigation and when the page changes (one batched MutationObserver).
 */
import { activeOn, DEFAULT_SETTINGS, siteOf, type Settings } from '../../data/settings';
import type { CardController } from './card-controller';
import { UI_HOST_NAME } from './card-host';
import type { MentionRegistry } from './highlights';
import { watchMutations } from './observer';
import { createScanner, type PrimedScan } from './scanner';

export const site = (): string => siteOf(location.hostname) ?? location.hostname;

/** `primed`: the page's first slice, read and sent while the settings were asked for (used by the first scan). */
export function createPageSession(registry: MentionRegistry, cards: CardController, signal: AbortSignal, primed?: PrimedScan) {
  let settings: Settings = DEFAULT_SETTINGS;
  let state: 'active' | 'paused' | 'off' = 'off';
  let stopWatching: (() => void) | null = null;
  let firstMarked = false;
  let firstScanSettled: () => void = () => undefined;
  const firstScan = new Promise<void>((resolve) => (firstScanSettled = resolve));
  const scanner = createScanner(registry, signal, () => {
    if (firstMarked) return;
    firstMarked = true;
    performance.mark('backstory:first-highlight');
  });

  const report = (err: unknown) => {
    if (!signal.aborted) console.warn('Backstory: scanning this page failed', err);
  };

  function fullScan(): void {
    registry.clear();
    scanner
      .scanPage(document.body, primed)
      .then(() => performance.mark('backstory:scan-done'))
      .catch(report)
      .finally(firstScanSettled);
  }

  function start(): void {
    fullScan();
    stopWatching = watchMutations(
      document.documentElement,
      UI_HOST_NAME,
      {
        part: (roots) => {
          registry.removeWithin(roots);
          for (const root of roots) void scanner.scanPart(root).catch(report);
        },
        full: fullScan,
      },
      signal,
    );
  }

  function stop(): void {
    stopWatching?.();
    stopWatching = null;
    scanner.reset();
    registry.clear();
    cards.reset();
  }

  return {
    apply(next: Settings): void {
      settings = next;
      registry.setMode(next.marks);
      cards.setDelay(next.hoverDelayMs);
      const was = state;
      state = activeOn(next, location.hostname);
      if (state === 'active' && was !== 'active') start();
      if (state !== 'active' && was === 'active') stop();
      primed?.drop();
    },
    /** SPA navigation (history change): the page is a new article. */
    navigated(): void {
      if (state !== 'active') return;
      cards.reset();
      fullScan();
    },
    get state() {
      return state;
    },
    /** Settles when the first full scan has finished (or failed): work that can wait waits for it. */
    firstScan,
    get settings() {
      return settings;
    },
  };
}
