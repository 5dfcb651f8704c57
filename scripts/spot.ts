/**
 * npm run spot -- FILE            prints the mentions found in an HTML or text file
 * npm run spot -- --jsonl         reads {"id","text"} lines on stdin, writes {"id","mentions":[...]} lines
 *                                 (offsets in UTF-16 code units of the given text; entity = fact-pack id)
 * Options: --pack PATH (default data/pack/backstory.pack.json).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { compileMatcher, findMentions, type CompiledMatcher } from '../core/mentions';
import { findInText } from '../core/mentions/text-blocks';
import { parsePackText } from '../data/pack-schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function loadMatcher(path: string): CompiledMatcher {
  const result = parsePackText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}:\n${result.errors.join('\n')}`);
  return compileMatcher(result.pack.entities);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', shy: '\u00ad' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const cp = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

const BLOCK_TAGS = /^(p|div|h[1-6]|li|ul|ol|td|th|tr|table|br|hr|section|article|header|footer|aside|nav|main|blockquote|figcaption|figure|pre|title|dd|dt|dl|form|option|caption)$/i;

/** Block texts of an HTML page: scripts, styles and comments removed; inline tags joined without a break. */
export function htmlToBlocks(html: string): string[] {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, (m) => (/^<head/i.test(m) ? (m.match(/<title\b[^>]*>[\s\S]*?<\/title>/i)?.[0] ?? '') : ''));
  const marked = cleaned.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_m, tag: string) => (BLOCK_TAGS.test(tag) ? '\n' : ''));
  return decodeEntities(marked)
    .split('\n')
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b.length > 0);
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

async function spotJsonl(m: CompiledMatcher): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const input = JSON.parse(line) as { id?: unknown; text?: unknown };
    const text = typeof input.text === 'string' ? input.text : '';
    const mentions = findInText(m, text).map(({ start, end, surface, entity }) => ({ start, end, surface, entity }));
    process.stdout.write(`${JSON.stringify({ id: input.id ?? null, mentions })}\n`);
  }
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

void main();
