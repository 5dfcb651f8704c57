import { describe, expect, it } from 'vitest';
import { canonicalUrl, siteOf, stripTracking } from '../../core/snippets/canonical-url';

describe('canonicalUrl', () => {
  it.each([
    ['keeps a plain article URL', 'https://news.example.com/2025/05/baku', null, 'https://news.example.com/2025/05/baku'],
    ['drops the fragment', 'https://news.example.com/a#comments', null, 'https://news.example.com/a'],
    ['strips utm_* parameters', 'https://news.example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z', null, 'https://news.example.com/a'],
    ['strips fbclid and gclid but keeps real parameters', 'https://news.example.com/a?id=7&fbclid=abc&gclid=def', null, 'https://news.example.com/a?id=7'],
    ['strips msclkid, mc_eid and _ga', 'https://news.example.com/a?page=2&msclkid=1&mc_eid=2&_ga=3', null, 'https://news.example.com/a?page=2'],
    ['uses a same-site canonical', 'https://news.example.com/a?ref=home', 'https://news.example.com/story/a', 'https://news.example.com/story/a'],
    ['resolves a relative canonical', 'https://news.example.com/amp/a', '/story/a', 'https://news.example.com/story/a'],
    ['accepts the canonical on the main host of a mobile page', 'https://m.example.com/a', 'https://www.example.com/a', 'https://www.example.com/a'],
    ['strips tracking from the canonical too', 'https://example.com/a', 'https://example.com/a?utm_source=feed', 'https://example.com/a'],
    ['ignores a canonical on another site', 'https://news.example.com/a', 'https://aggregator.test/a', 'https://news.example.com/a'],
    ['ignores a canonical that is the home page', 'https://news.example.com/2025/a', 'https://news.example.com/', 'https://news.example.com/2025/a'],
    ['ignores a javascript: canonical', 'https://news.example.com/a', 'javascript:alert(1)', 'https://news.example.com/a'],
    ['ignores an unparsable canonical', 'https://news.example.com/a', 'http://[bad', 'https://news.example.com/a'],
    ['keeps the home page when the page is the home page', 'https://example.com/?utm_source=x', 'https://example.com/', 'https://example.com/'],
  ])('%s', (_name, page, canonical, expected) => {
    expect(canonicalUrl(page, canonical)).toBe(expected);
  });

  it('refuses pages that are not http(s)', () => {
    expect(canonicalUrl('file:///home/a.html', null)).toBeNull();
    expect(canonicalUrl('about:blank', null)).toBeNull();
  });
});

describe('stripTracking and siteOf', () => {
  it('keeps repeated real parameters in order', () => {
    expect(stripTracking('https://a.test/s?q=1&utm_x=2&q=3')).toBe('https://a.test/s?q=1&q=3');
  });
  it('names the site without www.', () => {
    expect(siteOf('https://www.Example.com/a')).toBe('example.com');
  });
});
