/** Collects the publication-date declarations of the page for `pickArticleDate` (read-only). */
import { pickArticleDate } from '../../core/article-date';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
].join(',');

export function readArticleDate(doc: Document): string | null {
  const meta = [...doc.querySelectorAll<HTMLMetaElement>(META_SELECTORS)].map((m) => m.content);
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, 20)
    .map((s) => (s.textContent ?? '').slice(0, 200_000));
  const times = [...doc.querySelectorAll('article time[datetime], time[itemprop="datePublished"], time[datetime]')]
    .slice(0, 20)
    .map((t) => t.getAttribute('datetime') ?? '');
  return pickArticleDate({ meta, jsonLd, times });
}
