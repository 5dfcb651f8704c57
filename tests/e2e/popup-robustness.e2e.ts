/**
 * The popup where Backstory cannot read the page: a tab without the content script (the popup's own
 * extension page stands in for browser pages and stores) and an SVG document (no <body>, so the content
 * script stays idle) get a plain note on "On this page", never an endless "Looking at this page…". Also the
 * tab bar (every tab label on one line next to the pause button) and the scrollbar colours.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './global-setup';
import { launchWithExtension, serveDir, waitForHighlights, type BrowserKind, type LaunchedBrowser } from './harness';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const UNREADABLE = /cannot read this page/;

async function pageNote(popup: Page): Promise<string> {
  await (await popup.waitForSelector('[data-testid="tab-page"]', { timeout: 10_000 }))?.click();
  const note = await popup.waitForFunction(
    () => {
      const text = document.querySelector('.bs-page__note, .bs-page__list')?.textContent ?? '';
      return text && !text.startsWith('Looking at this page') ? text : null;
    },
    { timeout: 10_000, polling: 100 },
  );
  return (await note.jsonValue()) as string;
}

/** Opens the popup as a page about the most recently opened tab (`popup.html?tab=<id>`). */
async function popupFor(launched: LaunchedBrowser): Promise<Page> {
  const ext = await launched.openExtensionPage('popup.html');
  let tabId: number;
  try {
    tabId = await ext.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const own = await api.tabs.getCurrent();
      const [tab] = await api.tabs.query({ windowId: own?.windowId, index: (own?.index ?? 0) - 1 });
      if (tab?.id === undefined) throw new Error('no tab before the extension page');
      return tab.id;
    });
  } finally {
    await ext.close();
  }
  return launched.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
}

const LONG = `https://example.org/?q=${'abcdefghij'.repeat(30)}`;

/** Stores one snippet whose quote, note and title are single unbroken words, straight into IndexedDB. */
async function storeLongSnippet(ext: Page): Promise<void> {
  await ext.evaluate(
    (long: string) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('snippets', 'readwrite');
          tx.objectStore('snippets').put({
            id: 'snp-0123456789abcd', url: 'https://news.example.com/a', title: long, site: 'news.example.com', articleDate: null,
            savedAt: 1, updatedAt: 1, note: long, quote: { type: 'TextQuoteSelector', exact: long, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: 0, end: long.length }, entityIds: [],
          });
          tx.oncomplete = () => resolve(open.result.close());
          tx.onerror = () => reject(tx.error);
        };
      }),
    LONG,
  );
}

describe.each<BrowserKind>(['chromium', 'firefox'])('the popup where Backstory cannot read the page, in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveDir>>;

  beforeAll(async () => {
    server = await serveDir(FIXTURES);
    launched = await launchWithExtension(kind, EXTENSION_DIRS[kind]);
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('says so on a tab without the content script', async () => {
    // Opened as a tab, the popup's active tab is its own extension page, where no content script runs.
    const popup = await launched.openExtensionPage('popup.html', { width: 400, height: 600 });
    try {
      expect(await pageNote(popup)).toMatch(UNREADABLE);
      expect(await popup.$('[data-testid="pause-site"]')).toBeNull();
    } finally {
      await popup.close();
    }
  });

  it('says so on an SVG document, which has no body to read', async () => {
    const svg = await launched.browser.newPage();
    await svg.goto(`${server.url}drawing.svg`);
    const popup = await popupFor(launched);
    try {
      expect(await pageNote(popup)).toMatch(UNREADABLE);
      expect(await svg.evaluate(() => document.documentElement.outerHTML)).not.toMatch(/backstory/i);
    } finally {
      await popup.close();
      await svg.close();
    }
  });

  it('keeps every tab label on one line beside the pause button, with a themed scrollbar', async () => {
    const article = await launched.browser.newPage();
    await article.goto(`${server.url}on-page-article.html`);
    await waitForHighlights(article, 'backstory-mention', 3);
    const popup = await popupFor(launched);
    try {
      await popup.waitForSelector('[data-testid="pause-site"]', { timeout: 10_000 });
      const layout = await popup.evaluate(() => {
        const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
        const bar = document.querySelector<HTMLElement>('.bs-tabs__bar');
        const lineHeight = parseFloat(getComputedStyle(tabs[0] as HTMLElement).lineHeight);
        return {
          lines: tabs.map((t) => Math.round((t.clientHeight - parseFloat(getComputedStyle(t).paddingTop) - parseFloat(getComputedStyle(t).paddingBottom)) / lineHeight)),
          overflow: bar ? bar.scrollWidth - bar.clientWidth : -1,
          themedScrollbar: getComputedStyle(document.documentElement).scrollbarColor !== 'auto',
        };
      });
      expect(layout).toEqual({ lines: [1, 1, 1], overflow: 0, themedScrollbar: true });
    } finally {
      await popup.close();
      await article.close();
    }
  });

  it('wraps a snippet whose quote and note are one long word instead of widening the popup', async () => {
    const popup = await launched.openExtensionPage('popup.html', { width: 400, height: 600 });
    try {
      await storeLongSnippet(popup);
      await (await popup.waitForSelector('[data-testid="tab-snippets"]', { timeout: 10_000 }))?.click();
      await popup.waitForSelector('[data-testid="snippet-note"]', { timeout: 10_000 });
      const overflow = await popup.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll<HTMLElement>('.bs-snippet, .bs-snippet *')]
          .filter((el) => getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.className || el.tagName),
      );
      expect(overflow).toEqual([]);
    } finally {
      await popup.close();
    }
  });
});
