/**
 * Snippet handlers: validate what the content script measured, file it under the canonical URL, find the
 * quote's entities with the background's compiled matcher (no second dictionary), store it.
 *
 * A content script is untrusted input: each handler takes the sender's own URL (`sender.url`, set by the
 * browser) and only accepts a `pageUrl` of the same origin, so a script on one site can neither read nor
 * file snippets under another site, nor change the placement status of another site's snippets.
 */
import * as v from 'valibot';
import { resolveMentions } from '../../core/mentions';
import { canonicalUrl, sameSite, siteOf } from '../../core/snippets/canonical-url';
import { joinBlocks } from '../../core/snippets/page-text';
import type { BackstoryDB } from '../../data/db';
import { recordAnchoring, saveSnippet, snippetsForUrl } from '../../data/snippets';
import { SCAN_LIMITS } from '../../messaging/protocol';
import type { PageRef, SnippetCapture } from '../../messaging/snippet-messages';
import type { createMatcherService } from './matcher-service';

type MatcherService = ReturnType<typeof createMatcherService>;

const MAX_QUOTE = 20_000;
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const ids = v.pipe(v.array(str(200)), v.maxLength(1000));

const pageRefSchema = v.object({ pageUrl: str(8000), canonicalHref: v.nullable(str(8000)) });
const captureSchema = v.object({
  ...pageRefSchema.entries,
  title: str(2000),
  articleDate: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  quote: v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(str(MAX_QUOTE), v.minLength(1)), prefix: str(200), suffix: str(200) }),
  position: v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  context: v.object({
    blocks: v.pipe(
      v.array(v.string()),
      v.maxLength(SCAN_LIMITS.maxBlocks, `at most ${SCAN_LIMITS.maxBlocks} blocks`),
      v.check((blocks) => blocks.reduce((n, b) => n + b.length, 0) <= SCAN_LIMITS.maxChars, `at most ${SCAN_LIMITS.maxChars} characters`),
    ),
    start: offset,
    end: offset,
  }),
});
const anchorsSchema = v.object({ placed: ids, orphaned: ids });

function parse<S extends v.GenericSchema>(schema: S, input: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new Error(`${what}: ${path ? `${path}: ` : ''}${issue.message}`);
}

function httpUrl(href: string | undefined): URL | null {
  try {
    const url = new URL(href ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The sender's page, which a `pageUrl` must share its origin with (it may differ after `history.pushState`). */
function senderPage(senderUrl: string | undefined, what: string): URL {
  const page = httpUrl(senderUrl);
  if (!page) throw new Error(`${what}: only http(s) pages can hold snippets`);
  return page;
}

function pageUrlOf(ref: PageRef, senderUrl: string | undefined, what: string): string {
  const sender = senderPage(senderUrl, what);
  if (httpUrl(ref.pageUrl)?.origin !== sender.origin) throw new Error(`${what}: pageUrl is not on the sender's site`);
  const url = canonicalUrl(ref.pageUrl, ref.canonicalHref);
  if (!url) throw new Error(`${what}: only http(s) pages can hold snippets`);
  return url;
}

/** Entities the mention finder links inside the quote, resolved page-wide like the marks on the page. */
async function entitiesInQuote(matchers: MatcherService, context: SnippetCapture['context']): Promise<string[]> {
  const { blocks, start, end } = context;
  const { candidates } = await matchers.scan(blocks);
  const { starts } = joinBlocks(blocks);
  const found = new Set<string>();
  resolveMentions(blocks, candidates).forEach((mentions, i) => {
    const base = starts[i] ?? 0;
    for (const m of mentions) if (base + m.end > start && base + m.start < end) found.add(m.entity);
  });
  return [...found];
}

export function createSnippetHandlers(db: BackstoryDB, matchers: MatcherService) {
  return {
    /** `senderUrl`: the URL of the document that sent the message, from the browser (`sender.url`). */
    async save(input: unknown, senderUrl: string | undefined) {
      const capture = parse(captureSchema, input, 'saveSnippet');
      if (capture.position.end < capture.position.start) throw new Error('saveSnippet: position.start is after position.end');
      const url = pageUrlOf(capture, senderUrl, 'saveSnippet');
      const entityIds = await entitiesInQuote(matchers, capture.context);
      return saveSnippet(db, {
        url,
        title: capture.title.trim() || url,
        site: siteOf(url),
        articleDate: capture.articleDate,
        quote: capture.quote,
        position: capture.position,
        entityIds,
      });
    },
    async forPage(input: unknown, senderUrl: string | undefined) {
      const ref = parse(pageRefSchema, input, 'pageSnippets');
      return snippetsForUrl(db, pageUrlOf(ref, senderUrl, 'pageSnippets'));
    },
    /** Only snippets filed under the sender's site can be marked placed or orphaned by it. */
    async reportAnchors(input: unknown, senderUrl: string | undefined) {
      const { placed, orphaned } = parse(anchorsSchema, input, 'reportAnchors');
      const sender = senderPage(senderUrl, 'reportAnchors');
      const own = new Set<string>();
      for (const s of await db.snippets.bulkGet([...placed, ...orphaned])) {
        const url = httpUrl(s?.url);
        if (s && url && sameSite(url, sender)) own.add(s.id);
      }
      await recordAnchoring(db, placed.filter((id) => own.has(id)), orphaned.filter((id) => own.has(id)));
    },
  };
}
