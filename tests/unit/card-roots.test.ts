// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createCardRoots, type Rendered } from '../../entrypoints/news.content/card-roots';
import type { CardData } from '../../messaging/protocol';

const card = (name: string) => ({ entity: { id: name, name } }) as unknown as CardData;

function setup() {
  const drawn: { name: string; pinned: boolean; connected: boolean }[] = [];
  const roots = createCardRoots((what, into) => {
    into.textContent = `${what.data.entity.name}${what.pinned ? ' (pinned)' : ''}`;
    drawn.push({ name: what.data.entity.name, pinned: what.pinned, connected: into.isConnected });
  });
  const element = document.createElement('div');
  document.body.replaceChildren(element);
  roots.attach(element);
  return { roots, drawn, element };
}

describe('the card roots', () => {
  it('renders a prepared card out of the document, and showing it swaps it in without rendering again', () => {
    const { roots, drawn, element } = setup();
    const soon: Rendered = { data: card('SOCAR'), articleDate: null, pinned: false };
    roots.prepare(soon);
    expect(drawn).toEqual([{ name: 'SOCAR', pinned: false, connected: false }]);
    expect(element.textContent).toBe('');
    roots.paint({ ...soon });
    expect(drawn).toHaveLength(1);
    expect(element.textContent).toBe('SOCAR');
  });

  it('renders in place when the prepared card is another one', () => {
    const { roots, drawn, element } = setup();
    roots.prepare({ data: card('SOCAR'), articleDate: null, pinned: false });
    roots.paint({ data: card('Hakan Fidan'), articleDate: null, pinned: false });
    expect(drawn.at(-1)).toEqual({ name: 'Hakan Fidan', pinned: false, connected: true });
    expect(element.textContent).toBe('Hakan Fidan');
  });

  it('renders again when the caller changes its own object (pinning the shown card)', () => {
    const { roots, element } = setup();
    const shown: Rendered = { data: card('SOCAR'), articleDate: null, pinned: false };
    roots.paint(shown);
    shown.pinned = true;
    roots.paint(shown);
    expect(element.textContent).toBe('SOCAR (pinned)');
  });
});
