/**
 * `npm run demo`: builds the Chromium extension, serves demo/ on 127.0.0.1 and opens the article with
 * the extension loaded. With a display (DISPLAY set, not CI) the browser stays open until Ctrl-C;
 * otherwise it runs headless and saves three screenshots to .output/demo/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  hoverHighlight,
  launchWithExtension,
  serveDir,
  waitForHighlights,
  type LaunchedBrowser,
} from '../tests/e2e/harness';

const HIGHLIGHT = 'backstory-mention';
const EXT_DIR = path.resolve('.output/chrome-mv3');
const OUT_DIR = path.resolve('.output/demo');
const bin = (name: string) => path.resolve('node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name);

class StepError extends Error {}

async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  process.stdout.write(`demo: ${label}… `);
  try {
    const value = await run();
    process.stdout.write('ok\n');
    return value;
  } catch (err) {
    process.stdout.write('FAILED\n');
    throw new StepError(`${label}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function build(): void {
  console.log('demo: building the Chromium extension (wxt build)');
  const result = spawnSync(bin('wxt'), ['build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new StepError(`wxt build failed (exit ${result.status ?? result.signal})`);
}

/** Waits for the first marks, then until the count stops growing (the scan runs in slices). */
async function waitForMarks(page: Page): Promise<number> {
  await waitForHighlights(page, HIGHLIGHT, 1, 10_000).catch(() => {
    throw new Error('no highlights after 10 s (is the content script running on http://127.0.0.1?)');
  });
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const count = await page.evaluate((n: string) => CSS.highlights.get(n)?.size ?? 0, HIGHLIGHT);
    if (count === last) return count;
    last = count;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

async function waitForCardInPage(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const card = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[data-testid="entity-card"]');
      if (!card || card.getBoundingClientRect().width === 0) return null;
      return card.querySelector('[data-testid="entity-name"]')?.textContent?.trim() || null;
    },
    { timeout: 3_000, polling: 100 },
  );
  return String(await handle.jsonValue());
}

async function screenshots(launched: LaunchedBrowser, pageUrl: string): Promise<string[]> {
  mkdirSync(OUT_DIR, { recursive: true });
  const shots = ['1-page-with-marks.png', '2-hover-card.png', '3-popup-search.png'].map((f) => path.join(OUT_DIR, f));
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await step('open the demo article', () => page.goto(pageUrl).then(() => undefined));
  const count = await step('wait for marks', () => waitForMarks(page));
  console.log(`demo: ${count} marks on the page`);
  await step('screenshot the marked article', () => page.screenshot({ path: shots[0] as `${string}.png`, fullPage: true }));

  const shown = await step('hover a mark and wait for the card', async () => {
    await hoverHighlight(page, HIGHLIGHT, /al-Sharaa/).catch(() => hoverHighlight(page, HIGHLIGHT, /./));
    return waitForCardInPage(page);
  });
  console.log(`demo: card shown for "${shown}"`);
  await new Promise((r) => setTimeout(r, 300)); // let the card's entrance transition settle
  await step('screenshot the hover card', () => page.screenshot({ path: shots[1] as `${string}.png` }));

  const popup = await step('open the popup page', () =>
    launched.openExtensionPage('popup.html', { width: 400, height: 600 }),
  );
  await step('search "sharaa" and choose the first result', async () => {
    await popup.waitForSelector('[data-testid="search"]', { timeout: 10_000 });
    await popup.type('[data-testid="search"]', 'sharaa');
    const first = await popup.waitForSelector('[data-testid="result"]', { timeout: 10_000 });
    await first?.click();
    await popup.waitForSelector('[data-testid="entity-card"]', { timeout: 10_000 });
  });
  await step('screenshot the popup', () => popup.screenshot({ path: shots[2] as `${string}.png` }));
  return shots;
}

async function main(): Promise<void> {
  build();
  const server = await serveDir('demo');
  const pageUrl = `${server.url}index.html`;
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const launched = await step(`launch Chromium (${headed ? 'headed' : 'headless'})`, () =>
    launchWithExtension('chromium', EXT_DIR, { headless: !headed }),
  );
  try {
    if (headed) {
      const page = await launched.browser.newPage();
      await page.goto(pageUrl);
      console.log(`demo: ${pageUrl} is open with Backstory loaded; popup at ${launched.extensionUrl('popup.html')}`);
      console.log('demo: press Ctrl-C to quit');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        launched.browser.once('disconnected', () => resolve());
      });
      return;
    }
    const shots = await screenshots(launched, pageUrl);
    console.log('demo: screenshots');
    for (const shot of shots) console.log(`  ${path.relative(process.cwd(), shot)}`);
  } finally {
    await launched.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo: ${err instanceof StepError ? err.message : err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
