// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchPanel, type ResultItem, type SearchPanelProps } from '../../components/SearchPanel';

const ITEMS: ResultItem[] = [
  { id: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa', type: 'person', summary: "Syria's president.", nameRanges: [[9, 15]] },
  { id: 'bashar-al-assad', name: 'Bashar al-Assad', type: 'person', summary: 'Former president.', nameRanges: [] },
  { id: 'hts', name: 'Hayat Tahrir al-Sham', type: 'organization', summary: 'Armed group.', nameRanges: [], alias: { text: 'al-Jolani', ranges: [[3, 9]] } },
];

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const input = () => host.querySelector<HTMLInputElement>('[data-testid="search"]');
const press = (key: string) =>
  act(() => {
    input()?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

function show(props: Partial<SearchPanelProps> = {}) {
  const onOpen = vi.fn();
  act(() => {
    render(<SearchPanel query="sharaa" onQueryChange={() => {}} items={ITEMS} onOpen={onOpen} caption="3 matches" emptyText="Nothing." {...props} />, host);
  });
  return onOpen;
}

describe('SearchPanel', () => {
  it('renders a focused combobox over a listbox of results', () => {
    show();
    expect(document.activeElement).toBe(input());
    expect(input()?.placeholder).toBe('Search people, places, organisations…');
    expect(host.querySelectorAll('[role="listbox"] [role="option"][data-testid="result"]')).toHaveLength(3);
    expect(input()?.getAttribute('aria-activedescendant')).toBe('bs-result-ahmed-al-sharaa');
  });

  it('bolds the matched part of the name and shows a matched alias', () => {
    show();
    const rows = host.querySelectorAll('[data-testid="result"]');
    expect(rows[0]?.querySelector('mark')?.textContent).toBe('Sharaa');
    expect(rows[2]?.querySelector('.bs-result__alias')?.textContent).toBe('also “al-Jolani”');
  });

  it('moves the active result with the arrow keys and opens it with Enter', () => {
    const onOpen = show();
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    expect(input()?.getAttribute('aria-activedescendant')).toBe('bs-result-hts');
    expect(host.querySelector('[aria-selected="true"]')?.id).toBe('bs-result-hts');
    press('ArrowUp');
    press('Enter');
    expect(onOpen).toHaveBeenCalledWith('bashar-al-assad');
  });

  it('opens a result on click', () => {
    const onOpen = show();
    host.querySelectorAll<HTMLElement>('[data-testid="result"]')[2]?.click();
    expect(onOpen).toHaveBeenCalledWith('hts');
  });

  it('starts on the entity the reader came back from', () => {
    show({ initialActiveId: 'hts' });
    expect(input()?.getAttribute('aria-activedescendant')).toBe('bs-result-hts');
  });

  it('says so when nothing matches', () => {
    show({ items: [] });
    expect(host.querySelector('[role="listbox"]')).toBeNull();
    expect(host.textContent).toContain('Nothing.');
    expect(input()?.hasAttribute('aria-activedescendant')).toBe(false);
  });
});
