/**
 * Pointer hit-testing: finds the mark under the pointer from the caret position at that point (the page
 * DOM carries no markers), at most once per animation frame, and feeds the hover intent.
 */
import type { HoverIntent } from '../../core/hover-intent';
import type { MarkedMention, MentionRegistry } from './highlights';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** How long after a keystroke in an editable field, or a change of selection, no card opens. */
export const QUIET_MS = 1200;

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.localName === 'textarea' || target.localName === 'select' || (target.localName === 'input' && (target as HTMLInputElement).type !== 'button');
}

export interface PointerTrackerOptions {
  registry: MentionRegistry;
  intent: HoverIntent<MarkedMention>;
  /** True when the event happened inside our own UI (the card). */
  isOwnUi(event: Event): boolean;
  /** The pointer moved (or clicked) inside our own UI. */
  onOwnUiPointer(x: number, y: number, kind: 'move' | 'click'): void;
  /** Esc: close the card (a pinned one too). */
  onEscape(): void;
  signal: AbortSignal;
}

/**
 * Tracks the pointer over the page's marks. No card opens while a button is held (selecting, dragging),
 * within `QUIET_MS` of typing in an editable field or of a selection change, and typing closes an
 * unpinned card.
 */
export function trackPointer({ registry, intent, isOwnUi, onOwnUiPointer, onEscape, signal }: PointerTrackerOptions): void {
  let frame = 0;
  let last: PointerEvent | null = null;
  let quietUntil = 0;
  const hush = () => {
    quietUntil = performance.now() + QUIET_MS;
    intent.quiet();
  };

  const test = () => {
    frame = 0;
    const ev = last;
    if (!ev) return;
    if (ev.buttons !== 0 || performance.now() < quietUntil) return intent.over(null);
    const caret = caretAt(document, ev.clientX, ev.clientY);
    const mark = caret ? registry.at(caret.node, caret.offset, ev.clientX, ev.clientY) : null;
    intent.over(mark);
  };

  document.addEventListener(
    'pointermove',
    (ev) => {
      if (isOwnUi(ev)) return onOwnUiPointer(ev.clientX, ev.clientY, 'move');
      last = ev;
      if (!frame) frame = requestAnimationFrame(test);
    },
    { passive: true, signal },
  );
  document.addEventListener('click', (ev) => isOwnUi(ev) && onOwnUiPointer(ev.clientX, ev.clientY, 'click'), { signal });
  document.addEventListener('pointerleave', () => intent.over(null), { passive: true, signal });
  document.addEventListener(
    'keydown',
    (ev) => {
      if (ev.key === 'Escape') return onEscape();
      if (!isOwnUi(ev) && isEditable(ev.composedPath()[0] ?? ev.target)) hush();
    },
    { signal, capture: true },
  );
  document.addEventListener(
    'selectionchange',
    () => {
      if (document.getSelection()?.isCollapsed === false) hush();
    },
    { signal },
  );
  signal.addEventListener('abort', () => frame && cancelAnimationFrame(frame));
}
