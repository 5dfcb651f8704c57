// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { joinBlocks, sentenceAround, toBlockOffset } from '../../core/snippets/page-text';
import { anchorQuote, describeRange } from '../../core/snippets/selectors';
import { anchorSnippets } from '../../entrypoints/news.content/snippets/anchors';
import { mapPage, offsetsToRange, rangeToOffsets } from '../../entrypoints/news.content/snippets/page-map';
import type { Snippet } from '../../data/snippet-types';

const ARTICLE = `
  <h1>Baku looks south</h1>
  <p>Five months after the collapse, the map has been redrawn. President Ilham Aliyev has spent the spring
  signalling that Azerbaijan is ready to help the new authorities in <em>Damascus</em>.</p>
  <p>At the centre of the discussion is SOCAR, the State Oil Company of Azerbaijan Republic.</p>
  <p>Foreign Minister Hakan Fidan has described the region's transport links as one network.</p>`;

function load(html: string) {
  document.body.innerHTML = html;
  return mapPage(document.body);
}

/** Saves the first occurrence of `quote` on the page as a snippet (selectors only). */
function saveQuote(quote: string): Snippet {
  const map = mapPage(document.body);
  const start = map.page.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not on the page`);
  const { quote: q, position } = describeRange(map.page.text, start, start + quote.length);
  return { id: 'snp-00000000000001', url: 'https://example.com/a', title: 't', site: 'example.com', articleDate: null, savedAt: 1, updatedAt: 1, note: '', quote: q, position, entityIds: [] };
}

describe('selectors built from DOM ranges on an article', () => {
  it('maps a selection across inline elements to page offsets and back to the same text', () => {
    const map = load(ARTICLE);
    const range = document.createRange();
    const p = document.querySelectorAll('p')[0] as HTMLElement;
    range.setStart(p.firstChild as Text, p.textContent!.indexOf('ready'));
    range.setEnd(p.querySelector('em')!.firstChild as Text, 3);
    const at = rangeToOffsets(map, range);
    expect(at && map.page.text.slice(at.start, at.end)).toBe('ready to help the new authorities in Dam');
    expect(offsetsToRange(map, at!.start, at!.end)?.toString()).toBe('ready to help the new authorities in Dam');
  });

  it('describes a quote with its prefix, suffix and position', () => {
    const text = 'one two three four five';
    expect(describeRange(text, 8, 13, 4)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'three', prefix: 'two ', suffix: ' fou' },
      position: { type: 'TextPositionSelector', start: 8, end: 13 },
    });
  });

  it('places a quote that spans two paragraphs as one range', () => {
    const map = load(ARTICLE);
    const snippet = saveQuote('Azerbaijan Republic.\n\nForeign Minister');
    const { placed } = anchorSnippets(map, [snippet]);
    expect(placed[0]?.range.toString().replace(/\s+/g, ' ')).toBe('Azerbaijan Republic. Foreign Minister');
  });
});

describe('re-anchoring after the page changed', () => {
  it('finds the quote at its stored position on the same page', () => {
    load(ARTICLE);
    const snippet = saveQuote('SOCAR, the State Oil Company');
    const text = mapPage(document.body).page.text;
    expect(anchorQuote(text, snippet.quote, snippet.position)?.method).toBe('position');
  });

  it('finds the quote when the text around it changed', () => {
    load(ARTICLE);
    const snippet = saveQuote('SOCAR, the State Oil Company');
    const map = load(ARTICLE.replace('At the centre of the discussion is', 'Updated: at the heart of the talks sits'));
    const { placed, orphaned } = anchorSnippets(map, [snippet]);
    expect(orphaned).toEqual([]);
    expect(placed[0]?.range.toString()).toBe('SOCAR, the State Oil Company');
  });

  it('finds the quote when its paragraph moved elsewhere on the page', () => {
    load(ARTICLE);
    const snippet = saveQuote('Hakan Fidan has described');
    const moved = `<p>Foreign Minister Hakan Fidan has described the region's transport links as one network.</p>${ARTICLE.split('<p>Foreign')[0]}`;
    const map = load(moved);
    const hit = anchorQuote(map.page.text, snippet.quote, snippet.position);
    expect(hit?.method).toBe('exact');
    expect(map.page.text.slice(hit!.start, hit!.end)).toBe('Hakan Fidan has described');
  });

  it('picks the occurrence whose context matches when the quote occurs twice', () => {
    const text = 'Baku said yes. Later, in Ankara, Baku said yes. The end.';
    const second = text.lastIndexOf('Baku said yes');
    const { quote, position } = describeRange(text, second, second + 13);
    const hit = anchorQuote(`Intro. ${text}`, quote, position);
    expect(hit?.start).toBe(7 + second);
  });

  it('places a lightly edited quote fuzzily near its old position', () => {
    load(ARTICLE);
    const snippet = saveQuote("the region's transport links as one network");
    const map = load(ARTICLE.replace("the region's transport links", 'the regions transport link'));
    const hit = anchorQuote(map.page.text, snippet.quote, snippet.position);
    expect(hit?.method).toBe('fuzzy');
    expect(map.page.text.slice(hit!.start, hit!.end)).toBe('the regions transport link as one network');
  });

  it('turns a deleted quote into an orphan', () => {
    load(ARTICLE);
    const snippet = saveQuote('SOCAR, the State Oil Company of Azerbaijan Republic');
    const map = load(ARTICLE.replace(/<p>At the centre[^<]*<\/p>/, '<p>This paragraph was rewritten entirely by the editors.</p>'));
    const { placed, orphaned } = anchorSnippets(map, [snippet]);
    expect(placed).toEqual([]);
    expect(orphaned.map((s) => s.id)).toEqual([snippet.id]);
  });
});

describe('long quotes', () => {
  const words = (n: number, seed: number) => {
    let x = seed;
    return Array.from({ length: n }, () => `w${((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) % 100000}`).join(' ');
  };
  const before = words(300, 1);
  const quoteText = words(150, 2);
  const after = words(300, 3);
  const text = `${before} ${quoteText} ${after}`;
  const start = before.length + 1;
  const { quote, position } = describeRange(text, start, start + quoteText.length);

  it('are placed by their ends after an edit in the middle', () => {
    const edited = text.replace(quoteText.slice(300, 340), 'an inserted correction of a few words');
    const hit = anchorQuote(`Preface. ${edited}`, quote, position);
    expect(hit).toMatchObject({ method: 'fuzzy', start: start + 9 });
    expect(hit!.end - hit!.start).toBeGreaterThan(quoteText.length - 10);
  });

  it('are orphans when their end is gone', () => {
    const cut = text.replace(quoteText.slice(-300), 'the rest was removed');
    expect(anchorQuote(cut, quote, position)).toBeNull();
  });
});

describe('page text helpers', () => {
  it.each([
    [0, 'start', { block: 0, offset: 0 }],
    [3, 'end', { block: 0, offset: 3 }],
    [4, 'start', { block: 1, offset: 0 }],
    [5, 'end', { block: 0, offset: 3 }],
    [6, 'start', { block: 1, offset: 1 }],
  ] as const)('maps page offset %i (%s) to a block offset', (offset, side, expected) => {
    expect(toBlockOffset(joinBlocks(['abc', 'def']), offset, side)).toEqual(expected);
  });

  it('finds the sentence around a name', () => {
    const text = 'First sentence here. Then Hakan Fidan spoke in Ankara. Last one!';
    const at = text.indexOf('Hakan');
    const s = sentenceAround(text, at, at + 11);
    expect(text.slice(s.start, s.end)).toBe('Then Hakan Fidan spoke in Ankara.');
  });
});
