/**
 * The 100,000-entity import in a real browser: the built extension in headless Chromium, the pack file
 * chosen on the options page, timed from choosing the file to the "Installed" message (read, check,
 * chunked writes to the browser's IndexedDB), against the floor in the same page: `JSON.parse` of the same
 * text plus one raw IndexedDB transaction putting the same records (no validation, no Dexie) into a scratch
 * database with the same indexes. Skipped when there is no build or no Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { browserExecutable, launchWithExtension } from '../tests/e2e/harness';

/** Runs in the page: parse the text, then put every entity in one raw IndexedDB transaction. */
async function rawFloor(text: string): Promise<{ parse: number; put: number }> {
  const t0 = performance.now();
  const records = (JSON.parse(text) as { entities: { id: string }[] }).entities.map((e) => ({ ...e, packId: 'bench' }));
  const parse = performance.now() - t0;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory-bench-floor', 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('entities', { keyPath: 'id' });
      store.createIndex('packId', 'packId');
      store.createIndex('name', 'name');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const t1 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('entities', 'readwrite');
    const store = tx.objectStore('entities');
    for (const r of records) store.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const put = performance.now() - t1;
  db.close();
  indexedDB.deleteDatabase('backstory-bench-floor');
  return { parse, put };
}

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
    const floor = await page.evaluate(rawFloor, packText);
    console.log(
      `${String(entities).padStart(7)} entities in Chromium (options page, real IndexedDB): ${total} ms from choosing the file to “${message.trim().slice(0, 40)}…” ` +
        `· floor in the same page: JSON.parse ${floor.parse.toFixed(0)} ms + raw IndexedDB puts ${floor.put.toFixed(0)} ms = ${(floor.parse + floor.put).toFixed(0)} ms → import/floor ${(total / (floor.parse + floor.put)).toFixed(2)}× · budget 10 s ${total <= 10_000 && message.includes('Installed') ? 'met' : 'MISSED'}`,
    );
  } finally {
    await launched.close();
    await rm(dir, { recursive: true, force: true });
  }
}
