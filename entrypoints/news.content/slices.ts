/**
 * How long the scan may hold the page's main thread before it yields. Where the browser can say whether
 * input is waiting (`navigator.scheduling.isInputPending`, Chromium), a slice runs up to one frame and
 * stops at once when the reader types, clicks or scrolls; elsewhere slices stay at a few ms. Either way
 * no slice comes near the 50 ms long-task line.
 */

/** Slice length when the browser can report pending input, and when it cannot. */
export const LONG_SLICE_MS = 16;
export const SHORT_SLICE_MS = 6;

type Scheduling = { isInputPending?: (opts?: { includeContinuous?: boolean }) => boolean };
type SchedulerWindow = { scheduler?: { postTask?: (cb: () => void, opts: { priority: 'user-visible' }) => Promise<void> } };

function scheduling(): Scheduling | undefined {
  const nav = globalThis.navigator as (Navigator & { scheduling?: Scheduling }) | undefined;
  return typeof nav?.scheduling?.isInputPending === 'function' ? nav.scheduling : undefined;
}

/** Whether the reader's input is waiting for the main thread (false where the browser cannot tell). */
export function inputPending(): boolean {
  return scheduling()?.isInputPending?.({ includeContinuous: true }) ?? false;
}

export function sliceBudget(): number {
  return scheduling() ? LONG_SLICE_MS : SHORT_SLICE_MS;
}

/**
 * Yields to the event loop so no slice of our work becomes a long task. A task of ordinary priority (not
 * `scheduler.yield`, whose continuation jumps the queue) lets the page and the background's replies in.
 */
export function nextSlice(): Promise<void> {
  const s = (globalThis as SchedulerWindow).scheduler;
  if (typeof s?.postTask === 'function') return s.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
