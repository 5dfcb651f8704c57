/**
 * Alias conflicts (pure, DOM-free): two entities from different packs (or one of them through the reader's
 * own additions) claiming the same alias once normalised. The reader picks which entity wins; the losers
 * drop that alias before the matcher is compiled, so the page links the name to the winner only.
 */
import { normalizeAlias } from './mentions';
import type { Entity } from '../data/types';

/** An entity as the conflict finder sees it: where each alias came from. */
export interface ClaimingEntity extends Entity {
  packId: string;
}

export interface AliasClaimant {
  entityId: string;
  name: string;
  /** The pack the claim comes from: the entity's pack, or `reader` for an alias the reader added. */
  claimedBy: string;
  /** The alias as that entity spells it. */
  text: string;
}

export interface AliasConflict {
  /** The normalised alias both entities claim. */
  key: string;
  claimants: AliasClaimant[];
  /** The entity the reader chose, when the choice still names one of the claimants. */
  winner: string | null;
}

/** Which entity wins each normalised alias. */
export type AliasChoices = ReadonlyMap<string, string>;

/** `readerAliases` lists, per entity id, the alias texts the reader added (claimed by `reader`). */
export function findAliasConflicts(
  entities: readonly ClaimingEntity[],
  choices: AliasChoices,
  readerAliases: ReadonlyMap<string, readonly string[]> = new Map(),
): AliasConflict[] {
  const claims = new Map<string, AliasClaimant[]>();
  const claim = (e: ClaimingEntity, text: string, claimedBy: string) => {
    const key = normalizeAlias(text);
    if (!key) return;
    const list = claims.get(key);
    if (!list) claims.set(key, [{ entityId: e.id, name: e.name, claimedBy, text }]);
    else if (!list.some((c) => c.entityId === e.id)) list.push({ entityId: e.id, name: e.name, claimedBy, text });
  };
  for (const e of entities) {
    for (const a of e.aliases) claim(e, a.text, e.packId);
    for (const text of readerAliases.get(e.id) ?? []) claim(e, text, 'reader');
  }
  const conflicts: AliasConflict[] = [];
  for (const [key, claimants] of claims) {
    if (claimants.length < 2 || new Set(claimants.map((c) => c.claimedBy)).size < 2) continue;
    const chosen = choices.get(key);
    conflicts.push({ key, claimants, winner: claimants.some((c) => c.entityId === chosen) ? (chosen ?? null) : null });
  }
  return conflicts.sort((a, b) => a.key.localeCompare(b.key));
}

/** The entities with every chosen alias removed from the entities that lost it. Unchosen conflicts stay as they are. */
export function applyAliasChoices<T extends Entity>(entities: readonly T[], choices: AliasChoices): T[] {
  if (choices.size === 0) return [...entities];
  return entities.map((e) => {
    const aliases = e.aliases.filter((a) => {
      const winner = choices.get(normalizeAlias(a.text));
      return winner === undefined || winner === e.id;
    });
    return aliases.length === e.aliases.length ? e : { ...e, aliases };
  });
}
