/**
 * Generated packs and text for the matcher benchmark: people, organisations and places in Latin, Cyrillic and
 * Arabic script at any alias count, and about N bytes of news passages (the dev set and reference articles when
 * ../shared is present, otherwise generated sentences) with the pack's names mixed in every 40 words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias, Entity } from '../data/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

/**
 * A generated pack with about `target` aliases. Returned through a JSON round trip, as packs arrive: flat
 * strings, so the build does not pay for (and the memory figure does not include) flattening the generator's
 * concatenated names.
 */
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
  return JSON.parse(JSON.stringify(entities)) as Entity[];
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
