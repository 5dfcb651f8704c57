import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../core/hover-intent';

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
