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

/** Delays for a hover delay setting: prepare at 30% of it (as Page Previews: 150 of 500 ms). */
export function timingsFor(showMs: number): HoverTimings {
  return { prepareMs: Math.round(showMs * 0.3), showMs, hideMs: DEFAULT_TIMINGS.hideMs };
}

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
  initialTimings: HoverTimings = DEFAULT_TIMINGS,
  timers: TimerApi = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as number) },
) {
  let timings = initialTimings;
  let pending: T | null = null;
  let shown: T | null = null;
  let onCard = false;
  let pinned = false;
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
    pinned = false;
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
    if (shown === null || hideTimer !== null || onCard || pinned) return;
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
    /** Esc: close at once (also a pinned card). */
    dismiss: hideNow,
    /** Typing, a new selection: close an unpinned card and drop what was pending. */
    quiet(): void {
      cancelPending();
      if (!pinned) hideShown();
    },
    /** Shows `target` at once (keyboard focus): no intent delay. */
    showNow(target: T): void {
      cancelPending();
      cancelHide();
      pinned = false;
      shown = target;
      handlers.show(target);
    },
    /** A pinned card stays until Esc or its close button, whatever the pointer does. */
    pin(on: boolean): void {
      pinned = on && shown !== null;
      if (pinned) cancelHide();
      else scheduleHide();
    },
    get pinned(): boolean {
      return pinned;
    },
    /** Changes the delays (the reader's hover delay setting) for the next hover. */
    setTimings(next: HoverTimings): void {
      timings = next;
    },
    get shown(): T | null {
      return shown;
    },
  };
}

export type HoverIntent<T> = ReturnType<typeof createHoverIntent<T>>;
