/**
 * The article's publication date, from what a page declares: `article:published_time` and similar meta
 * tags, JSON-LD `datePublished`, then `<time datetime>`. Pure: the content script collects the strings.
 */

export interface DateSources {
  /** Values of publication-date meta tags, in page order. */
  meta: string[];
  /** Raw text of `<script type="application/ld+json">` elements. */
  jsonLd: string[];
  /** `datetime` attributes of `<time>` elements, the article's own first. */
  times: string[];
}

/** The calendar day (`YYYY-MM-DD`) of an ISO-like date string, or null when it is not one. */
export function toDay(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

function findDatePublished(node: unknown, depth = 0): string | null {
  if (depth > 8 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1) ?? findDatePublished(record.mainEntity, depth + 1);
}

export function dateFromJsonLd(text: string): string | null {
  try {
    const found = findDatePublished(JSON.parse(text));
    return found ? toDay(found) : null;
  } catch {
    return null;
  }
}

export function pickArticleDate(sources: DateSources): string | null {
  for (const value of sources.meta) {
    const day = toDay(value);
    if (day) return day;
  }
  for (const text of sources.jsonLd) {
    const day = dateFromJsonLd(text);
    if (day) return day;
  }
  for (const value of sources.times) {
    const day = toDay(value);
    if (day) return day;
  }
  return null;
}
