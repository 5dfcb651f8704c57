/**
 * The URL a snippet is filed under: the page's rel=canonical where it is sane (http(s), the same site,
 * not the site's home page), with tracking parameters and the fragment removed.
 */

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];
const TRACKING_NAMES = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv', 'ref_src', 'ref_url', 'cmpid', 's_cid', 'ocid', 'spm', 'at_medium', 'at_campaign',
]);

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_NAMES.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

function parseHttp(href: string, base?: string): URL | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The URL without tracking parameters and fragment; null when it is not an http(s) URL. */
export function stripTracking(href: string): string | null {
  const url = parseHttp(href);
  if (!url) return null;
  url.hash = '';
  for (const name of [...new Set(url.searchParams.keys())]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  if (![...url.searchParams.keys()].length) url.search = '';
  return url.href;
}

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** Same site: equal hosts up to `www.`, or one a subdomain of the other (m.example.com, example.com). */
export function sameSite(a: URL, b: URL): boolean {
  const x = bareHost(a.hostname);
  const y = bareHost(b.hostname);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

const isHome = (url: URL) => (url.pathname === '/' || url.pathname === '') && !url.search;

/** The canonical URL to file a snippet of `pageUrl` under; `canonicalHref` is the page's rel=canonical, if any. */
export function canonicalUrl(pageUrl: string, canonicalHref?: string | null): string | null {
  const page = parseHttp(pageUrl);
  if (!page) return null;
  const declared = canonicalHref ? parseHttp(canonicalHref, page.href) : null;
  const sane = declared && sameSite(declared, page) && (!isHome(declared) || isHome(page));
  return stripTracking((sane ? declared : page).href);
}

/** The host name shown and filtered by ("www." dropped). */
export function siteOf(url: string): string {
  const parsed = parseHttp(url);
  return parsed ? bareHost(parsed.hostname) : '';
}
