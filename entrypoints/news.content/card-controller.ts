/**
 * The card's behaviour: hover intent (prepare, show, hide), pinning, Esc, names inside the card, and
 * keyboard traversal of the page's mentions through the focus proxy. Owns the card host.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SaveOutcome } from '../../components/SnippetsAbout';
import { createHoverIntent, timingsFor } from '../../core/hover-intent';
import { sendMessage, type CardData } from '../../messaging/protocol';
import { createCardHost } from './card-host';
import { createCardMarks } from './card-marks';
import { browserScheduler, idleAfterNextPaint, WARM_UP, warmUpWhenReady } from './card-schedule';
import type { MarkedMention, MentionRegistry } from './highlights';

export interface CardControllerHooks {
  /** The card's save button: saves the sentence around the shown mention (or the selection). */
  saveNear(mention: Range | undefined): Promise<SaveOutcome>;
}

export function createCardController(ctx: ContentScriptContext, registry: MentionRegistry, articleDate: () => string | null, hooks: CardControllerHooks) {
  const cardCache = new Map<string, Promise<CardData | null>>();
  const fetchCard = (id: string) => {
    let pending = cardCache.get(id);
    if (!pending) {
      pending = sendMessage('getCard', { id }).catch(() => null);
      cardCache.set(id, pending);
    }
    return pending;
  };
  let showMs = 500;
  /** The mention keyboard traversal is at; the next shortcut continues from it. */
  let focused: MarkedMention | null = null;

  /** Opens `id` in the card that is open now, at the same anchor (related names, names inside the card). */
  const openInCard = (id: string) => {
    const anchor = intent.shown?.range;
    void fetchCard(id).then((data) => data && anchor && intent.shown && render(anchor, data));
  };

  async function render(anchor: Range, data: CardData): Promise<void> {
    performance.mark('backstory:card-render');
    await host.show(anchor, data, articleDate());
    performance.mark('backstory:card-visible');
    // The names inside the card are marked once the card is on screen, never before it.
    idleAfterNextPaint(() => {
      const card = intent.shown?.range === anchor ? host.cardElement() : null;
      if (card && ctx.isValid) void cardMarks.mark(card, data.entity.id).catch(() => undefined);
    });
  }

  const cardMarks = createCardMarks(openInCard, () => showMs);
  const host = createCardHost(ctx, {
    onPointerInside: (inside) => intent.card(inside),
    onOpenRelated: openInCard,
    onSaveSnippet: () => hooks.saveNear(intent.shown?.range),
    onPin: (pinned) => {
      intent.pin(pinned);
      host.setPinned(intent.pinned);
    },
    onClose: () => close(),
    onProxyActivate: () => {
      if (!focused) return;
      if (intent.shown !== focused) intent.showNow(focused);
      intent.pin(true);
      host.setPinned(true);
    },
    onFocusLeft: () => {
      // The window losing focus (another tab, the shortcut's own UI) is not the reader leaving the card.
      if (intent.pinned || !document.hasFocus()) return;
      host.hideFocus();
      intent.over(null);
    },
  });

  const intent = createHoverIntent<MarkedMention>({
    // Fetch and render the card hidden while the intent waits, so that `show` only positions and reveals it.
    prepare: (mark) => {
      void fetchCard(mark.entity)
        .then((data) => (data && ctx.isValid ? host.prepare(data, articleDate()) : undefined))
        .catch(() => undefined);
    },
    show: (mark) => {
      performance.mark('backstory:card-show');
      void fetchCard(mark.entity).then((data) => {
        if (data && intent.shown === mark) return render(mark.range, data);
      });
    },
    hide: () => {
      cardMarks.clear();
      host.hide();
    },
  });

  function close(): void {
    // Focus goes back to the mention before the card (and the focused button in it) goes away.
    if (intent.pinned) host.refocusProxy();
    intent.dismiss();
  }

  /** Moves keyboard focus to the next (or previous) mention and shows its card at once. */
  async function moveFocus(direction: 'next' | 'previous'): Promise<void> {
    const marks = registry.ordered();
    if (!marks.length) return;
    const at = focused ? marks.indexOf(focused) : -1;
    const index = at < 0 ? (direction === 'next' ? 0 : marks.length - 1) : (at + (direction === 'next' ? 1 : -1) + marks.length) % marks.length;
    const mark = marks[index] as MarkedMention;
    focused = mark;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const data = await fetchCard(mark.entity);
    const name = data?.entity.name ?? mark.surface;
    await host.focusMention(mark.range, `${mark.surface}: ${name}. Name ${index + 1} of ${marks.length} marked by Backstory. Enter opens the card.`);
    intent.showNow(mark);
  }

  ctx.onInvalidated(() => {
    cardMarks.destroy();
    host.destroy();
  });

  return {
    intent,
    host,
    cardMarks,
    moveFocus,
    close,
    /** Builds the card's UI at idle once `hasMarks()` holds (the page's first marks are painted). */
    warmUp(hasMarks: () => boolean): void {
      // Three short steps, each in its own idle time: build the UI, fetch a card, rehearse it.
      const idle = () => new Promise<void>((resolve) => browserScheduler.idle(resolve, WARM_UP.idleTimeoutMs));
      const rehearse = async () => {
        await host.warm();
        const mark = registry.ordered()[0];
        const data = mark ? await fetchCard(mark.entity) : null;
        await idle();
        if (ctx.isValid && mark && data) await host.warm({ anchor: mark.range, data, articleDate: articleDate(), pinned: false });
      };
      warmUpWhenReady(hasMarks, () => void rehearse().catch(() => undefined), ctx.signal);
    },
    setDelay(ms: number): void {
      showMs = ms;
      intent.setTimings(timingsFor(ms));
    },
    /** Drops cached cards of `ids` (a saved snippet changed what they show). */
    forget(ids: readonly string[]): void {
      for (const id of ids) cardCache.delete(id);
    },
    /** Everything off: close the card, drop the focus proxy. */
    reset(): void {
      focused = null;
      host.hideFocus();
      intent.dismiss();
    },
  };
}

export type CardController = ReturnType<typeof createCardController>;
