/**
 * The card host: owns the one shadow root of our page UI, the card's geometry (Floating UI), its focus
 * (a focus trap only while pinned) and the keyboard focus proxy: a button of our own, laid over a mention,
 * that takes focus instead of the page's text (the page DOM gets no tabindex). Rendering is `CardFrame`.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { SaveOutcome } from '../../components/SnippetsAbout';
import type { CardData } from '../../messaging/protocol';
import { CardFrame } from './CardFrame';
import { createCardRoots, type Rendered } from './card-roots';

export const UI_HOST_NAME = 'backstory-ui';

export interface CardHostEvents {
  onPointerInside(inside: boolean): void;
  onOpenRelated(id: string): void;
  onPin(pinned: boolean): void;
  onClose(): void;
  /** Enter or Space on the focus proxy. */
  onProxyActivate(): void;
  /** Focus left both the proxy and the card. */
  onFocusLeft(): void;
  /** Saves the sentence around the hovered name (or the selection) as a snippet. */
  onSaveSnippet?(): Promise<SaveOutcome>;
}

interface Parts {
  floating: HTMLElement;
  proxy: HTMLButtonElement;
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function createCardHost(ctx: ContentScriptContext, events: CardHostEvents) {
  let ui: ShadowRootContentScriptUi<Parts> | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let current: { anchor: Range; data: CardData; articleDate: string | null; pinned: boolean } | null = null;
  const roots = createCardRoots(({ data, articleDate, pinned }, into) =>
    render(
      <CardFrame data={data} articleDate={articleDate} pinned={pinned} onPin={events.onPin} onClose={events.onClose} onOpenRelated={events.onOpenRelated} onSaveSnippet={events.onSaveSnippet} />,
      into,
    ),
  );

  function trapFocus(floating: HTMLElement, ev: KeyboardEvent) {
    if (ev.key !== 'Tab' || !current?.pinned) return;
    const items = [...floating.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    const active = floating.getRootNode() instanceof ShadowRoot ? (floating.getRootNode() as ShadowRoot).activeElement : null;
    if (ev.shiftKey && active === first) {
      ev.preventDefault();
      last?.focus();
    } else if (!ev.shiftKey && active === last) {
      ev.preventDefault();
      first?.focus();
    }
  }

  function focusLeft(ev: FocusEvent) {
    const to = ev.relatedTarget as Node | null;
    if (!to || !ui || !ui.shadow.contains(to)) events.onFocusLeft();
  }

  /** The UI being built: warm-up, prepare and show may all ask for it at once, and get one UI. */
  let building: Promise<Parts> | null = null;
  function ensureUi(): Promise<Parts> {
    if (ui?.mounted) return Promise.resolve(ui.mounted);
    building ??= buildUi().finally(() => (building = null));
    return building;
  }

  async function buildUi(): Promise<Parts> {
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
        floating.addEventListener('keydown', (ev) => trapFocus(floating, ev));
        floating.addEventListener('focusout', focusLeft);
        const proxy = document.createElement('button');
        proxy.type = 'button';
        proxy.className = 'bs-proxy';
        proxy.hidden = true;
        proxy.dataset.testid = 'mention-focus';
        proxy.addEventListener('keydown', (ev) => {
          if (ev.key !== 'Enter' && ev.key !== ' ') return;
          ev.preventDefault();
          events.onProxyActivate();
        });
        proxy.addEventListener('focusout', focusLeft);
        roots.attach(floating);
        container.append(proxy, floating);
        return { floating, proxy };
      },
      onRemove() {
        roots.clearAll();
      },
    });
    ui.mount();
    return ui.mounted as Parts;
  }

  /** Computes where the card goes next to `anchor` and moves it there (it stays as visible as it was). */
  function position(floating: HTMLElement, anchor: Range): Promise<void> {
    return computePosition(anchor, floating, {
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
  }

  /** Each placement's own token: a position computed for an earlier placement never reveals the card. */
  let placement = 0;
  function place(floating: HTMLElement, anchor: Range, done: () => void) {
    stopAutoUpdate?.();
    const token = ++placement;
    let first = true;
    stopAutoUpdate = autoUpdate(anchor, floating, () => {
      void position(floating, anchor).then(() => {
        if (token !== placement) return;
        floating.style.visibility = 'visible';
        if (first) done();
        first = false;
      });
    });
  }

  return {
    /**
     * Builds the shadow-root UI (and loads its stylesheet) ahead of the first card. With a `rehearsal`,
     * also renders, lays out and positions that card once, invisible, and empties the card again, all
     * within one task (only microtasks in between), so no other script ever sees it; the first real card
     * then finds styles, fonts and code warm.
     */
    async warm(rehearsal?: Rendered & { anchor: Range }): Promise<void> {
      const { floating } = await ensureUi();
      if (!rehearsal || current || !ctx.isValid || !floating.hidden) return;
      roots.paint(rehearsal);
      floating.style.visibility = 'hidden';
      floating.hidden = false;
      await position(floating, rehearsal.anchor).finally(() => {
        if (current) return;
        floating.hidden = true;
        roots.clearShown();
      });
    },
    /**
     * Renders the card for `data` ahead of `show` (the intent's prepare phase) into the spare root, which is
     * not in the document: nothing can see or reach it, and `show` only swaps it in, positions and reveals it.
     */
    async prepare(data: CardData, articleDate: string | null): Promise<void> {
      await ensureUi();
      if (!ctx.isValid) return;
      roots.prepare({ data, articleDate, pinned: false });
    },
    /** Shows the card for `data` next to `anchor`; resolves once it is positioned and visible. */
    async show(anchor: Range, data: CardData, articleDate: string | null): Promise<void> {
      const { floating } = await ensureUi();
      const sameAnchor = current?.anchor === anchor;
      current = { anchor, data, articleDate, pinned: sameAnchor ? (current?.pinned ?? false) : false };
      roots.paint(current);
      floating.scrollTop = 0;
      if (sameAnchor && !floating.hidden) return;
      floating.style.visibility = 'hidden';
      floating.hidden = false;
      await new Promise<void>((resolve) => place(floating, anchor, resolve));
    },
    setPinned(pinned: boolean): void {
      const floating = ui?.mounted?.floating;
      if (!current || !floating) return;
      current.pinned = pinned;
      roots.paint(current);
      if (pinned) floating.querySelector<HTMLElement>('[data-testid="pin"]')?.focus();
    },
    hide(): void {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      placement++;
      current = null;
      const floating = ui?.mounted?.floating;
      if (floating) floating.hidden = true;
      roots.clearShown();
    },
    /** The card's own element (for marking the names inside it), while a card is shown. */
    cardElement(): HTMLElement | null {
      const floating = ui?.mounted?.floating;
      return current && floating && !floating.hidden ? floating : null;
    },
    /** Lays the focus proxy over `range`, labels it and focuses it. */
    async focusMention(range: Range, label: string): Promise<void> {
      const { proxy } = await ensureUi();
      const rect = range.getBoundingClientRect();
      Object.assign(proxy.style, { left: `${rect.left - 2}px`, top: `${rect.top - 2}px`, width: `${rect.width + 4}px`, height: `${rect.height + 4}px` });
      proxy.setAttribute('aria-label', label);
      proxy.hidden = false;
      proxy.focus({ preventScroll: true });
    },
    hideFocus(): void {
      const proxy = ui?.mounted?.proxy;
      if (proxy) proxy.hidden = true;
    },
    /** Moves focus back to the proxy (after a pinned card closes), if it is in use. */
    refocusProxy(): void {
      const proxy = ui?.mounted?.proxy;
      if (proxy && !proxy.hidden) proxy.focus({ preventScroll: true });
    },
    /** A container of its own in the same shadow root, for other page UI (the snippet save button). */
    async layer(name: string): Promise<HTMLElement> {
      const root = (await ensureUi()).floating.parentElement as HTMLElement;
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
