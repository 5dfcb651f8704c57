/**
 * When the card's work runs, so that showing a card only positions and reveals it: the card's UI is built
 * at idle once the page's first scan is done and it has marks (not during page load or the scan, not on the
 * first hover), and the names inside a card are marked only after the card has been painted.
 */

/** The scheduling primitives used here, injectable so the order of work can be tested without a browser. */
export interface CardScheduler {
  /** Runs `fn` when the main thread is idle, or after `timeoutMs` at the latest. */
  idle(fn: () => void, timeoutMs: number): void;
  /** Runs `fn` after `ms`. */
  later(fn: () => void, ms: number): void;
}

/** How long to wait for idle time, how often to look again for marks, and when to stop looking. */
export interface WarmUpLimits {
  idleTimeoutMs: number;
  retryMs: number;
  attempts: number;
}
export const WARM_UP: WarmUpLimits = { idleTimeoutMs: 2000, retryMs: 500, attempts: 60 };

type IdleWindow = { requestIdleCallback?: (fn: () => void, opts: { timeout: number }) => number };

/** `requestIdleCallback` with its timeout, or a plain timer where the browser has none. */
export const browserScheduler: CardScheduler = {
  idle(fn, timeoutMs) {
    const ric = (globalThis as IdleWindow).requestIdleCallback;
    if (typeof ric === 'function') ric(fn, { timeout: timeoutMs });
    else setTimeout(fn, Math.min(timeoutMs, 50));
  },
  later(fn, ms) {
    setTimeout(fn, ms);
  },
};

/**
 * Calls `warm` once, at idle, as soon as `ready()` (the page has marks) holds; looks again every
 * `retryMs` for at most `attempts` times (a page without names never gets our UI this way), and never
 * after `signal` aborts.
 */
export function warmUpWhenReady(ready: () => boolean, warm: () => void, signal: AbortSignal, scheduler: CardScheduler = browserScheduler, limits: WarmUpLimits = WARM_UP): void {
  let left = limits.attempts;
  const attempt = () => {
    if (signal.aborted) return;
    if (ready()) return warm();
    if (--left > 0) scheduler.later(() => scheduler.idle(attempt, limits.idleTimeoutMs), limits.retryMs);
  };
  scheduler.idle(attempt, limits.idleTimeoutMs);
}

/** Runs `fn` in the idle time after the next frame has been painted (or `timeoutMs` after that frame). */
export function idleAfterNextPaint(fn: () => void, timeoutMs = 200, scheduler: CardScheduler = browserScheduler): void {
  requestAnimationFrame(() => scheduler.idle(fn, timeoutMs));
}
