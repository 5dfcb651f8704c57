import { describe, expect, it } from 'vitest';
import { warmUpWhenReady, type CardScheduler } from '../../entrypoints/news.content/card-schedule';

/** A scheduler that records what was asked and runs it only when the test says so. */
function manualScheduler() {
  const queue: { kind: 'idle' | 'later'; ms: number; fn: () => void }[] = [];
  const scheduler: CardScheduler = {
    idle: (fn, ms) => void queue.push({ kind: 'idle', ms, fn }),
    later: (fn, ms) => void queue.push({ kind: 'later', ms, fn }),
  };
  const runNext = () => {
    const next = queue.shift();
    if (!next) throw new Error('nothing scheduled');
    next.fn();
    return `${next.kind} ${next.ms}`;
  };
  return { scheduler, queue, runNext };
}

const LIMITS = { idleTimeoutMs: 2000, retryMs: 500, attempts: 3 };

describe('building the card UI ahead of the first hover', () => {
  it('waits for idle time and builds once when the page already has marks', () => {
    const { scheduler, queue, runNext } = manualScheduler();
    let built = 0;
    warmUpWhenReady(() => true, () => built++, new AbortController().signal, scheduler, LIMITS);
    expect(built).toBe(0);
    expect(runNext()).toBe('idle 2000');
    expect(built).toBe(1);
    expect(queue).toHaveLength(0);
  });

  it('looks again (a pause, then idle time) until the first marks are painted', () => {
    const { scheduler, runNext } = manualScheduler();
    let marks = 0;
    let built = 0;
    warmUpWhenReady(() => marks > 0, () => built++, new AbortController().signal, scheduler, LIMITS);
    expect([runNext(), runNext()]).toEqual(['idle 2000', 'later 500']);
    marks = 4;
    expect(runNext()).toBe('idle 2000');
    expect(built).toBe(1);
  });

  it('gives up after its attempts on a page without names', () => {
    const { scheduler, queue, runNext } = manualScheduler();
    let built = 0;
    warmUpWhenReady(() => false, () => built++, new AbortController().signal, scheduler, LIMITS);
    const steps: string[] = [];
    while (queue.length) steps.push(runNext());
    expect(steps).toEqual(['idle 2000', 'later 500', 'idle 2000', 'later 500', 'idle 2000']);
    expect(built).toBe(0);
  });

  it('does nothing once the content script is stopped', () => {
    const { scheduler, runNext } = manualScheduler();
    const controller = new AbortController();
    let built = 0;
    warmUpWhenReady(() => true, () => built++, controller.signal, scheduler, LIMITS);
    controller.abort();
    runNext();
    expect(built).toBe(0);
  });
});
