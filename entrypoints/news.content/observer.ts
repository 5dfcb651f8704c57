/**
 * One MutationObserver for dynamic and infinite-scroll pages. Records are collected, not handled one by
 * one: every `FLUSH_MS` the changed nodes are mapped to their block elements, deduplicated (a block inside
 * another changed block is dropped), and handed over as one batch; above `FULL_RESCAN_ROOTS` blocks, or
 * when the body itself was replaced, a full rescan is asked for instead. Our own UI and editable or
 * excluded regions are ignored.
 */
import { blockElementOf, isExcludedElement } from './extract';

const FLUSH_MS = 120;
export const FULL_RESCAN_ROOTS = 400;

export interface MutationBatchHandlers {
  /** Changed block elements, outermost only, in no particular order. */
  part(roots: Element[]): void;
  full(): void;
}

function excluded(el: Element, hostName: string): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.localName === hostName || isExcludedElement(e)) return true;
  }
  return false;
}

/** Keeps only the outermost of a set of elements. */
export function outermost(elements: Iterable<Element>): Element[] {
  const set = new Set(elements);
  return [...set].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

export function watchMutations(root: Element, hostName: string, handlers: MutationBatchHandlers, signal: AbortSignal): () => void {
  let changed = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    const nodes = changed;
    changed = new Set();
    const blocks = new Set<Element>();
    for (const node of nodes) {
      if (!node.isConnected) continue;
      let block = blockElementOf(node);
      // Something added straight under <body>: read just that subtree (a stray text node there is skipped).
      if (block === root || block?.localName === 'body' || block?.localName === 'html') {
        block = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
      }
      if (!block || excluded(block, hostName)) continue;
      blocks.add(block);
      if (blocks.size > FULL_RESCAN_ROOTS) return handlers.full();
    }
    const roots = outermost(blocks);
    if (roots.length) handlers.part(roots);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') changed.add(r.target);
      else for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE) changed.add(n);
    }
    if (changed.size && timer === null) timer = setTimeout(flush, FLUSH_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    timer = null;
    changed = new Set();
  };
  signal.addEventListener('abort', stop);
  return stop;
}
