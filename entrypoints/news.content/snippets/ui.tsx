/**
 * The snippet UI on the page, inside our one shadow root (a layer of the card host): a small "Save" button
 * next to a selection, and a tip with a saved snippet's note while the pointer rests on it. This file
 * places and renders; the snippet module decides when.
 */
import { render } from 'preact';
import { formatSavedDate } from '../../../components/SnippetsAbout';
import type { Snippet } from '../../../data/snippet-types';
import './snippets.css';

export type ButtonState = 'ready' | 'saving' | 'created' | 'existing' | 'failed';

const LABEL: Record<ButtonState, string> = {
  ready: 'Save to Backstory',
  saving: 'Saving…',
  created: 'Saved',
  existing: 'Already saved',
  failed: 'Could not save',
};

function SaveButton({ state, onSave }: { state: ButtonState; onSave: () => void }) {
  return (
    <button
      type="button"
      class="bs-snip-save"
      data-testid="snippet-save"
      data-state={state}
      disabled={state !== 'ready'}
      // Keep the page's selection: a press here must not collapse it.
      onMouseDown={(ev) => ev.preventDefault()}
      onClick={onSave}
    >
      {LABEL[state]}
    </button>
  );
}

function NoteTip({ snippet }: { snippet: Snippet }) {
  return (
    <div class="bs-snip-tip" role="tooltip" data-testid="snippet-note">
      <p class="bs-snip-tip__label">Your snippet · saved {formatSavedDate(snippet.savedAt)}</p>
      <p class="bs-snip-tip__note">{snippet.note.trim() || 'No note yet. Add one from the toolbar popup.'}</p>
    </div>
  );
}

/** Puts `el` just above the first line of `anchor` (the card opens below names), or below when there is no room. */
function placeAbove(el: HTMLElement, anchor: Range): void {
  const box = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  const x = Math.min(Math.max(8, box.left), window.innerWidth - el.offsetWidth - 8);
  const y = box.top - el.offsetHeight - 6 < 4 ? anchor.getBoundingClientRect().bottom + 6 : box.top - el.offsetHeight - 6;
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}

/** Puts `el` just below the last line of `anchor` (fixed position, kept inside the viewport). */
function placeBelow(el: HTMLElement, anchor: Range): void {
  const rects = anchor.getClientRects();
  const box = rects[rects.length - 1] ?? anchor.getBoundingClientRect();
  const x = Math.min(Math.max(8, box.right - 40), window.innerWidth - 200);
  const y = box.bottom + 6 > window.innerHeight - 40 ? box.top - 40 : box.bottom + 6;
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}

export function createSnippetUi(layer: () => Promise<HTMLElement>) {
  let button: HTMLElement | null = null;
  let tip: HTMLElement | null = null;
  const slot = async (kind: 'button' | 'tip') => {
    const root = await layer();
    const found = root.querySelector<HTMLElement>(`:scope > .bs-snip-slot--${kind}`);
    if (found) return found;
    const el = Object.assign(document.createElement('div'), { className: `bs-snip-slot bs-snip-slot--${kind}` });
    root.append(el);
    return el;
  };
  return {
    async showButton(anchor: Range, state: ButtonState, onSave: () => void): Promise<void> {
      button ??= await slot('button');
      render(<SaveButton state={state} onSave={onSave} />, button);
      button.hidden = false;
      placeBelow(button, anchor);
    },
    hideButton(): void {
      if (!button) return;
      button.hidden = true;
      render(null, button);
    },
    async showNote(anchor: Range, snippet: Snippet): Promise<void> {
      tip ??= await slot('tip');
      render(<NoteTip snippet={snippet} />, tip);
      tip.hidden = false;
      placeAbove(tip, anchor);
    },
    hideNote(): void {
      if (!tip) return;
      tip.hidden = true;
      render(null, tip);
    },
  };
}

export type SnippetUi = ReturnType<typeof createSnippetUi>;
