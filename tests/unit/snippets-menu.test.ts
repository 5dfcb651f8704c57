import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MENU_ID, registerSnippetMenu } from '../../entrypoints/background/snippets-menu';

describe('the "Save to Backstory" context-menu item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is offered only on http(s) documents, where the content script can save the selection', async () => {
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(MENU_ID);
    // The fake browser implements no click or command events; this test only looks at the item's creation.
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockReturnValue(undefined);
    registerSnippetMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]?.[0]).toEqual({ id: MENU_ID, title: 'Save to Backstory', contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
  });
});
