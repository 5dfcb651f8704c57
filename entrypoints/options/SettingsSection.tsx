/**
 * Settings: everything on or off, marks (all or first of each name), hover delay, and the paused sites.
 * Reads and writes through the background, which stores them and tells every open tab at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_RANGE, type Settings, type SettingsChange } from '../../data/settings';
import { sendMessage } from '../../messaging/protocol';

type Load = { status: 'loading' } | { status: 'ready'; settings: Settings } | { status: 'failed'; message: string };

export function SettingsSection() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [error, setError] = useState('');
  useEffect(() => {
    sendMessage('getSettings', undefined)
      .then((settings) => setLoad({ status: 'ready', settings }))
      .catch((err: unknown) => setLoad({ status: 'failed', message: String(err) }));
  }, []);
  if (load.status === 'loading') return <p class="bs-options__text">Loading settings…</p>;
  if (load.status === 'failed') return <p class="bs-options__text" role="alert">Settings could not be read: {load.message}</p>;
  const { settings } = load;
  const change = (c: SettingsChange) =>
    sendMessage('changeSettings', c)
      .then((saved) => {
        setError('');
        setLoad({ status: 'ready', settings: saved });
      })
      .catch((err: unknown) => setError(`Not saved: ${String(err)}`));
  const set = (patch: Partial<Settings>) => void change({ kind: 'set', patch });

  return (
    <div class="bs-settings">
      <label class="bs-settings__row">
        <input type="checkbox" data-testid="setting-enabled" checked={settings.enabled === 'on'} onChange={(e) => set({ enabled: e.currentTarget.checked ? 'on' : 'off' })} />
        Mark names on the pages I read <span class="bs-settings__hint">(shortcut: Alt+Shift+B toggles this everywhere)</span>
      </label>
      <label class="bs-settings__row">
        <input type="checkbox" data-testid="setting-first" checked={settings.marks === 'first'} onChange={(e) => set({ marks: e.currentTarget.checked ? 'first' : 'all' })} />
        Mark only the first mention of each name on a page
      </label>
      <label class="bs-settings__row">
        Show the card after resting on a name for
        <input
          type="number"
          class="bs-settings__number"
          data-testid="setting-delay"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => set({ hoverDelayMs: Number(e.currentTarget.value) })}
        />
        ms
      </label>
      <p class="bs-settings__hint">
        Keyboard: Alt+Shift+N and Alt+Shift+P move through the names on a page and open their cards; Enter keeps a card open. Change the keys in
        your browser's extension shortcut settings.
      </p>
      <h3 class="bs-settings__title">Paused sites</h3>
      {settings.pausedSites.length === 0 ? (
        <p class="bs-options__text">None. Pause a site from the toolbar popup.</p>
      ) : (
        <ul class="bs-settings__sites" data-testid="paused-sites">
          {settings.pausedSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => void change({ kind: 'pause-site', site, paused: 'no' })}>
                Resume
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p class="bs-options__text" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
