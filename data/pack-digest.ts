/**
 * A digest of a pack's content as installed. Pack authors bump `version` when they change a pack, but a
 * forgotten bump must not leave readers on stale aliases: the digest decides whether an install is a no-op,
 * and it is part of the fact-base version, so the compiled-matcher cache is keyed by content too.
 */
import type { Entity } from './types';

/** FNV-1a (32-bit) over a text, as 8 hex digits: a change detector, not a security measure. */
export function textDigest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The digest of a pack's entities (their JSON text). */
export function packDigest(entities: readonly Entity[]): string {
  return textDigest(JSON.stringify(entities));
}
