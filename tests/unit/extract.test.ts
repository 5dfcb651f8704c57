// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractBlocks, rangeFor } from '../../entrypoints/news.content/extract';
import { batchBlocks } from '../../entrypoints/news.content/scanner';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('extractBlocks', () => {
  it('joins inline elements of a paragraph into one block', () => {
    const blocks = extractBlocks(page('<p>President <em>Ahmed</em> al-<b>Sharaa</b> spoke.</p><p>Next one.</p>'));
    expect(blocks.map((b) => b.text)).toEqual(['President Ahmed al-Sharaa spoke.', 'Next one.']);
    expect(blocks[0]?.nodes).toHaveLength(5);
  });

  it('reads a <br> as a line break between the words it separates', () => {
    const blocks = extractBlocks(page('<p>Hakan<br>Fidan</p>'));
    expect(blocks[0]?.text).toBe('Hakan\nFidan');
  });

  it.each([
    ['script', '<script>var SOCAR = 1;</script>'],
    ['style', '<style>.SOCAR{}</style>'],
    ['code', '<code>SOCAR</code>'],
    ['textarea', '<textarea>SOCAR</textarea>'],
    ['contenteditable', '<div contenteditable="true">SOCAR</div>'],
    ['our own UI', '<backstory-ui>SOCAR</backstory-ui>'],
    ['aria-hidden', '<div aria-hidden="true">SOCAR</div>'],
  ])('skips %s', (_label, html) => {
    const blocks = extractBlocks(page(`<p>Baku</p>${html}`));
    expect(blocks.map((b) => b.text).join('|')).not.toContain('SOCAR');
  });

  it('separates nested blocks and skips whitespace-only blocks', () => {
    const blocks = extractBlocks(page('<div>Before <p>inside</p> after</div><div>   </div>'));
    expect(blocks.map((b) => b.text)).toEqual(['Before ', 'inside', ' after']);
  });
});

describe('rangeFor', () => {
  it('maps block offsets to a range that may span nodes', () => {
    const [block] = extractBlocks(page('<p>Leader <em>Ahmed</em> al-Sharaa arrived</p>'));
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('Ahmed');
    const end = start + 'Ahmed al-Sharaa'.length;
    const range = rangeFor(block, start, end);
    expect(range.toString()).toBe('Ahmed al-Sharaa');
    expect(range.startContainer.textContent).toBe('Ahmed');
  });

  it('ends a range at a node boundary inside the earlier node', () => {
    const [block] = extractBlocks(page('<p><b>SOCAR</b> said</p>'));
    if (!block) throw new Error('no block');
    const range = rangeFor(block, 0, 5);
    expect(range.toString()).toBe('SOCAR');
    expect(range.endContainer.textContent).toBe('SOCAR');
  });
});

describe('batchBlocks', () => {
  it('splits by block count and by characters, keeping order', () => {
    expect(batchBlocks(['a', 'b', 'c'], 2, 100)).toEqual([['a', 'b'], ['c']]);
    expect(batchBlocks(['aaaa', 'bbbb', 'cc'], 10, 8)).toEqual([['aaaa', 'bbbb'], ['cc']]);
  });

  it('cuts a single block longer than a batch', () => {
    expect(batchBlocks(['x'.repeat(20)], 10, 8)).toEqual([['x'.repeat(8)]]);
  });
});
