import { describe, expect, it } from 'vitest';
import { formatFactSpan, formatPartialDate } from '../../components/format-date';

describe('formatPartialDate', () => {
  it.each([
    ['2025-07-12', '12 Jul 2025'],
    ['2025-08-02', '2 Aug 2025'],
    ['2025-07', 'Jul 2025'],
    ['2025-12', 'Dec 2025'],
    ['2025-01-31', '31 Jan 2025'],
    ['2025', '2025'],
    ['1961-12-24', '24 Dec 1961'],
    ['not a date', 'not a date'],
    ['2025-13', '2025-13'],
  ])('%s → %s', (input, expected) => {
    expect(formatPartialDate(input)).toBe(expected);
  });
});

describe('formatFactSpan', () => {
  it.each<[string | null, string | null, 'date' | 'since', string]>([
    ['2025-07-12', null, 'date', '12 Jul 2025'],
    ['2021-01', null, 'since', 'since Jan 2021'],
    ['2005-12-09', '2022-02-10', 'date', '9 Dec 2005 – 10 Feb 2022'],
    ['2006', '2025-01-10', 'date', '2006 – 10 Jan 2025'],
    ['2024-12-10', '2025-03', 'since', '10 Dec 2024 – Mar 2025'],
    ['2025', '2025', 'date', '2025'],
    [null, '2023-06', 'date', 'until Jun 2023'],
    [null, null, 'date', ''],
    [null, null, 'since', ''],
  ])('from %s until %s (%s) → %j', (from, until, open, expected) => {
    expect(formatFactSpan(from, until, open)).toBe(expected);
  });
});
