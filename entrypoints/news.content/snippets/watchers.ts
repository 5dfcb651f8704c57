/**
 * The two page listeners of snippets, each tied to the content-script context: the save button that
 * follows a text selection, and the note tip while the pointer rests on a saved snippet.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SaveOutcome } from '../../../components/SnippetsAbout';
import { caretAt } from '../hover';
import type { SnippetMarks } from './anchors';
import { mapPage, rangeToOffsets } from './page-map';
import type { SnippetUi } from './ui';

const MIN_SELECTION = 3;

/** The page's selection, if it holds some text. */
export function currentSelection(): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  return range.toString().trim().length >= MIN_SELECTION ? range.cloneRange() : null;
}

/** True when the range covers page text we read (not a form field, code or our own UI). */
function holdsPageText(range: Range): boolean {
  const common = range.commonAncestorContainer;
  const scope = common.nodeType === Node.ELEMENT_NODE ? common : common.parentElement;
  return !!scope && !!rangeToOffsets(mapPage(scope), range);
}

export function watchSelection(ctx: ContentScriptContext, ui: SnippetUi, isOwnUi: (ev: Event) => boolean, save: (range: Range | null) => Promise<SaveOutcome>): void {
  let shownFor: Range | null = null;
  const show = (state: Parameters<SnippetUi['showButton']>[1]) => shownFor && void ui.showButton(shownFor, state, onSave);
  const hide = () => {
    shownFor = null;
    ui.hideButton();
  };
  const onSave = () => {
    const range = shownFor;
    show('saving');
    void save(range).then((outcome) => {
      show(outcome === 'no-selection' ? 'failed' : outcome);
      ctx.setTimeout(() => shownFor === range && hide(), 1500);
    });
  };
  const onSelectEnd = (ev: Event) => {
    if (isOwnUi(ev)) return;
    ctx.setTimeout(() => {
      const range = currentSelection();
      if (!range || !holdsPageText(range)) return hide();
      shownFor = range;
      show('ready');
    }, 0);
  };
  const opts = { signal: ctx.signal };
  document.addEventListener('pointerup', onSelectEnd, opts);
  document.addEventListener('keyup', (ev) => (ev.shiftKey || ev.key === 'Shift') && onSelectEnd(ev), opts);
  document.addEventListener('selectionchange', () => !currentSelection() && shownFor && hide(), opts);
}

export function watchNotes(ctx: ContentScriptContext, ui: SnippetUi, marks: SnippetMarks, isOwnUi: (ev: Event) => boolean): void {
  let frame = 0;
  let shown: string | null = null;
  const test = (ev: PointerEvent) => {
    frame = 0;
    const caret = caretAt(document, ev.clientX, ev.clientY);
    const hit = caret ? marks.at(caret.node, caret.offset, ev.clientX, ev.clientY) : null;
    if ((hit?.snippet.id ?? null) === shown) return;
    shown = hit?.snippet.id ?? null;
    if (hit) void ui.showNote(hit.range, hit.snippet);
    else ui.hideNote();
  };
  document.addEventListener(
    'pointermove',
    (ev) => {
      if (!frame && !isOwnUi(ev)) frame = requestAnimationFrame(() => test(ev));
    },
    { passive: true, signal: ctx.signal },
  );
  ctx.signal.addEventListener('abort', () => frame && cancelAnimationFrame(frame));
}
