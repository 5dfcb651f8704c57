/**
 * The content script: composes extraction, marking, hover, the card and the reader's settings. Every
 * listener and timer is tied to the WXT context, so an extension update or disable leaves the page clean.
 * User-timing marks (`backstory:*`) let a profiler (and `npm run bench:page`) see when work happened.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/entity-card.css';
import './card-host.css';
import { sendMessage } from '../../messaging/protocol';
import { DEFAULT_SETTINGS } from '../../data/settings';
import { createCardController } from './card-controller';
import { UI_HOST_NAME } from './card-host';
import { createMentionRegistry, highlightsSupported } from './highlights';
import { trackPointer } from './hover';
import { listenForPageMessages } from './page-messages';
import { createPageSession } from './page-session';
import { primeScan } from './scanner';
import { readArticleDate } from './page-date';
import { startSnippets } from './snippets';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    performance.mark('backstory:start');
    if (!highlightsSupported() || !document.body) return;
    // Ask for the settings and send the page's first slice at once: both round trips overlap the setup below.
    const settingsAsked = sendMessage('getSettings', undefined).catch(() => DEFAULT_SETTINGS);
    const primed = primeScan(document.body, (node) => node.nodeName.toLowerCase() === UI_HOST_NAME);
    ctx.onInvalidated(() => primed.drop());
    const registry = createMentionRegistry();
    ctx.onInvalidated(() => registry.destroy());
    // WXT notices that the extension was reloaded, updated or disabled only when something asks
    // `ctx.isValid`; this heartbeat asks once a second, so an orphaned script cleans the page up.
    ctx.setInterval(() => undefined, 1000);

    let articleDate = readArticleDate(document);
    // The card's save button and the snippets module need each other; the button is only pressed later.
    const cards = createCardController(ctx, registry, () => articleDate, { saveNear: (mention) => snippets.saveNear(mention) });
    const snippets = startSnippets(ctx, {
      layer: (name) => cards.host.layer(name),
      isOwnUi: (ev) => cards.host.isOwnUi(ev),
      onSaved: (snippet) => cards.forget(snippet.entityIds),
    });
    const session = createPageSession(registry, cards, ctx.signal, primed);
    trackPointer({
      registry,
      intent: cards.intent,
      isOwnUi: (ev) => cards.host.isOwnUi(ev),
      onOwnUiPointer: (x, y, kind) => (kind === 'move' ? cards.cardMarks.pointer(x, y) : void cards.cardMarks.click(x, y)),
      onEscape: () => cards.close(),
      signal: ctx.signal,
    });
    listenForPageMessages({ registry, cards, session, signal: ctx.signal });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      articleDate = readArticleDate(document);
      session.navigated();
    });

    const settings = await settingsAsked;
    if (ctx.isValid) session.apply(settings);
    // The card's shadow-root UI is built at idle once the page is marked, so the first hover costs no more than
    // the rest; not during the scan, where its layout and paint would delay the marks.
    if (session.state === 'active') void session.firstScan.then(() => ctx.isValid && cards.warmUp(() => registry.size > 0));
    // The reader's own snippets are placed even on a paused site: they are the reader's data, not our marks.
    void snippets.restore().catch((err: unknown) => ctx.isValid && console.warn('Backstory: placing saved snippets failed', err));
  },
});
