/**
 * Names inside the open card are themselves hoverable: the card's text is scanned like the page's, its
 * mentions painted with their own highlight, and resting the pointer on one (or clicking it) opens that
 * entity in the card. The card is our own UI, so hit-testing is a plain check of the few ranges' rects.
 */
import { resolveMentions } from '../../core/mentions/resolve';
import { sendMessage } from '../../messaging/protocol';
import { decodeCandidates } from '../../messaging/scan-wire';
import { extractBlocks, rangeFor } from './extract';

export const CARD_HIGHLIGHT = 'backstory-card-mention';

interface CardMark {
  range: Range;
  entity: string;
}

export function createCardMarks(open: (entity: string) => void, delayMs: () => number) {
  const highlight = new Highlight();
  CSS.highlights.set(CARD_HIGHLIGHT, highlight);
  let marks: CardMark[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let over: CardMark | null = null;
  let generation = 0;

  const markAt = (x: number, y: number) =>
    marks.find((m) => [...m.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) ?? null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    over = null;
  };

  return {
    /** Scans the card's text (except the entity's own name) and paints the other names in it. */
    async mark(card: HTMLElement, self: string): Promise<void> {
      const gen = ++generation;
      this.clear();
      const blocks = extractBlocks(card).filter((b) => !b.nodes[0]?.parentElement?.closest('h2, button, .bs-fact__sources, .bs-fact__date'));
      if (!blocks.length) return;
      const texts = blocks.map((b) => b.text);
      const reply = await sendMessage('scanBlocks', { blocks: texts });
      if (gen !== generation) return;
      resolveMentions(texts, decodeCandidates(reply.candidates, texts.length)).forEach((found, i) => {
        const block = blocks[i];
        if (!block) return;
        for (const m of found) {
          if (m.entity === self) continue;
          const mark = { range: rangeFor(block, m.start, m.end), entity: m.entity };
          marks.push(mark);
          highlight.add(mark.range);
        }
      });
    },
    pointer(x: number, y: number): void {
      const mark = markAt(x, y);
      if (mark === over) return;
      cancel();
      if (!mark) return;
      over = mark;
      timer = setTimeout(() => open(mark.entity), delayMs());
    },
    click(x: number, y: number): boolean {
      const mark = markAt(x, y);
      if (mark) open(mark.entity);
      return !!mark;
    },
    clear(): void {
      cancel();
      highlight.clear();
      marks = [];
    },
    destroy(): void {
      this.clear();
      if (CSS.highlights.get(CARD_HIGHLIGHT) === highlight) CSS.highlights.delete(CARD_HIGHLIGHT);
    },
  };
}
