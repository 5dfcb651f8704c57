#!/usr/bin/env node
// `npm test`: every check in order, stopping at the first failure. Each step runs the project's own
// binary from node_modules/.bin, so the versions are the ones in package-lock.json.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const STEPS = [
  ['Type check', 'tsc', ['--noEmit']],
  ['Lint', 'eslint', ['.']],
  ['Unit tests', 'vitest', ['run']],
  ['Build (Chromium MV3)', 'wxt', ['build']],
  ['Build (Firefox MV2)', 'wxt', ['build', '-b', 'firefox']],
  ['Firefox add-on lint', 'web-ext', ['lint', '--source-dir', '.output/firefox-mv2']],
  ['End-to-end tests (Chromium, Firefox)', 'vitest', ['run', '-c', 'vitest.e2e.config.ts']],
];

const windows = process.platform === 'win32';
const env = { ...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
const started = Date.now();

for (const [index, [title, bin, args]] of STEPS.entries()) {
  const command = [bin, ...args].join(' ');
  const rule = '─'.repeat(Math.max(8, 72 - title.length - command.length));
  console.log(`\n━━ [${index + 1}/${STEPS.length}] ${title}: ${command} ${rule}\n`);
  const stepStart = Date.now();
  const exe = path.join('node_modules', '.bin', windows ? `${bin}.cmd` : bin);
  const result = spawnSync(exe, args, { stdio: 'inherit', env, shell: windows });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    console.error(`\n✗ [${index + 1}/${STEPS.length}] ${title} failed (${why}, ${seconds} s); later steps were not run.`);
    process.exit(result.status || 1);
  }
  console.log(`\n✓ [${index + 1}/${STEPS.length}] ${title} (${seconds} s)`);
}

console.log(`\nAll ${STEPS.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
