/**
 * Reading files the reader brings (packs, snippet files, backups): JSON syntax and schema issues become
 * errors of the form `path: reason`, at most `MAX_REPORTED_ERRORS` of them.
 */
export const MAX_REPORTED_ERRORS = 50;

/** `entities[12].facts[3].source` from a valibot issue path; `root` names the whole document. */
export function formatIssuePath(path: readonly { key: unknown }[] | undefined, root: string): string {
  if (!path?.length) return root;
  return path.map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`)).join('');
}

export type JsonText = { ok: true; json: unknown } | { ok: false; errors: string[] };

/** Parses JSON text; a syntax error is reported like any other error, naming the file. */
export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (err) {
    return { ok: false, errors: [`(file): not valid JSON (${(err as Error).message})`] };
  }
}

interface Issue {
  path?: readonly { key: unknown }[];
  message: string;
}

/** Schema issues as `path: reason` lines. */
export function issueErrors<I extends Issue>(issues: readonly I[], root: string, describe: (issue: I) => string = (issue) => issue.message): string[] {
  return issues.slice(0, MAX_REPORTED_ERRORS).map((issue) => `${formatIssuePath(issue.path, root)}: ${describe(issue)}`);
}
