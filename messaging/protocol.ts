/**
 * The one message contract between the content script and the background. Every message names its
 * direction; handlers validate their input, delegate to a module and return plain, cloneable data.
 *
 * | message        | direction            | request                 | response                          |
 * |----------------|----------------------|-------------------------|-----------------------------------|
 * | `scanBlocks`   | content → background | `{ blocks: string[] }`  | `ScanReply` (candidates, compact) |
 * | `getCard`      | content → background | `{ id: string }`        | `CardData` or `null`              |
 * | `ping`         | content → background | `undefined`             | `{ factBaseVersion }`             |
 *
 * On-page messages (settings, "On this page", keyboard traversal): see page-messages.ts.
 * Snippet messages: messaging/snippet-messages.ts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Candidate } from '../core/mentions';
import type { SnippetsAbout } from '../data/snippets';
import type { Entity, EntityType } from '../data/types';
import type { PageMessages } from './page-messages';
import type { WireCandidates } from './scan-wire';
import type { SnippetProtocol } from './snippet-messages';

/** Limits the background enforces on `scanBlocks`, so a hostile or huge page cannot stall it. */
export const SCAN_LIMITS = { maxBlocks: 2000, maxChars: 2_000_000 } as const;

export interface ScanResult {
  /** Changes whenever the fact base changes; a content script rescans when it sees a new one. */
  factBaseVersion: string;
  candidates: Candidate[][];
}

/** `scanBlocks`' reply: the candidates of every block sent, encoded by scan-wire.ts (decode with the block count). */
export interface ScanReply {
  factBaseVersion: string;
  candidates: WireCandidates;
}

export interface RelatedRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface CardData {
  entity: Entity;
  related: RelatedRef[];
  /** The reader's snippets about the entity (count and the latest few). */
  snippets?: SnippetsAbout;
}

export interface ProtocolMap extends PageMessages, SnippetProtocol {
  scanBlocks(data: { blocks: string[] }): ScanReply;
  getCard(data: { id: string }): CardData | null;
  ping(): { factBaseVersion: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
