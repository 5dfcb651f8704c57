/**
 * Block texts of an HTML file for `npm run spot`, read the way the content script reads a page (regular
 * expressions, not a DOM, so it is an approximation for well-formed articles): block elements separate blocks;
 * inline elements, `<br>` and source line breaks join; scripts, styles, code, form fields, media, hidden and
 * editable regions and the document head are not read.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', shy: '\u00ad' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const cp = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/** Elements never read, with their content (the content script's list). */
const EXCLUDED = 'head|script|style|noscript|template|textarea|select|option|button|code|pre|kbd|samp|var|svg|math|canvas|iframe|object|video|audio';
const EXCLUDED_RE = new RegExp(`<(${EXCLUDED})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, 'gi');
/** Hidden or editable elements, with their content (innermost same-tag pairs; enough for article markup). */
const HIDDEN_RE = /<([a-z][a-z0-9-]*)\b[^>]*?\s(?:hidden\b|aria-hidden\s*=\s*["']?true|contenteditable(?!\s*=\s*["']?false))[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /^(address|article|aside|blockquote|body|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|html|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)$/i;
const BREAK = '\u0000';

export function htmlToBlocks(html: string): string[] {
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(EXCLUDED_RE, BREAK).replace(HIDDEN_RE, BREAK);
  const marked = cleaned.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_m, tag: string) => (BLOCK.test(tag) ? BREAK : tag.toLowerCase() === 'br' ? ' ' : ''));
  return marked
    .split(BREAK)
    .map((b) => decodeEntities(b).replace(/\s+/g, ' ').trim())
    .filter((b) => b.length > 0);
}
