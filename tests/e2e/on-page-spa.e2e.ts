/**
 * A single-page app: when it navigates (history.pushState) and swaps its article, the old marks go and
 * the new article is marked, in Chromium and Firefox.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './global-setup';
import { launchWithExtension, serveDir, type BrowserKind, type LaunchedBrowser } from './harness';

const HIGHLIGHT = 'backstory-mention';
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const marked = (page: Page) => page.evaluate((n: string) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()).sort(), HIGHLIGHT);

describe.each<BrowserKind>(['chromium', 'firefox'])('a single-page app in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDir(FIXTURES);
    launched = await launchWithExtension(kind, EXTENSION_DIRS[kind]);
    page = await launched.browser.newPage();
    await page.goto(`${server.url}on-page-spa.html`);
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('marks the new article after a history navigation and drops the old marks', async () => {
    await page.waitForFunction((n: string) => (CSS.highlights.get(n)?.size ?? 0) > 0, { timeout: 10_000, polling: 100 }, HIGHLIGHT);
    expect(await marked(page)).toContain('Hakan Fidan');
    await page.evaluate(() => (window as unknown as { go(): void }).go());
    await page.waitForFunction(
      (n: string) => {
        const texts = [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString());
        return texts.includes('Faisal Mekdad') && !texts.includes('Hakan Fidan');
      },
      { timeout: 10_000, polling: 100 },
      HIGHLIGHT,
    );
    expect(await marked(page)).toEqual(['Damascus', 'Faisal Mekdad']);
  });
});
