/**
 * Background wiring only: every listener is registered synchronously; asynchronous setup (seeding the
 * fact base) sits behind one promise that every handler awaits.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '../../data/db';
import { getCardData, getFactBaseVersion } from '../../data/fact-base';
import { onMessage } from '../../messaging/protocol';
import { createMatcherService } from './matcher-service';
import { wirePageMessages } from './page-wiring';
import { seedShippedPack } from './seed';
import { siteOf } from '../../core/snippets/canonical-url';
import { snippetsAbout } from '../../data/snippets';
import { createSnippetHandlers } from './snippets';
import { registerSnippetMenu } from './snippets-menu';

export default defineBackground(() => {
  const db = openDatabase();
  const matchers = createMatcherService(db);
  // Seeding is idempotent (same pack version and content → no write), so running it on every start also covers
  // install, upgrade and a database the browser cleared.
  const ready = seedShippedPack(db).catch((err: unknown) => {
    console.error('Backstory: could not seed the fact base', err);
  });

  wirePageMessages(db, ready);

  onMessage('scanBlocks', async ({ data }) => {
    await ready;
    return matchers.scanForPage(data?.blocks);
  });
  onMessage('getCard', async ({ data, sender }) => {
    await ready;
    if (typeof data?.id !== 'string') throw new Error('getCard: id must be a string');
    const card = await getCardData(db, data.id);
    // The card lives inside the page: it shows only the snippets saved on the sender's own site.
    return card && { ...card, snippets: await snippetsAbout(db, data.id, siteOf(sender.url ?? '')) };
  });
  const snippets = createSnippetHandlers(db, matchers);
  // The sender's URL comes from the browser, never from the message (see snippets.ts).
  onMessage('saveSnippet', ({ data, sender }) => ready.then(() => snippets.save(data, sender.url)));
  onMessage('pageSnippets', ({ data, sender }) => ready.then(() => snippets.forPage(data, sender.url)));
  onMessage('reportAnchors', ({ data, sender }) => ready.then(() => snippets.reportAnchors(data, sender.url)));
  registerSnippetMenu();
  onMessage('ping', async () => {
    await ready;
    return { factBaseVersion: await getFactBaseVersion(db) };
  });
});
