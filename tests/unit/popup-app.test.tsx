// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredEntity } from '../../data/types';
import type { FactBaseState } from '../../entrypoints/popup/use-fact-base';

const factBase = vi.hoisted(() => ({ state: { status: 'opening' } as FactBaseState }));
vi.mock('../../entrypoints/popup/use-fact-base', () => ({ useFactBase: () => factBase.state }));
const { App } = await import('../../entrypoints/popup/App');

function stored(id: string, name: string, related: string[] = []): StoredEntity {
  return {
    id,
    name,
    type: 'person',
    summary: `About ${name}.`,
    aliases: [],
    cues: [],
    facts: [{ text: `A fact about ${name}.`, from: '2025-07-12', until: null, source: 'https://www.trend.az/x' }],
    related,
    packId: 'test',
  };
}

const ENTITIES = [stored('ahmed-al-sharaa', 'Ahmed al-Sharaa', ['ilham-aliyev']), stored('ilham-aliyev', 'Ilham Aliyev'), stored('hakan-fidan', 'Hakan Fidan')];

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
});

function show(state: FactBaseState) {
  factBase.state = state;
  act(() => render(<App />, host));
}
const $ = (selector: string) => host.querySelector<HTMLElement>(selector);
const names = () => [...host.querySelectorAll('[data-testid="result"] .bs-result__name')].map((e) => e.textContent);
const type = (value: string) =>
  act(() => {
    const input = $('[data-testid="search"]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('popup App', () => {
  it('lists every entity by name with a count when the query is empty', () => {
    show({ status: 'ready', entities: ENTITIES });
    expect(names()).toEqual(['Ahmed al-Sharaa', 'Hakan Fidan', 'Ilham Aliyev']);
    expect(host.textContent).toContain('3 entities in your fact base');
  });

  it('searches, opens a result, follows a related entity and comes back', () => {
    show({ status: 'ready', entities: ENTITIES });
    type('sharaa');
    expect(names()[0]).toBe('Ahmed al-Sharaa');
    act(() => $('[data-testid="result"]')?.click());
    expect($('[data-testid="entity-name"]')?.textContent).toBe('Ahmed al-Sharaa');
    act(() => $('[data-testid="related"]')?.click());
    expect($('[data-testid="entity-name"]')?.textContent).toBe('Ilham Aliyev');
    act(() => $('[data-testid="back"]')?.click());
    act(() => $('[data-testid="back"]')?.click());
    expect(($('[data-testid="search"]') as HTMLInputElement).value).toBe('sharaa');
  });

  it('says the fact base is still loading when it is empty', () => {
    show({ status: 'ready', entities: [] });
    expect(host.textContent).toContain('Your fact base is still loading');
    expect($('[data-testid="search"]')).toBeNull();
  });

  it('explains a storage failure instead of crashing', () => {
    show({ status: 'failed', message: 'UnknownError: Internal error opening backing store' });
    expect(host.textContent).toContain('The fact base could not be opened');
    expect(host.textContent).toContain('UnknownError: Internal error opening backing store');
  });
});
