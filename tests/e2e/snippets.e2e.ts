/**
 * Snippets in real browsers: select text on a local news page and save it with the button that appears,
 * reload and find it marked again (its own CSS highlight, seen from the page's main world), see it on the
 * entity card, save a sentence from the card, find both in the popup with their entities, then edit the page so the quote is gone: the popup
 * lists the snippet as an orphan.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './global-setup';
import { DEMO_DIR, hoverHighlight, launchWithExtension, serveDir, waitForHighlights, type BrowserKind, type LaunchedBrowser } from './harness';

const FIXTURE = path.join(DEMO_DIR, 'index.html');
const QUOTE = 'At the centre of the discussion is SOCAR, the State Oil Company of Azerbaijan Republic.';
const SENTENCE = "Foreign Minister Hakan Fidan has described the region's transport links as one network that runs from the Caspian to the Mediterranean.";
const SNIPPET_HIGHLIGHT = 'backstory-snippet';

/** Selects `text` in the page (main world) and ends the gesture the way a mouse would. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted: string) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(wanted));
    const node = p?.firstChild;
    if (!p || !(node instanceof Text)) throw new Error('quote not found in the page');
    const at = node.data.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    p.scrollIntoView({ block: 'center' });
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
  }, text);
}

/** Clicks a button inside our <backstory-ui> shadow root and returns its `data-state` after `until`. */
async function clickInUi(page: Page, testId: string, until: string): Promise<void> {
  await page.waitForFunction((id: string) => !!document.querySelector('backstory-ui')?.shadowRoot?.querySelector(`[data-testid="${id}"]`), { timeout: 10_000, polling: 100 }, testId);
  await page.evaluate((id: string) => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement).click(), testId);
  await page.waitForFunction(
    (id: string, state: string) => document.querySelector('backstory-ui')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-state') === state,
    { timeout: 10_000, polling: 100 },
    testId,
    until,
  );
}

async function snippetTexts(page: Page): Promise<string[]> {
  return page.evaluate((n: string) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString().replace(/\s+/g, ' ').trim()), SNIPPET_HIGHLIGHT);
}

async function openSnippetsPanel(launched: LaunchedBrowser): Promise<Page> {
  const popup = await launched.openExtensionPage('popup.html', { width: 400, height: 600 });
  const button = await popup.waitForSelector('[data-testid="tab-snippets"]', { timeout: 10_000 });
  await button?.click();
  await popup.waitForSelector('[data-testid="snippets-panel"]', { timeout: 10_000 });
  return popup;
}

describe.each<BrowserKind>(['chromium', 'firefox'])('Snippets in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let dir: string;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'backstory-snippets-'));
    await copyFile(FIXTURE, path.join(dir, 'article.html'));
    await copyFile(path.join(DEMO_DIR, 'style.css'), path.join(dir, 'style.css'));
    server = await serveDir(dir);
    launched = await launchWithExtension(kind, EXTENSION_DIRS[kind]);
    page = await launched.browser.newPage();
    await page.goto(`${server.url}article.html?utm_source=test`);
    await waitForHighlights(page, 'backstory-mention', 3);
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('saves the selected text with the button that appears on selection', async () => {
    await select(page, QUOTE);
    await clickInUi(page, 'snippet-save', 'created');
    expect(await snippetTexts(page)).toEqual([QUOTE]);
  });

  it('does not save the same quote twice', async () => {
    await select(page, QUOTE);
    await clickInUi(page, 'snippet-save', 'existing');
  });

  it('marks the snippet again after a reload, with its own highlight', async () => {
    await page.reload();
    await waitForHighlights(page, SNIPPET_HIGHLIGHT, 1);
    expect(await snippetTexts(page)).toEqual([QUOTE]);
  });

  it('shows the snippet on the card of an entity it mentions', async () => {
    await waitForHighlights(page, 'backstory-mention', 3);
    await hoverHighlight(page, 'backstory-mention', /^SOCAR$/);
    const handle = await page.waitForFunction(
      () => {
        const card = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[data-testid="entity-card"]');
        if (card?.querySelector('[data-testid="entity-name"]')?.textContent !== 'SOCAR') return null;
        return card.querySelector('[data-testid="snippets-about-count"]')?.textContent;
      },
      { timeout: 10_000, polling: 100 },
    );
    expect(await handle.jsonValue()).toBe('1 saved');
  });

  it('saves the sentence around a name from the card', async () => {
    // Close the previous card first: it may sit over the next name.
    await page.keyboard.press('Escape');
    await page.mouse.move(1200, 5);
    await hoverHighlight(page, 'backstory-mention', /^Hakan Fidan$/);
    await page.waitForFunction(
      () => document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[data-testid="entity-name"]')?.textContent === 'Hakan Fidan',
      { timeout: 10_000, polling: 100 },
    );
    await page.evaluate(() => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[data-testid="card-save-snippet"]') as HTMLButtonElement).click());
    await page.waitForFunction((n: string) => (CSS.highlights.get(n)?.size ?? 0) >= 2, { timeout: 10_000, polling: 100 }, SNIPPET_HIGHLIGHT);
    expect(await snippetTexts(page)).toEqual([QUOTE, SENTENCE]);
  });

  it('lists the snippets in the popup with their entities', async () => {
    const popup = await openSnippetsPanel(launched);
    try {
      await popup.waitForFunction(() => document.querySelectorAll('[data-testid="snippet"]').length === 2, { timeout: 10_000, polling: 100 });
      const items = await popup.$$eval('[data-testid="snippet"]', (els) =>
        els.map((el) => ({ quote: el.querySelector('blockquote')?.textContent, chips: [...el.querySelectorAll('[data-testid="snippet-entity-chip"]')].map((c) => c.textContent) })),
      );
      expect(items).toEqual([
        { quote: SENTENCE, chips: ['Hakan Fidan'] },
        { quote: QUOTE, chips: expect.arrayContaining(['SOCAR']) as unknown },
      ]);
      expect(await popup.$('[data-testid="snippet-orphan"]')).toBeNull();
    } finally {
      await popup.close();
    }
  });

  it('lists the snippet as an orphan once the page no longer holds the quote', async () => {
    const html = await readFile(FIXTURE, 'utf8');
    await writeFile(path.join(dir, 'article.html'), html.replace(QUOTE, 'The editors rewrote this paragraph after publication.'));
    await page.reload();
    await waitForHighlights(page, 'backstory-mention', 3);
    const popup = await openSnippetsPanel(launched);
    try {
      const orphan = await popup.waitForSelector('[data-testid="snippet-orphan"]', { timeout: 10_000 });
      expect(await orphan?.evaluate((el) => el.closest('[data-testid="snippet"]')?.querySelector('blockquote')?.textContent)).toBe(QUOTE);
      expect(await popup.$$('[data-testid="snippet-orphan"]')).toHaveLength(1);
      expect(await snippetTexts(page)).toEqual([SENTENCE]);
    } finally {
      await popup.close();
    }
  });
});
