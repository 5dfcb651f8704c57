/**
 * Saved snippets on the page: each re-anchored in the page text (exact quote, then fuzzy near the stored
 * position), painted with its own CSS highlight and hit-tested for the pointer. Unplaced ones are orphans.
 */
import { anchorQuote } from '../../../core/snippets/selectors';
import type { Snippet } from '../../../data/snippet-types';
import { offsetsToRange, type PageMap } from './page-map';

export const SNIPPET_HIGHLIGHT = 'backstory-snippet';

export interface PlacedSnippet {
  snippet: Snippet;
  range: Range;
}

export interface AnchorOutcome {
  placed: PlacedSnippet[];
  orphaned: Snippet[];
}

function anchorOne(map: PageMap, snippet: Snippet, out: AnchorOutcome): void {
  const hit = anchorQuote(map.page.text, snippet.quote, snippet.position);
  const range = hit && offsetsToRange(map, hit.start, hit.end);
  if (range) out.placed.push({ snippet, range });
  else out.orphaned.push(snippet);
}

export function anchorSnippets(map: PageMap, snippets: readonly Snippet[]): AnchorOutcome {
  const out: AnchorOutcome = { placed: [], orphaned: [] };
  for (const snippet of snippets) anchorOne(map, snippet, out);
  return out;
}

/** The same, yielding to the event loop every few milliseconds (a fuzzy search costs ~5 ms a quote). */
export async function anchorSnippetsInSlices(map: PageMap, snippets: readonly Snippet[], signal: AbortSignal): Promise<AnchorOutcome> {
  const out: AnchorOutcome = { placed: [], orphaned: [] };
  let sliceStart = performance.now();
  for (const snippet of snippets) {
    if (signal.aborted) break;
    anchorOne(map, snippet, out);
    if (performance.now() - sliceStart > 8) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return out;
}

export function createSnippetMarks() {
  const highlight = new Highlight();
  highlight.priority = 1;
  CSS.highlights.set(SNIPPET_HIGHLIGHT, highlight);
  let placed: PlacedSnippet[] = [];

  return {
    set(list: PlacedSnippet[]): void {
      highlight.clear();
      placed = list;
      for (const p of list) highlight.add(p.range);
    },
    add(p: PlacedSnippet): void {
      placed = [...placed.filter((q) => q.snippet.id !== p.snippet.id), p];
      highlight.add(p.range);
    },
    byId(id: string): PlacedSnippet | undefined {
      return placed.find((p) => p.snippet.id === id);
    },
    /** The snippet under the pointer, from the caret position there and the range's boxes. */
    at(node: Node, offset: number, x: number, y: number): PlacedSnippet | null {
      for (const p of placed) {
        if (!p.range.isPointInRange(node, offset)) continue;
        for (const r of p.range.getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return p;
        }
      }
      return null;
    },
    destroy(): void {
      highlight.clear();
      placed = [];
      if (CSS.highlights.get(SNIPPET_HIGHLIGHT) === highlight) CSS.highlights.delete(SNIPPET_HIGHLIGHT);
    },
  };
}

export type SnippetMarks = ReturnType<typeof createSnippetMarks>;
