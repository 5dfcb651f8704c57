import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3, .output/firefox-mv2) in real Chromium and
// Firefox. One file at a time, since each suite starts a browser; `npm test` builds both targets first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
