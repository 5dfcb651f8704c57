/**
 * The mark registry: the mentions found on the page as DOM Ranges, painted with the CSS Custom
 * Highlight API (the page DOM is never modified) and indexed by text node for hover hit-testing.
 */
import type { Mention } from '../../core/mentions';
import { rangeFor, type TextBlock } from './extract';

export const MENTION_HIGHLIGHT = 'backstory-mention';

export interface MarkedMention {
  range: Range;
  entity: string;
  surface: string;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createMentionRegistry() {
  const highlight = new Highlight();
  const byNode = new Map<Text, MarkedMention[]>();
  const all: MarkedMention[] = [];
  CSS.highlights.set(MENTION_HIGHLIGHT, highlight);

  function index(mark: MarkedMention, block: TextBlock): void {
    const from = block.nodes.indexOf(mark.range.startContainer as Text);
    const to = block.nodes.indexOf(mark.range.endContainer as Text);
    for (let i = Math.max(from, 0); i <= Math.max(to, from); i++) {
      const node = block.nodes[i];
      if (!node) continue;
      const list = byNode.get(node);
      if (list) list.push(mark);
      else byNode.set(node, [mark]);
    }
  }

  return {
    /** Marks the mentions of one block. */
    add(block: TextBlock, mentions: Mention[]): void {
      for (const m of mentions) {
        const mark = { range: rangeFor(block, m.start, m.end), entity: m.entity, surface: m.surface };
        highlight.add(mark.range);
        all.push(mark);
        index(mark, block);
      }
    },
    /** The mention at a caret position, if the pointer is really over its text. */
    at(node: Node, offset: number, x: number, y: number): MarkedMention | null {
      const candidates = byNode.get(node as Text);
      if (!candidates) return null;
      for (const mark of candidates) {
        if (!mark.range.isPointInRange(node, offset)) continue;
        for (const r of mark.range.getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mark;
        }
      }
      return null;
    },
    get size(): number {
      return all.length;
    },
    entities(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const m of all) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      return counts;
    },
    clear(): void {
      highlight.clear();
      byNode.clear();
      all.length = 0;
    },
    destroy(): void {
      this.clear();
      if (CSS.highlights.get(MENTION_HIGHLIGHT) === highlight) CSS.highlights.delete(MENTION_HIGHLIGHT);
    },
  };
}

export type MentionRegistry = ReturnType<typeof createMentionRegistry>;
