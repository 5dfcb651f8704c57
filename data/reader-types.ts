/**
 * What the reader adds to the fact base. The reader's own entities live in the reader's pack (id
 * `READER_PACK_ID`, source `reader`); additions to any entity (the reader's or a pack's) live in their own
 * table, so installing or updating a pack never touches them.
 */
import type { Alias, Fact } from './types';

export const READER_PACK_ID = 'reader';

/** Ids of entities the reader creates start with this, so they never collide with a pack's ids. */
export const READER_ID_PREFIX = 'mine-';

interface AdditionBase {
  id: string;
  entityId: string;
  /** Epoch milliseconds. */
  addedAt: number;
}

/** What was added, without where and when. */
export type AdditionBody = { kind: 'alias'; alias: Alias } | { kind: 'fact'; fact: Fact } | { kind: 'note'; note: string };

export type ReaderAddition = AdditionBase & AdditionBody;

export type AdditionKind = ReaderAddition['kind'];
