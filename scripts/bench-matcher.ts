/**
 * Matcher benchmark: build time, memory and scan throughput of the compiled matcher at 36, 10k and 100k
 * aliases (generated packs of people, organisations and places in Latin, Cyrillic and Arabic script), against
 * V8 regex alternation of the same aliases in the same run.
 *
 * Text: the dev-set passages and reference articles when ../shared is present (otherwise generated news-like
 * sentences), with generated names mixed in, repeated to about 2 MB. Throughput is MB of UTF-8 text per second
 * (Mchar/s = millions of UTF-16 units per second is shown too).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compileMatcher, scanBlocks, serializeMatcher } from '../core/mentions';
import { normalizeText } from '../core/mentions/normalize';
import { ScanContext, scanHits } from '../core/mentions/scan';
import type { Alias, Entity } from '../data/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka ra li mo sa ta ne vi do ru an el ha zi be ko ma ni sha ar fa gu le pe ya di lo me tu ba na ri so ze hu'.split(' ');
const CYR: Record<string, string> = { a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', y: 'й', z: 'з' };
const ARA: Record<string, string> = { a: 'ا', b: 'ب', d: 'د', e: 'ي', f: 'ف', g: 'غ', h: 'ه', i: 'ي', k: 'ك', l: 'ل', m: 'م', n: 'ن', o: 'و', p: 'ب', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'ف', y: 'ي', z: 'ز' };
const ORG_WORDS = 'National Agency Council Union Bank Company Authority Institute Front Movement Party Fund Bureau Office Commission Forum Centre Group'.split(' ');
const ORG_ADJ = 'Eastern Western Northern Southern United Central Federal Royal Free New Grand Independent Democratic Caspian Atlantic'.split(' ');

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const translit = (s: string, map: Record<string, string>): string => [...s.toLowerCase()].map((c) => map[c] ?? c).join('');

function word(r: () => number, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}

const alias = (text: string, link: Alias['link'] = 'always', exact = false): Alias => ({ text, case: exact ? 'exact' : 'fold', link });

function personAliases(r: () => number): Alias[] {
  const given = cap(word(r, 2, 3));
  const surname = cap(word(r, 3, 4)) + (['ov', 'ev', 'yan', 'oglu', 'i', 'son', 'er', 'ski'][Math.floor(r() * 8)] ?? '');
  const full = `${given} ${surname}`;
  return [alias(full), alias(translit(full, CYR)), alias(translit(full, ARA)), alias(surname, 'after-full'), alias(cap(translit(surname, CYR)), 'after-full')];
}

function orgAliases(r: () => number): Alias[] {
  const words = [ORG_ADJ[Math.floor(r() * ORG_ADJ.length)]!, cap(word(r, 2, 3)), ORG_WORDS[Math.floor(r() * ORG_WORDS.length)]!];
  const name = words.join(' ');
  const acronym = words.map((w) => w[0]).join('') + cap(word(r, 1, 1)).slice(0, 1).toUpperCase();
  return [alias(name), alias(`${name} of ${cap(word(r, 2, 3))}`), alias(acronym, 'context', true), alias(translit(words[1]!, CYR) + ' ' + translit(words[2]!, CYR))];
}

function placeAliases(r: () => number): Alias[] {
  const name = cap(word(r, 3, 4)) + (['abad', 'grad', 'ville', 'stan', 'burg', 'ia', ''][Math.floor(r() * 7)] ?? '');
  return [alias(name), alias(cap(translit(name, CYR))), alias(translit(name, ARA))];
}

/** A generated pack with about `target` aliases. */
export function generateEntities(target: number, seed = 7): Entity[] {
  const r = rng(seed);
  const entities: Entity[] = [];
  let count = 0;
  while (count < target) {
    const kind = r();
    const type = kind < 0.5 ? 'person' : kind < 0.8 ? 'organization' : 'place';
    let aliases = type === 'person' ? personAliases(r) : type === 'organization' ? orgAliases(r) : placeAliases(r);
    aliases = aliases.slice(0, target - count);
    count += aliases.length;
    entities.push({ id: `e${entities.length}`, name: aliases[0]!.text, type, summary: '-', aliases, cues: [], facts: [], related: [] });
  }
  return entities;
}

function baseTexts(): string[] {
  const cases = resolve(ROOT, '../shared/eval/dev-cases.json');
  const articles = resolve(ROOT, '../shared/reference/articles');
  const texts: string[] = [];
  if (existsSync(cases)) texts.push(...(JSON.parse(readFileSync(cases, 'utf8')) as { cases: { text: string }[] }).cases.map((c) => c.text));
  if (existsSync(articles)) for (const f of readdirSync(articles)) texts.push(readFileSync(resolve(articles, f), 'utf8'));
  if (texts.length) return texts;
  const r = rng(3);
  return Array.from({ length: 200 }, () => Array.from({ length: 12 }, () => word(r, 1, 3)).join(' ') + '.');
}

/** About `bytes` of text in blocks (paragraphs), with the pack's names mixed in now and then. */
export function makeBlocks(entities: readonly Entity[], bytes: number, seed = 11): string[] {
  const r = rng(seed);
  const paragraphs = baseTexts().flatMap((t) => t.split(/\n+/)).filter((p) => p.trim());
  const blocks: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const words = (paragraphs[i % paragraphs.length] ?? '').split(' ');
    for (let k = 0; k < words.length; k += 40) {
      const e = entities[Math.floor(r() * entities.length)];
      const a = e?.aliases[Math.floor(r() * e.aliases.length)];
      if (a) words.splice(k, 0, a.text);
    }
    const block = words.join(' ');
    blocks.push(block);
    size += Buffer.byteLength(block);
  }
  return blocks;
}

export interface Row {
  label: string;
  aliases: number;
  patterns: number;
  buildFirstMs: number;
  buildBestMs: number;
  heapMB: number;
  bytesMB: number;
  scanMBs: number;
  scanMchars: number;
  matchMBs: number;
  regexBuildMs: number;
  regexHeapMB: number;
  regexMBs: number;
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

/** Best time of `run` over at least `minMs` (and at least two runs after a warm-up run). */
function bestTime(run: () => void, minMs: number): number {
  run();
  const t0 = performance.now();
  let best = Infinity;
  for (let n = 0; n < 2 || performance.now() - t0 < minMs; n++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function regexRow(aliases: readonly string[], text: string): Pick<Row, 'regexBuildMs' | 'regexHeapMB' | 'regexMBs'> {
  const before = heapUsed();
  const t0 = performance.now();
  const source = [...aliases].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Plain case-insensitive alternation, as a naive finder would write it (word-boundary look-arounds with the
  // u flag make V8 two orders of magnitude slower still at 10k aliases).
  const re = new RegExp(source, 'gi');
  re.test('warm up: V8 compiles a regex on first use');
  const regexBuildMs = performance.now() - t0;
  const regexHeapMB = Math.max(0, heapUsed() - before) / 1e6;
  const ms = bestTime(() => {
    re.lastIndex = 0;
    while (re.exec(text)) continue;
  }, 1000);
  return { regexBuildMs, regexHeapMB, regexMBs: Buffer.byteLength(text) / 1e6 / (ms / 1000) };
}

function buildTimes(entities: readonly Entity[]): { first: number; best: number } {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    compileMatcher(entities);
    times.push(performance.now() - t0);
  }
  return { first: times[0]!, best: Math.min(...times) };
}

/** The regex runs on the first ~250 KB of the same blocks (at 100k aliases it manages well under 1 MB/s). */
function regexText(blocks: readonly string[]): string {
  const out: string[] = [];
  let size = 0;
  for (const b of blocks) {
    if (size > 250_000) break;
    out.push(b);
    size += Buffer.byteLength(b);
  }
  return out.join('\n');
}

export function benchPack(label: string, entities: readonly Entity[], blocks: readonly string[]): Row {
  const text = blocks.join('\n');
  const mb = Buffer.byteLength(text) / 1e6;
  const build = buildTimes(entities);
  const before = heapUsed();
  const m = compileMatcher(entities);
  const heapMB = Math.max(0, heapUsed() - before) / 1e6;
  const ms = bestTime(() => scanBlocks(m, blocks), 1500);
  const normalized = blocks.map((b) => normalizeText(b));
  const matchMs = bestTime(() => normalized.forEach((n, i) => scanHits(new ScanContext(m, n, blocks[i]!))), 1000);
  const aliases = entities.flatMap((e) => e.aliases.map((a) => a.text));
  return {
    label, aliases: aliases.length, patterns: m.patRec.length, buildFirstMs: build.first, buildBestMs: build.best, heapMB,
    bytesMB: serializeMatcher(m).byteLength / 1e6, scanMBs: mb / (ms / 1000), scanMchars: text.length / 1e6 / (ms / 1000),
    matchMBs: mb / (matchMs / 1000),
    ...regexRow(aliases, regexText(blocks)),
  };
}

export function benchAt(target: number): Row {
  const entities = generateEntities(target);
  return benchPack(`generated ${target}`, entities, makeBlocks(entities, 2_000_000));
}

const HEAD = ['pack', 'aliases', 'patterns', 'build ms (first/best)', 'heap MB', 'bytes MB', 'scan MB/s', 'Mchar/s', 'match MB/s',
  'regex build ms', 'regex heap MB', 'regex MB/s', 'scan ×regex', 'build ×regex'];

export function printRows(rows: readonly Row[]): void {
  const f = (n: number, d = 1): string => n.toFixed(d);
  const table = rows.map((r) => [
    r.label, String(r.aliases), String(r.patterns), `${f(r.buildFirstMs, 0)}/${f(r.buildBestMs, 0)}`, f(r.heapMB), f(r.bytesMB, 2),
    f(r.scanMBs), f(r.scanMchars), f(r.matchMBs), f(r.regexBuildMs, 0), f(r.regexHeapMB), f(r.regexMBs), f(r.scanMBs / r.regexMBs, 2),
    f(r.buildBestMs / r.regexBuildMs, 2),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(HEAD));
  for (const row of table) console.log(line(row));
  const generated = rows.filter((r) => r.label.startsWith('generated'));
  const first = generated[0];
  const last = generated[generated.length - 1];
  if (first && last) console.log(`scan throughput ${first.aliases} → ${last.aliases} aliases: ×${f(last.scanMBs / first.scanMBs, 2)} (target ≥ 0.5)`);
  console.log('MB = 10^6 bytes of UTF-8 text (2 MB of news passages with pack names mixed in). scan = scanBlocks: normalise,');
  console.log('match, build candidates; match = the trie matcher alone on normalised text (like the regex, which gets raw');
  console.log('text). heap = retained after GC; build first = cold JIT. regex = one case-insensitive alternation of the aliases.');
}

export function runMatcherBench(sizes: readonly number[] = [36, 10_000, 100_000], shipped?: readonly Entity[]): Row[] {
  const rows: Row[] = [];
  if (shipped) rows.push(benchPack('shipped pack', shipped, makeBlocks(shipped, 2_000_000)));
  for (const n of sizes) {
    rows.push(benchAt(n));
    process.stderr.write(`  measured ${n} aliases\n`);
  }
  printRows(rows);
  return rows;
}
