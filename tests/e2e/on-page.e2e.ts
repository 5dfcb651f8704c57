/**
 * The on-page experience in real browsers, on a dated article with a comment box and a growing feed:
 * hover delay and Esc, pin, the article-date card, dark theme, keyboard traversal through our focus proxy,
 * no card while typing, the page DOM left byte-identical, "On this page" in the popup, site pause across a
 * reload, everything toggled off and on, and infinite-scroll content marked.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './global-setup';
import { hoverHighlight, launchWithExtension, pageDomSnapshot, serveDir, waitForHighlights, type BrowserKind, type LaunchedBrowser } from './harness';
import { cardState, messageTabs, waitForCard } from './on-page-probes';

const HIGHLIGHT = 'backstory-mention';
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const DARK_BG = 'rgb(30, 31, 34)';
const LIGHT_BG = 'rgb(255, 255, 255)';

const highlightCount = (page: Page) => page.evaluate((n: string) => CSS.highlights.get(n)?.size ?? 0, HIGHLIGHT);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Clicks a button of our card by its test id (inside the shadow root). */
async function clickCardButton(page: Page, testId: string): Promise<void> {
  const box = await page.evaluate((id: string) => {
    const el = document.querySelector('backstory-ui')?.shadowRoot?.querySelector(`[data-testid="${id}"]`);
    const r = el?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }, testId);
  if (!box) throw new Error(`no ${testId} button in the card`);
  await page.mouse.move(box.x, box.y, { steps: 3 });
  await page.mouse.click(box.x, box.y);
}

async function pageTab(launched: LaunchedBrowser): Promise<{ tabId: number; state: string }> {
  const answers = await messageTabs(launched, 'pageSummary');
  const found = answers.find((a) => (a.res as { site?: string }).site === '127.0.0.1');
  if (!found) throw new Error(`no tab answered for 127.0.0.1: ${JSON.stringify(answers)}`);
  return { tabId: found.tabId, state: (found.res as { state: string }).state };
}

describe.each<BrowserKind>(['chromium', 'firefox'])('on the page in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDir(FIXTURES);
    // Firefox follows the system theme from a preference (no media emulation over WebDriver BiDi).
    launched = await launchWithExtension(kind, EXTENSION_DIRS[kind], {
      firefoxPrefs: { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 },
    });
    page = await launched.browser.newPage();
    await page.goto(`${server.url}on-page-article.html`);
    await waitForHighlights(page, HIGHLIGHT, 5);
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('shows the card after the hover delay, not at once, and Esc closes it', async () => {
    await hoverHighlight(page, HIGHLIGHT, /^Ahmed al-Sharaa$/);
    expect((await cardState(page)).visible).toBe(false);
    await waitForCard(page, { visible: true, name: 'Ahmed al-Sharaa' });
    await page.keyboard.press('Escape');
    await waitForCard(page, { visible: false });
  });

  it("tells what was true on the article's date and what changed since", async () => {
    await hoverHighlight(page, HIGHLIGHT, /^Ahmed al-Sharaa$/);
    const card = await waitForCard(page, { visible: true, name: 'Ahmed al-Sharaa' });
    expect(card.text).toContain('This article is dated 20 Dec 2024.');
    expect(card.text).toMatch(/True on 20 Dec 2024.*de facto leader/);
    expect(card.text).toMatch(/What changed since29 Jan 2025Declared the country's 'president for a transitional period'/);
    await page.keyboard.press('Escape');
    await waitForCard(page, { visible: false });
  });

  it('keeps a pinned card open when the pointer leaves, until Esc', async () => {
    await hoverHighlight(page, HIGHLIGHT, /^Faisal Mekdad$/);
    await waitForCard(page, { visible: true, name: 'Faisal Mekdad' });
    await clickCardButton(page, 'pin');
    await waitForCard(page, { visible: true, pinned: 'yes' });
    await page.mouse.move(5, 5, { steps: 3 });
    await pause(1_000); // well past the 300 ms an unpinned card stays after the pointer leaves
    expect(await cardState(page)).toMatchObject({ visible: true, pinned: 'yes', name: 'Faisal Mekdad' });
    await page.keyboard.press('Escape');
    await waitForCard(page, { visible: false });
  });

  it('follows the system theme (dark)', async () => {
    if (kind === 'chromium') {
      await hoverHighlight(page, HIGHLIGHT, /^Hakan Fidan$/);
      expect((await waitForCard(page, { visible: true, name: 'Hakan Fidan' })).background).toBe(LIGHT_BG);
      await page.keyboard.press('Escape');
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    }
    await hoverHighlight(page, HIGHLIGHT, /^Hakan Fidan$/);
    expect((await waitForCard(page, { visible: true, name: 'Hakan Fidan' })).background).toBe(DARK_BG);
    await page.keyboard.press('Escape');
    await waitForCard(page, { visible: false });
    if (kind === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  it('moves keyboard focus through the mentions, opens each card, and traps focus only while pinned', async () => {
    await page.mouse.move(5, 5);
    await messageTabs(launched, 'moveMentionFocus', { direction: 'next' });
    await page.bringToFront();
    let card = await waitForCard(page, { visible: true, name: 'Damascus' });
    expect(card.focus).toMatch(/^mention-focus\|Damascus: Damascus\. Name 1 of 6/);
    await messageTabs(launched, 'moveMentionFocus', { direction: 'next' });
    await page.bringToFront();
    card = await waitForCard(page, { visible: true, name: 'Bashar al-Assad' });
    expect(card.focus).toMatch(/^mention-focus\|Assad: Bashar al-Assad\. Name 2 of 6/);
    await messageTabs(launched, 'moveMentionFocus', { direction: 'next' });
    await page.bringToFront();
    card = await waitForCard(page, { visible: true, name: 'Ahmed al-Sharaa' });
    expect(card.focus).toMatch(/^mention-focus\|Ahmed al-Sharaa: Ahmed al-Sharaa\. Name 3 of 6/);
    await page.keyboard.press('Enter');
    card = await waitForCard(page, { visible: true, pinned: 'yes' });
    expect(card.focus).toMatch(/^pin\|/);
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect((await cardState(page)).focus).not.toBe('');
    await page.keyboard.press('Escape');
    card = await waitForCard(page, { visible: false });
    expect(card.focus).toMatch(/^mention-focus\|Ahmed al-Sharaa/);
  });

  it('never opens a card while the reader types in a textarea', async () => {
    await page.focus('#comment');
    await hoverHighlight(page, HIGHLIGHT, /^Hakan Fidan$/);
    await page.keyboard.type(' wrote a comment', { delay: 80 });
    expect((await cardState(page)).visible).toBe(false);
    const inTextarea = await page.evaluate((n: string) => [...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).startContainer.parentElement?.closest('textarea')), HIGHLIGHT);
    expect(inTextarea).toBe(false);
  });

  it('leaves the page DOM byte-identical after cards, pins and keyboard focus', async () => {
    const before = await page.evaluate(() => (window as unknown as { __domBefore?: string }).__domBefore ?? '');
    expect(before.length).toBeGreaterThan(500);
    expect(await pageDomSnapshot(page)).toBe(before);
  });

  it('lists the names on this page in the popup, and choosing one flashes its first mention', async () => {
    const { tabId } = await pageTab(launched);
    const popup = await launched.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    try {
      await (await popup.waitForSelector('[data-testid="tab-page"]'))?.click();
      await popup.waitForSelector('[data-testid="page-entity"]');
      const items = await popup.$$eval('[data-testid="page-entity"]', (els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()));
      expect(items).toEqual(expect.arrayContaining(['Damascus2', 'Ahmed al-Sharaa1', 'Faisal Mekdad1', 'Hakan Fidan1']));
      const mekdad = (await popup.$$('[data-testid="page-entity"]'))[items.indexOf('Faisal Mekdad1')];
      await mekdad?.click();
      await page.waitForFunction(() => [...(CSS.highlights.get('backstory-flash') ?? [])].map((r) => r.toString()).join() === 'Faisal Mekdad', { timeout: 5_000, polling: 50 });
    } finally {
      await popup.close();
    }
  });

  it('pauses the site with one click in the popup, and the pause survives a reload', async () => {
    const { tabId } = await pageTab(launched);
    const popup = await launched.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await (await popup.waitForSelector('[data-testid="pause-site"]'))?.click();
    await page.waitForFunction((n: string) => (CSS.highlights.get(n)?.size ?? 0) === 0, { timeout: 5_000, polling: 50 }, HIGHLIGHT);
    await popup.close();
    await page.reload();
    let state = '';
    for (let i = 0; i < 50 && state !== 'paused'; i++) state = await pageTab(launched).then((t) => t.state, () => pause(100).then(() => ''));
    expect(state).toBe('paused');
    expect(await highlightCount(page)).toBe(0);
    const again = await launched.openExtensionPage(`popup.html?tab=${(await pageTab(launched)).tabId}`, { width: 400, height: 600 });
    await again.waitForFunction(() => document.querySelector('[data-testid="pause-site"]')?.textContent?.startsWith('Resume on 127.0.0.1'), { timeout: 5_000 });
    await (await again.$('[data-testid="pause-site"]'))?.click();
    await again.close();
    expect(await waitForHighlights(page, HIGHLIGHT, 5)).toBeGreaterThanOrEqual(5);
  });

  it('turns everything off and on in open tabs (the toggle shortcut)', async () => {
    const ext = await launched.openExtensionPage('popup.html');
    const toggle = () =>
      ext.evaluate(() => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return api.runtime.sendMessage({ id: Date.now(), type: 'changeSettings', data: { kind: 'toggle-enabled' }, timestamp: Date.now() });
      });
    try {
      await toggle();
      await page.waitForFunction((n: string) => (CSS.highlights.get(n)?.size ?? 0) === 0, { timeout: 5_000, polling: 50 }, HIGHLIGHT);
      await toggle();
      expect(await waitForHighlights(page, HIGHLIGHT, 5)).toBeGreaterThanOrEqual(5);
    } finally {
      await ext.close();
    }
  });

  it('marks the names in content an infinite-scroll feed keeps adding', async () => {
    await page.evaluate(() => (window as unknown as { startFeed(rounds: number): void }).startFeed(10));
    await page.waitForFunction(
      (n: string) => [...(CSS.highlights.get(n) ?? [])].filter((r) => (r as Range).startContainer.parentElement?.closest('#feed') && r.toString() === 'Ilham Aliyev').length === 200,
      { timeout: 15_000, polling: 100 },
      HIGHLIGHT,
    );
  });
});
