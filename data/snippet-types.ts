/**
 * A snippet: a quote a reader saved from an article, with enough context to find it again.
 * Selectors follow the W3C Web Annotation model (TextQuoteSelector, TextPositionSelector); positions are
 * UTF-16 offsets into the page text as the content script extracts it.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Snippet {
  /** Stable id derived from the canonical URL and the quote, so saving the same quote twice is one record. */
  id: string;
  /** Canonical page URL (rel=canonical where sane, tracking parameters stripped). */
  url: string;
  title: string;
  /** Host name of the page, for filtering by site. */
  site: string;
  /** The article's publication date (YYYY-MM-DD) when the page declares one. */
  articleDate: string | null;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  note: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Fact-base entity ids the mention finder found in the quote. */
  entityIds: string[];
  /** Whether the quote was found again the last time its page was open (absent until then). */
  anchor?: SnippetAnchorState;
}

export interface SnippetAnchorState {
  status: 'placed' | 'orphan';
  /** Epoch milliseconds. */
  checkedAt: number;
}
