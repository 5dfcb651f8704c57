/**
 * Importing a reader's pack file: checked in full before anything is written, then written in chunks
 * inside one transaction, so the import is atomic (all of it or nothing) while progress is reported and
 * each chunk's validated entities can be released once written. Errors name the path and the reason.
 */
import * as v from 'valibot';
import type { BackstoryDB } from './db';
import { deletePackEntities, entityTables, ENTITIES_PER_CHUNK, idsOutsidePack, toChunks } from './entity-store';
import { refreshFactBaseVersion } from './fact-base';
import { textDigest } from './pack-digest';
import { entitySchema, formatPath, packHeaderSchema } from './pack-schema';
import { READER_PACK_ID } from './reader-types';
import { describeStorageError } from './storage-errors';
import type { Entity } from './types';
import { issueErrors, MAX_REPORTED_ERRORS, parseJsonText } from '../core/json-errors';

/**
 * Largest pack file read: 48 MB (48,000,000 bytes), room for 100,000 entities of about 450 bytes each.
 * A larger file is refused before it is read.
 */
export const MAX_PACK_BYTES = 48_000_000;
/** Deepest JSON nesting accepted; a valid pack needs 6 levels. */
export const MAX_JSON_DEPTH = 24;
const CHUNK = 2000;
/** Entities written per request to storage (four chunk records), one progress step each. */
const WRITE_BATCH = 4 * ENTITIES_PER_CHUNK;
const MAX_ERRORS = MAX_REPORTED_ERRORS;

export type ImportPhase = 'reading' | 'checking' | 'writing';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}
export type ImportResult =
  | { ok: true; packId: string; name: string; entityCount: number; outcome: 'installed' | 'updated' }
  | { ok: false; errors: string[] };

type OnProgress = (progress: ImportProgress) => void;

class ImportRejected extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Reads and imports a pack file; a file over the limit is refused before it is read. */
export async function importPackFile(db: BackstoryDB, file: Blob, onProgress?: OnProgress): Promise<ImportResult> {
  if (file.size > MAX_PACK_BYTES) return tooLarge(file.size);
  onProgress?.({ phase: 'reading', done: 0, total: file.size });
  return importPackText(db, await file.text(), onProgress);
}

function tooLarge(bytes: number): { ok: false; errors: string[] } {
  return { ok: false, errors: [`(file): ${megabytes(bytes)} is larger than the ${megabytes(MAX_PACK_BYTES)} limit for a pack file`] };
}

/**
 * Whether JSON text nests deeper than `limit`, found by one pass over the text before parsing (brackets
 * inside strings do not count), so a hostile file is refused with a clear reason, not a stack overflow.
 */
export function nestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return false;
}

async function checkEntities(raw: unknown[], onProgress?: OnProgress): Promise<{ entities: Entity[]; errors: string[] }> {
  const errors: string[] = [];
  const firstIndex = new Map<string, number>();
  const entities: Entity[] = new Array<Entity>(raw.length);
  for (let start = 0; start < raw.length; start += CHUNK) {
    for (let i = start; i < Math.min(raw.length, start + CHUNK) && errors.length < MAX_ERRORS; i += 1) {
      const result = v.safeParse(entitySchema, Array.isArray(raw[i]) ? null : raw[i], { abortPipeEarly: true });
      raw[i] = undefined; // the raw copy is no longer needed
      if (!result.success) {
        for (const issue of result.issues.slice(0, 5)) errors.push(`${entityPath(i, issue.path)}: ${issue.message}`);
        continue;
      }
      const seen = firstIndex.get(result.output.id);
      if (seen !== undefined) errors.push(`entities[${i}].id: duplicate id "${result.output.id}" (first at entities[${seen}])`);
      else firstIndex.set(result.output.id, i);
      entities[i] = result.output as Entity;
    }
    if (errors.length >= MAX_ERRORS) break;
    onProgress?.({ phase: 'checking', done: Math.min(raw.length, start + CHUNK), total: raw.length });
    await nextTask();
  }
  return { entities, errors: errors.slice(0, MAX_ERRORS) };
}

/** Pack ids an import may not take: the reader's own pack and the built-in packs (an import never replaces them). */
async function reservedBy(db: BackstoryDB, id: string): Promise<string | null> {
  if (id === READER_PACK_ID) return 'your own pack';
  const pack = await db.packs.get(id);
  return pack && pack.source !== 'imported' ? `the ${pack.source === 'reader' ? 'reader' : 'built-in'} pack "${pack.name}"` : null;
}

function entityPath(index: number, path: readonly { key: unknown }[] | undefined): string {
  const inner = path?.length ? formatPath(path) : '';
  return `entities[${index}]${inner && !inner.startsWith('[') ? `.${inner}` : inner}`;
}

/** Parses and checks a pack's text; returns the entities ready to write, or the errors. */
export async function checkPackText(db: BackstoryDB, text: string, onProgress?: OnProgress) {
  if (text.length > MAX_PACK_BYTES) return tooLarge(text.length);
  if (nestsDeeperThan(text)) return { ok: false as const, errors: [`(file): nested deeper than ${MAX_JSON_DEPTH} levels; a pack needs far fewer`] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
  const json = parsed.json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false as const, errors: ['(pack): must be a pack object'] };
  const header = v.safeParse(packHeaderSchema, json, { abortPipeEarly: true });
  if (!header.success) return { ok: false as const, errors: issueErrors(header.issues, '(pack)') };
  const reserved = await reservedBy(db, header.output.id);
  if (reserved) return { ok: false as const, errors: [`id: "${header.output.id}" belongs to ${reserved}; give the pack another id`] };
  const { entities, errors } = await checkEntities(header.output.entities, onProgress);
  if (errors.length) return { ok: false as const, errors };
  return { ok: true as const, header: header.output, entities };
}

async function collisions(db: BackstoryDB, packId: string, entities: readonly Entity[]): Promise<string[]> {
  const taken = await idsOutsidePack(db, packId);
  const errors: string[] = [];
  for (let i = 0; i < entities.length && errors.length < MAX_ERRORS; i += 1) {
    const id = entities[i]?.id ?? '';
    if (taken.has(id)) errors.push(`entities[${i}].id: "${id}" is already used by an entity of another pack`);
  }
  return errors;
}

/** Imports a pack from its text: all of it or nothing. Never throws; storage failures come back as errors. */
export async function importPackText(db: BackstoryDB, text: string, onProgress?: OnProgress): Promise<ImportResult> {
  try {
    const checked = await checkPackText(db, text, onProgress);
    if (!checked.ok) return checked;
    const { header, entities } = checked;
    const digest = textDigest(text);
    const outcome = await db.transaction('rw', [db.packs, ...entityTables(db), db.meta], async () => {
      const existing = await db.packs.get(header.id);
      await deletePackEntities(db, header.id);
      const clash = await collisions(db, header.id, entities);
      if (clash.length) throw new ImportRejected(clash);
      for (let start = 0; start < entities.length; start += WRITE_BATCH) {
        const batch = entities.slice(start, start + WRITE_BATCH).map((e) => ({ ...e, packId: header.id }));
        await db.entityChunks.bulkPut(toChunks(header.id, batch, start / ENTITIES_PER_CHUNK));
        onProgress?.({ phase: 'writing', done: start + batch.length, total: entities.length });
      }
      const { entities: _entities, format: _format, formatVersion: _formatVersion, ...info } = header;
      await db.packs.put({ ...info, source: 'imported', enabled: existing?.enabled ?? 'yes', entityCount: entities.length, installedAt: Date.now(), digest });
      await refreshFactBaseVersion(db);
      return existing ? ('updated' as const) : ('installed' as const);
    });
    return { ok: true, packId: header.id, name: header.name, entityCount: entities.length, outcome };
  } catch (err) {
    if (err instanceof ImportRejected) return { ok: false, errors: err.errors };
    return { ok: false, errors: [describeStorageError(err)] };
  }
}
