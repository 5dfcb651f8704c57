/**
 * End-to-end harness: a static file server on 127.0.0.1, Chromium or Firefox launched with the built
 * extension (puppeteer-core; CDP for Chromium, WebDriver BiDi for Firefox). The page probes
 * (highlights, geometry, DOM snapshot, network guard) live in page-probes.ts and are re-exported here.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { guardNetwork } from './page-probes';

export * from './page-probes';

export type BrowserKind = 'chromium' | 'firefox';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The demo article (`npm run demo` serves the same folder): the page most end-to-end tests read. */
export const DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));

/**
 * Put before `</body>` of a served page: records the page's DOM once parsing is done (DOMContentLoaded), before
 * the content script (document_idle) runs.
 */
export const CAPTURE_DOM_BEFORE =
  "<script>document.addEventListener('DOMContentLoaded', () => { window.__domBefore = document.documentElement.outerHTML; });</script>";

export interface ServeOptions {
  /** Added to every HTML response (e.g. a strict Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Inserted before `</body>` of every HTML page served. */
  beforeBodyEnd?: string;
}

/** Serves `dir` read-only on 127.0.0.1 at a random port. Paths outside `dir` answer 404. */
export async function serveDir(dir: string, opts: ServeOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      let rel: string;
      try {
        rel = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      } catch {
        res.writeHead(400).end('bad request');
        return;
      }
      let file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
      const inside = path.relative(root, file);
      if (inside.startsWith('..') || path.isAbsolute(inside) || rel.includes('\0')) {
        res.writeHead(404).end('not found');
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        await stat(file);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const html = type.startsWith('text/html');
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(html ? opts.headers : {}) });
      if (html && opts.beforeBodyEnd) res.end((await readFile(file, 'utf8')).replace('</body>', `${opts.beforeBodyEnd}</body>`));
      else createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface LaunchedBrowser {
  browser: Browser;
  kind: BrowserKind;
  extensionId: string;
  extensionUrl(pagePath: string): string;
  /** Opens an extension page (e.g. popup.html) in a new tab and waits until it has loaded. */
  openExtensionPage(pagePath: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Requests that left 127.0.0.1 and the extension since launch (guardNetwork, started by every launch). */
  externalRequests(): readonly string[];
  /** Closes the browser; rejects when the run made any external request, so every e2e run asserts none. */
  close(): Promise<void>;
}

/** Starts the network guard on a launched browser and makes `close()` fail on any external request. */
function guarded(launched: Omit<LaunchedBrowser, 'externalRequests'>): LaunchedBrowser {
  const guard = guardNetwork(launched.browser);
  return {
    ...launched,
    externalRequests: () => guard.external,
    close: async () => {
      guard.stop();
      await launched.close();
      if (guard.external.length > 0) throw new Error(`the extension made network requests: ${guard.external.join(', ')}`);
    },
  };
}

/** The browser binary for `kind`: env CHROMIUM_PATH / FIREFOX_PATH, else the Debian package's path. */
export function browserExecutable(kind: BrowserKind): string {
  if (kind === 'chromium') return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/** The fixed moz-extension UUID of the extension under test in Firefox. */
export const FIREFOX_EXTENSION_UUID = '6b1e8a52-3c0f-4d5e-9a57-b4c7d0e2f1a3';
const DEFAULT_GECKO_ID = 'backstory@backstory.invalid';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function launchWithExtension(
  kind: BrowserKind,
  extDir: string,
  opts: { headless?: boolean; firefoxPrefs?: Record<string, unknown> } = {},
): Promise<LaunchedBrowser> {
  const dir = path.resolve(extDir);
  const headless = opts.headless ?? true;
  return guarded(kind === 'chromium' ? await launchChromium(dir, headless) : await launchFirefox(dir, headless, opts.firefoxPrefs));
}

async function launchChromium(dir: string, headless: boolean): Promise<Omit<LaunchedBrowser, 'externalRequests'>> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'backstory-chromium-'));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: browserExecutable('chromium'),
    headless,
    pipe: true,
    enableExtensions: [dir],
    userDataDir,
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  // puppeteer starts the install without awaiting it, so wait until the browser lists it.
  const extensionId = await waitFor(async () => {
    for (const [id, ext] of await browser.extensions()) {
      if (path.resolve(ext.path) === dir) return id;
    }
    return undefined;
  }, 15_000, `Chromium did not load the extension from ${dir}`);
  const extensionUrl = (p: string) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`;
  return {
    browser,
    kind: 'chromium',
    extensionId,
    extensionUrl,
    openExtensionPage: async (p, viewport) => {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      await page.goto(extensionUrl(p));
      return page;
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(dir: string, headless: boolean, prefs: Record<string, unknown> = {}): Promise<Omit<LaunchedBrowser, 'externalRequests'>> {
  const geckoId = await readGeckoId(dir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless,
    // Without it, WebDriver BiDi refuses to navigate a tab to a moz-extension:// page (the popup).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      ...prefs,
    },
  });
  try {
    await browser.installExtension(dir);
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
  const extensionUrl = (p: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${p.replace(/^\//, '')}`;
  return {
    browser,
    kind: 'firefox',
    extensionId: geckoId,
    extensionUrl,
    openExtensionPage: async (p, viewport) => {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      const url = extensionUrl(p);
      // The tab does load, but puppeteer never sees the navigation to moz-extension:// finish
      // (the document moves to the extension process), so wait on the document itself instead.
      page.goto(url).catch(() => undefined);
      // A poll that lands during that process swap fails with a protocol error: poll again until the deadline.
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await page.waitForFunction(
            (u: string) => location.href === u && document.readyState === 'complete',
            { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
            url,
          );
          return page;
        } catch (err) {
          if (Date.now() >= deadline) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    close: () => browser.close().catch(() => undefined),
  };
}

async function readGeckoId(dir: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
      applications?: { gecko?: { id?: string } };
    };
    return manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id ?? DEFAULT_GECKO_ID;
  } catch {
    return DEFAULT_GECKO_ID;
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, message: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((r) => setTimeout(r, 100));
  }
}
