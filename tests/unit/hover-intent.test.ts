import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, timingsFor } from '../../core/hover-intent';

describe('hover intent', () => {
  const calls: string[] = [];
  const intent = () =>
    createHoverIntent<string>(
      { prepare: (t) => calls.push(`prepare ${t}`), show: (t) => calls.push(`show ${t}`), hide: () => calls.push('hide') },
      { prepareMs: 150, showMs: 500, hideMs: 300 },
    );
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('prepares at 150 ms and shows at 500 ms while the pointer rests', () => {
    const h = intent();
    h.over('a');
    vi.advanceTimersByTime(149);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['prepare a']);
    vi.advanceTimersByTime(350);
    expect(calls).toEqual(['prepare a', 'show a']);
    expect(h.shown).toBe('a');
  });

  it('shows nothing when the pointer passes over quickly', () => {
    const h = intent();
    h.over('a');
    vi.advanceTimersByTime(100);
    h.over(null);
    vi.advanceTimersByTime(2000);
    expect(calls).toEqual([]);
  });

  it('keeps the card while the pointer is on it and hides after leaving it', () => {
    const h = intent();
    h.over('a');
    vi.advanceTimersByTime(500);
    h.over(null);
    h.card(true);
    vi.advanceTimersByTime(5000);
    expect(h.shown).toBe('a');
    h.card(false);
    vi.advanceTimersByTime(300);
    expect(calls.at(-1)).toBe('hide');
    expect(h.shown).toBeNull();
  });

  it('closes at once on dismiss (Esc)', () => {
    const h = intent();
    h.over('a');
    vi.advanceTimersByTime(500);
    h.dismiss();
    expect(calls.at(-1)).toBe('hide');
  });

  it('moves to another mark: the old card hides, the new one shows after the delay', () => {
    const h = intent();
    h.over('a');
    vi.advanceTimersByTime(500);
    h.over('b');
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['prepare a', 'show a', 'prepare b', 'hide', 'show b']);
  });
});

describe('hover intent: pin, keyboard and quiet', () => {
  const calls: string[] = [];
  const make = () =>
    createHoverIntent<string>(
      { prepare: (t) => calls.push(`prepare ${t}`), show: (t) => calls.push(`show ${t}`), hide: () => calls.push('hide') },
      timingsFor(500),
    );
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('derives the prepare delay from the hover delay', () => {
    expect(timingsFor(1000)).toEqual({ prepareMs: 300, showMs: 1000, hideMs: 300 });
  });

  it('keeps a pinned card when the pointer leaves, and closes it on dismiss', () => {
    const h = make();
    h.over('a');
    vi.advanceTimersByTime(500);
    h.pin(true);
    h.over(null);
    vi.advanceTimersByTime(5000);
    expect(h.shown).toBe('a');
    h.quiet();
    expect(h.shown).toBe('a');
    h.dismiss();
    expect(h.shown).toBeNull();
    expect(h.pinned).toBe(false);
  });

  it('shows at once for keyboard focus, and typing closes an unpinned card', () => {
    const h = make();
    h.showNow('b');
    expect(calls).toEqual(['show b']);
    h.quiet();
    expect(calls).toEqual(['show b', 'hide']);
  });

  it('uses new delays for the next hover', () => {
    const h = make();
    h.setTimings(timingsFor(1000));
    h.over('c');
    vi.advanceTimersByTime(999);
    expect(h.shown).toBeNull();
    vi.advanceTimersByTime(1);
    expect(h.shown).toBe('c');
  });
});
