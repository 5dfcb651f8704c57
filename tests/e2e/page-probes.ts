/**
 * Probes that read a page from its main world (what a script on the page itself can see): the CSS
 * highlight ranges the extension registered, their geometry, a DOM snapshot without our UI host, and
 * a guard that records every request leaving 127.0.0.1 or the extension.
 */
import type { Browser, HTTPRequest, Page, Target } from 'puppeteer-core';

/** Waits until the named highlight holds at least `min` ranges; returns the count. */
export async function waitForHighlights(page: Page, name: string, min = 1, timeoutMs = 10_000): Promise<number> {
  await page.waitForFunction(
    (n: string, m: number) => (CSS.highlights.get(n)?.size ?? 0) >= m,
    { timeout: timeoutMs, polling: 100 },
    name,
    min,
  );
  return page.evaluate((n: string) => CSS.highlights.get(n)?.size ?? 0, name);
}

export interface RangeRect {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text and first client rect (viewport coordinates) of every range of the named highlight. */
export async function highlightRects(page: Page, name: string): Promise<RangeRect[]> {
  return page.evaluate((n: string) => {
    const out: { text: string; x: number; y: number; width: number; height: number }[] = [];
    for (const r of CSS.highlights.get(n) ?? []) {
      if (!(r instanceof Range)) continue;
      const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
      const text = r.toString().replace(/\s+/g, ' ').trim();
      out.push({ text, x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    }
    return out;
  }, name);
}

/** Scrolls the first range whose text matches into view, then rests the mouse on its middle. */
export async function hoverHighlight(page: Page, name: string, text: RegExp): Promise<RangeRect> {
  const found = await page.evaluate(
    (n: string, source: string, flags: string) => {
      const re = new RegExp(source, flags);
      for (const r of CSS.highlights.get(n) ?? []) {
        if (!(r instanceof Range) || !re.test(r.toString().replace(/\s+/g, ' '))) continue;
        const el = r.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center', inline: 'nearest' });
        return true;
      }
      return false;
    },
    name,
    text.source,
    text.flags,
  );
  if (!found) throw new Error(`no "${name}" highlight matching ${String(text)}`);
  const rect = (await highlightRects(page, name)).find((r) => text.test(r.text));
  if (!rect) throw new Error(`highlight matching ${String(text)} has no geometry`);
  await page.mouse.move(rect.x + 2, rect.y + 2);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  return rect;
}

/** documentElement.outerHTML with every <backstory-ui> host removed from a clone. */
export async function pageDomSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('backstory-ui')) el.remove();
    return clone.outerHTML;
  });
}

const LOCAL_URL = /^(https?:\/\/127\.0\.0\.1(:\d+)?\/|chrome-extension:|moz-extension:|data:|blob:|about:|chrome:)/;

/** Records every request leaving 127.0.0.1 or the extension, from all pages and (Chromium) workers. */
export function guardNetwork(browser: Browser): { external: string[]; stop(): void } {
  const external: string[] = [];
  const seen = new WeakSet<Target>();
  const record = (url: string) => {
    if (!LOCAL_URL.test(url)) external.push(url);
  };
  const onRequest = (req: HTTPRequest) => record(req.url());
  const watch = async (target: Target) => {
    if (seen.has(target)) return;
    seen.add(target);
    if (target.type() === 'page') {
      const page = await target.page().catch(() => null);
      page?.on('request', onRequest);
    } else if (target.type() === 'service_worker' || target.type() === 'background_page') {
      const session = await target.createCDPSession().catch(() => null);
      if (!session) return;
      session.on('Network.requestWillBeSent', (ev) => record(ev.request.url));
      await session.send('Network.enable').catch(() => undefined);
    }
  };
  const onTarget = (t: Target) => void watch(t);
  for (const t of browser.targets()) void watch(t);
  browser.on('targetcreated', onTarget);
  return { external, stop: () => void browser.off('targetcreated', onTarget) };
}
