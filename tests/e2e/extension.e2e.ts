/**
 * The built extension in real browsers, on a local copy of a news article: names are marked with CSS
 * highlights (seen from the page's own main world), hovering a mark shows the card, the popup finds an
 * entity, the page DOM is left byte-identical and nothing leaves the machine.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './global-setup';
import {
  CAPTURE_DOM_BEFORE, DEMO_DIR,
  guardNetwork,
  highlightRects,
  hoverHighlight,
  launchWithExtension,
  pageDomSnapshot,
  serveDir,
  waitForHighlights,
  type BrowserKind,
  type LaunchedBrowser,
} from './harness';

const HIGHLIGHT = 'backstory-mention';
const EXPECTED_NAMES = [
  'SOCAR',
  'Ahmed al-Sharaa',
  'Organization of Turkic States',
  'Zangezur Corridor',
  'Ilham Aliyev',
  'Hakan Fidan',
];

interface ShownCard {
  name: string;
  facts: number;
  sourceLinks: number;
}

/** Waits until the card in the <backstory-ui> shadow root is laid out and titled `name`. */
async function waitForCard(page: Page, name: string): Promise<ShownCard> {
  const handle = await page.waitForFunction(
    (expected: string) => {
      const root = document.querySelector('backstory-ui')?.shadowRoot;
      const card = root?.querySelector('[data-testid="entity-card"]');
      const title = card?.querySelector('[data-testid="entity-name"]')?.textContent?.trim() ?? '';
      if (!card || card.getBoundingClientRect().width === 0 || !title.includes(expected)) return null;
      const facts = [...card.querySelectorAll('[data-testid="fact"]')];
      return { name: title, facts: facts.length, sourceLinks: facts.filter((f) => f.querySelector('a[href]')).length };
    },
    { timeout: 5_000, polling: 100 },
    name,
  );
  return (await handle.jsonValue()) as ShownCard;
}

describe.each<BrowserKind>(['chromium', 'firefox'])('Backstory in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let guard: ReturnType<typeof guardNetwork>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDir(DEMO_DIR, { beforeBodyEnd: CAPTURE_DOM_BEFORE });
    launched = await launchWithExtension(kind, EXTENSION_DIRS[kind]);
    guard = guardNetwork(launched.browser);
    page = await launched.browser.newPage();
    await page.goto(`${server.url}index.html`);
  });

  afterAll(async () => {
    guard?.stop();
    await launched?.close();
    await server?.close();
  });

  it('marks every expected name with a CSS highlight visible from the page', async () => {
    await waitForHighlights(page, HIGHLIGHT, EXPECTED_NAMES.length);
    // The scan runs in slices; give it until every expected name is there.
    await page
      .waitForFunction(
        (name: string, expected: string[]) => {
          const texts = [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString().replace(/\s+/g, ' '));
          return expected.every((e) => texts.includes(e));
        },
        { timeout: 10_000, polling: 200 },
        HIGHLIGHT,
        EXPECTED_NAMES,
      )
      .catch(() => undefined);
    const texts = (await highlightRects(page, HIGHLIGHT)).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(EXPECTED_NAMES));
    expect(texts).toContain('Ahmed al-Sharaa'); // also where the name is split as <em>Ahmed</em> al-Sharaa
  });

  it('shows the card with the entity name and a sourced fact when the pointer rests on a mark', async () => {
    await hoverHighlight(page, HIGHLIGHT, /^Ahmed al-Sharaa$/);
    const card = await waitForCard(page, 'Ahmed al-Sharaa');
    expect(card.name).toContain('Ahmed al-Sharaa');
    expect(card.facts).toBeGreaterThanOrEqual(1);
    expect(card.sourceLinks).toBeGreaterThanOrEqual(1);
  });

  it('leaves the page DOM byte-identical while the card is shown', async () => {
    await hoverHighlight(page, HIGHLIGHT, /^Hakan Fidan$/);
    await waitForCard(page, 'Hakan Fidan');
    const before = await page.evaluate(() => (window as unknown as { __domBefore?: string }).__domBefore ?? '');
    expect(before.length).toBeGreaterThan(1000);
    expect(await pageDomSnapshot(page)).toBe(before);
    const host = await page.evaluate(() => {
      const el = document.querySelector('backstory-ui');
      return { last: document.documentElement.lastElementChild === el, inBody: !!el && document.body.contains(el) };
    });
    expect(host).toEqual({ last: true, inBody: false });
  });

  it('finds Ahmed al-Sharaa from the popup search and shows his card', async () => {
    const popup = await launched.openExtensionPage('popup.html', { width: 400, height: 600 });
    try {
      await popup.waitForSelector('[data-testid="search"]', { timeout: 10_000 });
      await popup.type('[data-testid="search"]', 'sharaa');
      const first = await popup.waitForSelector('[data-testid="result"]', { timeout: 10_000 });
      expect(await first?.evaluate((el) => el.textContent)).toContain('Ahmed al-Sharaa');
      await first?.click();
      const title = await popup.waitForSelector('[data-testid="entity-card"] [data-testid="entity-name"]', {
        timeout: 10_000,
      });
      expect(await title?.evaluate((el) => el.textContent)).toContain('Ahmed al-Sharaa');
      expect(await popup.$$('[data-testid="entity-card"] [data-testid="fact"]')).not.toHaveLength(0);
    } finally {
      await popup.close();
    }
  });

  it('makes no network request beyond the local page and the extension itself', () => {
    expect(guard.external).toEqual([]);
  });
});
