/**
 * The reader's own knowledge: entities they create (kept in the reader's pack) and aliases, dated and
 * sourced facts, and notes they add to any entity (kept in `additions`). Installing or updating a pack
 * never writes either, so nothing the reader wrote is overwritten. Every input is validated with the
 * pack schema's rules; every write is one transaction and moves the fact-base version on.
 */
import * as v from 'valibot';
import type { BackstoryDB } from './db';
import { entityTables, getEntity } from './entity-store';
import { ALIAS_CHOICES_KEY, bumpEditRevision, getAliasChoices } from './fact-base';
import { aliasSchema, entitySchema, factSchema, formatPath } from './pack-schema';
import { READER_ID_PREFIX, READER_PACK_ID, type AdditionBody, type ReaderAddition } from './reader-types';
import { describeStorageError } from './storage-errors';
import type { EntityType, StoredEntity } from './types';

export type EditResult = { ok: true; id: string } | { ok: false; errors: string[] };

export interface NewEntityInput {
  name: string;
  type: EntityType;
  summary: string;
}

export type AdditionInput =
  | { kind: 'alias'; text: string }
  | { kind: 'fact'; text: string; from: string | null; until: string | null; source: string }
  | { kind: 'note'; text: string };

const noteSchema = v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(4000, 'longer than 4000 characters'));

function issuesOf(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((i) => `${i.path?.length ? formatPath(i.path) : 'value'}: ${i.message}`);
}

function slug(name: string): string {
  const s = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return s || 'entity';
}

function newId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

async function ensureReaderPack(db: BackstoryDB): Promise<void> {
  const entityCount = await db.entities.where('packId').equals(READER_PACK_ID).count();
  const existing = await db.packs.get(READER_PACK_ID);
  await db.packs.put({
    id: READER_PACK_ID,
    name: 'Your own facts',
    version: '1',
    description: 'Entities you added yourself. Pack updates never change them.',
    source: 'reader',
    enabled: existing?.enabled ?? 'yes',
    entityCount,
    installedAt: existing?.installedAt ?? Date.now(),
  });
}

async function guarded(write: () => Promise<string>): Promise<EditResult> {
  try {
    return { ok: true, id: await write() };
  } catch (err) {
    return { ok: false, errors: [describeStorageError(err)] };
  }
}

/** Creates an entity in the reader's pack; its name is its first alias. */
export async function addReaderEntity(db: BackstoryDB, input: NewEntityInput): Promise<EditResult> {
  const id = `${READER_ID_PREFIX}${slug(input.name)}-${newId('')}`.slice(0, 80);
  const parsed = v.safeParse(entitySchema, { id, ...input, aliases: [input.name], facts: [] }, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, errors: issuesOf(parsed.issues) };
  return guarded(() =>
    db.transaction('rw', db.packs, db.entities, db.meta, async () => {
      await db.entities.put({ ...parsed.output, packId: READER_PACK_ID });
      await ensureReaderPack(db);
      await bumpEditRevision(db);
      return id;
    }),
  );
}

function parseAddition(input: AdditionInput): { ok: true; value: AdditionBody } | { ok: false; errors: string[] } {
  if (input.kind === 'alias') {
    const r = v.safeParse(aliasSchema, input.text);
    return r.success ? { ok: true, value: { kind: 'alias', alias: r.output } } : { ok: false, errors: issuesOf(r.issues) };
  }
  if (input.kind === 'note') {
    const r = v.safeParse(noteSchema, input.text);
    return r.success ? { ok: true, value: { kind: 'note', note: r.output } } : { ok: false, errors: issuesOf(r.issues) };
  }
  const { kind: _kind, ...fact } = input;
  const r = v.safeParse(factSchema, fact, { abortPipeEarly: true });
  return r.success ? { ok: true, value: { kind: 'fact', fact: r.output } } : { ok: false, errors: issuesOf(r.issues) };
}

/** Adds an alias, a fact or a note to any entity. */
export async function addToEntity(db: BackstoryDB, entityId: string, input: AdditionInput): Promise<EditResult> {
  const parsed = parseAddition(input);
  if (!parsed.ok) return parsed;
  return guarded(() =>
    db.transaction('rw', [...entityTables(db), db.additions, db.packs, db.meta], async () => {
      if (!(await getEntity(db, entityId))) throw new Error(`no entity with id "${entityId}"`);
      const id = newId(`${parsed.value.kind}-`);
      await db.additions.put({ ...parsed.value, id, entityId, addedAt: Date.now() });
      await bumpEditRevision(db);
      return id;
    }),
  );
}

export async function removeAddition(db: BackstoryDB, id: string): Promise<EditResult> {
  return guarded(() =>
    db.transaction('rw', db.additions, db.packs, db.meta, async () => {
      await db.additions.delete(id);
      await bumpEditRevision(db);
      return id;
    }),
  );
}

/**
 * Deletes an entity the reader created, with everything added to it, any alias choice it won, and its
 * place in snippets' entity lists (the snippets themselves stay). Pack entities cannot be deleted here.
 */
export async function removeReaderEntity(db: BackstoryDB, id: string): Promise<EditResult> {
  return guarded(() =>
    db.transaction('rw', [db.packs, db.entities, db.additions, db.snippets, db.meta], async () => {
      const entity = await db.entities.get(id);
      if (!entity || entity.packId !== READER_PACK_ID) throw new Error(`no entity of yours with id "${id}"`);
      await db.entities.delete(id);
      await db.additions.where('entityId').equals(id).delete();
      await db.snippets.where('entityIds').equals(id).modify((s) => {
        s.entityIds = s.entityIds.filter((e) => e !== id);
      });
      const choices = await getAliasChoices(db);
      const kept = [...choices].filter(([, winner]) => winner !== id);
      if (kept.length !== choices.size) await db.meta.put({ key: ALIAS_CHOICES_KEY, value: kept.map(([alias, winner]) => ({ alias, winner })) });
      await ensureReaderPack(db);
      await bumpEditRevision(db);
      return id;
    }),
  );
}

/** The entities the reader created, by name. */
export async function readerEntities(db: BackstoryDB): Promise<StoredEntity[]> {
  return (await db.entities.where('packId').equals(READER_PACK_ID).toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export function additionsOf(db: BackstoryDB, entityId: string): Promise<ReaderAddition[]> {
  return db.additions.where('entityId').equals(entityId).sortBy('addedAt');
}
