// @vitest-environment happy-dom
/**
 * Property-based hostile pages for the content script's text extraction: random trees with deep nesting,
 * huge text nodes, shadow roots, iframes, contenteditable, RTL and mixed scripts and inline SVG. Extraction
 * throws nothing, changes nothing and never reads text from an excluded element.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractBlocks, rangeFor } from '../../entrypoints/news.content/extract';

/** Only excluded subtrees hold this character, so seeing it in a block means an exclusion leaked. */
const SECRET = '\u2603';

type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'el'; tag: string; attrs: Record<string, string>; children: Tree[]; shadow: Tree[] | null }
  | { kind: 'excluded'; how: string; children: Tree[] }
  | { kind: 'deep'; depth: number; text: string };

const SCRIPTS = ['Ahmed al-Sharaa', 'Şərifov', 'Türkiye İstanbul', 'Асад', 'الشرع', 'אבג', '中文', 'e\u0301', '\u200f', '\u202e', '😀', '\u0000'];
const text = fc.oneof(
  { arbitrary: fc.constantFrom(...SCRIPTS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replaceAll(SECRET, '')), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }).map((s) => s.replaceAll(SECRET, '')), weight: 2 },
  { arbitrary: fc.integer({ min: 20_000, max: 100_000 }).map((n) => 'Fidan söz '.repeat(n / 10)), weight: 1 },
);
const INLINE = ['span', 'em', 'b', 'a', 'i', 'sup'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section', 'article', 'td', 'blockquote', 'iframe-wrap'];
const EXCLUDERS = ['script', 'style', 'textarea', 'code', 'pre', 'button', 'svg', 'iframe', 'template', 'contenteditable', 'hidden', 'aria-hidden', 'math', 'noscript', 'select'];

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t): Tree => ({ kind: 'text', text: t })),
    fc.record({
      kind: fc.constant('el' as const),
      tag: fc.constantFrom(...INLINE, ...BLOCK),
      attrs: fc.constantFrom<Record<string, string>>({}, { dir: 'rtl' }, { dir: 'ltr', lang: 'ar' }, { contenteditable: 'false' }, { style: 'display:none' }),
      children: fc.array(tie('tree'), { maxLength: 4 }),
      shadow: fc.option(fc.array(tie('tree'), { maxLength: 2 }), { nil: null }),
    }),
    fc.record({ kind: fc.constant('excluded' as const), how: fc.constantFrom(...EXCLUDERS), children: fc.array(tie('tree'), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 100, max: 600 }), text }),
  ),
}));

const SVG_NS = 'http://www.w3.org/2000/svg';

function excludedElement(how: string): Element {
  if (how === 'svg') {
    const svg = document.createElementNS(SVG_NS, 'svg');
    const t = document.createElementNS(SVG_NS, 'text');
    svg.append(t);
    return svg;
  }
  if (how === 'contenteditable' || how === 'hidden' || how === 'aria-hidden') {
    const div = document.createElement('div');
    if (how === 'contenteditable') div.setAttribute('contenteditable', 'true');
    else if (how === 'hidden') div.hidden = true;
    else div.setAttribute('aria-hidden', 'true');
    return div;
  }
  return document.createElement(how);
}

/** Builds the tree; excluded subtrees also get the secret text, inside and in all their descendants' text. */
function build(node: Tree, secret: boolean): Node {
  if (node.kind === 'text') return document.createTextNode(secret ? `${node.text}${SECRET}` : node.text);
  if (node.kind === 'deep') {
    const top = document.createElement('div');
    let at: Element = top;
    for (let i = 0; i < node.depth; i += 1) at = at.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
    at.append(secret ? `${node.text}${SECRET}` : node.text);
    return top;
  }
  if (node.kind === 'excluded') {
    const el = excludedElement(node.how);
    const target = el.firstElementChild ?? el;
    target.append(document.createTextNode(`${SECRET} hidden Ahmed al-Sharaa`), ...node.children.map((c) => build(c, true)));
    return el;
  }
  const el = document.createElement(node.tag === 'iframe-wrap' ? 'div' : node.tag);
  for (const [k, v] of Object.entries(node.attrs)) el.setAttribute(k, v);
  el.append(...node.children.map((c) => build(c, secret)));
  if (node.shadow && node.tag !== 'iframe-wrap') el.attachShadow({ mode: 'open' }).append(...node.shadow.map((c) => build(c, secret)));
  if (node.tag === 'iframe-wrap') {
    const frame = document.createElement('iframe');
    frame.setAttribute('srcdoc', `<p>${SECRET} framed</p>`);
    el.append(frame);
  }
  return el;
}

/** Serialises light DOM and every open shadow root, to prove nothing changed. */
function snapshot(root: Element): string {
  const shadows: string[] = [];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) shadows.push(el.shadowRoot.innerHTML);
  return `${root.innerHTML}|${shadows.join('|')}`;
}

describe('extraction on hostile random pages', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('throws nothing, mutates nothing and never reads an excluded element', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (trees) => {
        document.body.replaceChildren(...trees.map((t) => build(t, false)));
        const before = snapshot(document.body);
        const blocks = extractBlocks(document.body);
        for (const block of blocks) {
          expect(block.text).not.toContain(SECRET);
          expect(block.nodes.every((n) => document.body.contains(n))).toBe(true);
          if (block.text.length > 0) rangeFor(block, 0, block.text.length).toString();
        }
        expect(snapshot(document.body)).toBe(before);
        document.body.replaceChildren();
      }),
      { numRuns: 40, seed: 20260101 },
    );
  }, 120_000);
});
