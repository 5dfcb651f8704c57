/**
 * The 100,000-entity import in a real browser: the built extension in headless Chromium, the pack file
 * chosen on the options page, timed from choosing the file to the "Installed" message (read, check,
 * chunked writes to the browser's IndexedDB), against floors in the same page: `JSON.parse` of the same
 * text plus one raw IndexedDB transaction putting the same records (no validation, no Dexie) into a scratch
 * database, in each storage layout considered (one record per entity with or without relaxed durability or
 * the name index; chunk records), and the time to read them all back. Skipped when there is no build or no
 * Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { browserExecutable, launchWithExtension } from '../tests/e2e/harness';

interface StoreVariant {
  label: string;
  /** One record per entity, or chunk records of this many entities with a multi-entry index over their ids. */
  perRecord: number;
  indexes: string[];
  durability: 'default' | 'relaxed';
}

/** What storage choice costs: the same records written raw (no validation, no Dexie) in the shapes considered. */
const STORE_VARIANTS: StoreVariant[] = [
  { label: 'one record per entity, indexes packId+name (the old layout)', perRecord: 1, indexes: ['packId', 'name'], durability: 'default' },
  { label: 'same, durability relaxed', perRecord: 1, indexes: ['packId', 'name'], durability: 'relaxed' },
  { label: 'same, index packId only', perRecord: 1, indexes: ['packId'], durability: 'default' },
  { label: 'chunks of 500 per record, indexes packId+*ids (the new layout)', perRecord: 500, indexes: ['packId', 'ids'], durability: 'default' },
];

/** Runs in the page: parse the text, put every record in one raw IndexedDB transaction, then read them all back. */
async function rawFloor(text: string, variant: StoreVariant): Promise<{ parse: number; put: number; read: number }> {
  const t0 = performance.now();
  const records = (JSON.parse(text) as { entities: { id: string }[] }).entities.map((e) => ({ ...e, packId: 'bench' }));
  const parse = performance.now() - t0;
  const rows: unknown[] = [];
  if (variant.perRecord === 1) rows.push(...records);
  for (let i = 0; variant.perRecord > 1 && i < records.length; i += variant.perRecord) {
    const part = records.slice(i, i + variant.perRecord);
    rows.push({ id: `bench#${i}`, packId: 'bench', ids: part.map((e) => e.id), entities: part });
  }
  const name = `backstory-bench-floor-${variant.perRecord}-${variant.indexes.length}-${variant.durability}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('entities', { keyPath: 'id' });
      for (const index of variant.indexes) store.createIndex(index, index, { multiEntry: index === 'ids' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  let t2 = 0;
  // Inline on purpose: the bundler names function expressions with a helper the page does not have.
  const t1 = performance.now();
  for (const mode of ['readwrite', 'readonly'] as const) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entities', mode, { durability: variant.durability });
      if (mode === 'readwrite') for (const r of rows) tx.objectStore('entities').put(r);
      else tx.objectStore('entities').getAll();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    if (mode === 'readwrite') t2 = performance.now();
  }
  const read = performance.now() - t2;
  db.close();
  await new Promise((resolve) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: resolve, onerror: resolve }));
  return { parse, put: t2 - t1, read };
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
    console.log(`${String(entities).padStart(7)} entities in Chromium (options page, real IndexedDB): ${total} ms from choosing the file to “${message.trim().slice(0, 40)}…” · budget 10 s ${total <= 10_000 && message.includes('Installed') ? 'met' : 'MISSED'}`);
    for (const variant of STORE_VARIANTS) {
      const floor = await page.evaluate(rawFloor, packText, variant);
      console.log(
        `    floor, ${variant.label}: JSON.parse ${floor.parse.toFixed(0)} ms + raw puts ${floor.put.toFixed(0)} ms = ${(floor.parse + floor.put).toFixed(0)} ms ` +
          `→ import/floor ${(total / (floor.parse + floor.put)).toFixed(2)}× · reading all back (getAll) ${floor.read.toFixed(0)} ms`,
      );
    }
  } finally {
    await launched.close();
    await rm(dir, { recursive: true, force: true });
  }
}
