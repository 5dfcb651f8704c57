/**
 * The fact-pack file format, validated with valibot. `parsePack` is the only way a pack enters the
 * system (shipped pack at install, reader imports later): it returns the typed pack or a list of
 * errors, each naming the JSON path and the reason (`entities[12].facts[3].source: not an http(s) URL`).
 */
import * as v from 'valibot';
import type { Alias, Pack } from './types';
import { formatIssuePath, issueErrors, parseJsonText } from '../core/json-errors';

const MAX_TEXT = 4000;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const text = (max = MAX_TEXT) =>
  v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `longer than ${max} characters`));
const httpUrl = v.pipe(v.string('must be a string'), v.check(isHttpUrl, 'not an http(s) URL'));
const partialDate = v.nullable(
  v.pipe(v.string('must be a date string or null'), v.regex(PARTIAL_DATE, 'not a date of the form YYYY, YYYY-MM or YYYY-MM-DD')),
);
const id = v.pipe(v.string('must be a string'), v.regex(ID, 'not an id (lower-case letters, digits and dashes)'));

export const aliasSchemaObject = v.object({
  text: text(200),
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag'))),
  case: v.optional(v.picklist(['fold', 'exact'], 'must be "fold" or "exact"'), 'fold'),
  link: v.optional(v.picklist(['always', 'context', 'after-full'], 'must be "always", "context" or "after-full"'), 'always'),
});

/** A plain string is shorthand for an alias that folds case and always links. */
export const aliasSchema = v.pipe(
  v.union([text(200), aliasSchemaObject], 'must be a string or an alias object'),
  v.transform((a): Alias => (typeof a === 'string' ? { text: a, case: 'fold', link: 'always' } : a)),
);

export const factSchema = v.object({
  text: text(),
  from: partialDate,
  until: v.optional(partialDate, null),
  source: httpUrl,
  extraSources: v.optional(v.array(httpUrl, 'must be a list')),
  note: v.optional(text()),
});

export const entitySchema = v.object({
  id,
  name: text(200),
  type: v.picklist(['person', 'organization', 'place', 'project', 'event'], 'must be person, organization, place, project or event'),
  summary: text(),
  aliases: v.array(aliasSchema, 'must be a list'),
  cues: v.optional(v.array(text(80), 'must be a list'), []),
  facts: v.array(factSchema, 'must be a list'),
  related: v.optional(v.array(id, 'must be a list'), []),
}, 'must be an entity object');

export const packSchema = v.object({
  format: v.literal('backstory-pack', 'must be "backstory-pack"'),
  formatVersion: v.literal(1, 'must be 1 (the only version this build reads)'),
  id,
  name: text(200),
  version: text(40),
  description: v.optional(text()),
  entities: v.array(entitySchema, 'must be a list'),
}, 'must be a pack object');

/** The pack without its entities: checked first, so a large file fails fast on a bad header. */
export const packHeaderSchema = v.object({ ...packSchema.entries, entities: v.array(v.unknown(), 'must be a list') }, 'must be a pack object');

export type PackParseResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** A pack issue's path; the whole pack is `(pack)`. */
export const formatPath = (path: readonly { key: unknown }[] | undefined): string => formatIssuePath(path, '(pack)');

function crossChecks(pack: Pack): string[] {
  const errors: string[] = [];
  const firstIndex = new Map<string, number>();
  pack.entities.forEach((e, i) => {
    const seen = firstIndex.get(e.id);
    if (seen !== undefined) errors.push(`entities[${i}].id: duplicate id "${e.id}" (first at entities[${seen}])`);
    else firstIndex.set(e.id, i);
  });
  return errors;
}

/** Validates parsed JSON as a pack. Never throws. */
export function parsePack(input: unknown): PackParseResult {
  const result = v.safeParse(packSchema, input, { abortPipeEarly: true });
  if (!result.success) {
    return { ok: false, errors: issueErrors(result.issues, '(pack)') };
  }
  const pack = result.output as Pack;
  const errors = crossChecks(pack);
  return errors.length ? { ok: false, errors } : { ok: true, pack };
}

/** Parses a pack from file text; a JSON syntax error is reported like any other. */
export function parsePackText(textContent: string): PackParseResult {
  const parsed = parseJsonText(textContent);
  return parsed.ok ? parsePack(parsed.json) : parsed;
}
