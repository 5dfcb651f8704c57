import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { joinBlocks } from '../../core/snippets/page-text';
import { describeRange } from '../../core/snippets/selectors';
import { openDatabase, type BackstoryDB } from '../../data/db';
import { installPack } from '../../data/fact-base';
import { parsePack } from '../../data/pack-schema';
import { createMatcherService } from '../../entrypoints/background/matcher-service';
import { createSnippetHandlers } from '../../entrypoints/background/snippets';
import type { SnippetCapture } from '../../messaging/snippet-messages';
import { makePack } from '../fixtures/packs';

const BLOCKS = [
  'The State Oil Company of Azerbaijan signed a deal this week.',
  'Officials said SOCAR would expand. The Turkic Council met.',
];

function capture(quote: string, over: Partial<SnippetCapture> = {}): SnippetCapture {
  const { text } = joinBlocks(BLOCKS);
  const start = text.indexOf(quote);
  return {
    pageUrl: 'https://news.example.com/story?utm_source=feed&id=3#top',
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
    db = openDatabase('backstory-handlers', { indexedDB: new IDBFactory(), IDBKeyRange });
    const parsed = parsePack(makePack());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await installPack(db, parsed.pack, 'shipped');
    handlers = createSnippetHandlers(db, createMatcherService(db));
  });

  it('files the snippet under the canonical URL and links names with the page context', async () => {
    // "SOCAR" links only because the page names the State Oil Company of Azerbaijan in full elsewhere.
    const { status, snippet } = await handlers.save(capture('Officials said SOCAR would expand.'));
    expect(status).toBe('created');
    expect(snippet).toMatchObject({ url: 'https://news.example.com/story?id=3', site: 'news.example.com', title: 'Summit week', entityIds: ['socar'] });
    expect(await handlers.forPage({ pageUrl: 'https://news.example.com/story?id=3&fbclid=x', canonicalHref: null })).toEqual([snippet]);
  });

  it('saves the same quote once', async () => {
    await handlers.save(capture('The Turkic Council met.'));
    const again = await handlers.save(capture('The Turkic Council met.'));
    expect(again.status).toBe('existing');
    expect(await db.snippets.count()).toBe(1);
  });

  it.each([
    ['a quote that is not text', { quote: { type: 'TextQuoteSelector', exact: 5, prefix: '', suffix: '' } }, /saveSnippet: quote\.exact: /],
    ['a non-http page', { pageUrl: 'file:///tmp/a.html' }, /only http\(s\) pages/],
    ['a negative position', { position: { type: 'TextPositionSelector', start: -1, end: 3 } }, /saveSnippet: position\.start: /],
  ])('rejects %s and stores nothing', async (_name, patch, message) => {
    await expect(handlers.save({ ...capture('The Turkic Council met.'), ...patch })).rejects.toThrow(message);
    expect(await db.snippets.count()).toBe(0);
  });

  it('records orphans reported by a page', async () => {
    const { snippet } = await handlers.save(capture('The Turkic Council met.'));
    await handlers.reportAnchors({ placed: [], orphaned: [snippet.id] });
    expect((await db.snippets.get(snippet.id))?.anchor?.status).toBe('orphan');
  });
});
