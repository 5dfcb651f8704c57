/**
 * Two roots for the card's Preact tree: the one inside the card element, and a spare that is never in the
 * document while it is spare. The card for a hover is rendered into the spare ahead of time (nothing on the
 * page can see or reach it), and showing that card swaps the spare in instead of rendering.
 */
import { render } from 'preact';
import type { CardData } from '../../messaging/protocol';

/** What a root holds: the props of its card. */
export interface Rendered {
  data: CardData;
  articleDate: string | null;
  pinned: boolean;
}

interface CardRoot {
  el: HTMLElement;
  holds: Rendered | null;
}

const sameCard = (a: Rendered | null, b: Rendered) => !!a && a.data === b.data && a.articleDate === b.articleDate && a.pinned === b.pinned;

function newRoot(): CardRoot {
  const el = document.createElement('div');
  el.style.display = 'contents';
  return { el, holds: null };
}

export function createCardRoots(draw: (what: Rendered, into: HTMLElement) => void) {
  let shown: CardRoot | null = null;
  let spare = newRoot();

  function renderInto(root: CardRoot, what: Rendered): void {
    if (sameCard(root.holds, what)) return;
    // A copy: the caller may change its object (pinning) and must then render again.
    root.holds = { data: what.data, articleDate: what.articleDate, pinned: what.pinned };
    draw(what, root.el);
  }

  return {
    /** Puts the shown root into the card element. */
    attach(card: HTMLElement): void {
      shown = newRoot();
      card.append(shown.el);
    },
    /** Renders `what` into the spare root, out of the document. */
    prepare(what: Rendered): void {
      renderInto(spare, what);
    },
    /** Makes the card element show `what`: swaps in the spare if it holds it, renders otherwise. */
    paint(what: Rendered): void {
      if (!shown) return;
      if (!sameCard(shown.holds, what) && sameCard(spare.holds, what)) {
        const out = shown;
        shown = spare;
        spare = out;
        out.el.replaceWith(shown.el);
      }
      renderInto(shown, what);
    },
    /** Empties the shown root (the card was hidden). */
    clearShown(): void {
      if (!shown) return;
      render(null, shown.el);
      shown.holds = null;
    },
    /** Empties both (the UI is removed). */
    clearAll(): void {
      for (const root of [shown, spare]) {
        if (!root) continue;
        render(null, root.el);
        root.holds = null;
      }
      shown = null;
    },
  };
}
