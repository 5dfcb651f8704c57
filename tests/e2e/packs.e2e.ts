/**
 * The options page in real browsers: import a reader's pack file (and see a bad one refused with the path
 * and reason), choose the winner of a name two packs claim, add a fact of your own, and find it on the
 * page's card marked as yours.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './global-setup';
import { DEMO_DIR, hoverHighlight, launchWithExtension, serveDir, waitForHighlights, type BrowserKind, type LaunchedBrowser } from './harness';

const SHOTS = path.resolve('.output/e2e-shots');

const ATLAS = {
  format: 'backstory-pack',
  formatVersion: 1,
  id: 'energy-atlas',
  name: 'Energy atlas',
  version: '2026.1',
  entities: [
    { id: 'socar-terminal', name: 'SOCAR Terminal', type: 'place', summary: 'An oil terminal.', aliases: ['SOCAR'], facts: [{ text: 'Opened in 2006.', from: '2006', source: 'https://example.org/t' }] },
    { id: 'caspian-grid', name: 'Caspian Grid', type: 'project', summary: 'A power line <script>alert(1)</script>.', aliases: ['Caspian Grid'], facts: [] },
  ],
};
const BAD = { ...ATLAS, id: 'bad-pack', entities: [ATLAS.entities[1], { ...ATLAS.entities[0], id: 'other', facts: [{ text: 'x', from: null, source: 'javascript:alert(1)' }] }] };

async function text(el: ElementHandle | null): Promise<string> {
  return (await el?.evaluate((e) => e.textContent ?? '')) ?? '';
}

async function upload(page: Page, file: string): Promise<string> {
  const input = (await page.waitForSelector('[data-testid="import-pack"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  return text(await page.waitForSelector('[data-testid="import-result"]', { timeout: 20_000 }));
}

describe.each<BrowserKind>(['chromium', 'firefox'])('packs and your own facts in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let dir: string;
  let options: Page;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    dir = await mkdtemp(path.join(tmpdir(), 'backstory-packs-'));
    await writeFile(path.join(dir, 'atlas.json'), JSON.stringify(ATLAS));
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify(BAD));
    server = await serveDir(DEMO_DIR);
    launched = await launchWithExtension(kind, EXTENSION_DIRS[kind]);
    options = await launched.openExtensionPage('options.html', { width: 900, height: 1400 });
    await options.waitForSelector('[data-testid="pack-row"]', { timeout: 15_000 });
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a bad pack with the path and the reason, and installs nothing', async () => {
    const result = await upload(options, path.join(dir, 'bad.json'));
    expect(result).toContain('entities[1].facts[0].source: not an http(s) URL');
    expect(await options.$$('[data-testid="pack-row"]')).toHaveLength(1);
  });

  it('imports a pack file and lists it with its entity count', async () => {
    expect(await upload(options, path.join(dir, 'atlas.json'))).toContain('Installed “Energy atlas”: 2 entities');
    await options.waitForSelector('[data-testid="pack-row"][data-pack="energy-atlas"]');
    expect(await text(await options.$('[data-pack="energy-atlas"]'))).toMatch(/Energy atlas.*2026\.1.*2.*Imported/);
  });

  it('warns that two packs claim SOCAR and lets the reader choose the winner', async () => {
    const conflict = await options.waitForSelector('[data-testid="alias-conflict"]', { timeout: 10_000 });
    expect(await text(conflict)).toMatch(/SOCAR.*not chosen yet.*SOCAR.*SOCAR Terminal/);
    const radios = await conflict!.$$('input[type="radio"]');
    await radios[0]!.click();
    await options.waitForFunction(() => !document.querySelector('.bs-conflict--open'), { timeout: 10_000 });
  });

  it("adds the reader's own fact to SOCAR and the page's card shows it marked as theirs", async () => {
    await options.type('[data-testid="entity-search"]', 'SOCAR');
    const pick = await options.waitForSelector('xpath/.//button[normalize-space(.)="SOCAR"]', { timeout: 10_000 });
    await pick!.click();
    await options.waitForSelector('[data-testid="picked-entity"]');
    await options.type('[data-testid="add-to-entity"] textarea[name="text"]', 'Noted by me: a new office in Damascus.');
    await options.type('[data-testid="add-to-entity"] input[name="from"]', '2026-11-20'); // newest, so the popover shows it first
    await options.type('[data-testid="add-to-entity"] input[name="source"]', 'https://example.org/mine');
    await options.click('[data-testid="add-to-entity"] button[type="submit"]');
    await options.waitForSelector('[data-testid="additions"]', { timeout: 10_000 });
    await options.screenshot({ path: path.join(SHOTS, `options-${kind}.png`), fullPage: true });

    const page = await launched.browser.newPage();
    try {
      await page.goto(`${server.url}index.html`);
      await waitForHighlights(page, 'backstory-mention', 3);
      await hoverHighlight(page, 'backstory-mention', /^SOCAR$/);
      const yours = await page.waitForFunction(
        () => {
          const card = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[data-testid="entity-card"]');
          const fact = [...(card?.querySelectorAll('[data-testid="fact"]') ?? [])].find((f) => f.querySelector('[data-testid="yours"]'));
          return fact?.textContent ?? null;
        },
        { timeout: 10_000, polling: 100 },
      );
      expect(await yours.jsonValue()).toContain('Noted by me: a new office in Damascus.');
      await page.screenshot({ path: path.join(SHOTS, `card-yours-${kind}.png`) });
    } finally {
      await page.close();
    }
  });

  it('creates an entity of its own, lists it, and deletes it after asking', async () => {
    const form = '[data-testid="new-entity"]';
    await options.type(`${form} input[name="name"]`, 'Caspian Pipeline');
    await options.type(`${form} textarea[name="summary"]`, 'A pipeline the reader follows.');
    await options.click(`${form} button[type="submit"]`);
    const list = await options.waitForSelector('[data-testid="own-entities"]', { timeout: 10_000 });
    expect(await text(list)).toContain('Caspian Pipeline');
    await options.click('[aria-label="Delete Caspian Pipeline"]');
    const ask = await options.waitForSelector('[aria-label="Delete Caspian Pipeline?"]');
    expect(await text(ask)).toContain('everything you added to it');
    await options.click('xpath/.//*[@aria-label="Delete Caspian Pipeline?"]/button[normalize-space(.)="Delete"]');
    await options.waitForFunction(() => !document.querySelector('[data-testid="own-entities"]'), { timeout: 10_000 });
  });
});

