// @vitest-environment happy-dom
// Dexie's liveQuery only runs its querier when a global indexedDB exists when Dexie loads (Dexie issue 2046).
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { useFactBase, type FactBaseState } from '../../entrypoints/popup/use-fact-base';
import { installTestPack } from '../fixtures/db';

let host: HTMLElement | null = null;
afterEach(() => {
  const mounted = host;
  if (mounted) act(() => render(null, mounted));
  host = null;
});

function watch(open: () => BackstoryDB): FactBaseState[] {
  const seen: FactBaseState[] = [];
  function Probe() {
    seen.push(useFactBase(open));
    return null;
  }
  const mounted = document.createElement('div');
  host = mounted;
  act(() => render(<Probe />, mounted));
  return seen;
}

const last = (seen: FactBaseState[]) => seen[seen.length - 1];

describe('useFactBase', () => {
  it('starts empty and fills in when the background seeds the fact base', async () => {
    const seen = watch(() => openDatabase('popup-test'));
    await vi.waitFor(() => expect(last(seen)).toEqual({ status: 'ready', entities: [] }));
    const writer = await installTestPack(openDatabase('popup-test'));
    await vi.waitFor(() => {
      const state = last(seen);
      expect(state?.status === 'ready' && state.entities.map((e) => e.id).sort()).toEqual(['ots', 'socar']);
    });
    writer.close();
  });

  it('reports a storage failure', async () => {
    const seen = watch(() => {
      throw new Error('IndexedDB is not available');
    });
    await vi.waitFor(() => expect(last(seen)).toEqual({ status: 'failed', message: 'IndexedDB is not available' }));
  });
});
