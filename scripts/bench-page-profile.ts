/**
 * `npx tsx scripts/bench-page-profile.ts [page.html] [--ext DIR]`: where the on-page scan's time goes. Loads one
 * bench page with the built Chromium extension while the V8 CPU profiler samples both the page's renderer
 * (the content script runs in its isolated world there) and the background service worker, then prints the
 * heaviest functions by self time on each side, and the content script's user-timing marks.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Protocol } from 'puppeteer-core';
import { parsePackText } from '../data/pack-schema';
import { launchWithExtension, serveDir } from '../tests/e2e/harness';
import { benchPages } from './bench-page-fixtures';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const EXT = path.resolve(opt('--ext') ?? '.output/chrome-mv3');
const PAGE = args.find((a) => a.endsWith('.html')) ?? 'big.html';
const TOP = 18;

function aliasPattern(): string {
  const parsed = parsePackText(readFileSync('data/pack/backstory.pack.json', 'utf8'));
  if (!parsed.ok) throw new Error('the shipped pack is invalid');
  const aliases = parsed.pack.entities.flatMap((e) => e.aliases.filter((a) => a.link === 'always').map((a) => a.text));
  return [...new Set(aliases)].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

async function startProfile(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
}

/** Self time per function (ms), heaviest first, and the total sampled time that was not idle. */
function summarise(profile: Protocol.Profiler.Profile): { busy: number; rows: [string, number][] } {
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
  const byName = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)' || !ms) continue;
    busy += ms;
    const file = f.url ? f.url.split('/').slice(-1)[0] : '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    byName.set(key, (byName.get(key) ?? 0) + ms);
  }
  return { busy, rows: [...byName].sort((a, b) => b[1] - a[1]).slice(0, TOP) };
}

function print(title: string, s: { busy: number; rows: [string, number][] }): void {
  console.log(`\n${title}: ${s.busy.toFixed(1)} ms sampled (not idle)`);
  for (const [name, ms] of s.rows) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'backstory-profile-'));
  for (const [name, html] of Object.entries(benchPages(aliasPattern()))) writeFileSync(path.join(dir, name), html);
  const server = await serveDir(dir);
  const ext = await launchWithExtension('chromium', EXT);
  try {
    const warm = await ext.browser.newPage();
    await warm.goto(`${server.url}article.html`);
    await warm.waitForFunction(() => performance.getEntriesByName('backstory:scan-done').length > 0, { timeout: 60_000 });
    await warm.close();
    const worker = await ext.browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 10_000 });
    const sw = await worker.createCDPSession();
    const page = await ext.browser.newPage();
    const cdp = await page.createCDPSession();
    await startProfile(sw);
    await startProfile(cdp);
    await page.goto(`${server.url}${PAGE}`);
    await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-done').length > 0, { timeout: 120_000, polling: 20 });
    const pageProfile = (await cdp.send('Profiler.stop')).profile;
    const swProfile = (await sw.send('Profiler.stop')).profile;
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstory:')).map((m) => [m.name, m.startTime] as const));
    const start = marks.find(([n]) => n === 'backstory:start')?.[1] ?? 0;
    console.log(`${PAGE} with ${path.basename(EXT)}: marks (ms after content-script start)`);
    for (const [name, t] of marks) console.log(`  ${(t - start).toFixed(1).padStart(7)}  ${name}`);
    print('page renderer (page + content script)', summarise(pageProfile));
    print('background service worker', summarise(swProfile));
    await page.close();
  } finally {
    await ext.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
