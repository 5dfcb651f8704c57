/**
 * Snippet files: JSON export, and import validated with valibot. Import is all or nothing: a file with
 * any problem yields errors naming the path (`snippets[3].url: not an http(s) URL`) and no snippets.
 */
import * as v from 'valibot';
import type { Snippet } from '../../data/snippet-types';
import { SNIPPET_ID } from './snippet-id';
import { issueErrors, parseJsonText } from '../json-errors';

export const SNIPPETS_FORMAT = 'backstory-snippets';
export const SNIPPETS_FORMAT_VERSION = 1;
const MAX_TEXT = 20_000;
const MAX_SNIPPETS = 100_000;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const str = (max = MAX_TEXT) => v.pipe(v.string('must be a string'), v.maxLength(max, `longer than ${max} characters`));
const offset = v.pipe(v.number('must be a number'), v.integer('must be an integer'), v.minValue(0, 'must not be negative'));
const time = v.pipe(v.number('must be a number'), v.finite('must be finite'), v.minValue(0, 'must not be negative'));

/** One stored snippet, as snippet files and full backups carry it. */
export const snippetSchema = v.object({
  id: v.pipe(v.string('must be a string'), v.regex(SNIPPET_ID, 'not a snippet id (snp- and 14 hex digits)')),
  url: v.pipe(v.string('must be a string'), v.check(isHttpUrl, 'not an http(s) URL')),
  title: str(2000),
  site: str(500),
  articleDate: v.nullable(v.pipe(v.string('must be a date string or null'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date of the form YYYY-MM-DD'))),
  savedAt: time,
  updatedAt: time,
  note: str(),
  quote: v.object({
    type: v.literal('TextQuoteSelector', 'must be "TextQuoteSelector"'),
    exact: v.pipe(str(), v.minLength(1, 'must not be empty')),
    prefix: str(),
    suffix: str(),
  }),
  position: v.pipe(
    v.object({ type: v.literal('TextPositionSelector', 'must be "TextPositionSelector"'), start: offset, end: offset }),
    v.check((p) => p.start <= p.end, 'start is after end'),
  ),
  entityIds: v.pipe(v.array(str(200), 'must be a list of strings'), v.maxLength(500, 'more than 500 entities')),
  anchor: v.optional(v.object({ status: v.picklist(['placed', 'orphan'], 'must be "placed" or "orphan"'), checkedAt: time })),
});

const fileSchema = v.object({
  format: v.literal(SNIPPETS_FORMAT, `must be "${SNIPPETS_FORMAT}"`),
  formatVersion: v.literal(SNIPPETS_FORMAT_VERSION, `must be ${SNIPPETS_FORMAT_VERSION}`),
  exportedAt: v.optional(v.string('must be a string')),
  snippets: v.pipe(v.array(snippetSchema, 'must be a list'), v.maxLength(MAX_SNIPPETS, `more than ${MAX_SNIPPETS} snippets`)),
});

export type SnippetImport = { ok: true; snippets: Snippet[] } | { ok: false; errors: string[] };

export function snippetsToJson(snippets: readonly Snippet[], exportedAt: Date): string {
  return `${JSON.stringify({ format: SNIPPETS_FORMAT, formatVersion: SNIPPETS_FORMAT_VERSION, exportedAt: exportedAt.toISOString(), snippets }, null, 2)}\n`;
}

function duplicateIds(snippets: readonly Snippet[]): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  snippets.forEach((s, i) => {
    const seen = first.get(s.id);
    if (seen !== undefined) errors.push(`snippets[${i}].id: duplicate id "${s.id}" (first at snippets[${seen}])`);
    else first.set(s.id, i);
  });
  return errors;
}

/** Validates a snippet file's text. Never throws. */
export function parseSnippetsJson(text: string): SnippetImport {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const result = v.safeParse(fileSchema, parsed.json, { abortPipeEarly: true });
  if (!result.success) {
    const describe = (issue: v.BaseIssue<unknown>) => (issue.kind === 'schema' && issue.input === undefined && issue.type === 'object' ? 'missing' : issue.message);
    return { ok: false, errors: issueErrors(result.issues, '(file)', describe) };
  }
  const snippets = result.output.snippets as Snippet[];
  const errors = duplicateIds(snippets);
  return errors.length ? { ok: false, errors } : { ok: true, snippets };
}
