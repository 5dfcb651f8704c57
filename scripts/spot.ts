/**
 * npm run spot -- FILE            prints the mentions found in an HTML or text file
 * npm run spot -- --jsonl         reads {"id","text"} lines on stdin, writes {"id","mentions":[...]} lines
 *                                 (offsets in UTF-16 code units of the given text; entity = fact-pack id);
 *                                 a bad line gets {"id","mentions":[],"error"}, a message on stderr, exit code 1
 * npm prints its "> backstory@… spot" banner on stdout: pipe with `npm run -s spot -- --jsonl`.
 * Options: --pack PATH (default data/pack/backstory.pack.json).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileMatcher, findMentions, type CompiledMatcher } from '../core/mentions';
import { findInText } from '../core/mentions/text-blocks';
import { parsePackText } from '../data/pack-schema';
import { htmlToBlocks } from './spot-html';

export { htmlToBlocks } from './spot-html';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function loadMatcher(path: string): CompiledMatcher {
  const result = parsePackText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}:\n${result.errors.join('\n')}`);
  return compileMatcher(result.pack.entities);
}

function spotFile(m: CompiledMatcher, path: string): void {
  const content = readFileSync(path, 'utf8');
  const isHtml = /\.x?html?$/i.test(path) || /^\s*</.test(content);
  const blocks = isHtml ? htmlToBlocks(content) : content.split(/\r?\n/).filter((b) => b.trim());
  const found = findMentions(m, blocks);
  let total = 0;
  found.forEach((list, i) => {
    for (const x of list) {
      total++;
      console.log(`${String(i).padStart(4)}  ${String(x.start).padStart(5)}-${String(x.end).padEnd(5)} ${x.surface}  →  ${x.entity}`);
    }
  });
  console.log(`${total} mention(s) in ${blocks.length} block(s)`);
}

export interface SpotLine {
  /** The output line (without the newline). */
  line: string;
  /** What was wrong with the input line, if anything (the output line then has the same `error`). */
  error?: string;
}

/**
 * One JSONL input line → one output line. A line that is not a JSON object with a string `text` still gets an
 * output line (`mentions: []` and an `error`), so outputs stay aligned with inputs and nothing after it is lost.
 */
export function spotLine(m: CompiledMatcher, input: string, lineNo: number): SpotLine {
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (err) {
    const error = `line ${lineNo}: not JSON (${(err as Error).message})`;
    return { line: JSON.stringify({ id: null, mentions: [], error }), error };
  }
  const obj = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { id?: unknown; text?: unknown }) : {};
  const id = obj.id ?? null;
  if (typeof obj.text !== 'string') {
    const error = `line ${lineNo}: expected an object with a string "text"`;
    return { line: JSON.stringify({ id, mentions: [], error }), error };
  }
  const mentions = findInText(m, obj.text).map(({ start, end, surface, entity }) => ({ start, end, surface, entity }));
  return { line: JSON.stringify({ id, mentions }) };
}

/** Reads `{"id","text"}` lines on stdin, writes one `{"id","mentions"}` line per non-blank input line. */
async function spotJsonl(m: CompiledMatcher): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  for await (const raw of rl) {
    lineNo++;
    const input = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!input.trim()) continue;
    const out = spotLine(m, input, lineNo);
    if (out.error) {
      errors++;
      console.error(`spot: ${out.error}`);
    }
    process.stdout.write(`${out.line}\n`);
  }
  if (errors) process.exitCode = 1;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const packAt = args.indexOf('--pack');
  const packPath = packAt >= 0 ? resolve(args[packAt + 1] ?? '') : resolve(ROOT, 'data/pack/backstory.pack.json');
  const rest = args.filter((a, i) => a !== '--pack' && (packAt < 0 || i !== packAt + 1));
  const m = loadMatcher(packPath);
  if (rest.includes('--jsonl')) return spotJsonl(m);
  const file = rest.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run spot -- FILE | --jsonl  [--pack PATH]');
    process.exit(2);
  }
  spotFile(m, file);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(`spot: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
