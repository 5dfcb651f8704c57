/** npm run bench — runs every benchmark section in turn (the matcher's; others are added here, one line each). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePackText } from '../data/pack-schema';
import { runMatcherBench } from './bench-matcher';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pack = parsePackText(readFileSync(resolve(ROOT, 'data/pack/backstory.pack.json'), 'utf8'));

console.log('== matcher ==');
runMatcherBench([36, 10_000, 100_000], pack.ok ? pack.pack.entities : undefined);
