/**
 * Background side of the on-page experience: settings (stored in Dexie, pushed to every tab when they
 * change) and the command shortcuts. Listeners are registered synchronously by `wirePageMessages`.
 */
import { browser } from 'wxt/browser';
import type { BackstoryDB } from '../../data/db';
import { applyChange, loadSettings, saveSettings, type Settings, type SettingsChange } from '../../data/settings';
import { onMessage, sendMessage } from '../../messaging/protocol';

/** Command names, as declared in wxt.config.ts `commands`. */
export const COMMANDS = { toggle: 'toggle-backstory', next: 'next-mention', previous: 'previous-mention' } as const;

export function validateChange(value: unknown): SettingsChange {
  const v = value as Partial<Record<string, unknown>> | null | undefined;
  if (v?.kind === 'toggle-enabled') return { kind: 'toggle-enabled' };
  if (v?.kind === 'set' && v.patch && typeof v.patch === 'object') return { kind: 'set', patch: v.patch as Partial<Settings> };
  if (v?.kind === 'pause-site' && typeof v.site === 'string' && (v.paused === 'yes' || v.paused === 'no')) {
    return { kind: 'pause-site', site: v.site, paused: v.paused };
  }
  throw new Error('changeSettings: expected { kind: "toggle-enabled" | "set" | "pause-site", … }');
}

/**
 * Settings change only from the extension's own pages (popup, options): a content script is untrusted input
 * and must not turn Backstory off or pause sites. `senderUrl` is `sender.url`, set by the browser.
 */
export function fromExtensionPage(senderUrl: string | undefined, extensionBase: string): boolean {
  return !!senderUrl && senderUrl.startsWith(extensionBase);
}

async function broadcast(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : sendMessage('settingsChanged', settings, tab.id).catch(() => undefined))),
  );
}

export function wirePageMessages(db: BackstoryDB, ready: Promise<unknown>): void {
  // Changes are applied one after another, so two quick clicks never lose an update.
  let queue: Promise<unknown> = Promise.resolve();
  const change = (c: SettingsChange): Promise<Settings> => {
    const next = queue.then(async () => {
      await ready;
      const saved = await saveSettings(db, applyChange(await loadSettings(db), c));
      void broadcast(saved);
      return saved;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  onMessage('getSettings', async () => {
    await ready;
    return loadSettings(db);
  });
  onMessage('changeSettings', ({ data, sender }) => {
    if (!fromExtensionPage(sender.url, browser.runtime.getURL('/'))) throw new Error('changeSettings: only the popup and the options page change settings');
    return change(validateChange(data));
  });

  browser.commands?.onCommand.addListener((command) => {
    if (command === COMMANDS.toggle) {
      void change({ kind: 'toggle-enabled' }).catch((err: unknown) => console.error('Backstory: toggle failed', err));
      return;
    }
    if (command !== COMMANDS.next && command !== COMMANDS.previous) return;
    const direction = command === COMMANDS.next ? 'next' : 'previous';
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) return sendMessage('moveMentionFocus', { direction }, tab.id).catch(() => undefined);
    });
  });
}
