/**
 * Snippet messages (extended by `ProtocolMap` in protocol.ts).
 *
 * | message          | direction            | request                | response                            |
 * |------------------|----------------------|------------------------|-------------------------------------|
 * | `saveSnippet`    | content → background | `SnippetCapture`       | `{ status, snippet }`               |
 * | `pageSnippets`   | content → background | `PageRef`              | `Snippet[]` filed under the page    |
 * | `reportAnchors`  | content → background | `{ placed, orphaned }` | `undefined` (stored per snippet)    |
 * | `saveSelection`  | background → content | `undefined`            | `SaveSelectionResult`               |
 *
 * The background canonicalises the URL, finds the quote's entities with the compiled mention matcher
 * and rejects anything malformed; the content script only measures the page. `pageUrl` must share its origin
 * with the sender's own URL (`sender.url`, from the browser), and `reportAnchors` only touches snippets of the
 * sender's site: a content script cannot read or change another site's snippets.
 */
import type { SaveStatus } from '../data/snippets';
import type { Snippet, TextPositionSelector, TextQuoteSelector } from '../data/snippet-types';

/** Where the content script is: the tab's URL and the page's rel=canonical, if it declares one. */
export interface PageRef {
  pageUrl: string;
  canonicalHref: string | null;
}

export interface SnippetCapture extends PageRef {
  title: string;
  articleDate: string | null;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /**
   * The page's blocks around the quote (all of them when within the scan limits) and the quote's offsets in
   * those blocks joined by `BLOCK_SEPARATOR`, so the mention finder links names with the page's full context.
   */
  context: { blocks: string[]; start: number; end: number };
}

export type SaveSelectionResult = { status: SaveStatus; id: string } | { status: 'no-selection' };

export interface SnippetProtocol {
  saveSnippet(data: SnippetCapture): { status: SaveStatus; snippet: Snippet };
  pageSnippets(data: PageRef): Snippet[];
  reportAnchors(data: { placed: string[]; orphaned: string[] }): void;
  saveSelection(): SaveSelectionResult;
}
