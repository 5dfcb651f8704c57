/**
 * The page as snippets see it: the extracted blocks joined into one text (core/snippets/page-text), and
 * the two directions between that text and the DOM: a selection Range → offsets, offsets → a Range.
 */
import { joinBlocks, toBlockOffset, type PageText } from '../../../core/snippets/page-text';
import { SCAN_LIMITS } from '../../../messaging/protocol';
import type { SnippetCapture } from '../../../messaging/snippet-messages';
import { extractBlocks, locate, type TextBlock } from '../extract';

export interface PageMap {
  blocks: TextBlock[];
  page: PageText;
}

export function mapPage(root: Node): PageMap {
  const blocks = extractBlocks(root);
  return { blocks, page: joinBlocks(blocks.map((b) => b.text)) };
}

/** The page-text offsets a DOM range covers (trimmed of white space), or null when it holds no page text. */
export function rangeToOffsets({ blocks, page }: PageMap, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  blocks.forEach((block, b) => {
    const base = page.starts[b] ?? 0;
    block.nodes.forEach((node, n) => {
      if (!range.intersectsNode(node)) return;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to <= from && node !== range.startContainer) return;
      const at = base + (block.starts[n] ?? 0);
      if (start < 0) start = at + from;
      end = at + to;
    });
  });
  if (start < 0 || end <= start) return null;
  while (start < end && /\s/.test(page.text[start] ?? '')) start++;
  while (end > start && /\s/.test(page.text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** A DOM Range for [start, end) of the page text; it may span blocks. */
export function offsetsToRange({ blocks, page }: PageMap, start: number, end: number): Range | null {
  const a = toBlockOffset(page, start, 'start');
  const b = toBlockOffset(page, end, 'end');
  const first = blocks[a.block];
  const last = blocks[b.block];
  if (!first || !last) return null;
  const from = locate(first, a.offset, 'start');
  const to = locate(last, b.offset, 'end');
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const CONTEXT_BLOCKS = 200;

/** The blocks sent with a save so the mention finder sees the page's context, within the scan limits. */
export function captureContext({ blocks, page }: PageMap, start: number, end: number): SnippetCapture['context'] {
  const texts = blocks.map((b) => b.text);
  if (texts.length <= SCAN_LIMITS.maxBlocks && page.text.length <= SCAN_LIMITS.maxChars / 2) return { blocks: texts, start, end };
  const a = toBlockOffset(page, start, 'start').block;
  const b = toBlockOffset(page, end, 'end').block;
  const from = Math.max(0, a - CONTEXT_BLOCKS);
  const near = texts.slice(from, b + CONTEXT_BLOCKS + 1);
  const first = near.reduce((n, t) => n + t.length, 0) <= SCAN_LIMITS.maxChars / 2 ? from : a;
  const shift = page.starts[first] ?? 0;
  return { blocks: first === from ? near : texts.slice(a, b + 1), start: start - shift, end: end - shift };
}
