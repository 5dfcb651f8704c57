/**
 * Text extraction: the page's text as blocks (one per paragraph, heading, list item …), each with the
 * text nodes it was joined from, so offsets in a block map back to DOM positions. Inline elements are
 * joined (`<em>Ahmed</em> al-Sharaa` is one string); excluded subtrees are never read.
 */

/** Subtrees whose text is never marked: code, form fields, scripts, media and our own UI. */
const EXCLUDED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO',
  'BACKSTORY-UI',
]);

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextBlock {
  text: string;
  /** The text nodes joined into `text`, in order, with the offset each starts at. */
  nodes: Text[];
  starts: number[];
}

export function isExcludedElement(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

function blockOf(node: Node, cache: Map<Element, Element>): Element | null {
  const parent = node.parentElement;
  if (!parent) return null;
  const hit = cache.get(parent);
  if (hit) return hit;
  let el: Element | null = parent;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  const block = el ?? parent;
  cache.set(parent, block);
  return block;
}

/** A walker over the text nodes (and `<br>`s) of `root` that does not enter excluded subtrees. */
export function textWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE || node.nodeName === 'BR') return NodeFilter.FILTER_ACCEPT;
      return isExcludedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
}

export interface BlockReader {
  /** Reads on until `budgetMs` have passed (at least one node); `done` once the whole subtree is read. */
  read(budgetMs: number): { blocks: TextBlock[]; done: boolean };
}

/**
 * Reads the text blocks under `root`, resumably, so a long page is read in slices. Consecutive text
 * nodes under the same block element form one block; a `<br>` between them is read as a line break.
 */
export function createBlockReader(root: Node, now: () => number = () => performance.now()): BlockReader {
  const cache = new Map<Element, Element>();
  const walker = textWalker(root);
  let current: TextBlock | null = null;
  let currentOwner: Element | null = null;
  let pendingBreak = false;
  let done = false;
  return {
    read(budgetMs) {
      const blocks: TextBlock[] = [];
      const until = now() + budgetMs;
      let count = 0;
      while (!done) {
        // Checking the clock every 64 nodes keeps its cost out of the loop.
        if ((++count & 63) === 0 && now() >= until) return { blocks, done };
        const node = walker.nextNode();
        if (!node) {
          done = true;
          break;
        }
        if (node.nodeType !== Node.TEXT_NODE) {
          pendingBreak = true;
          continue;
        }
        const text = node as Text;
        if (!text.data) continue;
        const owner = blockOf(text, cache);
        if (!current || owner !== currentOwner) {
          if (current && /\S/.test(current.text)) blocks.push(current);
          current = { text: '', nodes: [], starts: [] };
          currentOwner = owner;
        } else if (pendingBreak) {
          current.text += '\n';
        }
        pendingBreak = false;
        current.nodes.push(text);
        current.starts.push(current.text.length);
        current.text += text.data;
      }
      if (current && /\S/.test(current.text)) blocks.push(current);
      current = null;
      return { blocks, done };
    },
  };
}

/** Reads all the text blocks under `root` at once. */
export function extractBlocks(root: Node): TextBlock[] {
  return createBlockReader(root).read(Number.POSITIVE_INFINITY).blocks;
}

/** The element that owns a node's block of text (the nearest block-level ancestor, or the node itself). */
export function blockElementOf(node: Node): Element | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (el && BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
  return el ? blockOf(node.nodeType === Node.ELEMENT_NODE ? (el.firstChild ?? el) : node, new Map()) : null;
}

/** The DOM position of a block offset: the node that holds it and the offset inside that node. */
export function locate(block: TextBlock, offset: number, side: 'start' | 'end'): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid] ?? 0;
    // An end offset that falls exactly on a node boundary belongs to the node before it.
    if (side === 'end' ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = block.nodes[lo] as Text;
  const inNode = Math.min(Math.max(offset - (block.starts[lo] ?? 0), 0), node.data.length);
  return { node, offset: inNode };
}

/** A DOM Range for [start, end) of a block; it may span several text nodes. */
export function rangeFor(block: TextBlock, start: number, end: number): Range {
  const doc = block.nodes[0]?.ownerDocument ?? document;
  const range = doc.createRange();
  const a = locate(block, start, 'start');
  const b = locate(block, end, 'end');
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
