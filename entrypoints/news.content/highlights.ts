/**
 * The mark registry: the mentions found on the page as DOM Ranges, painted with the CSS Custom
 * Highlight API (the page DOM is never modified) and indexed by text node for hover hit-testing.
 * In `first` mode only the first mention of each entity is painted and hoverable; all are counted.
 *
 * Painting is batched: `add` records marks and `flush` hands them to the Highlight in one go. Chromium's
 * next frame re-walks every range of a changed Highlight, so a frame's cost grows with the marks on the
 * page; adding a few marks per slice made every frame of a long scan pay for all of them (measured on a
 * 1 MB page: frames of 8 → 47 ms, most of the scan's wall time). The scanner flushes the first marks at
 * once, then rarely, and at the end of every scan.
 */
import type { Mention } from '../../core/mentions';
import { rangeFor, type TextBlock } from './extract';

export const MENTION_HIGHLIGHT = 'backstory-mention';

export interface MarkedMention {
  range: Range;
  entity: string;
  surface: string;
}

export type MarkMode = 'all' | 'first';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

const inDocumentOrder = (a: MarkedMention, b: MarkedMention) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range);

export function createMentionRegistry(name = MENTION_HIGHLIGHT) {
  const highlight = new Highlight();
  const byNode = new Map<Text, MarkedMention[]>();
  let all: MarkedMention[] = [];
  let mode: MarkMode = 'all';
  let painted = new Set<MarkedMention>();
  let paintedEntities = new Set<string>();
  /** Added but not yet painted (and not yet hoverable), in the order added. */
  let pending: MarkedMention[] = [];
  CSS.highlights.set(name, highlight);

  function indexUnder(node: Node, mark: MarkedMention): void {
    if (node.nodeType !== Node.TEXT_NODE) return;
    const list = byNode.get(node as Text);
    if (list) list.push(mark);
    else byNode.set(node as Text, [mark]);
  }

  function index(mark: MarkedMention): void {
    const { startContainer, endContainer } = mark.range;
    // Most mentions lie in one text node: no set, no walk.
    if (startContainer === endContainer) return indexUnder(startContainer, mark);
    const nodes = new Set<Node>([startContainer, endContainer]);
    // A mention across inline elements (`<em>Ahmed</em> al-Sharaa`) is indexed under every text node it covers.
    const walker = document.createTreeWalker(mark.range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (mark.range.intersectsNode(n)) nodes.add(n);
    for (const node of nodes) indexUnder(node, mark);
  }

  /** Rebuilds what is painted and hoverable from `all` and the mode. */
  function repaint(): void {
    pending = [];
    highlight.clear();
    byNode.clear();
    painted = new Set();
    paintedEntities = new Set();
    for (const mark of [...all].sort(inDocumentOrder)) {
      if (mode === 'all' || !paintedEntities.has(mark.entity)) paint(mark);
    }
  }

  function paint(mark: MarkedMention): void {
    highlight.add(mark.range);
    painted.add(mark);
    paintedEntities.add(mark.entity);
    index(mark);
  }

  return {
    /** Records the mentions of one block (painted at the next `flush`); returns how many were added. */
    add(block: TextBlock, mentions: readonly Mention[]): number {
      for (const m of mentions) {
        const mark = { range: rangeFor(block, m.start, m.end), entity: m.entity, surface: m.surface };
        all.push(mark);
        pending.push(mark);
      }
      return mentions.length;
    },
    /** Paints (and makes hoverable) what was added since the last flush; returns how many were painted. */
    flush(): number {
      const batch = pending;
      pending = [];
      let count = 0;
      for (const mark of batch) {
        if (mark.range.collapsed || (mode === 'first' && paintedEntities.has(mark.entity))) continue;
        paint(mark);
        count++;
      }
      return count;
    },
    get pendingCount(): number {
      return pending.length;
    },
    setMode(next: MarkMode): void {
      if (next === mode) return;
      mode = next;
      repaint();
    },
    /**
     * Drops the marks inside `roots` (about to be read again) and those whose text left the page (a live
     * Range whose text node was removed collapses onto the node's old parent).
     */
    removeWithin(roots: readonly Node[]): void {
      const before = all.length;
      all = all.filter((m) => !m.range.collapsed && m.range.startContainer.isConnected && !roots.some((r) => r.contains(m.range.startContainer)));
      if (all.length !== before) repaint();
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
    /** The painted (reachable) marks in document order, for keyboard traversal. */
    ordered(): MarkedMention[] {
      return [...painted].filter((m) => !m.range.collapsed && m.range.startContainer.isConnected).sort(inDocumentOrder);
    },
    /** The first mention of an entity in document order. */
    firstOf(entity: string): MarkedMention | null {
      return all.filter((m) => m.entity === entity && !m.range.collapsed && m.range.startContainer.isConnected).sort(inDocumentOrder)[0] ?? null;
    },
    get size(): number {
      return all.length;
    },
    /** Mention counts per entity, in order of first appearance on the page. */
    entities(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const m of [...all].sort(inDocumentOrder)) if (!m.range.collapsed) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      return counts;
    },
    clear(): void {
      pending = [];
      highlight.clear();
      byNode.clear();
      painted = new Set();
      paintedEntities = new Set();
      all = [];
    },
    destroy(): void {
      this.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    },
  };
}

export type MentionRegistry = ReturnType<typeof createMentionRegistry>;
