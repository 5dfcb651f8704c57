/**
 * The ways to save a selection from outside the page: the context menu item "Save to Backstory" and the
 * keyboard command. Both ask the tab's content script, which measures the selection and sends it back.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/protocol';

export const MENU_ID = 'backstory-save-snippet';
export const SAVE_COMMAND = 'save-snippet';

async function saveInTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await sendMessage('saveSelection', undefined, tabId);
  } catch (err) {
    // A tab without our content script (a browser page, a PDF) cannot hold snippets.
    console.warn('Backstory: this tab cannot save snippets', err);
  }
}

/** Registers the listeners synchronously (call from the background's main). */
export function registerSnippetMenu(): void {
  // Chromium keeps menu items across restarts, Firefox does not: (re)create on install and on every start.
  const createMenu = () => {
    browser.contextMenus
      .removeAll()
      // Only where the content script runs (http(s) documents): elsewhere the item could not save anything.
      .then(() => browser.contextMenus.create({ id: MENU_ID, title: 'Save to Backstory', contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }))
      .catch((err: unknown) => console.warn('Backstory: could not add the context menu', err));
  };
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void saveInTab(tab?.id);
  });
  browser.commands.onCommand.addListener((command) => {
    if (command !== SAVE_COMMAND) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => saveInTab(tab?.id));
  });
}
