import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { joinBlocks } from '../../core/snippets/page-text';
import { describeRange } from '../../core/snippets/selectors';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { createMatcherService } from '../../entrypoints/background/matcher-service';
import { createSnippetHandlers } from '../../entrypoints/background/snippets';
import type { SnippetCapture } from '../../messaging/snippet-messages';
import { installTestPack } from '../fixtures/db';

const BLOCKS = [
  'The State Oil Company of Azerbaijan signed a deal this week.',
  'Officials said SOCAR would expand. The Turkic Council met.',
];

const PAGE = 'https://news.example.com/story?utm_source=feed&id=3#top';

function capture(quote: string, over: Partial<SnippetCapture> = {}): SnippetCapture {
  const { text } = joinBlocks(BLOCKS);
  const start = text.indexOf(quote);
  return {
    pageUrl: PAGE,
    canonicalHref: null,
    title: 'Summit week',
    articleDate: '2025-05-20',
    ...describeRange(text, start, start + quote.length),
    context: { blocks: BLOCKS, start, end: start + quote.length },
    ...over,
  };
}

describe('background snippet handlers', () => {
  let db: BackstoryDB;
  let handlers: ReturnType<typeof createSnippetHandlers>;
  beforeEach(async () => {
    db = await installTestPack(openDatabase('backstory-handlers', { indexedDB: new IDBFactory(), IDBKeyRange }));
    handlers = createSnippetHandlers(db, createMatcherService(db));
  });

  it('files the snippet under the canonical URL and links names with the page context', async () => {
    // "SOCAR" links only because the page names the State Oil Company of Azerbaijan in full elsewhere.
    const { status, snippet } = await handlers.save(capture('Officials said SOCAR would expand.'), PAGE);
    expect(status).toBe('created');
    expect(snippet).toMatchObject({ url: 'https://news.example.com/story?id=3', site: 'news.example.com', title: 'Summit week', entityIds: ['socar'] });
    expect(await handlers.forPage({ pageUrl: 'https://news.example.com/story?id=3&fbclid=x', canonicalHref: null }, PAGE)).toEqual([snippet]);
  });

  it('saves the same quote once', async () => {
    await handlers.save(capture('The Turkic Council met.'), PAGE);
    const again = await handlers.save(capture('The Turkic Council met.'), PAGE);
    expect(again.status).toBe('existing');
    expect(await db.snippets.count()).toBe(1);
  });

  it.each([
    ['a quote that is not text', { quote: { type: 'TextQuoteSelector', exact: 5, prefix: '', suffix: '' } }, /saveSnippet: quote\.exact: /],
    ['a page URL of another site than the sender', { pageUrl: 'file:///tmp/a.html' }, /not on the sender's site/],
    ['more blocks of context than a scan allows', { context: { blocks: Array.from({ length: 2001 }, () => 'x'), start: 0, end: 1 } }, /context\.blocks: at most 2000 blocks/],
    ['more characters of context than a scan allows', { context: { blocks: ['x'.repeat(1_000_001), 'y'.repeat(1_000_000)], start: 0, end: 1 } }, /context\.blocks: at most 2000000 characters/],
    ['a negative position', { position: { type: 'TextPositionSelector', start: -1, end: 3 } }, /saveSnippet: position\.start: /],
  ])('rejects %s and stores nothing', async (_name, patch, message) => {
    await expect(handlers.save({ ...capture('The Turkic Council met.'), ...patch }, PAGE)).rejects.toThrow(message);
    expect(await db.snippets.count()).toBe(0);
  });

  it('records orphans reported by a page', async () => {
    const { snippet } = await handlers.save(capture('The Turkic Council met.'), PAGE);
    await handlers.reportAnchors({ placed: [], orphaned: [snippet.id] }, PAGE);
    expect((await db.snippets.get(snippet.id))?.anchor?.status).toBe('orphan');
  });

  it('does not give one site the snippets of another, whatever page URL the message names', async () => {
    await handlers.save(capture('The Turkic Council met.'), PAGE);
    const ask = { pageUrl: 'https://news.example.com/story?id=3', canonicalHref: null };
    await expect(handlers.forPage(ask, 'https://evil.example.net/')).rejects.toThrow(/pageSnippets: pageUrl is not on the sender's site/);
    await expect(handlers.forPage(ask, undefined)).rejects.toThrow(/pageSnippets: only http\(s\) pages/);
    // The rel=canonical cannot reach another site either: it is ignored and the sender's own page is used.
    expect(await handlers.forPage({ pageUrl: 'https://evil.example.net/a', canonicalHref: 'https://news.example.com/story?id=3' }, 'https://evil.example.net/a')).toEqual([]);
  });

  it('does not let one site file a snippet under another', async () => {
    await expect(handlers.save(capture('The Turkic Council met.'), 'https://evil.example.net/')).rejects.toThrow(/saveSnippet: pageUrl is not on the sender's site/);
    expect(await db.snippets.count()).toBe(0);
  });

  it('accepts a page URL changed by history.pushState on the same origin', async () => {
    const { snippet } = await handlers.save(capture('The Turkic Council met.'), 'https://news.example.com/home');
    expect(snippet.url).toBe('https://news.example.com/story?id=3');
  });

  it("ignores anchor reports about another site's snippets", async () => {
    const { snippet } = await handlers.save(capture('The Turkic Council met.'), PAGE);
    await handlers.reportAnchors({ placed: [], orphaned: [snippet.id] }, 'https://evil.example.net/');
    expect((await db.snippets.get(snippet.id))?.anchor).toBeUndefined();
    await expect(handlers.reportAnchors({ placed: Array.from({ length: 1001 }, () => snippet.id), orphaned: [] }, PAGE)).rejects.toThrow(/reportAnchors: placed: /);
  });
});
