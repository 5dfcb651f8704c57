/**
 * `npx tsx scripts/bench-page-reader.ts [--rounds N] [--page NAME]`: what reading a page costs a content script.
 * On a fresh copy of a bench page each round (headless Chromium, no extension), three passes over `document.body`:
 * the floor of `npm run bench:page` (a bare TreeWalker reading every text node) in the page's own world; the same
 * pass in an isolated world, where a content script runs (its DOM wrappers are its own); and the extension's block
 * reader (entrypoints/news.content/extract.ts, in 16 ms slices) in an isolated world. Prints medians of wall time
 * and of the main thread's CPU time (from a trace), so a loaded machine moves the second far less than the first.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import ts from 'typescript';
import { browserExecutable, serveDir } from '../tests/e2e/harness';
import { benchPages } from './bench-page-fixtures';

const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1]) || 9;
const PAGE = args.includes('--page') ? (args[args.indexOf('--page') + 1] ?? 'big.html') : 'big.html';

/** The reader module as a script that defines `__reader` (extract.ts imports nothing, so transpiling is enough). */
function readerScript(): string {
  const source = readFileSync('entrypoints/news.content/extract.ts', 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return `globalThis.__reader = (() => { ${js.replace(/^export /gm, '')}; return { createBlockReader }; })();`;
}

const FLOOR = `(() => { const t0 = performance.now(); const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0; for (let n = w.nextNode(); n; n = w.nextNode()) chars += n.data.length; return { ms: performance.now() - t0, chars }; })()`;
const READ = `(() => { const t0 = performance.now(); const reader = __reader.createBlockReader(document.body); let chars = 0;
  for (let done = false; !done; ) { const r = reader.read(16); done = r.done; for (const b of r.blocks) chars += b.text.length; }
  return { ms: performance.now() - t0, chars }; })()`;

interface TraceEvent { name: string; ph: string; tdur?: number }

/** Wall time (from the page) and CPU time (the longest main-thread task's thread time) of one evaluation. */
async function measure(page: Page, expression: string, contextId?: number): Promise<{ ms: number; cpu: number; chars: number }> {
  const cdp = await page.createCDPSession();
  await page.tracing.start({ categories: ['toplevel'] });
  const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, ...(contextId ? { contextId } : {}) });
  const events = (JSON.parse(new TextDecoder().decode(await page.tracing.stop())) as { traceEvents: TraceEvent[] }).traceEvents;
  const cpu = Math.max(0, ...events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask').map((e) => e.tdur ?? 0)) / 1000;
  const value = result.value as { ms: number; chars: number };
  return { ms: value.ms, cpu, chars: value.chars };
}

async function isolatedWorld(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  return (await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'bench-reader' })).executionContextId;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'backstory-reader-'));
  for (const [name, html] of Object.entries(benchPages('(?!)'))) writeFileSync(path.join(dir, name), html);
  const server = await serveDir(dir);
  const browser = await puppeteer.launch({ executablePath: browserExecutable('chromium'), headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu'] });
  const script = readerScript();
  const passes = ['floor, page world', 'floor, isolated world', 'block reader, isolated world'] as const;
  const results = new Map<string, { ms: number[]; cpu: number[]; chars: number }>(passes.map((p) => [p, { ms: [], cpu: [], chars: 0 }]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const pass of passes) {
        const page = await browser.newPage();
        await page.goto(`${server.url}${PAGE}`);
        await page.waitForFunction(() => (window as unknown as { __bench?: { done?: boolean } }).__bench?.done === true);
        const world = pass === 'floor, page world' ? undefined : await isolatedWorld(page);
        if (pass === 'block reader, isolated world') await (await page.createCDPSession()).send('Runtime.evaluate', { expression: script, contextId: world });
        const m = await measure(page, pass.startsWith('floor') ? FLOOR : READ, world);
        const r = results.get(pass);
        r?.ms.push(m.ms);
        r?.cpu.push(m.cpu);
        if (r) r.chars = m.chars;
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(`${PAGE}, median of ${ROUNDS} fresh pages each:`);
  for (const [pass, r] of results) console.log(`  ${pass.padEnd(30)} wall ${median(r.ms).toFixed(1).padStart(6)} ms   CPU ${median(r.cpu).toFixed(1).padStart(6)} ms   (${r.chars.toLocaleString('en')} characters)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
