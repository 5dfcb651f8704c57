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
import { caretAt } from '../hover';
import { readArticleDate } from '../page-date';
import { anchorSnippetsInSlices, createSnippetMarks } from './anchors';
import { captureContext, mapPage, offsetsToRange, rangeToOffsets } from './page-map';
import { createSnippetUi, type ButtonState } from './ui';

export interface SnippetHooks {
  layer(name: string): Promise<HTMLElement>;
  isOwnUi(event: Event): boolean;
  /** Called after a save with the snippet's entities (their cached cards are stale). */
  onSaved(snippet: Snippet): void;
}

const MIN_SELECTION = 3;

function pageRef(): PageRef {
  return { pageUrl: location.href, canonicalHref: document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null };
}

function currentSelection(): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  return range.toString().trim().length >= MIN_SELECTION ? range.cloneRange() : null;
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

  // Selection button.
  let shownFor: Range | null = null;
  const showButton = (state: ButtonState) => shownFor && void ui.showButton(shownFor, state, onButton);
  const onButton = () => {
    const range = shownFor;
    showButton('saving');
    void toOutcome(saveRange(range)).then((outcome) => {
      showButton(outcome === 'no-selection' ? 'failed' : outcome);
      ctx.setTimeout(() => shownFor === range && hideButton(), 1500);
    });
  };
  const hideButton = () => {
    shownFor = null;
    ui.hideButton();
  };
  const onSelectEnd = (ev: Event) => {
    if (hooks.isOwnUi(ev)) return;
    ctx.setTimeout(() => {
      const range = currentSelection();
      const common = range?.commonAncestorContainer;
      const scope = common && (common.nodeType === Node.ELEMENT_NODE ? common : common.parentElement);
      if (!range || !scope || !rangeToOffsets(mapPage(scope), range)) return hideButton();
      shownFor = range;
      showButton('ready');
    }, 0);
  };
  document.addEventListener('pointerup', onSelectEnd, { signal: ctx.signal });
  document.addEventListener('keyup', (ev) => ev.shiftKey && onSelectEnd(ev), { signal: ctx.signal });
  document.addEventListener('selectionchange', () => !currentSelection() && shownFor && hideButton(), { signal: ctx.signal });

  // Hovering a saved snippet shows its note.
  let frame = 0;
  let shownNote: string | null = null;
  document.addEventListener(
    'pointermove',
    (ev) => {
      if (frame || hooks.isOwnUi(ev)) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const caret = caretAt(document, ev.clientX, ev.clientY);
        const hit = caret ? marks.at(caret.node, caret.offset, ev.clientX, ev.clientY) : null;
        if (hit?.snippet.id === shownNote) return;
        shownNote = hit?.snippet.id ?? null;
        if (hit) void ui.showNote(hit.range, hit.snippet);
        else ui.hideNote();
      });
    },
    { passive: true, signal: ctx.signal },
  );

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
