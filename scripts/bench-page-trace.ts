/**
 * Attribution for one traced run: the longest task on the page's renderer thread that ran extension script
 * (Chromium trace, `devtools.timeline`), and the extension's own main-thread time from the V8 CPU profiler
 * (every sample whose stack holds a frame of the extension's scripts, DOM calls made from them included).
 * Trace events alone undercount it: promise continuations run as microtasks, outside any `FunctionCall`.
 */
import type { CDPSession, Page, Protocol } from 'puppeteer-core';

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
  /** The extension's script time on the page's main thread (CPU-profile samples), ms. */
  busyMs: number;
  /** The longest main-thread task that ran extension script, ms. */
  longestTaskMs: number;
}

const profilers = new WeakMap<Page, CDPSession>();

export async function startTrace(page: Page): Promise<void> {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  profilers.set(page, cdp);
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
}

/** Sampled time (ms) whose stack includes a frame from `origin`. */
function profiledMs(profile: Protocol.Profiler.Profile, origin: string): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const value = (byId.get(id)?.callFrame.url ?? '').startsWith(origin) || (up !== undefined && isOurs(up));
    ours.set(id, value);
    return value;
  };
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (isOurs(id)) us += deltas[i + 1] ?? 0;
  });
  return us / 1000;
}

export async function stopTrace(page: Page, extensionOrigin: string): Promise<ExtensionCost> {
  const cdp = profilers.get(page);
  const profile = cdp ? (await cdp.send('Profiler.stop')).profile : null;
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
  let longest = 0;
  for (const task of onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')) {
    const stop = task.ts + (task.dur ?? 0);
    if (ours.some((e) => e.ts >= task.ts && e.ts < stop)) longest = Math.max(longest, task.dur ?? 0);
  }
  return { busyMs: profile ? profiledMs(profile, extensionOrigin) : NaN, longestTaskMs: longest / 1000 };
}
