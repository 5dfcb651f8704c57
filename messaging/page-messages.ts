/**
 * Messages of the on-page experience: settings, the popup's "On this page" list and keyboard traversal.
 * Part of the one contract (`ProtocolMap` in protocol.ts extends this interface).
 *
 * | message            | direction                   | request              | response                      |
 * |--------------------|-----------------------------|----------------------|-------------------------------|
 * | `getSettings`      | content/popup/options → bg  | `undefined`          | `Settings`                    |
 * | `changeSettings`   | popup/options → background  | `SettingsChange`     | `Settings` (saved)            |
 * | `settingsChanged`  | background → content (tab)  | `Settings`           | `undefined`                   |
 * | `pageSummary`      | popup → content (tab)       | `undefined`          | `PageSummary`                 |
 * | `revealMention`    | popup → content (tab)       | `{ id: string }`     | `true` when a mention was shown |
 * | `moveMentionFocus` | background → content (tab)  | `{ direction }`      | `undefined`                   |
 */
import type { Settings, SettingsChange } from '../data/settings';

export interface PageSummary {
  /** The page's site (host name without `www.`), for the pause control. */
  site: string;
  state: 'active' | 'paused' | 'off';
  /** Entities marked on the page, with their mention counts, in order of first appearance. */
  entities: { id: string; count: number }[];
}

export interface PageMessages {
  getSettings(): Settings;
  changeSettings(change: SettingsChange): Settings;
  settingsChanged(settings: Settings): void;
  pageSummary(): PageSummary;
  revealMention(data: { id: string }): boolean;
  moveMentionFocus(data: { direction: 'next' | 'previous' }): void;
}
