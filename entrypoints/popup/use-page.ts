/**
 * The popup's view of the page it was opened on: asks that tab's content script for its summary (site,
 * state, entities found). The tab is the active one; `?tab=<id>` names another (the popup opened as a page).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeOn, type Settings } from '../../data/settings';
import { sendMessage } from '../../messaging/protocol';
import type { PageSummary } from '../../messaging/page-messages';

export type PageState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; tabId: number; summary: PageSummary };

async function targetTab(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function usePage() {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const refresh = useCallback(async () => {
    try {
      const tabId = await targetTab();
      if (tabId === null) return setPage({ status: 'unavailable' });
      const summary = await sendMessage('pageSummary', undefined, tabId);
      setPage(summary ? { status: 'ready', tabId, summary } : { status: 'unavailable' });
    } catch {
      setPage({ status: 'unavailable' });
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  /** Pauses or resumes the page's site; the content script hears of it from the background. */
  const setPaused = useCallback(
    async (paused: 'yes' | 'no') => {
      if (page.status !== 'ready') return;
      const settings: Settings = await sendMessage('changeSettings', { kind: 'pause-site', site: page.summary.site, paused });
      const state = activeOn(settings, page.summary.site);
      setPage({ ...page, summary: { ...page.summary, state, entities: state === 'active' ? page.summary.entities : [] } });
      // The page rescans when resumed; ask again for what it found.
      if (state === 'active') setTimeout(() => void refresh(), 400);
    },
    [page, refresh],
  );
  const turnOn = useCallback(async () => {
    await sendMessage('changeSettings', { kind: 'set', patch: { enabled: 'on' } });
    setTimeout(() => void refresh(), 400);
  }, [refresh]);
  return { page, setPaused, turnOn, refresh };
}
