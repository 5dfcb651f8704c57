/**
 * The content script: composes extraction, marking, hover and the card. Every listener and timer is
 * tied to the WXT context, so an extension update or disable leaves the page clean.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/entity-card.css';
import './card-host.css';
import { createHoverIntent } from '../../core/hover-intent';
import { sendMessage, type CardData } from '../../messaging/protocol';
import { createCardHost } from './card-host';
import { createMentionRegistry, highlightsSupported, type MarkedMention } from './highlights';
import { trackPointer } from './hover';
import { scanPage } from './scanner';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (!highlightsSupported() || !document.body) return;
    const registry = createMentionRegistry();
    ctx.onInvalidated(() => registry.destroy());
    // WXT notices that the extension was reloaded, updated or disabled only when something asks
    // `ctx.isValid`; this heartbeat asks once a second, so an orphaned script cleans the page up.
    ctx.setInterval(() => undefined, 1000);

    const cardCache = new Map<string, Promise<CardData | null>>();
    const fetchCard = (id: string) => {
      let pending = cardCache.get(id);
      if (!pending) {
        pending = sendMessage('getCard', { id }).catch(() => null);
        cardCache.set(id, pending);
      }
      return pending;
    };

    const host = createCardHost(ctx, {
      onPointerInside: (inside) => intent.card(inside),
      onOpenRelated: (id) => {
        const anchor = intent.shown?.range;
        void fetchCard(id).then((data) => data && anchor && host.show(anchor, data));
      },
    });
    ctx.onInvalidated(() => host.destroy());

    const intent = createHoverIntent<MarkedMention>({
      prepare: (mark) => void fetchCard(mark.entity),
      show: (mark) => {
        void fetchCard(mark.entity).then((data) => {
          if (data && intent.shown === mark) return host.show(mark.range, data);
        });
      },
      hide: () => host.hide(),
    });
    trackPointer({ registry, intent, isOwnUi: (ev) => host.isOwnUi(ev), signal: ctx.signal });

    try {
      await scanPage(document.body, registry, ctx.signal);
    } catch (err) {
      if (ctx.isValid) console.warn('Backstory: scanning this page failed', err);
    }
  },
});
