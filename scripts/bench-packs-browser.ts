/**
 * The 100,000-entity import in a real browser: the built extension in headless Chromium, the pack file
 * chosen on the options page, timed from choosing the file to the "Installed" message (read, check,
 * chunked writes to the browser's IndexedDB), with the same file's plain `JSON.parse` in that page as the
 * baseline. Skipped when there is no build or no Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { browserExecutable, launchWithExtension } from '../tests/e2e/harness';

export async function benchBrowserImport(packText: string, entities: number): Promise<void> {
  const ext = path.resolve('.output/chrome-mv3');
  if (!existsSync(path.join(ext, 'manifest.json')) || !existsSync(browserExecutable('chromium'))) {
    console.log('  (browser import skipped: run `npx wxt build` and install chromium)');
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'backstory-bench-'));
  const file = path.join(dir, 'pack.json');
  await writeFile(file, packText);
  const launched = await launchWithExtension('chromium', ext);
  try {
    const page = await launched.openExtensionPage('options.html');
    await page.waitForSelector('[data-testid="pack-row"]', { timeout: 30_000 });
    const input = (await page.$('[data-testid="import-pack"]')) as ElementHandle<HTMLInputElement>;
    const started = Date.now();
    await input.uploadFile(file);
    const result = await page.waitForSelector('[data-testid="import-result"]', { timeout: 120_000 });
    const total = Date.now() - started;
    const message = (await result?.evaluate((el) => el.textContent ?? '')) ?? '';
    const parseMs = await page.evaluate((text: string) => {
      const t = performance.now();
      JSON.parse(text);
      return performance.now() - t;
    }, packText);
    console.log(
      `${String(entities).padStart(7)} entities in Chromium (options page, real IndexedDB): ${total} ms from choosing the file to “${message.trim().slice(0, 40)}…” ` +
        `· baseline JSON.parse of the same text in the page ${parseMs.toFixed(0)} ms → ${(total / parseMs).toFixed(1)}× · budget 10 s ${total <= 10_000 && message.includes('Installed') ? 'met' : 'MISSED'}`,
    );
  } finally {
    await launched.close();
    await rm(dir, { recursive: true, force: true });
  }
}
