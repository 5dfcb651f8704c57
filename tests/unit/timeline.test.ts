import { describe, expect, it } from 'vitest';
import { dayOf, newestFirst, standingAt } from '../../core/timeline';

describe('standingAt', () => {
  it.each([
    ['held since before the date', { from: '2020-11-22', until: null }, '2024-06-01', 'held'],
    ['ended before the date', { from: '2020-11-22', until: '2024-12' }, '2025-01-15', 'ended'],
    ['ends on the date', { from: '2020', until: '2025-01-15' }, '2025-01-15', 'ended'],
    ['begins after the date', { from: '2025-01-29', until: null }, '2024-12-20', 'later'],
    ['begins in the same month (start of period)', { from: '2024-12', until: null }, '2024-12-20', 'held'],
    ['no start, still holding', { from: null, until: null }, '2024-12-20', 'undated'],
    ['no start, ends later', { from: null, until: '2026' }, '2024-12-20', 'held'],
  ] as const)('%s', (_label, fact, date, expected) => {
    expect(standingAt(fact, date)).toBe(expected);
  });
});

describe('dates', () => {
  it('orders partial dates by their first day', () => {
    expect(dayOf('2025')).toBeLessThan(dayOf('2025-01-02'));
    expect(dayOf('2025-07')).toBe(dayOf('2025-07-01'));
    expect(dayOf('nonsense')).toBeNaN();
  });

  it('sorts facts newest first with undated facts last', () => {
    const facts = [{ from: '2019' }, { from: null }, { from: '2025-07-12' }, { from: '2025-01' }];
    expect(newestFirst(facts).map((f) => f.from)).toEqual(['2025-07-12', '2025-01', '2019', null]);
  });
});
