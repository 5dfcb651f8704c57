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

export interface PointerTrackerOptions {
  registry: MentionRegistry;
  intent: HoverIntent<MarkedMention>;
  /** True when the event happened inside our own UI (the card). */
  isOwnUi(event: Event): boolean;
  signal: AbortSignal;
}

export function trackPointer({ registry, intent, isOwnUi, signal }: PointerTrackerOptions): void {
  let frame = 0;
  let last: PointerEvent | null = null;

  const test = () => {
    frame = 0;
    const ev = last;
    if (!ev) return;
    // No cards while a button is held (selecting text, dragging).
    if (ev.buttons !== 0) return intent.over(null);
    const caret = caretAt(document, ev.clientX, ev.clientY);
    const mark = caret ? registry.at(caret.node, caret.offset, ev.clientX, ev.clientY) : null;
    intent.over(mark);
  };

  document.addEventListener(
    'pointermove',
    (ev) => {
      if (isOwnUi(ev)) return;
      last = ev;
      if (!frame) frame = requestAnimationFrame(test);
    },
    { passive: true, signal },
  );
  document.addEventListener('pointerleave', () => intent.over(null), { passive: true, signal });
  document.addEventListener(
    'keydown',
    (ev) => {
      if (ev.key === 'Escape') intent.dismiss();
    },
    { signal },
  );
  signal.addEventListener('abort', () => frame && cancelAnimationFrame(frame));
}
