/**
 * Text extraction: the page's text as blocks (one per paragraph, heading, list item …), each with the
 * text nodes it was joined from, so offsets in a block map back to DOM positions. Inline elements are
 * joined (`<em>Ahmed</em> al-Sharaa` is one string); excluded subtrees are never read.
 */

/** Subtrees whose text is never marked: code, form fields, scripts, media and our own UI (by `localName`). */
const EXCLUDED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'canvas', 'iframe', 'object', 'video', 'audio',
  'backstory-ui',
]);

/** Elements that start a new block of text (by `localName`). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const nameOf = (el: Element) => el.localName.toLowerCase();

export interface TextBlock {
  text: string;
  /** The text nodes joined into `text`, in order, with the offset each starts at. */
  nodes: Text[];
  starts: number[];
}

/**
 * Whether an element's subtree is never read. Editing is recognised at the element that turns it on
 * (`contenteditable`), so callers check every ancestor (the reader never enters an excluded subtree).
 */
export function isExcludedElement(el: Element): boolean {
  if (EXCLUDED_TAGS.has(nameOf(el))) return true;
  // Most elements carry no attributes at all: nothing more to ask (and no style-dependent getter to run).
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('contenteditable') && el instanceof HTMLElement && el.isContentEditable) return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

const OTHER = 0;
const EXCLUDED = 1;
const BLOCK = 2;
const BREAK = 3;
/** What each `localName` met so far is to the reader: one map look-up per element instead of lower-casing it. */
const kinds = new Map<string, number>();
const MAX_KINDS = 2048;

function kindOf(name: string): number {
  let kind = kinds.get(name);
  if (kind === undefined) {
    const lower = name.toLowerCase();
    // Only a lower-case `br` is a line break; other names count in any case.
    kind = name === 'br' ? BREAK : EXCLUDED_TAGS.has(lower) ? EXCLUDED : BLOCK_TAGS.has(lower) ? BLOCK : OTHER;
    if (kinds.size < MAX_KINDS) kinds.set(name, kind);
  }
  return kind;
}

function blockOf(node: Node, cache: Map<Element, Element>): Element | null {
  const parent = node.parentElement;
  if (!parent) return null;
  if (kindOf(parent.localName) === BLOCK) return parent;
  const hit = cache.get(parent);
  if (hit) return hit;
  let el: Element | null = parent;
  while (el && kindOf(el.localName) !== BLOCK) el = el.parentElement;
  const block = el ?? parent;
  cache.set(parent, block);
  return block;
}

export interface BlockReader {
  /** Reads on until `budgetMs` have passed (at least one node); `done` once the whole subtree is read. */
  read(budgetMs: number): { blocks: TextBlock[]; done: boolean };
}

const TEXT_NODE = 3;
const INK = /\S/;

/**
 * Reads the text blocks under `root`, resumably, so a long page is read in slices (each ends when its
 * budget is spent or `interrupted()` says so, checked every 64 nodes). Consecutive text nodes under the
 * same block element form one block; a `<br>` between them is read as a line break.
 *
 * One plain TreeWalker over elements and text, the filtering done here: a JS `acceptNode` callback per
 * element costs a native → script call each. Every DOM call counts on a large page (the walk itself is
 * most of the time), so a text node's block is looked up only when its parent differs from the previous
 * one's, and an element's kind is one map look-up of its `localName`.
 */
export function createBlockReader(root: Node, now: () => number = () => performance.now(), interrupted: () => boolean = () => false): BlockReader {
  const cache = new Map<Element, Element>();
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  // An editable document is not read at all.
  let done = doc.designMode === 'on';
  let current: TextBlock | null = null;
  let currentOwner: Element | null = null;
  /** The current block's text so far, and whether it holds anything but white space. */
  let text = '';
  let ink = false;
  let lastParent: Node | null = null;
  let lastOwner: Element | null = null;
  let pendingBreak = false;
  /** The node after the current one's subtree (the walker never climbs above `root`). */
  const skipSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  const close = (blocks: TextBlock[]) => {
    if (!current) return;
    current.text = text;
    if (ink) blocks.push(current);
  };
  return {
    read(budgetMs) {
      const blocks: TextBlock[] = [];
      const until = now() + budgetMs;
      let count = 0;
      while (!done) {
        // Checking the clock (and for waiting input) every 64 nodes keeps its cost out of the loop.
        if ((++count & 63) === 0 && (now() >= until || interrupted())) return { blocks, done };
        // The next text node or <br>: elements are filtered here, excluded subtrees never entered.
        let n = walker.nextNode();
        let isBreak = false;
        while (n && n.nodeType !== TEXT_NODE) {
          const el = n as Element;
          const kind = kindOf(el.localName);
          if (kind === BREAK) {
            isBreak = true;
            break;
          }
          n = kind === EXCLUDED || (el.hasAttributes() && isExcludedElement(el)) ? skipSubtree() : walker.nextNode();
        }
        if (!n) {
          done = true;
          break;
        }
        if (isBreak) {
          pendingBreak = true;
          continue;
        }
        const node = n as Text;
        const data = node.data;
        if (!data) continue;
        const parent = node.parentNode;
        if (parent !== lastParent) {
          lastParent = parent;
          lastOwner = blockOf(node, cache);
        }
        if (!current || lastOwner !== currentOwner) {
          close(blocks);
          current = { text: '', nodes: [], starts: [] };
          currentOwner = lastOwner;
          text = '';
          ink = false;
        } else if (pendingBreak) {
          text += '\n';
        }
        pendingBreak = false;
        current.nodes.push(node);
        current.starts.push(text.length);
        text += data;
        if (!ink) {
          // Most text starts with a printable ASCII character: no need to run the pattern over it.
          const c = data.charCodeAt(0);
          ink = (c > 0x20 && c < 0x7f) || INK.test(data);
        }
      }
      close(blocks);
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
  if (el && kindOf(el.localName) === BLOCK) return el;
  return el ? blockOf(node.nodeType === Node.ELEMENT_NODE ? (el.firstChild ?? el) : node, new Map()) : null;
}

/** The index of the node that holds a block offset (binary search over the nodes' start offsets). */
function nodeIndex(starts: readonly number[], offset: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] ?? 0;
    // An end offset that falls exactly on a node boundary belongs to the node before it.
    if (side === 'end' ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM position of a block offset: the node that holds it and the offset inside that node. */
export function locate(block: TextBlock, offset: number, side: 'start' | 'end'): { node: Text; offset: number } {
  const lo = nodeIndex(block.starts, offset, side);
  const node = block.nodes[lo] as Text;
  const inNode = Math.min(Math.max(offset - (block.starts[lo] ?? 0), 0), node.data.length);
  return { node, offset: inNode };
}

/**
 * A DOM Range for [start, end) of a block; it may span several text nodes. The same range as `locate` gives for
 * both ends, made with one search (the end is in the start's node or one of the next few) and without reading the
 * nodes' text: offsets past a node's end (its text changed since it was read) are clamped only when they fail, and
 * an empty span takes `locate`'s way.
 */
export function rangeFor(block: TextBlock, start: number, end: number): Range {
  const { nodes, starts } = block;
  const lo = nodeIndex(starts, start, 'start');
  // An end offset that falls exactly on a node boundary belongs to the node before it.
  let last = lo;
  while (last + 1 < starts.length && (starts[last + 1] ?? 0) < end) last++;
  const range = document.createRange();
  try {
    if (end <= start) throw new RangeError('empty');
    range.setStart(nodes[lo] as Text, Math.max(start - (starts[lo] ?? 0), 0));
    range.setEnd(nodes[last] as Text, Math.max(end - (starts[last] ?? 0), 0));
  } catch {
    const a = locate(block, start, 'start');
    const b = locate(block, end, 'end');
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  }
  return range;
}
