import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/db';
import { activeOn, applyChange, DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings, siteOf } from '../../data/settings';
import { fromExtensionPage, validateChange } from '../../entrypoints/background/page-wiring';

describe('settings', () => {
  it('falls back to defaults field by field and keeps what is valid', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'off', marks: 'nonsense', hoverDelayMs: 'x', pausedSites: ['WWW.BBC.co.uk', 42, 'bbc.co.uk', '../etc'] })).toEqual({
      enabled: 'off',
      pausedSites: ['bbc.co.uk'],
      marks: 'all',
      hoverDelayMs: 500,
    });
  });

  it.each([
    [10, 150],
    [800.4, 800],
    [99_999, 3000],
  ])('clamps a hover delay of %s ms to %s ms', (value, expected) => {
    expect(parseSettings({ hoverDelayMs: value }).hoverDelayMs).toBe(expected);
  });

  it('pauses and resumes a site, and toggles everything', () => {
    const paused = applyChange(DEFAULT_SETTINGS, { kind: 'pause-site', site: 'www.example.org', paused: 'yes' });
    expect(paused.pausedSites).toEqual(['example.org']);
    expect(activeOn(paused, 'example.org')).toBe('paused');
    expect(activeOn(paused, 'news.example.org')).toBe('active');
    expect(applyChange(paused, { kind: 'pause-site', site: 'example.org', paused: 'no' }).pausedSites).toEqual([]);
    const off = applyChange(paused, { kind: 'toggle-enabled' });
    expect(activeOn(off, 'anything.test')).toBe('off');
    expect(applyChange(off, { kind: 'toggle-enabled' }).enabled).toBe('on');
  });

  it('rejects a site that is not a host name, and a malformed change message', () => {
    expect(siteOf('a b')).toBeNull();
    expect(() => applyChange(DEFAULT_SETTINGS, { kind: 'pause-site', site: 'not a host', paused: 'yes' })).toThrow(/not a site/);
    expect(() => validateChange({ kind: 'pause-site', site: 'x.org' })).toThrow(/changeSettings/);
    expect(validateChange({ kind: 'set', patch: { marks: 'first' } })).toEqual({ kind: 'set', patch: { marks: 'first' } });
  });

  it.each([
    ['the popup', 'chrome-extension://abc/popup.html', true],
    ['the options page', 'moz-extension://abc/options.html#packs', true],
    ['a web page (its content script)', 'https://news.example.org/a', false],
    ['a page that names the extension in its query', 'https://evil.example/?chrome-extension://abc/', false],
    ['an unknown sender', undefined, false],
  ])('lets %s change settings: %s', (_name, url, allowed) => {
    const base = url?.startsWith('moz') ? 'moz-extension://abc/' : 'chrome-extension://abc/';
    expect(fromExtensionPage(url, base)).toBe(allowed);
  });

  it('persists in the meta table', async () => {
    const db = openDatabase('settings-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(db, { ...DEFAULT_SETTINGS, marks: 'first', pausedSites: ['example.org'] });
    expect(await loadSettings(db)).toMatchObject({ marks: 'first', pausedSites: ['example.org'] });
  });
});
