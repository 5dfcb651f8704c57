/**
 * Stable snippet ids: a 53-bit hash (cyrb53) of the canonical URL and the quote with its whitespace
 * collapsed, so saving the same quote from the same page twice yields the same id.
 */

function cyrb53(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export const SNIPPET_ID = /^snp-[0-9a-f]{14}$/;

export function normalizeQuote(exact: string): string {
  return exact.replace(/\s+/g, ' ').trim();
}

export function snippetId(url: string, exact: string): string {
  return `snp-${cyrb53(`${url}\n${normalizeQuote(exact)}`).toString(16).padStart(14, '0')}`;
}
