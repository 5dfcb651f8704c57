/**
 * The reader's settings: stored in the extension origin (Dexie `meta`, key `settings`) and handed to
 * content scripts by message. `parseSettings` is the one guard: whatever is stored or sent, a valid
 * `Settings` comes out (unknown or broken fields fall back to their defaults, nothing else is lost).
 */
import type { BackstoryDB } from './db';

export interface Settings {
  /** Everything on or off (the toggle shortcut flips it). */
  enabled: 'on' | 'off';
  /** Sites (host names without `www.`) where Backstory is paused. */
  pausedSites: string[];
  /** Mark every mention, or only the first of each entity. */
  marks: 'all' | 'first';
  /** Hover delay before a card shows, in ms; the card data is prepared at 30% of it. */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = { enabled: 'on', pausedSites: [], marks: 'all', hoverDelayMs: 500 };
export const HOVER_DELAY_RANGE = { min: 150, max: 3000 } as const;
const SETTINGS_KEY = 'settings';
const MAX_SITES = 10_000;

/** A site's key: lower-case host name without a leading `www.`; null for anything that is not a host name. */
export function siteOf(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/^www\./, '');
  return /^[a-z0-9.-]{1,253}$/.test(h) && !h.startsWith('.') && !h.endsWith('.') ? h : null;
}

function clampDelay(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, value)));
}

export function parseSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites = Array.isArray(v.pausedSites) ? v.pausedSites : [];
  return {
    enabled: v.enabled === 'off' ? 'off' : 'on',
    pausedSites: [...new Set(sites.flatMap((s) => (typeof s === 'string' ? (siteOf(s) ?? []) : [])))].slice(0, MAX_SITES).sort(),
    marks: v.marks === 'first' ? 'first' : 'all',
    hoverDelayMs: clampDelay(v.hoverDelayMs),
  };
}

/** A change the popup, the options page or a shortcut asks for. */
export type SettingsChange =
  | { kind: 'toggle-enabled' }
  | { kind: 'set'; patch: Partial<Settings> }
  | { kind: 'pause-site'; site: string; paused: 'yes' | 'no' };

export function applyChange(current: Settings, change: SettingsChange): Settings {
  switch (change.kind) {
    case 'toggle-enabled':
      return { ...current, enabled: current.enabled === 'on' ? 'off' : 'on' };
    case 'set':
      return parseSettings({ ...current, ...change.patch });
    case 'pause-site': {
      const site = siteOf(change.site);
      if (!site) throw new Error(`not a site: ${JSON.stringify(change.site)}`);
      const others = current.pausedSites.filter((s) => s !== site);
      return parseSettings({ ...current, pausedSites: change.paused === 'yes' ? [...others, site] : others });
    }
  }
}

/** Is Backstory active on `host` with these settings? */
export function activeOn(settings: Settings, host: string): 'active' | 'paused' | 'off' {
  if (settings.enabled === 'off') return 'off';
  const site = siteOf(host);
  return site && settings.pausedSites.includes(site) ? 'paused' : 'active';
}

export async function loadSettings(db: BackstoryDB): Promise<Settings> {
  return parseSettings((await db.meta.get(SETTINGS_KEY))?.value);
}

export async function saveSettings(db: BackstoryDB, settings: Settings): Promise<Settings> {
  const clean = parseSettings(settings);
  await db.meta.put({ key: SETTINGS_KEY, value: clean });
  return clean;
}
