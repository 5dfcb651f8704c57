// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FULL_RESCAN_ROOTS, outermost, watchMutations } from '../../entrypoints/news.content/observer';

describe('the mutation batcher', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('keeps only the outermost changed blocks', () => {
    document.body.innerHTML = '<article id="a"><p id="p">x</p></article><p id="q">y</p>';
    const [a, p, q] = ['a', 'p', 'q'].map((id) => document.getElementById(id) as Element);
    expect(outermost([p as Element, a as Element, q as Element])).toEqual([a, q]);
  });

  it('hands over one deduplicated batch for many additions, ignoring our UI and editable regions', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main id="feed"></main><div contenteditable="true" id="ed"></div>';
    const parts: Element[][] = [];
    const full = vi.fn();
    const controller = new AbortController();
    watchMutations(document.documentElement, 'backstory-ui', { part: (r) => parts.push(r), full }, controller.signal);
    const feed = document.getElementById('feed') as Element;
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.append('Ahmed ', Object.assign(document.createElement('em'), { textContent: 'al-Sharaa' }));
      feed.append(p);
      p.append(' again');
    }
    document.getElementById('ed')?.append('typed text');
    document.documentElement.append(document.createElement('backstory-ui'));
    await vi.advanceTimersByTimeAsync(200);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.map((e) => e.localName)).toEqual(['p', 'p', 'p', 'p', 'p']);
    expect(full).not.toHaveBeenCalled();
    controller.abort();
  });

  it(`asks for a full rescan above ${FULL_RESCAN_ROOTS} changed blocks`, async () => {
    vi.useFakeTimers();
    const full = vi.fn();
    const controller = new AbortController();
    watchMutations(document.documentElement, 'backstory-ui', { part: () => undefined, full }, controller.signal);
    for (let i = 0; i <= FULL_RESCAN_ROOTS; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: `p${i}` }));
    await vi.advanceTimersByTimeAsync(200);
    expect(full).toHaveBeenCalledOnce();
    controller.abort();
  });
});
