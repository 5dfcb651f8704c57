/**
 * Probes for the on-page experience: the card's state in our shadow root, the keyboard focus proxy, and
 * messages to a tab's content script sent from an extension page (what the popup and the background's
 * command shortcuts send), in the wire format of @webext-core/messaging.
 */
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from './harness';

export interface CardState {
  visible: boolean;
  name: string;
  pinned: string;
  text: string;
  background: string;
  focus: string;
}

/** Reads the card in the <backstory-ui> shadow root (runs in the page). */
function readCard(): CardState {
  const root = document.querySelector('backstory-ui')?.shadowRoot;
  const frame = root?.querySelector<HTMLElement>('[data-testid="card-frame"]');
  const card = frame?.querySelector<HTMLElement>('[data-testid="entity-card"]');
  const floating = frame?.parentElement;
  const visible = !!card && !!floating && !floating.hidden && getComputedStyle(floating).visibility !== 'hidden' && card.getBoundingClientRect().width > 0;
  const active = root?.activeElement;
  return {
    visible,
    name: card?.querySelector('[data-testid="entity-name"]')?.textContent?.trim() ?? '',
    pinned: frame?.dataset.pinned ?? '',
    text: card?.textContent?.replace(/\s+/g, ' ') ?? '',
    background: card ? getComputedStyle(card).backgroundColor : '',
    focus: active ? `${active.getAttribute('data-testid') ?? active.localName}|${active.getAttribute('aria-label') ?? active.textContent ?? ''}` : '',
  };
}

export async function cardState(page: Page): Promise<CardState> {
  return page.evaluate(readCard);
}

/** Waits until the card is shown (optionally titled `name`, pinned or not) or hidden. */
export async function waitForCard(page: Page, want: { visible: boolean; name?: string; pinned?: 'yes' | 'no' }, timeoutMs = 5_000): Promise<CardState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await cardState(page);
    if (s.visible === want.visible && (!want.name || s.name.includes(want.name)) && (!want.pinned || s.pinned === want.pinned)) return s;
    if (Date.now() > deadline) throw new Error(`card never reached ${JSON.stringify(want)}; last: ${JSON.stringify({ ...s, text: s.text.slice(0, 80) })}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sends a message to every tab's content script and returns the answers of those that answered. */
export async function messageTabs(launched: LaunchedBrowser, type: string, data?: unknown): Promise<{ tabId: number; res: unknown }[]> {
  const ext = await launched.openExtensionPage('popup.html');
  try {
    return await ext.evaluate(
      async (t: string, d: unknown) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const out: { tabId: number; res: unknown }[] = [];
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          const reply = (await api.tabs.sendMessage(tab.id, { id: Date.now(), type: t, data: d, timestamp: Date.now() }).catch(() => null)) as { res?: unknown } | null;
          if (reply && 'res' in reply) out.push({ tabId: tab.id, res: reply.res });
        }
        return out;
      },
      type,
      data,
    );
  } finally {
    await ext.close();
  }
}
