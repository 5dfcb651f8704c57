/**
 * Snippets on the page: save the selection (button, context menu, shortcut) or the sentence around a
 * hovered name (card); re-anchor the page's saved snippets on load, mark them, show a note on hover,
 * and report which could not be placed. Every listener is tied to the content-script context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SaveOutcome } from '../../../components/SnippetsAbout';
import { sentenceAround } from '../../../core/snippets/page-text';
import { describeRange } from '../../../core/snippets/selectors';
import { snippetIdFromHash } from '../../../core/snippets/source-link';
import type { Snippet } from '../../../data/snippet-types';
import { onMessage, sendMessage } from '../../../messaging/protocol';
import type { PageRef, SaveSelectionResult } from '../../../messaging/snippet-messages';
import { readArticleDate } from '../page-date';
import { anchorSnippetsInSlices, createSnippetMarks } from './anchors';
import { captureContext, mapPage, offsetsToRange, rangeToOffsets } from './page-map';
import { createSnippetUi } from './ui';
import { currentSelection, watchNotes, watchSelection } from './watchers';

export interface SnippetHooks {
  layer(name: string): Promise<HTMLElement>;
  isOwnUi(event: Event): boolean;
  /** Called after a save with the snippet's entities (their cached cards are stale). */
  onSaved(snippet: Snippet): void;
}

function pageRef(): PageRef {
  return { pageUrl: location.href, canonicalHref: document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null };
}

export function startSnippets(ctx: ContentScriptContext, hooks: SnippetHooks) {
  const marks = createSnippetMarks();
  const ui = createSnippetUi(() => hooks.layer('snippets'));
  ctx.onInvalidated(() => marks.destroy());

  async function saveOffsets(start: number, end: number, map = mapPage(document.body)): Promise<SaveSelectionResult> {
    const selectors = describeRange(map.page.text, start, end);
    const { status, snippet } = await sendMessage('saveSnippet', {
      ...pageRef(),
      title: document.title,
      articleDate: readArticleDate(document),
      ...selectors,
      context: captureContext(map, start, end),
    });
    const range = offsetsToRange(map, start, end);
    if (range) marks.add({ snippet, range });
    hooks.onSaved(snippet);
    return { status, id: snippet.id };
  }

  async function saveRange(range: Range | null): Promise<SaveSelectionResult> {
    if (!range) return { status: 'no-selection' };
    const map = mapPage(document.body);
    const at = rangeToOffsets(map, range);
    return at ? saveOffsets(at.start, at.end, map) : { status: 'no-selection' };
  }

  /** The card's button: the selection if there is one, else the sentence around the hovered name. */
  async function saveNear(mention: Range | undefined): Promise<SaveOutcome> {
    const selected = currentSelection();
    if (selected || !mention) return toOutcome(saveRange(selected));
    const map = mapPage(document.body);
    const at = rangeToOffsets(map, mention);
    if (!at) return 'no-selection';
    const block = map.page.starts.findLastIndex((s) => s <= at.start);
    const base = map.page.starts[block] ?? 0;
    const text = map.blocks[block]?.text ?? '';
    const sentence = sentenceAround(text, at.start - base, at.end - base);
    return toOutcome(saveOffsets(base + sentence.start, base + sentence.end, map));
  }

  const toOutcome = (p: Promise<SaveSelectionResult>): Promise<SaveOutcome> => p.then((r) => r.status, () => 'failed');

  watchSelection(ctx, ui, hooks.isOwnUi, (range) => toOutcome(saveRange(range)));
  watchNotes(ctx, ui, marks, hooks.isOwnUi);

  const unlisten = onMessage('saveSelection', () => saveRange(currentSelection()));
  ctx.onInvalidated(unlisten);

  return {
    saveNear,
    /** Places the page's saved snippets (call once the page has settled) and reports orphans. */
    async restore(): Promise<void> {
      const snippets = await sendMessage('pageSnippets', pageRef());
      if (!snippets.length || !ctx.isValid) return;
      const { placed, orphaned } = await anchorSnippetsInSlices(mapPage(document.body), snippets, ctx.signal);
      if (!ctx.isValid) return;
      marks.set(placed);
      await sendMessage('reportAnchors', { placed: placed.map((p) => p.snippet.id), orphaned: orphaned.map((s) => s.id) });
      const wanted = snippetIdFromHash(location.hash);
      const target = wanted ? marks.byId(wanted) : undefined;
      target?.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
  };
}
