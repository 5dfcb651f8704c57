/**
 * A link that opens a snippet's page at the quote: a text fragment (`#:~:text=`, scrolled to by the
 * browser) behind our own `#backstory-snippet=<id>` (read by the content script, which scrolls to its
 * own re-anchored range where the browser cannot match the fragment).
 */
import type { Snippet } from '../../data/snippet-types';

export const SNIPPET_HASH = 'backstory-snippet=';
const WORDS_AT_EDGE = 5;

/** Percent-encoding for text-fragment terms: also `-`, `,` and `&`, which are syntax there. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

export function textFragment(exact: string): string {
  const words = exact.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= WORDS_AT_EDGE * 2) return `text=${term(words.join(' '))}`;
  return `text=${term(words.slice(0, WORDS_AT_EDGE).join(' '))},${term(words.slice(-WORDS_AT_EDGE).join(' '))}`;
}

export function sourceLink(snippet: Pick<Snippet, 'id' | 'url' | 'quote'>): string | null {
  let url: URL;
  try {
    url = new URL(snippet.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return `${url.href}#${SNIPPET_HASH}${snippet.id}:~:${textFragment(snippet.quote.exact)}`;
}

/** The snippet id a page URL's fragment asks for, if any (the text directive is already gone by then). */
export function snippetIdFromHash(hash: string): string | null {
  const at = hash.indexOf(SNIPPET_HASH);
  if (at < 0) return null;
  const id = hash.slice(at + SNIPPET_HASH.length).split(':~:')[0] ?? '';
  return /^snp-[0-9a-f]{14}$/.test(id) ? id : null;
}
