/**
 * Hover intent as a small state machine, free of the DOM so its timing can be tested with fake timers.
 * A target under the pointer is prepared after `prepareMs` (fetch the card data) and shown after
 * `showMs`; a shown card hides `hideMs` after the pointer left both the mark and the card.
 */

export interface HoverTimings {
  prepareMs: number;
  showMs: number;
  hideMs: number;
}

export const DEFAULT_TIMINGS: HoverTimings = { prepareMs: 150, showMs: 500, hideMs: 300 };

export interface HoverIntentHandlers<T> {
  prepare(target: T): void;
  show(target: T): void;
  hide(): void;
}

export interface TimerApi {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export function createHoverIntent<T>(
  handlers: HoverIntentHandlers<T>,
  timings: HoverTimings = DEFAULT_TIMINGS,
  timers: TimerApi = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as number) },
) {
  let pending: T | null = null;
  let shown: T | null = null;
  let onCard = false;
  let prepareTimer: unknown = null;
  let showTimer: unknown = null;
  let hideTimer: unknown = null;

  const cancel = (id: unknown) => id !== null && timers.clearTimeout(id);
  function cancelPending() {
    cancel(prepareTimer);
    cancel(showTimer);
    prepareTimer = showTimer = null;
    pending = null;
  }
  function cancelHide() {
    cancel(hideTimer);
    hideTimer = null;
  }
  function hideShown() {
    cancelHide();
    if (shown !== null) {
      shown = null;
      handlers.hide();
    }
  }
  function hideNow() {
    cancelPending();
    hideShown();
  }
  function scheduleHide() {
    if (shown === null || hideTimer !== null || onCard) return;
    hideTimer = timers.setTimeout(hideShown, timings.hideMs);
  }

  return {
    /** The pointer now rests over `target` (null: over nothing of ours). */
    over(target: T | null): void {
      if (target !== null && (target === pending || target === shown)) {
        if (target === shown) cancelHide();
        return;
      }
      cancelPending();
      if (target === null) return scheduleHide();
      pending = target;
      scheduleHide();
      prepareTimer = timers.setTimeout(() => handlers.prepare(target), timings.prepareMs);
      showTimer = timers.setTimeout(() => {
        cancelHide();
        pending = null;
        shown = target;
        handlers.show(target);
      }, timings.showMs);
    },
    /** The pointer entered (true) or left (false) the open card. */
    card(inside: boolean): void {
      onCard = inside;
      if (inside) cancelHide();
      else scheduleHide();
    },
    /** Esc, scroll away, typing: close at once. */
    dismiss: hideNow,
    get shown(): T | null {
      return shown;
    },
  };
}

export type HoverIntent<T> = ReturnType<typeof createHoverIntent<T>>;
