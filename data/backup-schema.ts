/**
 * The backup file format: everything the reader has (packs with their entities, the reader's additions,
 * snippets, settings) in one JSON file. Validated with valibot before anything is restored.
 */
import * as v from 'valibot';
import { aliasSchemaObject, entitySchema, factSchema } from './pack-schema';
import { snippetSchema } from '../core/snippets/exchange';

export const BACKUP_FORMAT = 'backstory-backup';

const str = v.string('must be a string');
const num = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));

const storedPack = v.object({
  id: str,
  name: str,
  version: str,
  description: v.optional(str),
  source: v.picklist(['shipped', 'imported', 'reader'], 'must be shipped, imported or reader'),
  enabled: v.picklist(['yes', 'no'], 'must be "yes" or "no"'),
  entityCount: num,
  installedAt: num,
  digest: v.optional(str),
});

const storedEntity = v.object({ ...entitySchema.entries, packId: str }, 'must be an entity object');

const additionBase = { id: str, entityId: str, addedAt: num };
const addition = v.variant(
  'kind',
  [
    v.object({ ...additionBase, kind: v.literal('alias'), alias: aliasSchemaObject }),
    v.object({ ...additionBase, kind: v.literal('fact'), fact: factSchema }),
    v.object({ ...additionBase, kind: v.literal('note'), note: str }),
  ],
  'must be an alias, fact or note addition',
);

// Snippets are validated exactly as a snippet file's are, so a backup keeps every field a snippet has.
const snippet = snippetSchema;

const setting = v.object({ key: str, value: v.unknown() });

export const backupSchema = v.object(
  {
    format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
    formatVersion: v.literal(1, 'must be 1 (the only version this build reads)'),
    exportedAt: str,
    packs: v.array(storedPack, 'must be a list'),
    entities: v.array(storedEntity, 'must be a list'),
    additions: v.array(addition, 'must be a list'),
    snippets: v.array(snippet, 'must be a list'),
    settings: v.array(setting, 'must be a list'),
  },
  'must be a backup object',
);

export type Backup = v.InferOutput<typeof backupSchema>;
