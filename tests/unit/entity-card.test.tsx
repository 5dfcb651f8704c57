// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntityCard, type EntityCardProps } from '../../components/EntityCard';
import type { Entity, Fact } from '../../data/types';

function fact(text: string, from: string | null, source = 'https://en.trend.az/azerbaijan/politics/1.html', until: string | null = null): Fact {
  return { text, from, until, source };
}

const ENTITY: Entity = {
  id: 'ahmed-al-sharaa',
  name: 'Ahmed al-Sharaa',
  type: 'person',
  summary: "Syria's president since January 2025.",
  aliases: [{ text: 'al-Jolani', case: 'fold', link: 'always' }],
  cues: [],
  facts: [
    fact('Born in Riyadh.', '1982-10-29', 'https://www.topzle.com/en/Ahmed_al-Sharaa'),
    fact('Made his first trip to Azerbaijan.', '2025-07-12'),
    fact('Emir of HTS.', '2017', 'https://example.org/hts', '2025-01'),
    fact('Met Ilham Aliyev in Antalya.', '2025-04'),
  ],
  related: ['ilham-aliyev', 'hts'],
};

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(props: Partial<EntityCardProps> = {}) {
  render(<EntityCard entity={ENTITY} related={[]} variant="panel" {...props} />, host);
  return host.querySelector('[data-testid="entity-card"]') as HTMLElement;
}

const facts = () => [...host.querySelectorAll('[data-testid="fact"]')];

describe('EntityCard', () => {
  it('labels the card with the entity name and shows type and summary', () => {
    const card = show();
    const name = host.querySelector('[data-testid="entity-name"]');
    expect(name?.textContent).toBe('Ahmed al-Sharaa');
    expect(card.getAttribute('aria-labelledby')).toBe(name?.id);
    expect(host.querySelector('[data-testid="entity-type"]')?.textContent).toBe('Person');
    expect(host.querySelector('[data-testid="entity-summary"]')?.textContent).toBe("Syria's president since January 2025.");
  });

  it('lists facts newest first with their dates', () => {
    show();
    const rows = facts().map((li) => [li.querySelector('[data-testid="fact-date"]')?.textContent, li.querySelector('.bs-fact__text')?.textContent]);
    expect(rows).toEqual([
      ['12 Jul 2025', 'Made his first trip to Azerbaijan.'],
      ['Apr 2025', 'Met Ilham Aliyev in Antalya.'],
      ['2017 – Jan 2025', 'Emir of HTS.'],
      ['29 Oct 1982', 'Born in Riyadh.'],
    ]);
  });

  it('links each source by its host name, in a new tab without opener or referrer', () => {
    show();
    const links = facts().map((li) => li.querySelector('a'));
    expect(links.map((a) => a?.textContent)).toEqual(['en.trend.az', 'en.trend.az', 'example.org', 'topzle.com']);
    const link = links[0];
    expect(link?.getAttribute('href')).toBe('https://en.trend.az/azerbaijan/politics/1.html');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows "trend.az" for a www. host', () => {
    show({ entity: { ...ENTITY, facts: [fact('A fact.', '2025', 'https://www.trend.az/x')] } });
    expect(host.querySelector('[data-testid="fact"] a')?.textContent).toBe('trend.az');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url'])('renders no anchor for the source %s', (source) => {
    show({ entity: { ...ENTITY, facts: [fact('A fact.', '2025', source)] } });
    const item = facts()[0];
    expect(item?.querySelector('a')).toBeNull();
    expect(item?.textContent).toContain('source withheld (unsafe link)');
  });

  it('renders markup in a fact as text', () => {
    show({ entity: { ...ENTITY, name: '<b>Bold</b>', facts: [fact('<script>alert(1)</script><img src=x onerror=alert(2)>', '2025')] } });
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(facts()[0]?.querySelector('.bs-fact__text')?.textContent).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('calls back with the id of a related entity', () => {
    const onOpenRelated = vi.fn();
    show({
      related: [
        { id: 'ilham-aliyev', name: 'Ilham Aliyev', type: 'person' },
        { id: 'hts', name: 'Hayat Tahrir al-Sham', type: 'organization' },
      ],
      onOpenRelated,
    });
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('button[data-testid="related"]')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Ilham Aliyev', 'Hayat Tahrir al-Sham']);
    buttons[1]?.click();
    expect(onOpenRelated).toHaveBeenCalledWith('hts');
  });

  it('shows related names without buttons when there is no callback', () => {
    show({ related: [{ id: 'hts', name: 'Hayat Tahrir al-Sham', type: 'organization' }] });
    expect(host.querySelector('button[data-testid="related"]')).toBeNull();
    expect(host.querySelector('[data-testid="related"]')?.textContent).toBe('Hayat Tahrir al-Sham');
  });

  it('keeps the popover short and shows the older facts on request', () => {
    const many = Array.from({ length: 7 }, (_, i) => fact(`Fact ${i}`, `20${10 + i}`));
    show({ entity: { ...ENTITY, facts: many }, variant: 'popover' });
    expect(facts()).toHaveLength(3);
    expect(facts()[0]?.textContent).toContain('Fact 6');
    const more = host.querySelector<HTMLButtonElement>('.bs-link-button');
    expect(more?.textContent).toBe('Show 4 older facts');
    act(() => more?.click());
    expect(facts()).toHaveLength(7);
  });

  it.each([
    ['panel', 1],
    ['popover', 0],
  ] as const)('shows fact notes in the %s: %i', (variant, count) => {
    show({ entity: { ...ENTITY, facts: [{ ...fact('A fact.', '2025'), note: 'Sources disagree on the day.' }] }, variant });
    expect(host.querySelectorAll('.bs-fact__note')).toHaveLength(count);
  });

  it('says so when there are no facts', () => {
    show({ entity: { ...ENTITY, facts: [] } });
    expect(facts()).toHaveLength(0);
    expect(host.textContent).toContain('No facts recorded yet.');
  });
});
