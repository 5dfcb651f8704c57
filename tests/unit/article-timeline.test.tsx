// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { clausesOf, firstWrittenDate, timelineAt } from '../../core/timeline';
import packJson from '../../data/pack/backstory.pack.json';
import { parsePack } from '../../data/pack-schema';
import type { Entity } from '../../data/types';

const parsed = parsePack(packJson);
const entity = (id: string): Entity => {
  const found = parsed.ok ? parsed.pack.entities.find((e) => e.id === id) : undefined;
  if (!found) throw new Error(`no ${id} in the shipped pack`);
  return found;
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

function cardText(e: Entity, articleDate: string | null): Record<string, string> {
  act(() => render(<EntityCard entity={e} related={[]} articleDate={articleDate} />, host));
  const text = (id: string) => host.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ') ?? '';
  return { then: text('timeline-then'), ended: text('timeline-ended'), since: text('timeline-since'), timeline: text('article-timeline') };
}

describe('the card on a dated article, with the shipped pack', () => {
  it('says al-Sharaa was de facto leader on 20 Dec 2024 and was later named transitional president on 29 Jan 2025', () => {
    const card = cardText(entity('ahmed-al-sharaa'), '2024-12-20');
    expect(card.timeline).toContain('This article is dated 20 Dec 2024.');
    expect(card.then).toContain('True on 20 Dec 2024');
    expect(card.then).toContain('de facto leader');
    expect(card.then).not.toContain('transitional period');
    expect(card.since).toMatch(/What changed since29 Jan 2025Declared the country's 'president for a transitional period' on 29 January 2025\./);
  });

  it('says Faisal Mekdad was foreign minister until Dec 2024 on an article of Jan 2025', () => {
    const card = cardText(entity('faisal-mekdad'), '2025-01-15');
    expect(card.ended).toContain('Already over by then');
    expect(card.ended).toContain('22 Nov 2020 – 8 Dec 2024');
    expect(card.ended).toContain('Named foreign minister');
    expect(card.then).not.toContain('foreign minister by');
    expect(card.since).toBe('');
  });

  it('shows the current state with dates when the article has no date', () => {
    const card = cardText(entity('faisal-mekdad'), null);
    expect(card.timeline).toBe('');
    const dates = [...host.querySelectorAll('[data-testid="fact-date"]')].map((d) => d.textContent);
    expect(dates).toContain('22 Nov 2020 – 8 Dec 2024');
  });
});

describe('timelineAt', () => {
  const facts = [
    { text: 'Emir of the group from 2017; named president on 29 January 2025.', from: '2017', until: null },
    { text: 'Minister.', from: '2020-11-22', until: null },
    { text: 'Left the ministry.', from: '2020-11-22', until: '2024-12-08' },
    { text: 'Visited Baku.', from: '2025-07-12', until: null },
    { text: 'Sanctioned.', from: null, until: null },
  ];

  it('sorts every fact into then, ended, since or undated', () => {
    const t = timelineAt(facts, '2024-12-20');
    expect(t.then.map((i) => i.text)).toEqual(['Emir of the group from 2017.']);
    expect(t.endedBefore.map((i) => [i.text, i.date])).toEqual([
      ['Minister.', '2024-12-08'],
      ['Left the ministry.', '2024-12-08'],
    ]);
    expect(t.since.map((i) => [i.text, i.date])).toEqual([
      ['Named president on 29 January 2025.', '2025-01-29'],
      ['Visited Baku.', '2025-07-12'],
    ]);
    expect(t.undated.map((i) => i.text)).toEqual(['Sanctioned.']);
  });

  it('keeps a fact whole when none of its clauses is dated after the article', () => {
    expect(timelineAt(facts, '2026-01-01').then.map((i) => i.text)).toContain(facts[0]?.text);
  });
});

describe('dates and clauses written in prose', () => {
  it.each([
    ['on 8 December 2024 Damascus fell', '2024-12-08'],
    ['in January 2025', '2025-01'],
    ['from 2017 to 2020', '2017'],
    ['no date here', null],
  ])('%s → %s', (text, date) => {
    expect(firstWrittenDate(text)).toBe(date);
  });

  it('splits after semicolons and between sentences but not inside abbreviations', () => {
    expect(clausesOf('One; two. Three in the U.S. Senate.')).toEqual(['One;', 'two.', 'Three in the U.S. Senate.']);
  });
});
