import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Context for the names in the news you read, from a local and sourced fact base.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'backstory@backstory.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
});
