/**
 * Attribution from a Chromium trace (`devtools.timeline`): the extension's own main-thread time (script
 * calls whose URL is the extension's) and the longest task that ran any of it, on the page's renderer thread.
 */
import type { Page } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

export interface ExtensionCost {
  /** Sum of the extension's script time on the main thread, ms. */
  busyMs: number;
  /** The longest main-thread task that ran extension script, ms. */
  longestTaskMs: number;
}

export async function startTrace(page: Page): Promise<void> {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
}

export async function stopTrace(page: Page, extensionOrigin: string): Promise<ExtensionCost> {
  const buffer = await page.tracing.stop();
  const events = (JSON.parse(new TextDecoder().decode(buffer)) as { traceEvents: TraceEvent[] }).traceEvents;
  const isOurs = (e: TraceEvent) => {
    const d = e.args?.data;
    return e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') && (d?.url ?? d?.scriptName ?? '').startsWith(extensionOrigin);
  };
  // The page's renderer main thread: the CrRendererMain thread that ran our content script.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = mains.find((m) => events.some((e) => e.pid === m.pid && e.tid === m.tid && isOurs(e)));
  if (!main) return { busyMs: NaN, longestTaskMs: NaN };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const ours = onMain.filter(isOurs);
  // Nested calls would be counted twice: keep only the outermost of overlapping calls.
  ours.sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let end = -1;
  for (const e of ours) {
    const stop = e.ts + (e.dur ?? 0);
    if (e.ts >= end) busy += e.dur ?? 0;
    else if (stop > end) busy += stop - end;
    end = Math.max(end, stop);
  }
  let longest = 0;
  for (const task of onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')) {
    const stop = task.ts + (task.dur ?? 0);
    if (ours.some((e) => e.ts >= task.ts && e.ts < stop)) longest = Math.max(longest, task.dur ?? 0);
  }
  return { busyMs: busy / 1000, longestTaskMs: longest / 1000 };
}
