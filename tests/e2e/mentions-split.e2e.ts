/**
 * The mention finder end to end, in both browsers: names split across inline tags and source lines are one
 * highlight each (one Range spanning several text nodes), inflected forms are marked whole, distractors and
 * code, form fields and editable regions are not marked, and hovering the part of a split name that sits in
 * another node still opens that name's card.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './global-setup';
import { launchWithExtension, serveDir, waitForHighlights, type BrowserKind, type LaunchedBrowser } from './harness';

const HIGHLIGHT = 'backstory-mention';
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** Every mark on the page, in document order (whitespace collapsed). */
const EXPECTED = ['Ahmed al-Sharaa', 'Ilham Aliyev', 'Ilham Aliyev', 'Hakan Fidan', "Hakan Fidan'ın"];

interface Mark {
  text: string;
  /** Ids of the paragraphs the range starts and ends in. */
  from: string;
  to: string;
  /** Text nodes the range touches. */
  nodes: number;
}

/** The highlight's ranges in document order, with the nodes each one spans. */
async function marks(page: Page): Promise<Mark[]> {
  return page.evaluate((name: string) => {
    const ranges = [...(CSS.highlights.get(name) ?? [])].filter((r): r is Range => r instanceof Range);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const idOf = (n: Node): string => n.parentElement?.closest('[id]')?.id ?? '';
    // Range.toString() drops a <br>; the page shows it as a break, so read it as whitespace.
    const textOf = (r: Range): string => {
      const copy = r.cloneContents();
      copy.querySelectorAll('br').forEach((br) => br.replaceWith(' '));
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    return ranges.map((r) => {
      const walker = document.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      let nodes = r.commonAncestorContainer.nodeType === Node.TEXT_NODE ? 1 : 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (r.intersectsNode(n)) nodes++;
      return { text: textOf(r), from: idOf(r.startContainer), to: idOf(r.endContainer), nodes };
    });
  }, HIGHLIGHT);
}

/** Rests the pointer on the middle of the last text node a range covers (the surname of a split name). */
async function hoverLastNodeOf(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(
    (name: string, wanted: string) => {
      for (const r of CSS.highlights.get(name) ?? []) {
        if (!(r instanceof Range) || r.toString().replace(/\s+/g, ' ').trim() !== wanted) continue;
        const tail = document.createRange();
        tail.setStart(r.endContainer, 0);
        tail.setEnd(r.endContainer, r.endOffset);
        const rect = tail.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return null;
    },
    HIGHLIGHT,
    text,
  );
  if (!point) throw new Error(`no mark "${text}"`);
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

describe.each<BrowserKind>(['chromium', 'firefox'])('mentions split across tags and lines in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDir(FIXTURES);
    launched = await launchWithExtension(kind, EXTENSION_DIRS[kind]);
    page = await launched.browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(`${server.url}split-names.html`);
    await waitForHighlights(page, HIGHLIGHT, EXPECTED.length);
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('marks exactly the expected names, each once, and nothing in distractors, code, fields or editable regions', async () => {
    expect((await marks(page)).map((m) => m.text)).toEqual(EXPECTED);
  });

  it('marks a name split across inline elements and lines as one range over several text nodes', async () => {
    const found = await marks(page);
    const at = (id: string): Mark[] => found.filter((m) => m.from === id);
    expect(at('tags')).toEqual([{ text: 'Ahmed al-Sharaa', from: 'tags', to: 'tags', nodes: 2 }]);
    expect(at('nested')).toEqual([{ text: 'Ilham Aliyev', from: 'nested', to: 'nested', nodes: 3 }]);
    expect(at('lines').map((m) => [m.text, m.nodes])).toEqual([['Ilham Aliyev', 1], ['Hakan Fidan', 2]]);
  });

  it('opens the card of a split name from the part in the later node', async () => {
    await hoverLastNodeOf(page, 'Ilham Aliyev');
    const title = await page.waitForFunction(
      () => {
        const card = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[data-testid="entity-card"]');
        return card && card.getBoundingClientRect().width > 0 ? card.querySelector('[data-testid="entity-name"]')?.textContent ?? null : null;
      },
      { timeout: 5_000, polling: 100 },
    );
    expect(await title.jsonValue()).toContain('Ilham Aliyev');
  });
});
