// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBlockReader, extractBlocks } from '../../entrypoints/news.content/extract';

describe('the resumable block reader', () => {
  it('reads the same blocks in many tiny slices as in one pass, blocks split across slices included', () => {
    const paras = Array.from({ length: 120 }, (_, i) => `<p>Para ${i} <em>Ahmed</em> al-Sharaa<br>line ${'x'.repeat(i)}</p>`).join('');
    document.body.innerHTML = `<article>${paras}<textarea>not read</textarea></article>`;
    let clock = 0;
    const reader = createBlockReader(document.body, () => (clock += 1));
    const sliced: string[] = [];
    let slices = 0;
    for (let done = false; !done; slices++) {
      const read = reader.read(0);
      sliced.push(...read.blocks.map((b) => b.text));
      done = read.done;
    }
    expect(slices).toBeGreaterThan(5);
    expect(sliced).toEqual(extractBlocks(document.body).map((b) => b.text));
    expect(sliced[3]).toBe('Para 3 Ahmed al-Sharaa\nline xxx');
    expect(sliced.join(' ')).not.toContain('not read');
  });
});
