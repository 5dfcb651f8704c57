// @vitest-environment happy-dom
/**
 * The block reader against a plain model of what it reads: a recursive walk of the tree (excluded subtrees
 * skipped, `<br>` read as a break), text nodes grouped by the block element that owns them, white-space-only
 * blocks dropped. Random trees of blocks, inline elements, line breaks, empty and blank text, excluded and
 * hidden elements and upper-case tag names; read in one pass and in slices of a few nodes each.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { blockElementOf, createBlockReader, extractBlocks, isExcludedElement, locate, rangeFor, type TextBlock } from '../../entrypoints/news.content/extract';

type Tree = { kind: 'text'; text: string } | { kind: 'el'; tag: string; attrs: Record<string, string>; children: Tree[] };

const TEXTS = ['Ahmed', ' al-Sharaa', '', ' ', '\n  ', 'Şərifov', '\u00a0', 'الشرع', 'x'];
const TAGS = ['p', 'div', 'li', 'h2', 'span', 'em', 'b', 'a', 'br', 'script', 'code', 'button', 'P', 'DIV', 'SPAN', 'BR', 'custom-tag'];
const ATTRS: Record<string, string>[] = [{}, {}, {}, { class: 'x' }, { hidden: '' }, { 'aria-hidden': 'true' }, { 'aria-hidden': 'false' }, { contenteditable: 'true' }];

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS).map((text): Tree => ({ kind: 'text', text })),
    fc.record({ kind: fc.constant('el' as const), tag: fc.constantFrom(...TAGS), attrs: fc.constantFrom(...ATTRS), children: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
}));

function build(node: Tree): Node {
  if (node.kind === 'text') return document.createTextNode(node.text);
  // createElementNS keeps an upper-case name as given (as an XML document would).
  const el = document.createElementNS('http://www.w3.org/1999/xhtml', node.tag);
  for (const [k, v] of Object.entries(node.attrs)) el.setAttribute(k, v);
  el.append(...node.children.map(build));
  return el;
}

/** The model: what the reader should return, computed the slow and obvious way. */
function modelBlocks(root: Node): TextBlock[] {
  const items: (Text | 'br')[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) items.push(child as Text);
      else if (child.nodeType !== Node.ELEMENT_NODE) continue;
      else if ((child as Element).localName === 'br') {
        items.push('br');
        visit(child);
      } else if (!isExcludedElement(child as Element)) visit(child);
    }
  };
  visit(root);
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let owner: Element | null = null;
  let pendingBreak = false;
  for (const item of items) {
    if (item === 'br') {
      pendingBreak = true;
      continue;
    }
    if (!item.data) continue;
    const o = blockElementOf(item);
    if (!current || o !== owner) {
      if (current && /\S/.test(current.text)) blocks.push(current);
      current = { text: '', nodes: [], starts: [] };
      owner = o;
    } else if (pendingBreak) current.text += '\n';
    pendingBreak = false;
    current.nodes.push(item);
    current.starts.push(current.text.length);
    current.text += item.data;
  }
  if (current && /\S/.test(current.text)) blocks.push(current);
  return blocks;
}

function readInSlices(root: Node): TextBlock[] {
  let clock = 0;
  const reader = createBlockReader(root, () => (clock += 1));
  const out: TextBlock[] = [];
  for (let done = false; !done; ) {
    const read = reader.read(0);
    out.push(...read.blocks);
    done = read.done;
  }
  return out;
}

const shape = (blocks: TextBlock[]) => blocks.map((b) => ({ text: b.text, nodes: b.nodes, starts: b.starts }));

describe('the block reader and its model', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('read the same blocks (texts, nodes and offsets), in one pass and in slices', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), (trees) => {
        document.body.replaceChildren(...trees.map(build));
        const model = shape(modelBlocks(document.body));
        expect(shape(extractBlocks(document.body))).toEqual(model);
        expect(shape(readInSlices(document.body))).toEqual(model);
      }),
      { numRuns: 300, seed: 20260214 },
    );
  });

  it('make the same ranges as locate gives for both ends, also after the text changed', () => {
    const ends = (r: Range) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }), fc.boolean(), (trees, spans, shorten) => {
        document.body.replaceChildren(...trees.map(build));
        const blocks = extractBlocks(document.body);
        // The page may change between reading and marking: cut some text nodes short.
        if (shorten) for (const b of blocks) for (const n of b.nodes.slice(1)) n.data = n.data.slice(0, 1);
        for (const block of blocks) {
          for (const [x, y] of spans) {
            const start = x % (block.text.length + 1);
            const end = y % (block.text.length + 2);
            const a = locate(block, start, 'start');
            const b = locate(block, end, 'end');
            const model = document.createRange();
            model.setStart(a.node, a.offset);
            model.setEnd(b.node, b.offset);
            expect(ends(rangeFor(block, start, end))).toEqual(ends(model));
          }
        }
      }),
      { numRuns: 300, seed: 20260215 },
    );
  });

  it('reads an upper-case block name as a block and only a lower-case br as a break', () => {
    document.body.replaceChildren(build({ kind: 'el', tag: 'DIV', attrs: {}, children: [
      { kind: 'text', text: 'Hakan' },
      { kind: 'el', tag: 'BR', attrs: {}, children: [] },
      { kind: 'text', text: 'Fidan' },
      { kind: 'el', tag: 'P', attrs: {}, children: [{ kind: 'text', text: 'Baku' }] },
    ] }));
    expect(extractBlocks(document.body).map((b) => b.text)).toEqual(['HakanFidan', 'Baku']);
  });
});
