/**
 * Pack benchmark (npm run bench): importing generated packs of 10,000 and 100,000 entities (check = parse and
 * validate, write = chunked Dexie writes over fake-indexeddb in Node) against the floors of the same run
 * (JSON.parse alone; one raw bulkPut of the same records, one per entity and as chunk records), and popup search per keystroke at 10k and 100k
 * entities (core/search.ts) against a plain substring scan of the names. Budgets: import ≤ 10 s at 100k;
 * search p95 ≤ 10 ms at 10k and ≤ 50 ms at 100k.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { createSearchIndex, foldForSearch, search } from '../core/search';
import { openDatabase } from '../data/db';
import { toChunks } from '../data/entity-store';
import { checkPackText, importPackText } from '../data/pack-import';
import type { Entity } from '../data/types';
import { generateEntities } from './bench-matcher';
import { benchBrowserImport } from './bench-packs-browser';

const SIZES = [10_000, 100_000];
const QUERIES = ['a', 'ka', 'kar', 'karali', 'sharra', 'national bank', 'xq', 'caspian union', 'mo', 'li ko'];

function packEntities(n: number): Entity[] {
  return generateEntities(n * 5)
    .slice(0, n)
    .map((e, i) => ({
      ...e,
      aliases: e.aliases.slice(0, 3),
      summary: `A ${e.type} in the regional news (${i}).`,
      facts: [{ text: `Named in a report in May 2024.`, from: '2024-05', until: null, source: `https://example.org/r/${i}` }],
    }));
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
};

function packText(n: number): string {
  return JSON.stringify({ format: 'backstory-pack', formatVersion: 1, id: 'bench', name: 'Bench', version: '1', entities: packEntities(n) });
}

async function benchImport(n: number): Promise<void> {
  const text = packText(n);
  const open = () => openDatabase(`bench-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const [, parse] = await time(() => JSON.parse(text) as unknown);
  const [checked, check] = await time(() => checkPackText(open(), text));
  const raw = open();
  const records = (JSON.parse(text) as { entities: Entity[] }).entities.map((e) => ({ ...e, packId: 'bench' }));
  const [, floor] = await time(() => raw.transaction('rw', raw.entities, () => raw.entities.bulkPut(records)));
  const rawChunks = open();
  const [, chunkFloor] = await time(() => rawChunks.transaction('rw', rawChunks.entityChunks, () => rawChunks.entityChunks.bulkPut(toChunks('bench', records))));
  let phaseStart = performance.now();
  let checkDone = 0;
  const [result, total] = await time(() =>
    importPackText(open(), text, (p) => {
      if (p.phase === 'writing' && checkDone === 0) checkDone = performance.now() - phaseStart;
    }),
  );
  phaseStart = 0;
  if (!checked.ok || !result.ok) throw new Error(`bench pack did not import: ${checked.ok ? '' : checked.errors.join('; ')} ${result.ok ? '' : result.errors.join('; ')}`);
  const mb = `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB, ${Math.round(Buffer.byteLength(text) / n)} B/entity`;
  console.log(
    `${String(n).padStart(7)} entities (${mb}): import ${ms(total)} (check ${ms(check)}, of which JSON.parse ${ms(parse)}; ` +
      `write ≈ ${ms(total - check)}) · floors: one raw bulkPut, a record per entity ${ms(floor)} → import/floor ${(total / floor).toFixed(2)}×; ` +
      `of chunk records ${ms(chunkFloor)} · budget 10 s ${total <= 10_000 ? 'met' : 'MISSED'}`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function benchSearch(n: number, budget: number): void {
  const entities = packEntities(n);
  const t0 = performance.now();
  const built = createSearchIndex(entities);
  const buildMs = performance.now() - t0;
  const times: number[] = [];
  const scan: number[] = [];
  const names = entities.map((e) => foldForSearch(e.name));
  for (let round = 0; round < 5; round += 1) {
    for (const q of QUERIES) {
      // Each keystroke of the query, as the popup sees it.
      for (let len = 1; len <= q.length; len += 1) {
        const prefix = q.slice(0, len);
        let start = performance.now();
        search(built, prefix);
        times.push(performance.now() - start);
        start = performance.now();
        const f = foldForSearch(prefix);
        names.filter((name) => name.includes(f)).slice(0, 20);
        scan.push(performance.now() - start);
      }
    }
  }
  times.sort((a, b) => a - b);
  scan.sort((a, b) => a - b);
  const p50 = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  console.log(
    `${String(n).padStart(7)} entities: index ${ms(buildMs)}; per keystroke p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms ` +
      `· baseline substring scan of names p95 ${percentile(scan, 0.95).toFixed(2)} ms → ${(p95 / Math.max(0.01, percentile(scan, 0.95))).toFixed(1)}× · budget p95 ≤ ${budget} ms ${p95 <= budget ? 'met' : 'MISSED'}`,
  );
}

export async function runPackBench(): Promise<void> {
  console.log('\n== pack import (Node, fake-indexeddb) ==');
  if (process.env.BENCH_ONLY !== 'search') {
    for (const n of SIZES) await benchImport(n);
    const n = SIZES[SIZES.length - 1] ?? 100_000;
    await benchBrowserImport(packText(n), n);
  }
  console.log('\n== popup search ==');
  benchSearch(10_000, 10);
  benchSearch(100_000, 50);
}

await runPackBench();
