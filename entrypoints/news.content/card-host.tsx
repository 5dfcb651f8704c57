/**
 * The card host: owns the one shadow root of our page UI, the card's geometry (Floating UI) and its
 * lifetime. Rendering is the presentational `EntityCard`; this file only places it.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EntityCard } from '../../components/EntityCard';
import type { CardData } from '../../messaging/protocol';

export const UI_HOST_NAME = 'backstory-ui';

export interface CardHostEvents {
  onPointerInside(inside: boolean): void;
  onOpenRelated(id: string): void;
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
      render(<EntityCard entity={data.entity} related={data.related} variant="popover" onOpenRelated={events.onOpenRelated} />, floating);
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
