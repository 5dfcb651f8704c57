import { describe, expect, it } from 'vitest';
import { dateFromJsonLd, pickArticleDate, toDay } from '../../core/article-date';

describe('article date', () => {
  it.each([
    ['2024-12-20T09:30:00+03:00', '2024-12-20'],
    ['2025-01-29', '2025-01-29'],
    ['2025-02-30', null],
    ['20 December 2024', null],
  ])('reads the day of %s', (value, day) => {
    expect(toDay(value)).toBe(day);
  });

  it('finds datePublished in JSON-LD, also inside @graph and lists', () => {
    expect(dateFromJsonLd('{"@type":"NewsArticle","datePublished":"2025-05-20T08:00:00Z"}')).toBe('2025-05-20');
    expect(dateFromJsonLd('{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-01-10"}]}')).toBe('2025-01-10');
    expect(dateFromJsonLd('[{"@type":"Organization"},{"datePublished":"2024-12-20"}]')).toBe('2024-12-20');
    expect(dateFromJsonLd('{not json')).toBeNull();
  });

  it('prefers meta, then JSON-LD, then <time>', () => {
    const jsonLd = ['{"datePublished":"2025-01-02"}'];
    expect(pickArticleDate({ meta: ['2025-01-01T00:00:00Z'], jsonLd, times: ['2025-01-03'] })).toBe('2025-01-01');
    expect(pickArticleDate({ meta: [], jsonLd, times: ['2025-01-03'] })).toBe('2025-01-02');
    expect(pickArticleDate({ meta: ['garbage'], jsonLd: [], times: ['2025-01-03'] })).toBe('2025-01-03');
    expect(pickArticleDate({ meta: [], jsonLd: [], times: [] })).toBeNull();
  });
});
