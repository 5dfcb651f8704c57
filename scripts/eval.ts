/**
 * npm run eval -- [CASES.json] [--pack PATH] [--quiet]
 *
 * Mention-level precision, recall and F1 on gold cases, by the rules of the cases file's note: every occurrence
 * of a gold surface in the text is a mention of that entity; where gold surfaces nest the longest wins; entity
 * null means the surface must not be linked. A found mention is right when its span and entity equal a gold
 * mention's; a found mention that overlaps a gold surface any other way is a false link; a gold mention with no
 * right match is a miss. Found mentions that touch no gold surface are not scored (gold lists only some names)
 * and are listed as "unjudged".
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileMatcher, type CompiledMatcher, type Mention } from '../core/mentions';
import { findInText } from '../core/mentions/text-blocks';
import { parsePackText } from '../data/pack-schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface GoldEntry { surface: string; entity: string | null }
export interface Case { id: string; lang?: string; text: string; gold: GoldEntry[] }
interface Span { start: number; end: number; entity: string | null; surface: string }

export interface CaseScore {
  id: string;
  tp: number;
  fp: Span[];
  fn: Span[];
  unjudged: Span[];
}

/** Every occurrence of every gold surface; where occurrences nest, the longest wins. */
export function goldSpans(text: string, gold: readonly GoldEntry[]): Span[] {
  const all: Span[] = [];
  for (const g of gold) {
    if (!g.surface) continue;
    for (let at = text.indexOf(g.surface); at >= 0; at = text.indexOf(g.surface, at + 1)) {
      all.push({ start: at, end: at + g.surface.length, entity: g.entity, surface: g.surface });
    }
  }
  return all.filter((s) => !all.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
}

const overlaps = (a: Span | Mention, b: Span): boolean => a.start < b.end && b.start < a.end;

export function scoreCase(c: Case, found: readonly Mention[]): CaseScore {
  const gold = goldSpans(c.text, c.gold);
  const right = (m: Mention, g: Span) => g.entity !== null && g.start === m.start && g.end === m.end && g.entity === m.entity;
  const score: CaseScore = { id: c.id, tp: 0, fp: [], fn: [], unjudged: [] };
  for (const m of found) {
    const span = { start: m.start, end: m.end, entity: m.entity, surface: m.surface };
    if (gold.some((g) => right(m, g))) score.tp++;
    else if (gold.some((g) => overlaps(m, g))) score.fp.push(span);
    else score.unjudged.push(span);
  }
  score.fn = gold.filter((g) => g.entity !== null && !found.some((m) => right(m, g)));
  return score;
}

export function totals(scores: readonly CaseScore[]): { tp: number; fp: number; fn: number; p: number; r: number; f1: number } {
  const tp = scores.reduce((s, c) => s + c.tp, 0);
  const fp = scores.reduce((s, c) => s + c.fp.length, 0);
  const fn = scores.reduce((s, c) => s + c.fn.length, 0);
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores every case with the finder over `m`, each case's text read as one page. */
export function scoreCases(m: CompiledMatcher, cases: readonly Case[]): CaseScore[] {
  return cases.map((c) => scoreCase(c, findInText(m, c.text)));
}

/** The cases of a cases file (`{ note, cases }`). */
export function readCases(path: string): Case[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { cases: Case[] }).cases;
}

const show = (s: Span): string => `"${s.surface}" [${s.start}-${s.end}] → ${s.entity ?? 'null'}`;

function report(scores: readonly CaseScore[], quiet: boolean): void {
  for (const s of scores) {
    if (quiet && !s.fp.length && !s.fn.length) continue;
    console.log(`${s.id}: ${s.tp} right, ${s.fp.length} false, ${s.fn.length} missed`);
    for (const x of s.fp) console.log(`   false link  ${show(x)}`);
    for (const x of s.fn) console.log(`   miss        ${show(x)}`);
    if (!quiet) for (const x of s.unjudged) console.log(`   unjudged    ${show(x)}`);
  }
  const t = totals(scores);
  console.log(`\ncases ${scores.length}  right ${t.tp}  false links ${t.fp}  misses ${t.fn}`);
  console.log(`precision ${t.p.toFixed(3)}  recall ${t.r.toFixed(3)}  F1 ${t.f1.toFixed(3)}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const packAt = args.indexOf('--pack');
  const packPath = packAt >= 0 ? resolve(args[packAt + 1] ?? '') : resolve(ROOT, 'data/pack/backstory.pack.json');
  const casesPath = args.find((a, i) => !a.startsWith('--') && (packAt < 0 || i !== packAt + 1)) ?? resolve(ROOT, '../shared/eval/dev-cases.json');
  const pack = parsePackText(readFileSync(packPath, 'utf8'));
  if (!pack.ok) throw new Error(pack.errors.join('\n'));
  report(scoreCases(compileMatcher(pack.pack.entities), readCases(casesPath)), args.includes('--quiet'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
