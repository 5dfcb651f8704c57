/**
 * Fails fast, with the command to run, when a build or a browser is missing. The builds themselves are
 * steps of `npm test` (scripts/test-all.mjs) and of `npm run test:e2e`, so they happen once per run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { browserExecutable, type BrowserKind } from './harness';

export const EXTENSION_DIRS = {
  chromium: path.resolve('.output/chrome-mv3'),
  firefox: path.resolve('.output/firefox-mv2'),
} as const;


export default function setup(): void {
  const problems: string[] = [];
  for (const [kind, dir] of Object.entries(EXTENSION_DIRS)) {
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      const cmd = kind === 'firefox' ? 'npx wxt build -b firefox' : 'npx wxt build';
      problems.push(`no ${kind} build at ${path.relative(process.cwd(), dir)} (run \`${cmd}\`)`);
    }
  }
  for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
    const exe = browserExecutable(kind);
    if (!existsSync(exe)) problems.push(`no ${kind} at ${exe} (apt-get install -y chromium firefox-esr, or set ${kind.toUpperCase()}_PATH)`);
  }
  if (problems.length > 0) throw new Error(`e2e setup:\n  - ${problems.join('\n  - ')}`);
}
