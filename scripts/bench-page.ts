/**
 * `npm run bench:page`: the built Chromium extension on generated pages (a 5,000-word article, 1 MB of text
 * in 20,000 nodes, an infinite-scroll page adding 200 nodes every 100 ms) in headless Chromium, against
 * two baselines measured on the same pages in the same run (a bare TreeWalker pass, the floor; mark.js-style
 * <mark> wrapping). Prints one table with ratios, and hover → visible card after the intent delay.
 * `--build` rebuilds first (otherwise it builds only when .output/chrome-mv3 is missing); `--runs N`;
 * `--page NAME` runs one page only; `--hover-only` skips the page table; `--hover-pages N` fresh pages of
 * ten hovers each per build (default 3);
 * `--compare DIR` also runs another build of the extension (e.g. main's, built to DIR) in the same
 * invocation, its runs interleaved with this build's, so "before" and "after" share the machine's state.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { parsePackText } from '../data/pack-schema';
import { browserExecutable, launchWithExtension, serveDir } from '../tests/e2e/harness';
import { benchPages } from './bench-page-fixtures';
import { hoverReport, hoverRun, type HoverSample } from './bench-page-hover';
import { startTrace, stopTrace } from './bench-page-trace';

const EXT = path.resolve('.output/chrome-mv3');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const ALL_PAGES = ['article.html', 'big.html', 'scroll.html'];
const PAGES = args.includes('--page') ? ALL_PAGES.filter((p) => p === args[args.indexOf('--page') + 1]) : ALL_PAGES;
const HOVER_ONLY = args.includes('--hover-only');
const HOVER_PAGES = Number(args[args.indexOf('--hover-pages') + 1]) || 3;
const COMPARE = args.includes('--compare') ? path.resolve(args[args.indexOf('--compare') + 1] ?? '') : null;

interface BenchState {
  longtasks: [number, number][];
  hl: [number, number][];
  rounds: number[];
  appends: number[];
  baseline?: { ms: number; nodes?: number; marks?: number };
  done?: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

/** Alias alternation for the mark.js baseline: every `always` alias of the shipped pack, longest first. */
function aliasPattern(): string {
  const parsed = parsePackText(readFileSync('data/pack/backstory.pack.json', 'utf8'));
  if (!parsed.ok) throw new Error('the shipped pack is invalid');
  const aliases = parsed.pack.entities.flatMap((e) => e.aliases.filter((a) => a.link === 'always').map((a) => a.text));
  const escaped = [...new Set(aliases)].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<![\\p{L}\\d])(?:${escaped.join('|')})(?![\\p{L}\\d])`;
}

async function state(page: Page): Promise<BenchState> {
  return page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);
}

async function waitDone(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __bench?: BenchState }).__bench?.done === true, { timeout: 120_000, polling: 50 });
}

const marks = (page: Page) => page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));

interface ExtRun {
  first: number;
  full: number;
  longest: number;
  marked: number;
  busy: number;
  tracedLongest: number;
}

/** One load with the extension: first highlight and full scan from content-script start, the longest task after it. */
async function extensionRun(browser: Browser, origin: string, url: string, scroll: boolean, trace: 'trace' | 'plain'): Promise<ExtRun> {
  const page = await browser.newPage();
  if (trace === 'trace') await startTrace(page);
  await page.goto(url);
  await waitDone(page);
  let m: Record<string, number> = {};
  for (let i = 0; i < 600 && !(m['backstory:scan-done'] !== undefined); i++) {
    m = await marks(page);
    await new Promise((r) => setTimeout(r, 50));
  }
  const start = m['backstory:start'] ?? NaN;
  if (scroll) await new Promise((r) => setTimeout(r, 1500)); // let the last batches be marked
  const s = await state(page);
  const lastAppend = s.appends[s.appends.length - 1] ?? NaN;
  const final = s.hl[s.hl.length - 1] ?? [NaN, 0];
  const cost = trace === 'trace' ? await stopTrace(page, origin) : { busyMs: NaN, longestTaskMs: NaN };
  await page.close();
  return {
    busy: cost.busyMs,
    tracedLongest: cost.longestTaskMs,
    first: (m['backstory:first-highlight'] ?? NaN) - start,
    // On the scroll page, "full scan" is how long after the feed's last append its content was all marked.
    full: scroll ? final[0] - lastAppend : (m['backstory:scan-done'] ?? NaN) - start,
    // Tasks that were running when the content script started count too (its own evaluation is one).
    longest: Math.max(0, ...s.longtasks.filter(([t, d]) => t + d >= start).map(([, d]) => d)),
    marked: final[1],
  };
}

async function baselineRun(browser: Browser, url: string, mode: 'floor' | 'markjs' | 'control'): Promise<{ ms: number; longest: number; rounds: number }> {
  const page = await browser.newPage();
  await page.goto(`${url}?mode=${mode}`);
  await waitDone(page);
  const s = await state(page);
  await page.close();
  return { ms: s.baseline?.ms ?? NaN, longest: Math.max(0, ...s.longtasks.map(([, d]) => d)), rounds: Math.max(0, ...s.rounds) };
}

async function main(): Promise<void> {
  if (args.includes('--build') || !existsSync(path.join(EXT, 'manifest.json'))) {
    const built = spawnSync(path.resolve('node_modules/.bin/wxt'), ['build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('wxt build failed');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'backstory-bench-'));
  for (const [name, html] of Object.entries(benchPages(aliasPattern()))) writeFileSync(path.join(dir, name), html);
  const server = await serveDir(dir);
  const builds = [{ label: 'after', dir: EXT }, ...(COMPARE ? [{ label: 'before', dir: COMPARE }] : [])];
  const launched = await Promise.all(builds.map(async (b) => ({ ...b, ext: await launchWithExtension('chromium', b.dir) })));
  const bare = await puppeteer.launch({ executablePath: browserExecutable('chromium'), headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    for (const b of launched) await extensionRun(b.ext.browser, b.ext.extensionUrl(''), `${server.url}article.html`, false, 'plain'); // warm-up: service worker, fact base, matcher
    const rows: string[][] = [];
    for (const name of HOVER_ONLY ? [] : PAGES) {
      const url = `${server.url}${name}`;
      const scroll = name === 'scroll.html';
      const ext: ExtRun[][] = launched.map(() => []);
      const floor: number[] = [];
      const markjs: number[] = [];
      const markjsLongest: number[] = [];
      const control: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        for (const [k, b] of launched.entries()) ext[k]?.push(await extensionRun(b.ext.browser, b.ext.extensionUrl(''), url, scroll, 'plain'));
        const f = await baselineRun(bare, url, 'floor');
        const mj = await baselineRun(bare, url, 'markjs');
        floor.push(scroll ? f.rounds : f.ms);
        markjs.push(scroll ? mj.rounds : mj.ms);
        markjsLongest.push(mj.longest);
        control.push((await baselineRun(bare, url, 'control')).longest);
      }
      const fl = median(floor);
      const mj = median(markjs);
      for (const [k, b] of launched.entries()) {
        const runs = ext[k] ?? [];
        // One more run under the tracer, for attribution (tracing slows the page, so its timings are not used).
        const traced = await extensionRun(b.ext.browser, b.ext.extensionUrl(''), url, scroll, 'trace');
        const e = {
          first: median(runs.map((r) => r.first)),
          full: median(runs.map((r) => r.full)),
          longest: Math.max(...runs.map((r) => r.longest)),
          marked: median(runs.map((r) => r.marked)),
        };
        const label = launched.length > 1 ? `${name} (${b.label})` : name;
        rows.push([label, fmt(e.first), fmt(e.full), fmt(e.longest), fmt(traced.tracedLongest), fmt(traced.busy), fmt(Math.max(...control)), fmt(fl), fmt(mj), fmt(Math.max(...markjsLongest)), `${fmt(e.full / fl)}×`, `${fmt(traced.busy / fl)}×`, `${fmt(e.full / mj)}×`, String(e.marked)]);
      }
    }
    const hover: HoverSample[][][] = launched.map(() => []);
    for (let i = 0; i < HOVER_PAGES; i++) {
      for (const [k, b] of launched.entries()) hover[k]?.push(await hoverRun(b.ext.browser, `${server.url}article.html`));
    }
    printTable(rows, launched.map((b, k) => hoverReport(b.label, hover[k] ?? [])));
  } finally {
    for (const b of launched) await b.ext.close();
    await bare.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(rows: string[][], hover: string[]): void {
  const head = ['page', 'first hl ms', 'full scan ms', 'longest task ms', 'traced ext task ms', 'ext main-thread ms', 'page alone longest ms', 'floor ms', 'mark.js ms', 'mark.js longest ms', 'full/floor', 'ext main-thread/floor', 'full/mark.js', 'marks'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\nbench:page — median of ${RUNS} runs (longest task: worst run); headless Chromium, same run for every column`);
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log('\nlongest task: the page\'s longtask observer, tasks running at or after content-script start (worst run; "page alone" is the same page without the extension).');
  console.log('traced ext task / ext main-thread: from one extra traced run — the longest task that ran extension script, and the extension\'s total script time on the page\'s main thread (the tracer slows everything down).');
  console.log('Matching runs in the background (service worker), off the page\'s main thread.');
  console.log('scroll.html: "full scan" = last append → all of it marked; floor and mark.js = the worst 200-node round.');
  console.log('\nhover → card: from the intent\'s show time (after the hover delay) to the frame that painted the card; article.html, builds interleaved.');
  for (const line of hover) console.log(line);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
