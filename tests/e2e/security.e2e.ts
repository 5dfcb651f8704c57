/**
 * Hostile conditions in real browsers: a page with a strict Content-Security-Policy still gets marks and a
 * styled card; reloading (Chromium: an update) or removing (Firefox) the extension while a page is open
 * leaves that page clean, with no orphan UI, no marks and no page errors. The harness fails the run on any
 * network request that leaves the machine.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './global-setup';
import { DEMO_DIR, hoverHighlight, launchWithExtension, serveDir, waitForHighlights, type BrowserKind, type LaunchedBrowser } from './harness';

const HIGHLIGHT = 'backstory-mention';
const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The card in our shadow root once laid out: its title and whether our stylesheet reached it. */
async function cardState(page: Page, name: string): Promise<{ title: string; styled: boolean }> {
  const handle = await page.waitForFunction(
    (expected: string) => {
      const card = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[data-testid="entity-card"]');
      const title = card?.querySelector('[data-testid="entity-name"]')?.textContent?.trim() ?? '';
      if (!card || card.getBoundingClientRect().width === 0 || !title.includes(expected)) return null;
      return { title, styled: getComputedStyle(card).getPropertyValue('--bs-bg').trim() !== '' };
    },
    { timeout: 8_000, polling: 100 },
    name,
  );
  return (await handle.jsonValue()) as { title: string; styled: boolean };
}

/**
 * What the extension left visible in the page: cards still displayed, and whether marks are still styled.
 * Firefox stops an unloaded extension's script without running it again, so nothing can remove the DOM it
 * added; instead the card and the mark style both depend on the extension's own page stylesheet, which the
 * browser removes with the extension (the `--backstory-alive` property it sets on our host).
 */
function leftovers(page: Page): Promise<{ shownCards: number; styledMarks: boolean }> {
  return page.evaluate((n: string) => {
    const floating = [...document.querySelectorAll('backstory-ui')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('.bs-floating') ?? [])]);
    const shownCards = floating.filter((f) => getComputedStyle(f).display !== 'none' && f.getBoundingClientRect().width > 0).length;
    const probe = document.createElement('backstory-ui');
    document.documentElement.append(probe);
    const sheetPresent = getComputedStyle(probe).getPropertyValue('--backstory-alive').trim() !== '';
    probe.remove();
    return { shownCards, styledMarks: sheetPresent && (CSS.highlights.get(n)?.size ?? 0) > 0 };
  }, HIGHLIGHT);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('hostile conditions in %s', (kind) => {
  let launched: LaunchedBrowser;
  let plain: Awaited<ReturnType<typeof serveDir>>;
  let strict: Awaited<ReturnType<typeof serveDir>>;

  beforeAll(async () => {
    plain = await serveDir(DEMO_DIR);
    strict = await serveDir(DEMO_DIR, { headers: { 'content-security-policy': STRICT_CSP } });
    launched = await launchWithExtension(kind, EXTENSION_DIRS[kind]);
  });

  afterAll(async () => {
    await launched?.close();
    await plain?.close();
    await strict?.close();
  });

  it('marks names and shows a styled card on a page with a strict Content-Security-Policy', async () => {
    const page = await launched.browser.newPage();
    try {
      const response = await page.goto(`${strict.url}index.html`);
      expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
      expect(await waitForHighlights(page, HIGHLIGHT, 3)).toBeGreaterThanOrEqual(3);
      await hoverHighlight(page, HIGHLIGHT, /^Ahmed al-Sharaa$/);
      expect(await cardState(page, 'Ahmed al-Sharaa')).toEqual({ title: expect.stringContaining('Ahmed al-Sharaa'), styled: true });
    } finally {
      await page.close();
    }
  });

  it('leaves an open page clean when the extension goes away under it', async () => {
    const page = await launched.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(`${plain.url}index.html`);
    await waitForHighlights(page, HIGHLIGHT, 3);
    await hoverHighlight(page, HIGHLIGHT, /^Hakan Fidan$/);
    await cardState(page, 'Hakan Fidan');
    expect(await leftovers(page)).toEqual({ shownCards: 1, styledMarks: true });
    if (kind === 'chromium') {
      // An update: the extension reloads itself from its own page, as the browser does when it updates it.
      const options = await launched.openExtensionPage('options.html');
      await options.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    } else {
      await launched.browser.uninstallExtension(launched.extensionId);
    }
    await page.mouse.move(5, 5);
    await page.mouse.move(400, 300, { steps: 5 });
    // Chromium's orphaned script notices within its one-second heartbeat; Firefox drops the sheet at once.
    const deadline = Date.now() + 8_000;
    while (Date.now() < deadline) {
      const left = await leftovers(page);
      if (left.shownCards === 0 && !left.styledMarks) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await leftovers(page)).toEqual({ shownCards: 0, styledMarks: false });
    if (kind === 'chromium') {
      // Chromium keeps running the orphaned script, which removes its UI and its highlight ranges.
      expect(await page.evaluate((n: string) => [document.querySelectorAll('backstory-ui').length, CSS.highlights.get(n)?.size ?? 0], HIGHLIGHT)).toEqual([0, 0]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
