/**
 * The card host: owns the one shadow root of our page UI, the card's geometry (Floating UI) and its
 * lifetime. Rendering is the presentational `EntityCard`; this file only places it.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EntityCard } from '../../components/EntityCard';
import { SnippetsAbout, type SaveOutcome } from '../../components/SnippetsAbout';
import type { CardData } from '../../messaging/protocol';

export const UI_HOST_NAME = 'backstory-ui';

export interface CardHostEvents {
  onPointerInside(inside: boolean): void;
  onOpenRelated(id: string): void;
  /** Saves the sentence around the hovered name (or the selection) as a snippet. */
  onSaveSnippet?(): Promise<SaveOutcome>;
}

export function createCardHost(ctx: ContentScriptContext, events: CardHostEvents) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let stopAutoUpdate: (() => void) | null = null;

  async function ensureUi(): Promise<HTMLElement> {
    if (ui?.mounted) return ui.mounted;
    ui = await createShadowRootUi(ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      onMount(container) {
        const floating = document.createElement('div');
        floating.className = 'bs-floating';
        floating.hidden = true;
        floating.addEventListener('pointerenter', () => events.onPointerInside(true));
        floating.addEventListener('pointerleave', () => events.onPointerInside(false));
        container.append(floating);
        return floating;
      },
      onRemove(floating) {
        if (floating) render(null, floating);
      },
    });
    ui.mount();
    return ui.mounted as HTMLElement;
  }

  function place(floating: HTMLElement, anchor: Range) {
    stopAutoUpdate?.();
    stopAutoUpdate = autoUpdate(anchor, floating, () => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              floating.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  return {
    async show(anchor: Range, data: CardData): Promise<void> {
      const floating = await ensureUi();
      const about = data.snippets && <SnippetsAbout key={data.entity.id} name={data.entity.name} about={data.snippets} onSave={events.onSaveSnippet} />;
      render(<EntityCard entity={data.entity} related={data.related} variant="popover" onOpenRelated={events.onOpenRelated}>{about}</EntityCard>, floating);
      floating.hidden = false;
      place(floating, anchor);
    },
    hide(): void {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      const floating = ui?.mounted;
      if (floating) {
        floating.hidden = true;
        render(null, floating);
      }
    },
    /** A container of its own in the same shadow root, for other page UI (the snippet save button). */
    async layer(name: string): Promise<HTMLElement> {
      const root = (await ensureUi()).parentElement as HTMLElement;
      const found = root.querySelector<HTMLElement>(`:scope > [data-layer="${name}"]`);
      if (found) return found;
      const el = Object.assign(document.createElement('div'), { className: `bs-layer bs-layer--${name}` });
      el.dataset.layer = name;
      root.append(el);
      return el;
    },
    isOwnUi(event: Event): boolean {
      return !!ui && event.composedPath().includes(ui.shadowHost);
    },
    destroy(): void {
      this.hide();
      ui?.remove();
      ui = null;
    },
  };
}

export type CardHost = ReturnType<typeof createCardHost>;
