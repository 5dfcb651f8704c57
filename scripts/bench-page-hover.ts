/**
 * Hover → visible card for `npm run bench:page`: from the hover intent's show time to the frame that painted
 * the card. A page-side observer (main world, the same for every build) watches our shadow root for the card
 * becoming visible, then waits for the next animation frame and a task after it, i.e. the frame that painted it.
 * The show time is the content script's `backstory:card-show` mark; builds older than that mark start the
 * render in the same task as the show timer (the data was fetched in the prepare phase), so their
 * `backstory:card-render` mark stands in for it.
 */
import type { Browser, Page } from 'puppeteer-core';
import { hoverHighlight } from '../tests/e2e/harness';

export interface HoverSample {
  /** show → the card's style says visible (positioned, revealed). */
  visible: number;
  /** show → the frame after that has been painted. */
  painted: number;
}

/** One fresh page, ten hovers; the first is the page's first card. */
export const HOVER_NAMES = [/^Ahmed al-Sharaa$/, /^Ilham Aliyev$/, /^Hakan Fidan$/, /^Zangezur Corridor$/, /^Organization of Turkic States$/];

/** Page-side (main world) watcher; a string, so the bundler's helpers do not leak into the page. */
const WATCHER = `(() => {
  window.__cardPaint = [];
  let visible = false;
  const check = () => {
    const f = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-floating');
    const now = !!f && !f.hidden && f.style.visibility === 'visible';
    if (now && !visible) {
      const t = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__cardPaint.push([t, performance.now()]), 0));
    }
    visible = now;
  };
  const inShadow = new MutationObserver(check);
  const watched = new WeakSet();
  const watchHosts = () => {
    for (const host of document.querySelectorAll('backstory-ui')) {
      if (!host.shadowRoot || watched.has(host)) continue;
      watched.add(host);
      inShadow.observe(host.shadowRoot, { subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
    }
  };
  new MutationObserver(watchHosts).observe(document.documentElement, { childList: true });
  watchHosts();
})()`;

async function oneHover(page: Page, name: RegExp): Promise<HoverSample> {
  await page.evaluate(() => {
    (window as unknown as { __cardPaint: unknown[] }).__cardPaint = [];
    performance.clearMarks('backstory:card-show');
    performance.clearMarks('backstory:card-render');
  });
  await hoverHighlight(page, 'backstory-mention', name);
  await page.waitForFunction(() => (window as unknown as { __cardPaint: unknown[] }).__cardPaint.length > 0, { timeout: 5_000, polling: 20 });
  const sample = await page.evaluate(() => {
    const [visibleAt, paintedAt] = (window as unknown as { __cardPaint: [number, number][] }).__cardPaint[0] ?? [NaN, NaN];
    const show = (performance.getEntriesByName('backstory:card-show').at(-1) ?? performance.getEntriesByName('backstory:card-render').at(-1))?.startTime ?? NaN;
    return { visible: visibleAt - show, painted: paintedAt - show };
  });
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await new Promise((r) => setTimeout(r, 100));
  return sample;
}

/** Loads `url` afresh and hovers each name twice, after the page is fully marked and has had a moment of idle time. */
export async function hoverRun(browser: Browser, url: string): Promise<HoverSample[]> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-done').length > 0, { timeout: 60_000 });
  await page.evaluate(WATCHER);
  await new Promise((r) => setTimeout(r, 300)); // a reader does not hover in the same instant the page is marked
  const out: HoverSample[] = [];
  for (const name of HOVER_NAMES) for (let k = 0; k < 2; k++) out.push(await oneHover(page, name));
  await page.close();
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

/** One line per build: all hovers, and the first card of each page on its own. */
export function hoverReport(label: string, runs: HoverSample[][]): string {
  const all = runs.flat();
  const first = runs.map((r) => r[0]).filter((s): s is HoverSample => !!s);
  const rest = runs.flatMap((r) => r.slice(1));
  const stat = (xs: HoverSample[], k: keyof HoverSample) => `median ${fmt(median(xs.map((s) => s[k])))} / max ${fmt(Math.max(...xs.map((s) => s[k])))}`;
  return [
    `${label}: hover → painted card after the intent delay, ${all.length} hovers on ${runs.length} fresh pages: ${stat(all, 'painted')} ms (revealed, before paint: ${stat(all, 'visible')} ms)`,
    `${' '.repeat(label.length)}  first card of a page (${first.length}): ${stat(first, 'painted')} ms (revealed: ${stat(first, 'visible')} ms); later cards (${rest.length}): ${stat(rest, 'painted')} ms`,
  ].join('\n');
}
